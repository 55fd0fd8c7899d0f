package org.securechat.tui.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.Message;
import org.securechat.tui.model.OnlineUser;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.SecondFactor;

/**
 * Every op of PROTOCOL.md this client sends, one row each: the request record, its wire name, how its fields are
 * written, and how its {@code ok} reply is read. The row's types make the compiler check that each request reads
 * the reply it declares.
 */
final class ClientOps {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Class<?>, Op<?, ?>> BY_TYPE = List.of(
            new Op<>(Request.Login.class, "login",
                    (login, frame) -> deviceId(login.deviceId(), credentials(login.credentials(), frame)),
                    (login, reply) -> loggedIn(reply)),
            new Op<>(Request.Resume.class, "resume",
                    (resume, frame) -> deviceId(resume.deviceId(),
                            frame.put("user", resume.user()).put("token", resume.token())),
                    (resume, reply) -> loggedIn(reply)),
            new Op<>(Request.Logout.class, "logout",
                    ClientOps::noFields,
                    ClientOps::done),
            new Op<>(Request.Register.class, "register",
                    (register, frame) -> credentials(register.credentials(), frame),
                    (register, reply) -> loggedIn(reply)),
            new Op<>(Request.Send.class, "send",
                    (send, frame) -> message(frame.put("room", send.room()), send.text(), send.kind()),
                    (send, reply) -> sent(reply)),
            new Op<>(Request.Dm.class, "dm",
                    (dm, frame) -> message(frame.put("to", dm.to()), dm.text(), dm.kind()),
                    (dm, reply) -> sent(reply)),
            new Op<>(Request.Join.class, "join",
                    (join, frame) -> frame.put("room", join.room()),
                    (join, reply) -> new Reply.InRoom(reply.text("room", join.room()))),
            new Op<>(Request.Leave.class, "leave",
                    (leave, frame) -> frame.put("room", leave.room()),
                    ClientOps::done),
            new Op<>(Request.Rooms.class, "rooms",
                    ClientOps::noFields,
                    (rooms, reply) -> new Reply.RoomList(reply.objects("rooms", room -> new Reply.RoomInfo(
                            room.text("name"), room.integer("members"), room.bool("joined"))))),
            new Op<>(Request.Users.class, "users",
                    ClientOps::noFields,
                    (users, reply) -> userList(reply)),
            new Op<>(Request.RoomUsers.class, "users",
                    (users, frame) -> frame.put("room", users.room()),
                    (users, reply) -> userList(reply)),
            new Op<>(Request.Conversations.class, "conversations",
                    ClientOps::conversationsPage,
                    (page, reply) -> new Reply.ConversationList(reply.objects("conversations", ClientOps::conversation),
                            reply.bool("more", false))),
            new Op<>(Request.MarkRead.class, "mark_read",
                    (mark, frame) -> conversation(mark.conversation(), frame).put("msg_id", mark.msgId()),
                    ClientOps::done),
            new Op<>(Request.Away.class, "away",
                    (away, frame) -> {
                        if (!away.text().isBlank()) {
                            frame.put("text", away.text());
                        }
                    },
                    ClientOps::done),
            new Op<>(Request.History.class, "history",
                    ClientOps::history,
                    (history, reply) -> page(history, reply.objects("messages", ServerEvents::message), reply)),
            new Op<>(Request.Passwd.class, "passwd",
                    (passwd, frame) -> frame.put("old", passwd.oldPassword()).put("new", passwd.newPassword()),
                    ClientOps::done),
            new Op<>(Request.Ping.class, "ping",
                    ClientOps::noFields,
                    (ping, reply) -> new Reply.Pong()),
            new Op<>(Request.Quit.class, "quit",
                    ClientOps::noFields,
                    ClientOps::done),
            new Op<>(Request.Kick.class, "kick",
                    (kick, frame) -> reason(kick.reason(), frame.put("user", kick.user())),
                    (kick, reply) -> new Reply.KickResult(reply.text("user", kick.user()), reply.integer("sessions"))),
            new Op<>(Request.Regen.class, "regen",
                    ClientOps::noFields,
                    (regen, reply) -> new Reply.NewServerPassword(reply.text("server_password"))),
            new Op<>(Request.Stop.class, "stop",
                    (stop, frame) -> reason(stop.reason(), stop.restart() ? frame.put("restart", true) : frame),
                    ClientOps::done),
            new Op<>(Request.TotpSetup.class, "totp_setup",
                    (setup, frame) -> frame.put("password", setup.password()),
                    (setup, reply) -> new Reply.TotpSecret(reply.text("secret"), reply.text("uri"))),
            new Op<>(Request.TotpEnable.class, "totp_enable",
                    (enable, frame) -> frame.put("code", enable.code()),
                    (enable, reply) -> new Reply.TotpEnabled(reply.texts("recovery_codes"), reply.texts("rooms", null))),
            new Op<>(Request.TotpDisable.class, "totp_disable",
                    (disable, frame) -> secondFactor(disable.secondFactor(), frame.put("password", disable.password())),
                    ClientOps::done))
            .stream().collect(Collectors.toUnmodifiableMap(Op::type, op -> op));

    private record Op<Q extends Request<R>, R extends Reply>(Class<Q> type, String name,
                                                             BiConsumer<Q, ObjectNode> fields,
                                                             BiFunction<Q, JsonFields, R> reply) {
    }

    private ClientOps() {
    }

    /** The frame as one line's bytes, without the newline. */
    static <R extends Reply> byte[] encode(Request<R> request, long id) throws JsonProcessingException {
        ObjectNode frame = JSON.createObjectNode().put("op", name(request)).put("id", id);
        of(request).fields().accept(request, frame);
        return JSON.writeValueAsBytes(frame);
    }

    static String name(Request<?> request) {
        return BY_TYPE.get(request.getClass()).name();
    }

    static <R extends Reply> R readReply(Request<R> request, JsonFields reply) {
        return of(request).reply().apply(request, reply);
    }

    @SuppressWarnings("unchecked")
    private static <R extends Reply> Op<Request<R>, R> of(Request<R> request) {
        return (Op<Request<R>, R>) BY_TYPE.get(request.getClass());
    }

    private static void noFields(Request<?> request, ObjectNode frame) {
    }

    /** For an {@code ok} whose fields this client does not need. */
    private static Reply.Done done(Request<?> request, JsonFields reply) {
        return new Reply.Done();
    }

    private static void deviceId(String deviceId, ObjectNode frame) {
        if (deviceId != null) {
            frame.put("device_id", deviceId);
        }
    }

    private static ObjectNode credentials(Credentials credentials, ObjectNode frame) {
        frame.put("user", credentials.user()).put("password", credentials.password())
                .put("server_password", credentials.serverPassword());
        if (credentials.secondFactor() != null) {
            secondFactor(credentials.secondFactor(), frame);
        }
        return frame;
    }

    /** A TOTP code as {@code code} or {@code totp} (the login's name for it), or a recovery code. */
    private static void secondFactor(SecondFactor factor, ObjectNode frame) {
        if (factor.code() != null) {
            frame.put(frame.get("op").asText().equals("login") ? "totp" : "code", factor.code());
        } else {
            frame.put("recovery_code", factor.recoveryCode());
        }
    }

    private static void message(ObjectNode frame, String text, Request.Kind kind) {
        frame.put("text", text).put("kind", kind == Request.Kind.ACTION ? "action" : "text");
    }

    /**
     * A page says whether older messages exist; a server from before that field fills every page but
     * the last, and a page may be cut short of the limit to keep the reply small.
     */
    private static Reply.MessagePage page(Request.History history, List<Message> messages, JsonFields reply) {
        return new Reply.MessagePage(messages, reply.bool("more", messages.size() >= history.limit()));
    }

    private static Reply.UserList userList(JsonFields reply) {
        return new Reply.UserList(reply.objects("users", user -> new OnlineUser(user.text("user"), user.bool("admin"),
                user.text("away", null))));
    }

    /** At most the server's largest page: a client rarely has more conversations than that. */
    private static void conversationsPage(Request.Conversations page, ObjectNode frame) {
        frame.put("limit", 500);
        if (page.after() != null) {
            frame.put("after", page.after());
        }
    }

    private static Reply.ConversationInfo conversation(JsonFields entry) {
        String with = entry.text("with", null);
        return new Reply.ConversationInfo(with != null ? BufferId.dm(with) : BufferId.room(entry.text("room")),
                entry.longInteger("last_msg_id"), entry.longInteger("read_msg_id"), entry.integer("unread"));
    }

    /** {@code room} or {@code with}, as the conversation is. */
    private static ObjectNode conversation(BufferId id, ObjectNode frame) {
        return frame.put(id.direct() ? "with" : "room", id.name());
    }

    private static void history(Request.History history, ObjectNode frame) {
        conversation(history.conversation(), frame);
        if (history.before() != null) {
            frame.put("before", history.before());
        }
        if (history.after() != null) {
            frame.put("after", history.after());
        }
        frame.put("limit", history.limit());
    }

    private static void reason(String reason, ObjectNode frame) {
        if (reason != null && !reason.isBlank()) {
            frame.put("reason", reason);
        }
    }

    private static Reply.LoggedIn loggedIn(JsonFields reply) {
        return new Reply.LoggedIn(reply.text("user"), reply.bool("admin"), reply.texts("rooms"),
                reply.bool("totp_setup_required", false), reply.text("resume_token", null),
                reply.text("device_id", null));
    }

    private static Reply.Sent sent(JsonFields reply) {
        return new Reply.Sent(ServerEvents.message(reply.object("message")));
    }
}
