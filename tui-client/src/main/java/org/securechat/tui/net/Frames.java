package org.securechat.tui.net;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.securechat.tui.protocol.Credentials;

/** Builds the client frames of PROTOCOL.md. */
public final class Frames {
    public static final ObjectMapper JSON = new ObjectMapper();

    private Frames() {
    }

    public static ObjectNode op(String op) {
        return JSON.createObjectNode().put("op", op);
    }

    public static ObjectNode auth(Credentials credentials, boolean register) {
        return op(register ? "register" : "login")
                .put("user", credentials.user())
                .put("password", credentials.password())
                .put("server_password", credentials.serverPassword());
    }

    public static ObjectNode send(String room, String text, String kind) {
        return op("send").put("room", room).put("text", text).put("kind", kind);
    }

    public static ObjectNode dm(String to, String text, String kind) {
        return op("dm").put("to", to).put("text", text).put("kind", kind);
    }

    public static ObjectNode join(String room) {
        return op("join").put("room", room);
    }

    public static ObjectNode leave(String room) {
        return op("leave").put("room", room);
    }

    public static ObjectNode roomHistory(String room, Long before, int limit) {
        return withBefore(op("history").put("room", room), before, limit);
    }

    public static ObjectNode dmHistory(String with, Long before, int limit) {
        return withBefore(op("history").put("with", with), before, limit);
    }

    private static ObjectNode withBefore(ObjectNode frame, Long before, int limit) {
        if (before != null) {
            frame.put("before", before);
        }
        return frame.put("limit", limit);
    }

    public static ObjectNode passwd(String oldPassword, String newPassword) {
        return op("passwd").put("old", oldPassword).put("new", newPassword);
    }

    public static ObjectNode kick(String user, String reason) {
        ObjectNode frame = op("kick").put("user", user);
        return reason == null || reason.isBlank() ? frame : frame.put("reason", reason);
    }

    public static ObjectNode stop(String reason) {
        ObjectNode frame = op("stop");
        return reason == null || reason.isBlank() ? frame : frame.put("reason", reason);
    }
}
