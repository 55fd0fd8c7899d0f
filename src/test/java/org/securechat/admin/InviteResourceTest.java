package org.securechat.admin;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securechat.protocol.WireClient;
import org.securechat.security.TlsMaterialSource;
import org.securechat.transport.tcp.ChatListener;

/** Invites over REST: minted with a default or given lifetime, spent by a register, and both in the audit trail without the invite. */
@QuarkusTest
class InviteResourceTest {
    @Inject
    ChatListener listener;
    @Inject
    TlsMaterialSource tls;

    @Test
    void anInviteMintedOverRestRegistersAndTheTrailRecordsBoth() throws Exception {
        // no body: the defaults (RestAssured would otherwise send a form content type)
        JsonPath minted = TestAdmin.api().contentType("application/json").when().post("/api/admin/invites").then().statusCode(200).extract().jsonPath();
        String invite = minted.getString("invite");
        Duration left = Duration.between(Instant.now(), Instant.parse(minted.getString("expires_at")));
        assertTrue(left.compareTo(Duration.ofDays(7).minusMinutes(1)) > 0 && left.compareTo(Duration.ofDays(7)) <= 0,
                "the default is 7 days: " + left);

        String user = "inv" + UUID.randomUUID().toString().substring(0, 8);
        try (WireClient c = WireClient.pinned(listener.port(), tls.load().fingerprint())) {
            c.ok("register", "user", user, "password", user + "-password", "invite", invite);
        }
        List<Map<String, Object>> used = TestAdmin.api().queryParam("user", user).when().get("/api/admin/audit")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("register", "invite_used"), used.stream().map(e -> e.get("action")).toList(), used::toString);
        List<Map<String, Object>> mintedEntries = TestAdmin.api().queryParam("action", "invite").when()
                .get("/api/admin/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(TestAdmin.USER, mintedEntries.get(0).get("actor"));
        assertFalse(mintedEntries.toString().contains(invite), "never the invite in the trail");

        TestAdmin.api().contentType("application/json").body(Map.of("ttl_s", 3600)).when().post("/api/admin/invites")
                .then().statusCode(200);
        TestAdmin.api().contentType("application/json").body(Map.of("ttl_s", 0)).when().post("/api/admin/invites")
                .then().statusCode(400).body("error", equalTo("ttl_s must be from 1 to 7776000 seconds"));
    }
}
