package org.securechat.tui.protocol;

import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.Message;

/** A server frame that answers no request of this client. Frames of a type it does not know are ignored. */
public sealed interface Event {

    /** The first frame of every connection. */
    record Welcome(int protocol, String server, boolean serverPasswordRequired) implements Event {
    }

    /** {@code message}: a new message in a room this session is in, or a direct message to or from it. */
    record Posted(Message message) implements Event {
    }

    record Joined(String room, String user) implements Event {
    }

    record Left(String room, String user) implements Event {
    }

    /** An account's first session started, or its last ended, or it set or cleared its {@code away} message. */
    record Presence(String user, boolean online, String reason, String away) implements Event {
        public Presence(String user, boolean online) {
            this(user, online, null, null);
        }
    }

    /** {@code read_marker}: another session of this account read the conversation up to {@code msgId}. */
    record ReadMarker(BufferId conversation, long msgId) implements Event {
    }

    /** This session is about to be closed by an admin; {@code reason} is empty when none was given. */
    record Kicked(String by, String reason) implements Event {
    }

    /**
     * The server is about to stop; {@code reason} is empty when none was given. {@code restart}: it expects to be
     * back, so the client reconnects and resumes.
     */
    record Shutdown(String reason, boolean restart) implements Event {
    }

    /** An {@code error} that answers no pending request, such as the idle timeout's before the server closes. */
    record Failed(ServerError error) implements Event {
    }

    /** The goodbye after quit, just before the server closes the connection. */
    record Bye() implements Event {
    }
}
