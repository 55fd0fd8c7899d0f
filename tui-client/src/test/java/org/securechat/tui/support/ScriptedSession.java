package org.securechat.tui.support;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.Message;
import org.securechat.tui.model.OnlineUser;
import org.securechat.tui.net.LinkListener;
import org.securechat.tui.net.Session;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;
import org.securechat.tui.trust.FirstUsePrompt;
import org.securechat.tui.trust.Fingerprint;
import org.securechat.tui.trust.UntrustedServerException;
import org.securechat.tui.ui.Connector;

/**
 * A session for UI tests that need no socket: it answers requests the way PROTOCOL.md says a server does (with
 * canned data the test sets up), records every request, and lets the test push events.
 */
public final class ScriptedSession implements Session {
    private final List<Request<?>> sent = new CopyOnWriteArrayList<>();
    private final Map<Class<?>, Function<Request<?>, Reply>> answers = new ConcurrentHashMap<>();
    private final List<Message> roomHistory = new ArrayList<>();
    private volatile LinkListener listener;
    private volatile ServerError loginRefusal;
    private volatile int quits;
    private volatile int logouts;
    private volatile int reconnects;
    private volatile boolean offline;
    private volatile FirstUsePrompt firstUsePrompt;
    private volatile Fingerprint unknownFingerprint;
    private long nextMsgId = 1000;
    private final String user;
    private final boolean admin;
    private final List<String> rooms;

    public ScriptedSession(String user, boolean admin, List<String> rooms) {
        this.user = user;
        this.admin = admin;
        this.rooms = rooms;
        answer(Request.Send.class, send -> echo(send.room(), null, send.text(), send.kind()));
        answer(Request.Dm.class, dm -> echo(null, dm.to(), dm.text(), dm.kind()));
        answer(Request.History.class, this::history);
        answer(Request.Users.class, users -> new Reply.UserList(List.of(new OnlineUser(user, admin))));
        answer(Request.RoomUsers.class, users -> new Reply.UserList(List.of(new OnlineUser(user, admin))));
        answer(Request.Conversations.class, page -> new Reply.ConversationList(List.of(), false));
        answer(Request.MarkRead.class, mark -> new Reply.Done());
        answer(Request.Away.class, away -> new Reply.Done());
        answer(Request.Join.class, join -> new Reply.InRoom(join.room()));
        answer(Request.Rooms.class, list -> new Reply.RoomList(List.of()));
        answer(Request.Kick.class, kick -> new Reply.KickResult(kick.user(), 1));
        answer(Request.Leave.class, leave -> new Reply.Done());
        answer(Request.Passwd.class, passwd -> new Reply.Done());
        answer(Request.Stop.class, stop -> new Reply.Done());
    }

    /** A connector whose sessions log in as this one: an ok reply with the configured rooms. */
    public Connector connector() {
        return (request, linkListener, prompt) -> {
            listener = linkListener;
            firstUsePrompt = prompt;
            return this;
        };
    }

    /** Like a server not yet in known_hosts: the login first asks the person about this fingerprint. */
    public void presentUnknownFingerprint(Fingerprint fingerprint) {
        unknownFingerprint = fingerprint;
    }

    @Override
    public void start(boolean register) throws IOException {
        if (unknownFingerprint != null && !firstUsePrompt.accept("localhost", 7443, unknownFingerprint)) {
            throw new IOException("handshake failed", new UntrustedServerException("not accepted"));
        }
        ServerError refusal = loginRefusal;
        if (refusal != null) {
            throw refusal;
        }
        listener.onLoggedIn(new Reply.LoggedIn(user, admin, rooms), false);
    }

    /** The next login fails with this error. */
    public void refuseLogin(String code, String message) {
        loginRefusal = new ServerError(code, message, null);
    }

    /** Answers this op with an error from now on. */
    public void refuse(Class<? extends Request<?>> op, String code, String message) {
        answers.put(op, request -> {
            throw new ServerError(code, message, code.equals("rate_limited") ? 2 : null);
        });
    }

    /** While offline, every request fails as on a dropped connection (not a server's error). */
    public void offline(boolean isOffline) {
        offline = isOffline;
    }

    /** Answers this op with what the function makes of each request, from now on. */
    public <R extends Reply, Q extends Request<R>> void answer(Class<Q> op, Function<Q, R> reply) {
        answers.put(op, request -> reply.apply(op.cast(request)));
    }

    /** Messages 1..count in the room's history, returned by "history" with before/limit as a server would. */
    public void history(String room, int count) {
        for (int i = 1; i <= count; i++) {
            roomHistory.add(message(i, room, "bob", "msg " + i));
        }
    }

    /** These messages (rooms or DMs) in the history the session serves. */
    public void history(Message... messages) {
        roomHistory.addAll(List.of(messages));
    }

    public static Message message(long id, String room, String from, String text) {
        return new Message(id, room, from, null, text, false, sentAt(id));
    }

    public static Message directMessage(long id, String from, String to, String text) {
        return new Message(id, null, from, to, text, false, sentAt(id));
    }

    /** A minute per msg_id, so the ids and the clock agree. */
    private static Instant sentAt(long id) {
        return Instant.parse("2026-11-24T10:00:00Z").plusSeconds(id * 60);
    }

    private Reply.MessagePage history(Request.History request) {
        long before = request.before() == null ? Long.MAX_VALUE : request.before();
        List<Message> matching = roomHistory.stream()
                .filter(m -> conversationOf(m).matches(request.conversation())).toList();
        if (request.after() != null) { // the oldest page newer than after, as the server pages a catch-up
            List<Message> newer = matching.stream().filter(m -> m.msgId() > request.after()).toList();
            return new Reply.MessagePage(newer.subList(0, Math.min(newer.size(), request.limit())),
                    newer.size() > request.limit());
        }
        List<Message> older = matching.stream().filter(m -> m.msgId() < before).toList();
        return new Reply.MessagePage(older.subList(Math.max(0, older.size() - request.limit()), older.size()),
                older.size() > request.limit());
    }

    private BufferId conversationOf(Message m) {
        return m.isDirect() ? BufferId.dm(m.from().equalsIgnoreCase(user) ? m.to() : m.from()) : BufferId.room(m.room());
    }

    private Reply.Sent echo(String room, String to, String text, Request.Kind kind) {
        Message message = new Message(nextMsgId, room, user, to, text, kind == Request.Kind.ACTION, sentAt(nextMsgId));
        nextMsgId++;
        listener.onEvent(new Event.Posted(message));
        return new Reply.Sent(message);
    }

    /** Delivers a server event as the network thread would. */
    public void push(Event event) {
        listener.onEvent(event);
    }

    public <Q extends Request<?>> List<Q> sent(Class<Q> op) {
        return sent.stream().filter(op::isInstance).map(op::cast).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R extends Reply> CompletableFuture<R> request(Request<R> request) {
        sent.add(request);
        if (offline) {
            return CompletableFuture.failedFuture(new IOException("connection closed"));
        }
        Function<Request<?>, Reply> answer = answers.get(request.getClass());
        if (answer == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no scripted answer to " + request));
        }
        try {
            return CompletableFuture.completedFuture((R) answer.apply(request));
        } catch (ServerError e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void updateCredentials(Credentials credentials) {
    }

    @Override
    public void quit() {
        quits++;
    }

    @Override
    public void logout() {
        logouts++;
    }

    @Override
    public void reconnect() {
        reconnects++;
    }

    public int logouts() {
        return logouts;
    }

    public int reconnects() {
        return reconnects;
    }

    /** Logs in again as after a dropped link, as a resumed session (its reply carries a token). */
    public void resumed() {
        listener.onLoggedIn(new Reply.LoggedIn(user, admin, rooms, false, "token", "device"), true);
    }

    /** The session as the link reports a refused token while reconnecting. */
    public void tokenRefused(String why) {
        listener.onSignedOut(why);
    }

    /** The link as it reports a drop and its wait. */
    public void dropped(String why, java.time.Duration retryIn) {
        listener.onDisconnected(why, retryIn);
    }

    public int quits() {
        return quits;
    }
}
