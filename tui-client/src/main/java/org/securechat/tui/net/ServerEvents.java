package org.securechat.tui.net;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.Message;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.ServerError;

/** The server events of PROTOCOL.md by their {@code type}, and the message and error objects replies share. */
final class ServerEvents {
    private static final Map<String, Function<JsonFields, Event>> BY_TYPE = Map.of(
            "welcome", frame -> new Event.Welcome(frame.integer("protocol"), frame.text("server"),
                    frame.bool("server_password_required")),
            "message", frame -> new Event.Posted(message(frame)),
            "joined", frame -> new Event.Joined(frame.text("room"), frame.text("user")),
            "left", frame -> new Event.Left(frame.text("room"), frame.text("user")),
            "presence", frame -> new Event.Presence(frame.text("user"), frame.bool("online"),
                    frame.text("reason", null), frame.text("away", null)),
            "read_marker", frame -> new Event.ReadMarker(frame.text("with", null) != null
                    ? BufferId.dm(frame.text("with")) : BufferId.room(frame.text("room")), frame.longInteger("msg_id")),
            "kicked", frame -> new Event.Kicked(frame.text("by", "an admin"), frame.text("reason", "")),
            "shutdown", frame -> new Event.Shutdown(frame.text("reason", ""),
                    frame.bool("restart", false)),
            "error", frame -> new Event.Failed(error(frame)),
            "bye", frame -> new Event.Bye());

    private ServerEvents() {
    }

    /** Empty for a type this client does not know: old clients ignore additions. */
    static Optional<Event> read(String type, JsonFields frame) {
        return Optional.ofNullable(BY_TYPE.get(type)).map(read -> read.apply(frame));
    }

    /** A message object: the {@code message} event's fields, or what send, dm and history replies carry. */
    static Message message(JsonFields message) {
        return new Message(message.longInteger("msg_id"), message.text("room", null), message.text("from"),
                message.text("to", null), message.text("text"), "action".equals(message.text("kind", "text")),
                time(message.text("ts")));
    }

    /** A clock string the client cannot read still shows the message, stamped with the time it arrived. */
    private static Instant time(String ts) {
        try {
            return Instant.parse(ts);
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }

    static ServerError error(JsonFields error) {
        return new ServerError(error.text("code", "error"), error.text("message", ""),
                error.integer("retry_after_s", null));
    }
}
