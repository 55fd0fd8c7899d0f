package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.ProtocolException;
import org.securechat.store.RoomStore;

/** Whether a session may use a room, and if not, whether the room is missing or merely not joined. */
@ApplicationScoped
public class RoomAccess {
    private final RoomStore rooms;
    private final Workers workers;

    public RoomAccess(RoomStore rooms, Workers workers) {
        this.rooms = rooms;
        this.workers = workers;
    }

    /** Completes with the room's id if the session is in it; else fails with not_in_room or no_such_room. */
    public CompletableFuture<Long> member(Session session, String room) {
        if (session.rooms().contains(room)) {
            var known = rooms.knownId(room);
            if (known.isPresent()) {
                return CompletableFuture.completedFuture(known.get());
            }
        }
        return workers.read(() -> {
            long id = existing(room);
            if (!session.rooms().contains(room)) {
                throw new ProtocolException(ErrorCode.NOT_IN_ROOM, "you are not in #" + room + "; join it first");
            }
            return id;
        });
    }

    /** Blocking: the room's id, or no_such_room. */
    public long existing(String room) {
        return rooms.idOf(room).orElseThrow(() -> new ProtocolException(ErrorCode.NO_SUCH_ROOM, "there is no room #" + room));
    }
}
