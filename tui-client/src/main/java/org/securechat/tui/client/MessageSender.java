package org.securechat.tui.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletionException;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.ConnectionState;
import org.securechat.tui.model.Message;
import org.securechat.tui.model.Notice;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;

/**
 * The one way a line reaches a conversation: send to a room, dm to a person. Messages leave one at a time, in the
 * order typed. Flood control ({@code rate_limited}) or a connection that is not up holds the queue, which tries
 * again by itself and shows how many wait in the status line; nothing is dropped. A message the server refuses for
 * good is named in a notice and kept in the input history.
 */
final class MessageSender {
    /** PROTOCOL.md: message text is 1 to 4,000 code points. */
    static final int MAX_CODE_POINTS = 4000;
    private static final Duration OFFLINE_RETRY = Duration.ofSeconds(1);
    private static final int PREVIEW = 30;

    private record Outgoing(BufferId to, String text, Request.Kind kind, String typed) {
    }

    private final ChatState state;
    private final ServerCalls calls;
    private final ClientHooks hooks;
    private final Clock clock;
    private final Deque<Outgoing> queue = new ArrayDeque<>();
    private boolean inFlight;
    /** The message in flight came back as an event: stored, whatever becomes of its reply. */
    private boolean inFlightEchoed;
    private Instant heldUntil = Instant.MIN;
    private boolean holdShown;

    MessageSender(ChatState state, ServerCalls calls, ClientHooks hooks, Clock clock) {
        this.state = state;
        this.calls = calls;
        this.hooks = hooks;
        this.clock = clock;
    }

    /** {@code typed} is the line as the user wrote it, given back when the message cannot be sent. */
    void sendToCurrent(String text, Request.Kind kind, String typed) {
        BufferId id = state.currentBuffer().map(Buffer::id).orElse(null);
        if (id == null) {
            state.notice(Notice.error(state.connection() == ConnectionState.ONLINE ? "join a room first: /join ROOM"
                    : "Not connected yet: your line stays in the input."));
            hooks.restoreInput(typed);
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CODE_POINTS) {
            state.notice(Notice.error(String.format("Not sent: the message has %,d characters, %,d more than the "
                    + "%,d a message can hold.", length, length - MAX_CODE_POINTS, MAX_CODE_POINTS)));
            hooks.restoreInput(typed);
            return;
        }
        queue.add(new Outgoing(id, text, kind, typed));
        state.setOutgoing(queue.size());
        sendNext();
    }

    /** Called on every turn of the GUI loop: sends the head of a held queue once its wait is over. */
    boolean tick() {
        if (inFlight || queue.isEmpty() || clock.instant().isBefore(heldUntil)) {
            return false;
        }
        sendNext();
        return true;
    }

    private void sendNext() {
        if (inFlight || queue.isEmpty() || clock.instant().isBefore(heldUntil)) {
            return;
        }
        Outgoing next = queue.peek();
        Request<Reply.Sent> request = next.to().direct()
                ? new Request.Dm(next.to().name(), next.text(), next.kind())
                : new Request.Send(next.to().name(), next.text(), next.kind());
        inFlight = true;
        inFlightEchoed = false;
        calls.request(request, (reply, error) -> {
            inFlight = false;
            answered(next, reply, error);
            state.setOutgoing(queue.size());
            sendNext();
        });
    }

    /**
     * A message event. The server sends a message to its sender's sessions before the reply, so when
     * the connection drops between the two, this is what says the message is stored and must not be
     * sent again after the reconnect.
     */
    void seen(Message message) {
        Outgoing head = queue.peek();
        if (!inFlight || head == null || !message.from().equalsIgnoreCase(state.me())
                || !message.text().equals(head.text())) {
            return;
        }
        String where = message.isDirect() ? message.to() : message.room();
        if (head.to().direct() == message.isDirect() && head.to().name().equalsIgnoreCase(where)) {
            inFlightEchoed = true;
        }
    }

    private void answered(Outgoing sent, Reply.Sent reply, Throwable error) {
        if (error != null && inFlightEchoed) {
            queue.poll(); // stored and shown already: only its reply was lost
            holdShown = false;
            return;
        }
        if (error == null) {
            queue.poll();
            holdShown = false;
            state.receive(reply.message());
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ServerError refusal && refusal.code().equals("rate_limited")) {
            int seconds = refusal.retryAfterSeconds() == null ? 1 : Math.max(1, refusal.retryAfterSeconds());
            hold(Duration.ofSeconds(seconds), "Flood control: the server takes about 10 messages a second. "
                    + "Waiting messages go out by themselves, in order.");
        } else if (!(cause instanceof ServerError)) {
            hold(OFFLINE_RETRY, "Not connected: waiting messages go out when the connection is back.");
        } else {
            queue.poll();
            state.notice(Notice.error("Not sent to " + sent.to().label() + ": \"" + preview(sent.text()) + "\": "
                    + ServerCalls.describe(cause) + ". Up brings it back to edit."));
            hooks.restoreInput(sent.typed());
        }
    }

    /** Holds the queue; says why once per stretch of holds, as the status line keeps the count. */
    private void hold(Duration wait, String why) {
        heldUntil = clock.instant().plus(wait);
        if (!holdShown) {
            holdShown = true;
            state.notice(Notice.info(why));
        }
    }

    private static String preview(String text) {
        String flat = text.replace('\n', ' ');
        return flat.codePointCount(0, flat.length()) <= PREVIEW ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, PREVIEW)) + "…";
    }
}
