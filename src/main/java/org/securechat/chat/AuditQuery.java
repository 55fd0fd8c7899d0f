package org.securechat.chat;

/**
 * A page of the trail, newest first: entries before {@code before} (a seq; null for the newest),
 * at most {@code limit}, only those whose actor or target is {@code user} (any case) and whose
 * action is {@code action}, when given.
 */
public record AuditQuery(Long before, int limit, String user, String action) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** The query with the limit's default and cap applied, or BAD_REQUEST. */
    public static AuditQuery of(Long before, Long limit, String user, String action) {
        long size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "limit must be 1 to " + MAX_LIMIT);
        }
        if (before != null && before < 1) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "before must be a seq, 1 or more");
        }
        if (action != null && AuditAction.named(action).isEmpty()) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "no audit action " + action);
        }
        if (user != null && !InputRules.couldBeUsername(user)) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "no user " + user);
        }
        return new AuditQuery(before, (int) size, user, action);
    }
}
