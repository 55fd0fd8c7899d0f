package org.securechat.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Payloads of server frames; the codec adds {@code type} (and {@code id} for replies). */
public final class ServerFrames {
    private ServerFrames() {
    }

    /** A frame payload with its wire type. */
    public interface Event {
        String type();
    }

    public record Welcome(int protocol, String server, boolean serverPasswordRequired) implements Event {
        public String type() {
            return "welcome";
        }
    }

    public record Joined(String room, String user) implements Event {
        public String type() {
            return "joined";
        }
    }

    public record Left(String room, String user) implements Event {
        public String type() {
            return "left";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Presence(String user, boolean online, String reason) implements Event {
        public String type() {
            return "presence";
        }
    }

    public record Kicked(String by, String reason) implements Event {
        public String type() {
            return "kicked";
        }
    }

    public record Shutdown(String reason) implements Event {
        public String type() {
            return "shutdown";
        }
    }

    // Reply payloads: the fields an ok reply carries for each op.

    public record Authenticated(String user, boolean admin, List<String> rooms) { }

    public record Stored(MessageView message) { }

    public record RoomJoined(String room, List<String> members) { }

    public record RoomLeft(String room) { }

    public record RoomInfo(String name, int members, boolean joined) { }

    public record RoomList(List<RoomInfo> rooms) { }

    public record UserInfo(String user, boolean admin, List<String> rooms) { }

    public record UserList(List<UserInfo> users) { }

    public record Messages(List<MessageView> messages) { }

    public record KickResult(String user, int sessions) { }

    public record NewServerPassword(String serverPassword) { }

    /** An ok reply with no fields. */
    public record Empty() { }
}
