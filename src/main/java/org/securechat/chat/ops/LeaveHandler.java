package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.Event;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Outbound;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Leave;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.RoomMembers;
import org.securechat.chat.Session;
import org.securechat.chat.Sessions;
import org.securechat.chat.port.Delivery;
import org.securechat.chat.port.RoomStore;

/** {@code leave}: ends the account's membership; the room hears it, the leaver's sessions included. */
@ApplicationScoped
public class LeaveHandler implements OpHandler<Leave> {
    private final RoomAccess access;
    private final RoomStore rooms;
    private final RoomMembers roomMembers;
    private final Sessions sessions;
    private final Delivery delivery;

    public LeaveHandler(RoomAccess access, RoomStore rooms, RoomMembers roomMembers, Sessions sessions,
                        Delivery delivery) {
        this.access = access;
        this.rooms = rooms;
        this.roomMembers = roomMembers;
        this.sessions = sessions;
        this.delivery = delivery;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Leave request) {
        String room = InputRules.room(request.room());
        Account me = session.account();
        return access.member(session, room)
                .thenCompose(roomId -> rooms.leave(me.id(), room))
                .thenAcceptAsync(left -> {
                    delivery.toRoom(room, Outbound.event(new Event.Left(room, me.name())));
                    sessions.of(me.name()).forEach(s -> roomMembers.remove(room, s));
                    session.reply(requestId, new Reply.RoomLeft(room));
                }, session.peer().executor());
    }
}
