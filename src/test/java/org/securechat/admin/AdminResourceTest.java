package org.securechat.admin;

import static org.securechat.admin.PinnedHttps.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securechat.protocol.WireClient;
import org.securechat.security.ServerPassword;
import org.securechat.security.TlsMaterialSource;
import org.securechat.transport.tcp.ChatListener;

/** The REST admin API as an operator's script calls it: HTTP Basic, JSON, real chat sessions behind it. */
@QuarkusTest
class AdminResourceTest {
    private static final String ADMIN = "root";
    private static final String ADMIN_PASSWORD = "root-password-for-tests";

    @Inject
    ChatListener listener;
    @Inject
    ServerPassword serverPassword;
    @Inject
    TlsMaterialSource tls;

    private RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    private WireClient registered(String user) throws Exception {
        WireClient connection = WireClient.pinned(listener.port(), tls.load().fingerprint());
        connection.ok("register", "user", user, "password", "a-good-password", "server_password", serverPassword.current());
        return connection;
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void withoutCredentialsIs401WithAChallenge() {
        given().when().get("/api/admin/sessions").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void wrongPasswordIs401() {
        given().auth().preemptive().basic(ADMIN, "not-the-password").when().get("/api/admin/users")
                .then().statusCode(401).body("error", equalTo("wrong user name or password, or not an admin"));
    }

    /** Were a non-admin's right password answered otherwise than a wrong one, the API would confirm guesses. */
    @Test
    void aNonAdminsRightPasswordIsAnsweredLikeAWrongOne() throws Exception {
        String user = unique("plain");
        try (WireClient ignored = registered(user)) {
            Response right = given().auth().preemptive().basic(user, "a-good-password").when().get("/api/admin/stats");
            Response wrong = given().auth().preemptive().basic(user, "not-the-password").when().get("/api/admin/stats");
            assertEquals(401, right.statusCode());
            assertEquals(wrong.statusCode(), right.statusCode());
            assertEquals(wrong.body().asString(), right.body().asString());
            assertEquals(wrong.header("WWW-Authenticate"), right.header("WWW-Authenticate"));
        }
    }

    @Test
    void sessionsListsOnlineUsersAndKickClosesThem() throws Exception {
        String user = unique("kickme");
        try (WireClient victim = registered(user)) {
            asAdmin().when().get("/api/admin/sessions").then().statusCode(200)
                    .body("user", hasItem(user))
                    .body("find { it.user == '" + user + "' }.remote_address", equalTo("127.0.0.1"))
                    .body("find { it.user == '" + user + "' }.rooms", equalTo(java.util.List.of("general")));

            asAdmin().queryParam("reason", "spamming").when().delete("/api/admin/sessions/" + user)
                    .then().statusCode(204);
            JsonNode kicked = victim.awaitEvent("kicked", e -> true);
            assertEquals(ADMIN, kicked.path("by").asText());
            assertEquals("spamming", kicked.path("reason").asText());
            victim.awaitClosed(Duration.ofMillis(5_000));
        }
        asAdmin().when().delete("/api/admin/sessions/" + user).then().statusCode(404);
    }

    @Test
    void aKickWithRevokeEndsTheUsersResumeTokens() throws Exception {
        String user = unique("revokeme");
        String token;
        try (WireClient victim = WireClient.pinned(listener.port(), tls.load().fingerprint())) {
            token = victim.ok("register", "user", user, "password", "a-good-password",
                    "server_password", serverPassword.current()).path("resume_token").asText();
            asAdmin().queryParam("revoke", "true").when().delete("/api/admin/sessions/" + user).then().statusCode(204);
            victim.awaitEvent("kicked", e -> true);
        }
        try (WireClient back = WireClient.pinned(listener.port(), tls.load().fingerprint())) {
            assertEquals("bad_token", back.request("resume", "user", user, "token", token).path("code").asText());
        }
        asAdmin().queryParam("revoke", "true").when().delete("/api/admin/sessions/" + user).then().statusCode(204);
        asAdmin().queryParam("revoke", "true").when().delete("/api/admin/sessions/" + unique("nobody"))
                .then().statusCode(404);
    }

    @Test
    void aRefusalOfTheChatIsAStatusWithItsMessage() {
        asAdmin().queryParam("reason", "\u202eflipped").when().delete("/api/admin/sessions/" + ADMIN)
                .then().statusCode(400)
                .body("error", equalTo("a reason cannot contain control or bidi-override characters (found U+202E)"));
    }

    @Test
    void regenReplacesTheServerPasswordForNewLoginsOnly() throws Exception {
        String before = serverPassword.current();
        String user = unique("stays");
        try (WireClient stays = registered(user)) {
            String fresh = asAdmin().when().post("/api/admin/server-password").then().statusCode(200)
                    .extract().path("server_password");
            assertNotEquals(before, fresh);
            assertEquals(fresh, serverPassword.current());
            stays.sync();
            try (WireClient late = WireClient.pinned(listener.port(), tls.load().fingerprint())) {
                assertEquals("bad_server_password", late.request("register", "user", unique("late"),
                        "password", "a-good-password", "server_password", before).path("code").asText());
                late.ok("register", "user", unique("late"), "password", "a-good-password", "server_password", fresh);
            }
        }
    }

    @Test
    void usersAndStatsDescribeTheServer() throws Exception {
        String user = unique("counted");
        try (WireClient counted = registered(user)) {
            counted.ok("send", "room", "general", "text", "one for the stats");
            asAdmin().when().get("/api/admin/users").then().statusCode(200)
                    .body("find { it.user == 'root' }.admin", equalTo(true))
                    .body("find { it.user == '" + user + "' }.admin", equalTo(false))
                    .body("find { it.user == '" + user + "' }.created_at", containsString("T"));
            asAdmin().when().get("/api/admin/stats").then().statusCode(200)
                    .body("online_sessions", greaterThanOrEqualTo(1))
                    .body("rooms", greaterThanOrEqualTo(1))
                    .body("stored_messages", greaterThanOrEqualTo(1))
                    .body("uptime_s", greaterThanOrEqualTo(0));
        }
    }

    @Test
    void openApiDescribesTheAdminApi() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/admin/sessions"));
    }
}
