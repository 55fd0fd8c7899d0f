package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kick and regen over the protocol, and that only admins may use kick, regen and stop. */
@QuarkusTest
@TestProfile(AdminProfile.class)
class AdminOpsTest extends ProtocolTestBase {

    @Test
    void theBootstrapAdminLogsInAsAdmin() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        JsonNode me = Frames.find(admin.ok("users").path("users"), "user", AdminProfile.ADMIN.user()).orElseThrow();
        assertTrue(me.path("admin").asBoolean(), me::toString);
    }

    @Test
    void kickClosesEverySessionOfTheUser() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        WireClient observer = newUser("obs");
        Credentials target = Credentials.fresh("Target");
        List<WireClient> sessions = List.of(registered(target), loggedIn(target));

        JsonNode result = admin.ok("kick", "user", target.user().toUpperCase(), "reason", "spamming");
        assertEquals(target.user(), result.path("user").asText());
        assertEquals(2, result.path("sessions").asInt(), result::toString);
        for (WireClient session : sessions) {
            JsonNode kicked = session.awaitEvent("kicked", k -> true);
            assertEquals(AdminProfile.ADMIN.user(), kicked.path("by").asText());
            assertEquals("spamming", kicked.path("reason").asText());
            session.awaitClosed(WireClient.WAIT);
        }
        observer.awaitEvent("presence", Frames.wentOffline(target.user()));
        assertTrue(Frames.find(admin.ok("users").path("users"), "user", target.user()).isEmpty(), "no longer online");
        admin.refused("no_such_user", "kick", "user", target.user());
    }

    @Test
    void kickRefusesUsersWhoAreNotOnline() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        Credentials offline = Credentials.fresh("offline");
        registered(offline).quit();
        admin.awaitEvent("presence", Frames.wentOffline(offline.user()));
        admin.refused("no_such_user", "kick", "user", offline.user());
        admin.refused("no_such_user", "kick", "user", Credentials.unique("nobody"));
        admin.refused("bad_request", "kick");
    }

    @Test
    void kickWithRevokeEndsTheUsersTokensOnlineOrNot() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        Credentials target = Credentials.fresh("revoked");
        WireClient online = connect();
        String onlineToken = assertOk(online.register(target)).path("resume_token").asText();
        String offlineToken = assertOk(connect().login(target)).path("resume_token").asText();

        JsonNode result = admin.ok("kick", "user", target.user(), "reason", "stolen laptop", "revoke", true);
        assertTrue(result.path("sessions").asInt() >= 2, result::toString);
        online.awaitEvent("kicked", k -> true);
        connect().refused("bad_token", "resume", "user", target.user(), "token", offlineToken);
        connect().refused("bad_token", "resume", "user", target.user(), "token", onlineToken);

        String later = assertOk(connect().login(target)).path("resume_token").asText();
        closeClients();
        admin = loggedIn(AdminProfile.ADMIN);
        admin.ok("kick", "user", target.user(), "revoke", true); // no session online: the tokens still go
        connect().refused("bad_token", "resume", "user", target.user(), "token", later);
        admin.refused("no_such_user", "kick", "user", Credentials.unique("nobody"), "revoke", true);
    }

    @Test
    void regenReplacesTheServerPasswordForNewLoginsOnly() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        Credentials member = Credentials.fresh("member");
        WireClient staying = registered(member);
        String old = serverPassword.current();

        String fresh = admin.ok("regen").path("server_password").asText();
        assertFalse(fresh.isBlank());
        assertNotEquals(old, fresh);
        WireClient.assertError("bad_server_password", connect().request("login", "user", member.user(),
                "password", member.password(), "server_password", old));
        assertOk(connect().request("login", "user", member.user(), "password", member.password(), "server_password", fresh));
        staying.ok("send", "room", "general", "text", "still here after regen");
        admin.sync();
    }

    @Test
    void onlyAdminsMayKickRegenOrStop() {
        WireClient member = newUser("plain");
        member.refused("forbidden", "kick", "user", member.user());
        member.refused("forbidden", "regen");
        member.refused("forbidden", "stop", "reason", "let me try");
        member.sync();
    }
}
