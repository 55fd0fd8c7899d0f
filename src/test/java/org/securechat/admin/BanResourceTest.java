package org.securechat.admin;

import static org.securechat.admin.PinnedHttps.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securechat.protocol.WireClient;
import org.securechat.security.ServerPassword;
import org.securechat.security.TlsMaterialSource;
import org.securechat.transport.tcp.ChatListener;

/** Account bans over REST: set, listed, lifted, each refusal's status, and the audit entries they leave. */
@QuarkusTest
class BanResourceTest {
    @Inject
    ChatListener listener;
    @Inject
    TlsMaterialSource tls;
    @Inject
    ServerPassword serverPassword;

    private WireClient registered(String user) throws Exception {
        WireClient c = WireClient.pinned(listener.port(), tls.load().fingerprint());
        c.ok("register", "user", user, "password", user + "-password", "server_password", serverPassword.current());
        return c;
    }

    @Test
    void anAdminBansListsAndLiftsABanAndTheTrailRecordsEach() throws Exception {
        String user = "rest" + UUID.randomUUID().toString().substring(0, 8);
        try (WireClient session = registered(user)) {
            TestAdmin.api().contentType("application/json").body(Map.of("reason", "flooding", "duration_s", 600))
                    .when().put("/api/admin/bans/" + user).then().statusCode(200)
                    .body("user", equalTo(user)).body("by", equalTo(TestAdmin.USER)).body("reason", equalTo("flooding"));
            JsonNode kicked = session.awaitEvent("kicked", k -> true);
            assertTrue(kicked.path("reason").asText().endsWith(": flooding"), kicked::toString);
            session.awaitClosed(Duration.ofSeconds(10));
        }
        List<Map<String, Object>> bans = TestAdmin.api().when().get("/api/admin/bans").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.user == '" + user + "' }");
        assertEquals(1, bans.size(), bans::toString);
        assertTrue(((String) bans.get(0).get("until")).endsWith("Z"), bans::toString);

        TestAdmin.api().when().delete("/api/admin/bans/" + user).then().statusCode(204);
        TestAdmin.api().when().delete("/api/admin/bans/" + user).then().statusCode(404)
                .body("error", equalTo(user + " is not banned"));
        TestAdmin.api().when().put("/api/admin/bans/" + user).then().statusCode(200).body("until", nullValue());
        TestAdmin.api().when().delete("/api/admin/bans/" + user).then().statusCode(204);

        List<Map<String, Object>> trail = TestAdmin.api().queryParam("user", user).when().get("/api/admin/audit")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("unban", "ban", "unban", "ban", "tokens_revoked", "register"), trail.stream().map(e -> e.get("action")).toList(),
                trail::toString);
        assertTrue(((String) trail.get(3).get("detail")).endsWith(": flooding"), trail::toString);
        assertEquals(TestAdmin.USER, trail.get(3).get("actor"));
        assertEquals("1 (banned)", trail.get(4).get("detail"), "the ban ended the token its register got");
    }

    @Test
    void refusalsSayWhy() {
        TestAdmin.api().when().put("/api/admin/bans/" + TestAdmin.USER).then().statusCode(403)
                .body("error", equalTo("you cannot ban yourself"));
        TestAdmin.api().when().put("/api/admin/bans/nobody" + UUID.randomUUID().toString().substring(0, 8))
                .then().statusCode(404);
        TestAdmin.api().contentType("application/json").body(Map.of("duration_s", -5))
                .when().put("/api/admin/bans/someone").then().statusCode(400);
        given().when().get("/api/admin/bans").then().statusCode(401);
    }
}
