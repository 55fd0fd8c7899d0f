package org.securechat.tui.model;

import java.time.Instant;

/** A stored chat message as PROTOCOL.md describes it; {@code room} is null for a direct message. */
public record Message(long msgId, String room, String from, String to, String text, boolean action, Instant ts)
        implements Entry {

    public boolean isDirect() {
        return room == null;
    }
}
