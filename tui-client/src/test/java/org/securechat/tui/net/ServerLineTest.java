package org.securechat.tui.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.Message;
import org.securechat.tui.model.OnlineUser;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;

/** Server frames as PROTOCOL.md writes them (with ' for " to keep them readable), decoded into records. */
class ServerLineTest {
    private static final String TS = "2026-11-24T10:00:00.123Z";
    private static final String MESSAGE_FIELDS =
            "'msg_id':42,'room':'general','from':'alice','text':'hi','kind':'text','ts':'" + TS + "'";
    private static final Message MESSAGE = new Message(42, "general", "alice", null, "hi", false, Instant.parse(TS));

    private static ServerLine line(String singleQuoted) throws IOException {
        return ServerLine.parse(singleQuoted.replace('\'', '"'));
    }

    private static Event event(String singleQuoted) throws IOException {
        return line(singleQuoted).event().orElseThrow();
    }

    private static <R extends Reply> R reply(Request<R> request, String singleQuoted) throws IOException {
        return line(singleQuoted).replyTo(request);
    }

    private static String malformedEvent(String singleQuoted) {
        return assertThrows(MalformedFrameException.class, () -> line(singleQuoted).event()).getMessage();
    }

    private static String malformedReply(Request<?> request, String singleQuoted) {
        return assertThrows(MalformedFrameException.class, () -> reply(request, singleQuoted)).getMessage();
    }

    @Test
    void everyEventTypeDecodes() throws IOException {
        assertEquals(new Event.Welcome(1, "securechat/0.1.0", true),
                event("{'type':'welcome','protocol':1,'server':'securechat/0.1.0','server_password_required':true}"));
        assertEquals(new Event.Posted(MESSAGE), event("{'type':'message'," + MESSAGE_FIELDS + "}"));
        assertEquals(new Event.Joined("general", "bob"), event("{'type':'joined','room':'general','user':'bob'}"));
        assertEquals(new Event.Left("general", "bob"), event("{'type':'left','room':'general','user':'bob'}"));
        assertEquals(new Event.Presence("bob", true), event("{'type':'presence','user':'bob','online':true}"));
        assertEquals(new Event.Presence("bob", false, "quit", null),
                event("{'type':'presence','user':'bob','online':false,'reason':'quit'}"));
        assertEquals(new Event.Presence("bob", true, null, "lunch"),
                event("{'type':'presence','user':'bob','online':true,'away':'lunch'}"));
        assertEquals(new Event.ReadMarker(BufferId.room("general"), 5),
                event("{'type':'read_marker','room':'general','msg_id':5}"));
        assertEquals(new Event.ReadMarker(BufferId.dm("bob"), 6), event("{'type':'read_marker','with':'bob','msg_id':6}"));
        assertEquals(new Event.Kicked("admin", "spam"), event("{'type':'kicked','by':'admin','reason':'spam'}"));
        assertEquals(new Event.Shutdown("maintenance", false), event("{'type':'shutdown','reason':'maintenance'}"));
        assertEquals(new Event.Bye(), event("{'type':'bye'}"));
        ServerError error = ((Event.Failed) event(
                "{'type':'error','code':'rate_limited','message':'slow down','retry_after_s':2}")).error();
        assertEquals("rate_limited", error.code());
        assertEquals(2, error.retryAfterSeconds());
        assertEquals("Slow down (try again in 2 s)", error.describe());
    }

    @Test
    void directMessagesActionsAndAbsentOrNullOptionalFields() throws IOException {
        assertEquals(new Event.Posted(new Message(7, null, "bob", "alice", "waves", true, Instant.parse(TS))),
                event("{'type':'message','msg_id':7,'room':null,'from':'bob','to':'alice','text':'waves',"
                        + "'kind':'action','ts':'" + TS + "'}"));
        assertEquals(new Event.Kicked("an admin", ""), event("{'type':'kicked','reason':null}"));
        assertEquals(new Event.Shutdown("", false), event("{'type':'shutdown'}"));
        ServerError error = ((Event.Failed) event(
                "{'type':'error','code':'idle_timeout','message':'idle','retry_after_s':null}")).error();
        assertNull(error.retryAfterSeconds());
        assertEquals("Idle", error.describe());
    }

    @Test
    void anUnreadableClockStillShowsTheMessageStampedOnArrival() throws IOException {
        Instant before = Instant.now();
        Message message = ((Event.Posted) event("{'type':'message'," + MESSAGE_FIELDS.replace(TS, "yesterday") + "}"))
                .message();
        assertFalse(message.ts().isBefore(before), message.ts().toString());
    }

    @Test
    void unknownTypesAreIgnored() throws IOException {
        assertEquals(Optional.empty(), line("{'type':'typing','room':'general','user':'bob'}").event());
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        assertEquals(new Event.Posted(MESSAGE),
                event("{'type':'message','edited':true,'reactions':{'+1':3}," + MESSAGE_FIELDS + ",'away':[1,2]}"));
        assertEquals(new Event.Shutdown("bye", true), event("{'type':'shutdown','reason':'bye','restart':true}"));
    }

    @Test
    void wrongFieldTypesAreAClearError() {
        assertEquals("message event.msg_id is a string, expected an integer",
                malformedEvent("{'type':'message'," + MESSAGE_FIELDS.replace("42", "'42'") + "}"));
        assertEquals("presence event.online is a string, expected a boolean",
                malformedEvent("{'type':'presence','user':'bob','online':'yes'}"));
        assertEquals("joined event.user is a number, expected a string",
                malformedEvent("{'type':'joined','room':'general','user':7}"));
        assertEquals("kicked event.reason is an object, expected a string",
                malformedEvent("{'type':'kicked','reason':{}}"));
        assertEquals("left event has no user", malformedEvent("{'type':'left','room':'general'}"));
        assertEquals("server frame has no type", malformedEvent("{'room':'general'}"));
        assertEquals("server frame is an array, expected an object", malformedEvent("[1,2]"));
    }

    @Test
    void aLineThatIsNotJsonIsAnIoError() {
        IOException error = assertThrows(IOException.class, () -> ServerLine.parse("hello {"));
        assertTrue(error.getMessage().startsWith("the server sent a line that is not JSON"), error.getMessage());
    }

    @Test
    void onlyIntegerIdsAreThisClientsReplies() throws IOException {
        assertEquals(12L, line("{'type':'ok','id':12}").id());
        assertNull(line("{'type':'ok','id':'12'}").id());
        assertNull(line("{'type':'message'}").id());
    }

    @Test
    void everyRepliedOpDecodes() throws IOException {
        Credentials alice = new Credentials("alice", "password1", "server-pw");
        assertEquals(new Reply.LoggedIn("alice", false, List.of("general", "dev"), false, "t", "d"),
                reply(new Request.Login(alice), "{'type':'ok','id':1,'user':'alice','admin':false,"
                        + "'rooms':['general','dev'],'resume_token':'t','device_id':'d'}"));
        assertEquals(new Reply.LoggedIn("alice", false, List.of("general"), false, "t2", "d"),
                reply(new Request.Resume("alice", "t", "d"), "{'type':'ok','user':'alice','admin':false,"
                        + "'rooms':['general'],'resume_token':'t2','device_id':'d'}"));
        assertEquals(new Reply.Done(), reply(new Request.Logout(), "{'type':'ok'}"));
        assertEquals(new Reply.LoggedIn("alice", true, List.of()),
                reply(new Request.Register(alice), "{'type':'ok','user':'alice','admin':true,'rooms':[]}"));
        String sent = "{'type':'ok','message':{" + MESSAGE_FIELDS + "}}";
        assertEquals(new Reply.Sent(MESSAGE), reply(new Request.Send("general", "hi", Request.Kind.TEXT), sent));
        assertEquals(new Reply.Sent(MESSAGE), reply(new Request.Dm("bob", "hi", Request.Kind.TEXT), sent));
        assertEquals(new Reply.InRoom("dev"),
                reply(new Request.Join("#dev"), "{'type':'ok','room':'dev','members':['alice']}"));
        assertEquals(new Reply.InRoom("#dev"), reply(new Request.Join("#dev"), "{'type':'ok'}"),
                "without a room the reply names the one asked for");
        assertEquals(new Reply.RoomList(List.of(new Reply.RoomInfo("general", 3, true))), reply(new Request.Rooms(),
                "{'type':'ok','rooms':[{'name':'general','members':3,'joined':true}]}"));
        assertEquals(new Reply.UserList(List.of(new OnlineUser("bob", true))), reply(new Request.Users(),
                "{'type':'ok','users':[{'user':'bob','admin':true,'rooms':['general']}]}"));
        assertEquals(new Reply.MessagePage(List.of(MESSAGE), false), reply(new Request.History(BufferId.room("general"),
                50L, 50), "{'type':'ok','messages':[{" + MESSAGE_FIELDS + "}]}"),
                "without more, a page short of the limit is the last");
        assertEquals(new Reply.MessagePage(List.of(MESSAGE), true), reply(new Request.History(BufferId.room("general"),
                50L, 50), "{'type':'ok','more':true,'messages':[{" + MESSAGE_FIELDS + "}]}"),
                "a page cut short to keep the reply small says there is more");
        assertEquals(new Reply.KickResult("bob", 2),
                reply(new Request.Kick("bob", ""), "{'type':'ok','user':'bob','sessions':2}"));
        assertEquals(new Reply.KickResult("bob", 0), reply(new Request.Kick("bob", ""), "{'type':'ok','sessions':0}"),
                "without a user the reply names the one asked for");
        assertEquals(new Reply.NewServerPassword("new-pw"),
                reply(new Request.Regen(), "{'type':'ok','server_password':'new-pw'}"));
        assertEquals(new Reply.Pong(), reply(new Request.Ping(), "{'type':'pong','id':3}"));
        assertEquals(new Reply.Done(), reply(new Request.Leave("dev"), "{'type':'ok','room':'dev'}"));
        assertEquals(new Reply.Done(), reply(new Request.Passwd("old-secret", "new-secret"), "{'type':'ok'}"));
        assertEquals(new Reply.Done(), reply(new Request.Stop(""), "{'type':'ok'}"));
        assertEquals(new Reply.Done(), reply(new Request.Quit(), "{'type':'ok'}"));
    }

    @Test
    void anErrorReplyIsTheServersError() {
        Request.Send send = new Request.Send("general", "x", Request.Kind.TEXT);
        ServerError error = assertThrows(ServerError.class, () -> reply(send,
                "{'type':'error','id':4,'code':'rate_limited','message':'slow down','retry_after_s':3}"));
        assertEquals("Slow down (try again in 3 s)", error.describe());
        assertEquals("Error", assertThrows(ServerError.class, () -> reply(new Request.Regen(), "{'type':'error'}"))
                .describe());
    }

    @Test
    void aReplyOfTheWrongShapeIsAClearError() {
        assertEquals("reply to history.messages[1].ts is a number, expected a string",
                malformedReply(new Request.History(BufferId.dm("bob"), null, 50), "{'type':'ok','messages':[{"
                        + MESSAGE_FIELDS + "},{" + MESSAGE_FIELDS.replace("'" + TS + "'", "17") + "}]}"));
        assertEquals("reply to login.rooms[0] is a number, expected a string",
                malformedReply(new Request.Login(new Credentials("a", "b", "c")),
                        "{'type':'ok','user':'a','admin':false,'rooms':[1]}"));
        assertEquals("reply to kick.sessions is a number, expected an integer",
                malformedReply(new Request.Kick("bob", ""), "{'type':'ok','sessions':1.5}"));
        assertEquals("error reply to send.retry_after_s is a string, expected an integer",
                malformedReply(new Request.Send("general", "x", Request.Kind.TEXT),
                        "{'type':'error','code':'x','retry_after_s':'soon'}"));
    }
}
