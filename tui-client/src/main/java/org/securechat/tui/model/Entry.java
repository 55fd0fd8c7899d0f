package org.securechat.tui.model;

import java.time.Instant;

/** One line of a buffer: a chat message or a local notice. */
public sealed interface Entry permits Message, Notice {
    Instant ts();
}
