package org.securechat.admin.cli;

import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which server's admin API, as whom: the options every {@code admin} command shares. */
public class AdminApiOptions {
    static final String PASSWORD_VARIABLE = "SECURECHAT_ADMIN_PASSWORD";

    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:SECURECHAT_URL:-https://localhost:8443}",
            description = "The server's HTTPS address (default ${DEFAULT-VALUE}; env SECURECHAT_URL).")
    URI url;

    @Option(names = "--trust-fingerprint", paramLabel = "HEX", defaultValue = "${env:SECURECHAT_TRUST_FINGERPRINT}",
            description = "The SHA-256 fingerprint the server printed at its start (env SECURECHAT_TRUST_FINGERPRINT);"
                    + " remembered in admin_known_hosts, so later commands need it only when the certificate changes.")
    String trustFingerprint;

    @Option(names = "--user", paramLabel = "ADMIN", defaultValue = "${env:SECURECHAT_ADMIN_USER}",
            description = "An admin account (env SECURECHAT_ADMIN_USER). Its password comes from env "
                    + PASSWORD_VARIABLE + ", else the terminal, else one line of standard input.")
    String user;

    private PinnedTrust trust() {
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw CommandFailure.refused("--url must be an https:// address, not " + url);
        }
        String hostPort = url.getHost() + ":" + (url.getPort() < 0 ? 443 : url.getPort());
        return new PinnedTrust(hostPort, Optional.ofNullable(trustFingerprint).filter(f -> !f.isBlank()),
                new AdminKnownHosts(ConfigDir.path().resolve("admin_known_hosts")));
    }

    AdminApiClient connect() {
        if (user == null || user.isBlank()) {
            throw CommandFailure.refused("no admin account: pass --user or set SECURECHAT_ADMIN_USER");
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null) {
            password = new PasswordReader().read("Password for " + user + " at " + url + ": ");
        }
        return new AdminApiClient(url, trust(), user, password);
    }
}
