package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** register, login, passwd, ping, quit, and the refusals around them. */
@QuarkusTest
class AccountOpsTest extends ProtocolTestBase {

    @Test
    void registerAuthenticatesANewAccountInGeneral() {
        Credentials who = Credentials.fresh("Reg");
        JsonNode ok = assertOk(connect().register(who));
        assertEquals(who.user(), ok.path("user").asText());
        assertFalse(ok.path("admin").asBoolean(true), ok::toString);
        assertEquals(List.of("general"), Frames.strings(ok.path("rooms")));
    }

    @Test
    void loginIgnoresTheCaseOfTheNameAndShowsItAsRegistered() {
        Credentials who = new Credentials("MiXed" + Credentials.unique(""), "a fine password");
        registered(who);
        JsonNode ok = assertOk(connect().login(new Credentials(who.user().toUpperCase(), who.password())));
        assertEquals(who.user(), ok.path("user").asText());
        assertEquals(List.of("general"), Frames.strings(ok.path("rooms")));
    }

    @Test
    void namesAreUniqueWithoutRegardToCase() {
        Credentials who = new Credentials("Taken" + Credentials.unique(""), "a fine password");
        registered(who);
        WireClient other = connect();
        WireClient.assertError("user_exists", other.register(new Credentials(who.user().toLowerCase(), "another password")));
        WireClient.assertError("user_exists", other.register(who));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "abcdefghijklmnopqrstuvwxyz0123456", "has space", "bang!", "émile", "tab\tname", ""})
    void refusesAnInvalidUsername(String name) {
        WireClient.assertError("invalid_username", connect().register(new Credentials(name, "a fine password")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seven77", "ééé7", ""})
    void refusesAPasswordShorterThanEightBytes(String password) {
        WireClient.assertError("weak_password", connect().register(new Credentials(Credentials.unique("short"), password)));
    }

    @Test
    void refusesAPasswordLongerThan72BytesRatherThanTruncateIt() {
        WireClient client = connect();
        WireClient.assertError("weak_password", client.register(new Credentials(Credentials.unique("long"), "a".repeat(73))));
        // 36 two-byte characters plus one: 37 characters but 73 bytes
        WireClient.assertError("weak_password", client.register(new Credentials(Credentials.unique("long"), "é".repeat(36) + "a")));
    }

    @Test
    void acceptsPasswordsMeasuredInBytesOfUtf8() {
        Credentials atLimit = new Credentials(Credentials.unique("utf8"), "éè".repeat(18)); // 72 bytes
        registered(atLimit).quit();
        assertOk(connect().login(atLimit));
        Credentials fourCharacters = new Credentials(Credentials.unique("utf8"), "€€ab"); // 8 bytes
        registered(fourCharacters);
    }

    @Test
    void refusesAWrongOrMissingServerPassword() {
        Credentials who = Credentials.fresh("srvpw");
        WireClient client = connect();
        WireClient.assertError("bad_server_password", client.request("register", "user", who.user(),
                "password", who.password(), "server_password", "not-the-server-password"));
        WireClient.assertError("bad_server_password", client.request("register", "user", who.user(), "password", who.password()));
        assertOk(client.register(who));
        WireClient.assertError("bad_server_password", connect().request("login", "user", who.user(),
                "password", who.password(), "server_password", serverPassword.current() + "x"));
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownUserAlike() {
        Credentials who = Credentials.fresh("cred");
        registered(who);
        WireClient client = connect();
        JsonNode wrong = WireClient.assertError("bad_credentials", client.login(new Credentials(who.user(), "wrong password")));
        JsonNode unknown = WireClient.assertError("bad_credentials", client.login(Credentials.fresh("nobody")));
        assertEquals(wrong.path("message"), unknown.path("message"), "the reply must not reveal which accounts exist");
        assertOk(client.login(who));
    }

    @Test
    void refusesRegisterOrLoginOnAnAuthenticatedSession() {
        Credentials who = Credentials.fresh("twice");
        WireClient client = registered(who);
        WireClient.assertError("already_authenticated", client.login(who));
        WireClient.assertError("already_authenticated", client.register(Credentials.fresh("twice")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"send", "dm", "join", "leave", "rooms", "users", "history", "passwd", "kick", "regen", "stop", "no-such-op"})
    void refusesEveryOtherOpBeforeAuthentication(String op) {
        connect().refused("auth_required", op, "room", "general", "text", "hi", "to", "x", "user", "x");
    }

    @Test
    void refusesALoginWithoutItsFields() {
        WireClient client = connect();
        client.refused("bad_request", "login", "user", "someone", "server_password", serverPassword.current());
        client.refused("bad_request", "login", "password", "a fine password", "server_password", serverPassword.current());
    }

    @Test
    void passwdReplacesThePassword() {
        Credentials who = Credentials.fresh("passwd");
        WireClient client = registered(who);
        client.refused("bad_credentials", "passwd", "old", "not my password", "new", "brand new password");
        client.refused("weak_password", "passwd", "old", who.password(), "new", "short");
        client.refused("bad_request", "passwd", "new", "brand new password");
        client.ok("passwd", "old", who.password(), "new", "brand new password");
        WireClient.assertError("bad_credentials", connect().login(who));
        assertOk(connect().login(new Credentials(who.user(), "brand new password")));
    }

    @Test
    void pingIsAnsweredWithPongBeforeAndAfterLogin() {
        WireClient client = connect();
        client.sync();
        assertOk(client.register(Credentials.fresh("ping")));
        client.sync();
    }

    @Test
    void quitSaysByeAndCloses() {
        connect().quit();

        newUser("quit").quit();
    }
}
