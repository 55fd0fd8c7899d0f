package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.ReplyBudget;
import org.securechat.chat.ReplySize;
import org.securechat.chat.Requests.Users;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.Session;
import org.securechat.chat.port.Presence;

/**
 * {@code users}: the online users, optionally only those in one room, by name, a page at a time
 * ({@code after} the last name of the previous page; at most {@code limit} and the reply budget).
 */
@ApplicationScoped
public class UsersHandler implements OpHandler<Users> {
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;

    private final Presence presence;
    private final RoomAccess access;
    private final ReplyBudget budget;

    public UsersHandler(Presence presence, RoomAccess access, ReplyBudget budget) {
        this.presence = presence;
        this.access = access;
        this.budget = budget;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Users request) {
        String room = request.room() == null ? null : InputRules.room(request.room());
        int limit = InputRules.limit(request.limit(), DEFAULT_LIMIT, MAX_LIMIT);
        String after = request.after() == null ? null : Account.key(request.after());
        CompletableFuture<?> exists = room == null ? CompletableFuture.completedFuture(null) : access.existing(room);
        return exists.thenAcceptAsync(ignored -> {
            List<Reply.UserInfo> listed = presence.online().stream()
                    .filter(online -> room == null || online.rooms().contains(room))
                    .filter(online -> after == null || Account.key(online.user()).compareTo(after) > 0)
                    .map(online -> new Reply.UserInfo(online.user(), online.admin(), online.rooms(), online.away()))
                    .sorted(Comparator.comparing(u -> Account.key(u.user())))
                    .toList();
            List<Reply.UserInfo> page = budget.fit(listed.subList(0, Math.min(limit, listed.size())),
                    user -> ReplySize.of(user.user(), user.rooms()) + ReplySize.ofOptional(user.away()));
            session.reply(requestId, new Reply.UserList(page, listed.size() > page.size()));
        }, session.peer().executor());
    }
}
