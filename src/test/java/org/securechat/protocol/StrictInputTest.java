package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Input that could make the server store, show or accept something else than what was sent:
 * malformed UTF-8, unpaired surrogates, invisible characters, look-alike names, the bytes bcrypt
 * ignores, and the passwords guessed first.
 */
@QuarkusTest
class StrictInputTest extends ProtocolTestBase {
    @Test
    void malformedUtf8IsABadFrame() {
        WireClient client = connect();
        byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
        byte[] encodedSurrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] pastTheLastCodePoint = {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
        for (byte[] bad : new byte[][] {overlong, encodedSurrogate, pastTheLastCodePoint}) {
            client.sendBytes(frameWith(bad));
            WireClient.assertError("bad_frame", client.awaitEvent("error", e -> true));
        }
        client.sync(); // the connection stays
    }

    private static byte[] frameWith(byte[] inText) {
        byte[] start = "{\"op\":\"ping\",\"x\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\"}\n".getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[start.length + inText.length + end.length];
        System.arraycopy(start, 0, frame, 0, start.length);
        System.arraycopy(inText, 0, frame, start.length, inText.length);
        System.arraycopy(end, 0, frame, start.length + inText.length, end.length);
        return frame;
    }

    @Test
    void anUnpairedSurrogateOrAnInvisibleCharacterIsRefusedAndWhatIsSentIsWhatIsStored() {
        WireClient writer = newUser("strict");
        // Escaped in the JSON itself: an encoder would have replaced the lone surrogate before sending.
        writer.sendLine("{\"op\":\"send\",\"id\":\"lone\",\"room\":\"general\",\"text\":\"broken \\ud800 text\"}");
        WireClient.assertError("bad_request", writer.reply("lone"));
        writer.refused("bad_request", "send", "room", "general", "text", "a\u200bb");
        String family = "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 \u2764\ufe0f";
        assertEquals(family, writer.ok("send", "room", "general", "text", family).path("message").path("text").asText());
        assertEquals(family, writer.ok("history", "room", "general", "limit", 1).path("messages").get(0)
                .path("text").asText());
    }

    @Test
    void aLookAlikeNameDoesNotLogIntoAnotherAccount() {
        Credentials kelvin = new Credentials(Credentials.unique("kelvin"), "kelvins-password");
        registered(kelvin).quit();
        String withKelvinSign = "\u212a" + kelvin.user().substring(1);
        WireClient.assertError("bad_credentials", connect().login(new Credentials(withKelvinSign, kelvin.password())));
    }

    @Test
    void bytesPastBcryptsSeventyTwoDoNotLogIn() {
        Credentials longest = new Credentials(Credentials.unique("long"), "p".repeat(71) + "q");
        registered(longest).quit();
        WireClient.assertError("bad_credentials", connect().login(new Credentials(longest.user(), longest.password() + "anything")));
        assertOk(connect().login(longest));
    }

    @Test
    void theMostCommonPasswordsAndRepeatedCharactersAreRefused() {
        WireClient client = connect();
        for (String weak : new String[] {"12345678", "        ", "aaaaaaaa", "Password1", "iloveyou"}) {
            WireClient.assertError("weak_password", client.register(new Credentials(Credentials.unique("weak"), weak)));
        }
        assertOk(client.register(Credentials.fresh("strong")));
    }

    @Test
    void aKickReasonFollowsTheRulesOfText() {
        WireClient admin = connect();
        assertOk(admin.login(new Credentials("root", "root-password-for-tests"))); // the default profile's admin
        WireClient target = newUser("target");
        admin.refused("bad_request", "kick", "user", target.user(), "reason", "\u202eevil");
        admin.refused("bad_request", "kick", "user", target.user(), "reason", "r".repeat(201));
        target.sync();
    }
}
