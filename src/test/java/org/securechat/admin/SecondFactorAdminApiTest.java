package org.securechat.admin;

import static org.securechat.admin.PinnedHttps.given;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;
import org.securechat.chat.AccountService;
import org.securechat.protocol.Authenticator;
import org.securechat.protocol.WireClient;
import org.securechat.security.ServerPassword;
import org.securechat.security.TlsMaterialSource;
import org.securechat.transport.tcp.ChatListener;

/** An admin with TOTP on cannot open the REST API with the password alone: the refusal says where to moderate instead. */
@QuarkusTest
class SecondFactorAdminApiTest {
    private static final String PASSWORD = "an-admin-password";

    @Inject
    ChatListener listener;
    @Inject
    ServerPassword serverPassword;
    @Inject
    TlsMaterialSource tls;
    @Inject
    AccountService accounts;
    @Inject
    TestClock clock;

    @Test
    void basicIsRefusedForAnAdminWithTotpAndStillWorksForOneWithout() throws Exception {
        String admin = "ops" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(admin, PASSWORD, true).join();
        given().auth().preemptive().basic(admin, PASSWORD).when().get("/api/admin/users").then().statusCode(200);

        try (WireClient session = WireClient.pinned(listener.port(), tls.load().fingerprint())) {
            session.ok("login", "user", admin, "password", PASSWORD, "server_password", serverPassword.current());
            JsonNode setup = session.ok("totp_setup", "password", PASSWORD);
            given().auth().preemptive().basic(admin, PASSWORD).when().get("/api/admin/users").then()
                    .statusCode(200); // set up but not on yet
            session.ok("totp_enable", "code", Authenticator.of(setup).code(clock));
        }
        given().auth().preemptive().basic(admin, PASSWORD).when().get("/api/admin/users").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", containsString("moderate from the chat client"));
        given().auth().preemptive().basic(admin, "a wrong password").when().get("/api/admin/users").then().statusCode(401)
                .body("error", containsString("wrong user name or password"));
    }
}
