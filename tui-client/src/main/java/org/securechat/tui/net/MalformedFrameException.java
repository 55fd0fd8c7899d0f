package org.securechat.tui.net;

/** A server frame that is JSON but not what PROTOCOL.md says it is: a field missing, or of the wrong type. */
public final class MalformedFrameException extends RuntimeException {
    MalformedFrameException(String message) {
        super(message);
    }
}
