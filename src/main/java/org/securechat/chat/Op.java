package org.securechat.chat;

/**
 * A row of the op table: the wire name, the record its fields bind to, who may use it, the budget
 * each use spends, its handler.
 */
public record Op<T>(String name, Class<T> fields, Access access, Budget budget, OpHandler<T> handler) {

    /** Who may send an op. */
    public enum Access {
        /** Before and after authentication. */
        ANYONE,
        /** Only before authentication. */
        GUEST,
        MEMBER,
        ADMIN
    }
}
