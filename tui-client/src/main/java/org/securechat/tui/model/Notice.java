package org.securechat.tui.model;

import java.time.Instant;

/** A line the client itself shows: command output, errors, joins and parts. */
public record Notice(Instant ts, String text, boolean error) implements Entry {
    public static Notice info(String text) {
        return new Notice(Instant.now(), text, false);
    }

    public static Notice error(String text) {
        return new Notice(Instant.now(), text, true);
    }
}
