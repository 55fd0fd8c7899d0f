package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Users;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.Session;
import org.securechat.chat.port.Presence;

/** {@code users}: the online users, optionally only those in one room. */
@ApplicationScoped
public class UsersHandler implements OpHandler<Users> {
    private final Presence presence;
    private final RoomAccess access;

    public UsersHandler(Presence presence, RoomAccess access) {
        this.presence = presence;
        this.access = access;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Users request) {
        String room = request.room() == null ? null : InputRules.room(request.room());
        CompletableFuture<?> exists = room == null ? CompletableFuture.completedFuture(null) : access.existing(room);
        return exists.thenAcceptAsync(ignored -> {
            var users = presence.online().stream()
                    .filter(online -> room == null || online.rooms().contains(room))
                    .map(online -> new Reply.UserInfo(online.user(), online.admin(), online.rooms()))
                    .sorted(Comparator.comparing(u -> u.user().toLowerCase(Locale.ROOT)))
                    .toList();
            session.reply(requestId, new Reply.UserList(users));
        }, session.peer().executor());
    }
}
