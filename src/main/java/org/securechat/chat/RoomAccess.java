package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.port.RoomStore;

/** Whether a session may use a room, and if not, whether the room is missing or merely not joined. */
@ApplicationScoped
public class RoomAccess {
    private final RoomStore rooms;

    public RoomAccess(RoomStore rooms) {
        this.rooms = rooms;
    }

    /** Completes with the room's id if the session is in it; else fails with NOT_IN_ROOM or NO_SUCH_ROOM. */
    public CompletableFuture<Long> member(Session session, String room) {
        return existing(room).thenApply(id -> {
            if (!session.rooms().contains(room)) {
                throw new ChatError(ChatError.Reason.NOT_IN_ROOM, "you are not in #" + room + "; join it first");
            }
            return id;
        });
    }

    /** Completes with the room's id, or fails with NO_SUCH_ROOM. */
    public CompletableFuture<Long> existing(String room) {
        return rooms.idOf(room).thenApply((Optional<Long> id) -> id.orElseThrow(
                () -> new ChatError(ChatError.Reason.NO_SUCH_ROOM, "there is no room #" + room)));
    }
}
