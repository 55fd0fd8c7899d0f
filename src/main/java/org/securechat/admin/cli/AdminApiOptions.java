package org.securechat.admin.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** Which server's admin API, as whom: the options every {@code admin} command shares. */
public class AdminApiOptions {
    static final String PASSWORD_VARIABLE = "SECURECHAT_ADMIN_PASSWORD";

    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:SECURECHAT_URL:-http://localhost:8080}",
            description = "The server's HTTP address (default ${DEFAULT-VALUE}; env SECURECHAT_URL).")
    URI url;

    @Option(names = "--user", paramLabel = "ADMIN", defaultValue = "${env:SECURECHAT_ADMIN_USER}",
            description = "An admin account (env SECURECHAT_ADMIN_USER). Its password comes from env "
                    + PASSWORD_VARIABLE + ", else the terminal, else one line of standard input.")
    String user;

    AdminApiClient connect() {
        if (user == null || user.isBlank()) {
            throw CommandFailure.refused("no admin account: pass --user or set SECURECHAT_ADMIN_USER");
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null) {
            password = new PasswordReader().read("Password for " + user + " at " + url + ": ");
        }
        return new AdminApiClient(url, user, password);
    }
}
