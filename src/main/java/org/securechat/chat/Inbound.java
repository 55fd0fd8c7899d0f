package org.securechat.chat;

/**
 * A request as a transport read it: the op's name, the id to echo (a string, an integer or null),
 * and its fields, bound to the op's record only once the op is known and allowed.
 */
public interface Inbound {
    String op();

    Object id();

    /** The fields as the op's record; a field of the wrong type fails with {@link ChatError.Reason#BAD_REQUEST}. */
    <T> T fields(Class<T> type);
}
