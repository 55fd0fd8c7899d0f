package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.RoomMembers;
import org.securechat.chat.Session;
import org.securechat.chat.Sessions;
import org.securechat.protocol.ClientOps.Leave;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ServerFrames;
import org.securechat.store.RoomStore;

/** {@code leave}: ends the account's membership; the room hears it, the leaver's sessions included. */
@ApplicationScoped
public class LeaveHandler implements OpHandler<Leave> {
    private final RoomAccess access;
    private final RoomStore rooms;
    private final RoomMembers roomMembers;
    private final Sessions sessions;
    private final FrameCodec codec;

    public LeaveHandler(RoomAccess access, RoomStore rooms, RoomMembers roomMembers, Sessions sessions, FrameCodec codec) {
        this.access = access;
        this.rooms = rooms;
        this.roomMembers = roomMembers;
        this.sessions = sessions;
        this.codec = codec;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Leave op) {
        String room = InputRules.room(op.room());
        Account me = session.account();
        return access.member(session, room)
                .thenCompose(roomId -> rooms.leave(me.id(), room))
                .thenAcceptAsync(left -> {
                    roomMembers.deliver(room, codec.event(new ServerFrames.Left(room, me.name())));
                    sessions.of(me.name()).forEach(s -> roomMembers.remove(room, s));
                    session.send(codec.ok(id, new ServerFrames.RoomLeft(room)));
                }, session.peer().executor());
    }
}
