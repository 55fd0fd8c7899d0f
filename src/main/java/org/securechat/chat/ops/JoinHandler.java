package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.RoomMembers;
import org.securechat.chat.Session;
import org.securechat.chat.Sessions;
import org.securechat.chat.Workers;
import org.securechat.protocol.ClientOps.Join;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ServerFrames;
import org.securechat.store.RoomStore;

/**
 * {@code join}: makes the account a member (creating the room on first join), puts every session of
 * the account in it, and tells the room. Joining a room twice is harmless.
 */
@ApplicationScoped
public class JoinHandler implements OpHandler<Join> {
    private final RoomStore rooms;
    private final RoomMembers roomMembers;
    private final Sessions sessions;
    private final Workers workers;
    private final FrameCodec codec;

    public JoinHandler(RoomStore rooms, RoomMembers roomMembers, Sessions sessions, Workers workers, FrameCodec codec) {
        this.rooms = rooms;
        this.roomMembers = roomMembers;
        this.sessions = sessions;
        this.workers = workers;
        this.codec = codec;
    }

    private record Joined(boolean newly, List<String> members) { }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Join op) {
        String room = InputRules.room(op.room());
        Account me = session.account();
        return rooms.join(me.id(), room)
                .thenCompose(newly -> workers.read(() -> {
                    rooms.idOf(room); // caches the id sends will need
                    return new Joined(newly, rooms.membersOf(room));
                }))
                .thenAcceptAsync(joined -> {
                    sessions.of(me.name()).forEach(s -> roomMembers.add(room, s));
                    session.send(codec.ok(id, new ServerFrames.RoomJoined(room, joined.members())));
                    if (joined.newly()) {
                        roomMembers.deliver(room, codec.event(new ServerFrames.Joined(room, me.name())));
                    }
                }, session.peer().executor());
    }
}
