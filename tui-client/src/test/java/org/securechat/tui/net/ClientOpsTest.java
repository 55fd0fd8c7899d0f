package org.securechat.tui.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.SecondFactor;

/** Every request record written as the frame PROTOCOL.md asks for (with ' for " to keep them readable). */
class ClientOpsTest {
    private static final Credentials ALICE = new Credentials("alice", "correct horse", "k3Fq-9xTz");
    private static final String AUTH_FIELDS = "'user':'alice','password':'correct horse','server_password':'k3Fq-9xTz'";

    private static String encode(Request<?> request) throws Exception {
        return new String(ClientOps.encode(request, 7), StandardCharsets.UTF_8).replace('"', '\'');
    }

    @Test
    void everyRequestIsWrittenAsItsOp() throws Exception {
        Map<Request<?>, String> frames = new LinkedHashMap<>();
        frames.put(new Request.Login(ALICE), "{'op':'login','id':7," + AUTH_FIELDS + "}");
        frames.put(new Request.Register(ALICE), "{'op':'register','id':7," + AUTH_FIELDS + "}");
        frames.put(new Request.Send("general", "hello", Request.Kind.TEXT),
                "{'op':'send','id':7,'room':'general','text':'hello','kind':'text'}");
        frames.put(new Request.Dm("bob", "waves", Request.Kind.ACTION),
                "{'op':'dm','id':7,'to':'bob','text':'waves','kind':'action'}");
        frames.put(new Request.Join("dev"), "{'op':'join','id':7,'room':'dev'}");
        frames.put(new Request.Leave("dev"), "{'op':'leave','id':7,'room':'dev'}");
        frames.put(new Request.Rooms(), "{'op':'rooms','id':7}");
        frames.put(new Request.Users(), "{'op':'users','id':7}");
        frames.put(new Request.History(BufferId.room("general"), null, 50),
                "{'op':'history','id':7,'room':'general','limit':50}");
        frames.put(new Request.Passwd("old-secret", "new-secret"),
                "{'op':'passwd','id':7,'old':'old-secret','new':'new-secret'}");
        frames.put(new Request.Ping(), "{'op':'ping','id':7}");
        frames.put(new Request.Quit(), "{'op':'quit','id':7}");
        frames.put(new Request.Kick("bob", "spam"), "{'op':'kick','id':7,'user':'bob','reason':'spam'}");
        frames.put(new Request.Regen(), "{'op':'regen','id':7}");
        frames.put(new Request.Stop("maintenance"), "{'op':'stop','id':7,'reason':'maintenance'}");
        frames.put(new Request.TotpSetup("correct horse"), "{'op':'totp_setup','id':7,'password':'correct horse'}");
        frames.put(new Request.TotpEnable("123456"), "{'op':'totp_enable','id':7,'code':'123456'}");
        frames.put(new Request.TotpDisable("correct horse", SecondFactor.of("123456")),
                "{'op':'totp_disable','id':7,'password':'correct horse','code':'123456'}");
        frames.put(new Request.RoomUsers("dev"), "{'op':'users','id':7,'room':'dev'}");
        frames.put(new Request.Conversations(null), "{'op':'conversations','id':7,'limit':500}");
        frames.put(new Request.Conversations(42L), "{'op':'conversations','id':7,'limit':500,'after':42}");
        frames.put(new Request.MarkRead(BufferId.room("dev"), 9), "{'op':'mark_read','id':7,'room':'dev','msg_id':9}");
        frames.put(new Request.MarkRead(BufferId.dm("bob"), 9), "{'op':'mark_read','id':7,'with':'bob','msg_id':9}");
        frames.put(new Request.Away("lunch"), "{'op':'away','id':7,'text':'lunch'}");
        frames.put(new Request.Away(""), "{'op':'away','id':7}");
        frames.put(new Request.Login(ALICE, "dev-1"), "{'op':'login','id':7," + AUTH_FIELDS + ",'device_id':'dev-1'}");
        frames.put(new Request.Resume("alice", "tok", "dev-1"),
                "{'op':'resume','id':7,'user':'alice','token':'tok','device_id':'dev-1'}");
        frames.put(new Request.Resume("alice", "tok", null), "{'op':'resume','id':7,'user':'alice','token':'tok'}");
        frames.put(new Request.Logout(), "{'op':'logout','id':7}");
        frames.put(new Request.Stop("", true), "{'op':'stop','id':7,'restart':true}");
        frames.put(new Request.History(BufferId.dm("bob"), null, 41L, 100),
                "{'op':'history','id':7,'with':'bob','after':41,'limit':100}");
        for (Map.Entry<Request<?>, String> frame : frames.entrySet()) {
            assertEquals(frame.getValue(), encode(frame.getKey()));
        }
        assertEquals(Set.of(Request.class.getPermittedSubclasses()),
                frames.keySet().stream().map(Object::getClass).collect(Collectors.toSet()),
                "every request record has its frame here");
    }

    @Test
    void aLoginCarriesItsSecondFactorAsTotpOrRecoveryCode() throws Exception {
        assertEquals("{'op':'login','id':7," + AUTH_FIELDS + ",'totp':'012345'}",
                encode(new Request.Login(ALICE.withSecondFactor(SecondFactor.of(" 012 345 ")))));
        assertEquals("{'op':'login','id':7," + AUTH_FIELDS + ",'recovery_code':'abcd-efgh-ijkl-mnop'}",
                encode(new Request.Login(ALICE.withSecondFactor(SecondFactor.of("abcd-efgh-ijkl-mnop")))));
        assertEquals("{'op':'totp_disable','id':7,'password':'pw','recovery_code':'abcd-efgh'}",
                encode(new Request.TotpDisable("pw", SecondFactor.of("abcd-efgh"))));
        assertEquals("{'op':'login','id':7," + AUTH_FIELDS + "}",
                encode(new Request.Login(ALICE.withSecondFactor(SecondFactor.of("1")).withoutSecondFactor())));
        assertFalse(ALICE.withSecondFactor(SecondFactor.of("012345")).toString().contains("012345"));
        assertFalse(new Request.Resume("alice", "tok-secret", null).toString().contains("tok-secret"));
        assertFalse(new Reply.LoggedIn("alice", false, List.of(), false, "tok-secret", "d").toString().contains("tok-secret"));
    }

    @Test
    void theTotpRepliesAndTheSetupOnlyLoginAreRead() throws Exception {
        JsonFields login = JsonFields.of(new ObjectMapper().readTree(
                "{\"type\":\"ok\",\"user\":\"root\",\"admin\":true,\"rooms\":[],\"totp_setup_required\":true}"), "reply");
        assertEquals(new Reply.LoggedIn("root", true, List.of(), true, null, null), ClientOps.readReply(new Request.Login(ALICE), login));
        JsonFields enabled = JsonFields.of(new ObjectMapper().readTree(
                "{\"type\":\"ok\",\"recovery_codes\":[\"a\",\"b\"],\"rooms\":[\"general\"]}"), "reply");
        assertEquals(new Reply.TotpEnabled(List.of("a", "b"), List.of("general")),
                ClientOps.readReply(new Request.TotpEnable("1"), enabled));
        JsonFields plain = JsonFields.of(new ObjectMapper().readTree("{\"type\":\"ok\",\"recovery_codes\":[]}"), "reply");
        assertEquals(null, ClientOps.readReply(new Request.TotpEnable("1"), plain).rooms());
    }

    @Test
    void directHistoryOlderPagesAndBlankReasons() throws Exception {
        assertEquals("{'op':'history','id':7,'with':'bob','before':71,'limit':50}",
                encode(new Request.History(BufferId.dm("bob"), 71L, 50)));
        assertEquals("{'op':'kick','id':7,'user':'bob'}", encode(new Request.Kick("bob", " ")));
        assertEquals("{'op':'stop','id':7}", encode(new Request.Stop("")));
        assertEquals("{'op':'stop','id':7}", encode(new Request.Stop(null)));
    }

    @Test
    void requestsDoNotShowTheirSecrets() {
        String shown = new Request.Login(ALICE) + " " + new Request.Passwd("old-secret", "new-secret");
        assertFalse(shown.contains("correct horse") || shown.contains("k3Fq") || shown.contains("secret"), shown);
    }
}
