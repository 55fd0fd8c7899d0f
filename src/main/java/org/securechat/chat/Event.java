package org.securechat.chat;

/** What the server tells sessions unasked; the protocol names each kind on the wire. */
public sealed interface Event {
    record Welcome(int protocol, String server, boolean serverPasswordRequired) implements Event { }

    record MessagePosted(StoredMessage message) implements Event { }

    record Joined(String room, String user) implements Event { }

    record Left(String room, String user) implements Event { }

    /**
     * An account's first session started ({@code online}) or its last one ended, and why; or an online
     * account set or cleared its {@code away} message.
     */
    record PresenceChanged(String user, boolean online, String reason, String away) implements Event { }

    /** The account read up to {@code msgId} in a room or in its DMs with a user, on another of its sessions. */
    record ReadMarker(String room, String with, long msgId) implements Event { }

    record Kicked(String by, String reason) implements Event { }

    /** {@code restart}: the server expects to be back (SIGTERM, a pod roll, stop with restart): clients resume. */
    record Shutdown(String reason, boolean restart) implements Event { }

    /** The answer to quit, just before the session closes. */
    record Bye() implements Event { }
}
