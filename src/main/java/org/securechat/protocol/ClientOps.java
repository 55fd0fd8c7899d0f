package org.securechat.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The client ops of PROTOCOL.md, one record each; fields are the frame's fields. */
public final class ClientOps {
    private ClientOps() {
    }

    public record Register(String user, String password, String serverPassword) { }

    public record Login(String user, String password, String serverPassword) { }

    public record Send(String room, String text, String kind) { }

    public record Dm(String to, String text, String kind) { }

    public record Join(String room) { }

    public record Leave(String room) { }

    public record Rooms() { }

    public record Users(String room) { }

    public record History(String room, String with, Long before, Integer limit) { }

    public record Passwd(String old, @JsonProperty("new") String replacement) { }

    public record Ping() { }

    public record Quit() { }

    public record Kick(String user, String reason) { }

    public record Regen() { }

    public record Stop(String reason) { }
}
