package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.Session;
import org.securechat.chat.Sessions;
import org.securechat.chat.Workers;
import org.securechat.protocol.ClientOps.Users;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ServerFrames;

/** {@code users}: the online users, optionally only those in one room. */
@ApplicationScoped
public class UsersHandler implements OpHandler<Users> {
    private final Sessions sessions;
    private final RoomAccess access;
    private final Workers workers;
    private final FrameCodec codec;

    public UsersHandler(Sessions sessions, RoomAccess access, Workers workers, FrameCodec codec) {
        this.sessions = sessions;
        this.access = access;
        this.workers = workers;
        this.codec = codec;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Users op) {
        String room = op.room() == null ? null : InputRules.room(op.room());
        CompletableFuture<?> exists = room == null ? CompletableFuture.completedFuture(null)
                : workers.read(() -> access.existing(room));
        return exists.thenAcceptAsync(ignored -> {
            var users = sessions.onePerAccount().stream()
                    .filter(s -> room == null || s.rooms().contains(room))
                    .map(s -> new ServerFrames.UserInfo(s.account().name(), s.account().admin(), s.sortedRooms()))
                    .sorted(Comparator.comparing(u -> u.user().toLowerCase(Locale.ROOT)))
                    .toList();
            session.send(codec.ok(id, new ServerFrames.UserList(users)));
        }, session.peer().executor());
    }
}
