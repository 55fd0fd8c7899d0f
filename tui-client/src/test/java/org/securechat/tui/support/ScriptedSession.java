package org.securechat.tui.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.securechat.tui.net.Frames;
import org.securechat.tui.net.LinkListener;
import org.securechat.tui.net.Session;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.ServerError;
import org.securechat.tui.trust.Fingerprint;
import org.securechat.tui.trust.FirstUsePrompt;
import org.securechat.tui.trust.UntrustedServerException;
import org.securechat.tui.ui.Connector;

/**
 * A session for UI tests that need no socket: it answers frames the way PROTOCOL.md says a server does (with
 * canned data the test sets up), records every frame, and lets the test push events.
 */
public final class ScriptedSession implements Session {
    private final List<ObjectNode> sent = new CopyOnWriteArrayList<>();
    private final Map<String, Function<ObjectNode, JsonNode>> answers = new ConcurrentHashMap<>();
    private final List<JsonNode> roomHistory = new ArrayList<>();
    private volatile LinkListener listener;
    private volatile ServerError loginRefusal;
    private volatile int quits;
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
        answers.put("send", frame -> ok().set("message", echo(frame.path("room").asText(), null,
                frame.path("text").asText(), frame.path("kind").asText("text"))));
        answers.put("dm", frame -> ok().set("message", echo(null, frame.path("to").asText(),
                frame.path("text").asText(), frame.path("kind").asText("text"))));
        answers.put("history", this::history);
        answers.put("users", frame -> {
            ObjectNode reply = ok();
            reply.putArray("users").addObject().put("user", user).put("admin", admin);
            return reply;
        });
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
        ObjectNode reply = ok().put("user", user).put("admin", admin);
        ArrayNode roomNames = reply.putArray("rooms");
        rooms.forEach(roomNames::add);
        listener.onLoggedIn(reply, false);
    }

    /** The next login fails with this error. */
    public void refuseLogin(String code, String message) {
        loginRefusal = new ServerError(code, message, null);
    }

    /** Answers this op with an error from now on. */
    public void refuse(String op, String code, String message) {
        answers.put(op, frame -> {
            throw new ServerError(code, message, code.equals("rate_limited") ? 2 : null);
        });
    }

    public void answer(String op, Function<ObjectNode, JsonNode> reply) {
        answers.put(op, reply);
    }

    /** Messages 1..count in the room's history, returned by "history" with before/limit as a server would. */
    public void history(String room, int count) {
        for (int i = 1; i <= count; i++) {
            roomHistory.add(message(i, room, "bob", "msg " + i));
        }
    }

    public static ObjectNode message(long id, String room, String from, String text) {
        ObjectNode message = Frames.JSON.createObjectNode().put("msg_id", id);
        if (room != null) {
            message.put("room", room);
        }
        return message.put("from", from).put("text", text).put("kind", "text")
                .put("ts", Instant.parse("2026-11-24T10:00:00Z").plusSeconds(id * 60).toString());
    }

    private JsonNode history(ObjectNode frame) {
        long before = frame.path("before").asLong(Long.MAX_VALUE);
        int limit = frame.path("limit").asInt(50);
        List<JsonNode> older = roomHistory.stream()
                .filter(m -> m.path("room").asText().equals(frame.path("room").asText()))
                .filter(m -> m.path("msg_id").asLong() < before).toList();
        ObjectNode reply = ok();
        ArrayNode messages = reply.putArray("messages");
        older.subList(Math.max(0, older.size() - limit), older.size()).forEach(messages::add);
        return reply;
    }

    private ObjectNode echo(String room, String to, String text, String kind) {
        ObjectNode message = message(nextMsgId++, room, user, text).put("kind", kind);
        if (to != null) {
            message.put("to", to);
        }
        ObjectNode event = message.deepCopy().put("type", "message");
        listener.onEvent(event);
        return message;
    }

    private static ObjectNode ok() {
        return Frames.JSON.createObjectNode().put("type", "ok");
    }

    /** Delivers a server event as the network thread would. */
    public void push(ObjectNode event) {
        listener.onEvent(event);
    }

    public List<ObjectNode> sent() {
        return List.copyOf(sent);
    }

    public List<ObjectNode> sent(String op) {
        return sent.stream().filter(f -> f.path("op").asText().equals(op)).toList();
    }

    @Override
    public CompletableFuture<JsonNode> request(ObjectNode frame) {
        sent.add(frame);
        Function<ObjectNode, JsonNode> answer = answers.getOrDefault(frame.path("op").asText(), f -> ok());
        try {
            return CompletableFuture.completedFuture(answer.apply(frame));
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

    public int quits() {
        return quits;
    }
}
