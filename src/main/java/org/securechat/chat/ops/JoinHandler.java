package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.Event;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Outbound;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Join;
import org.securechat.chat.RoomMembers;
import org.securechat.chat.Session;
import org.securechat.chat.Sessions;
import org.securechat.chat.port.Delivery;
import org.securechat.chat.port.RoomStore;

/**
 * {@code join}: makes the account a member (creating the room on first join), puts every session of
 * the account in it, and tells the room. Joining a room twice is harmless.
 */
@ApplicationScoped
public class JoinHandler implements OpHandler<Join> {
    private final RoomStore rooms;
    private final RoomMembers roomMembers;
    private final Sessions sessions;
    private final Delivery delivery;

    public JoinHandler(RoomStore rooms, RoomMembers roomMembers, Sessions sessions, Delivery delivery) {
        this.rooms = rooms;
        this.roomMembers = roomMembers;
        this.sessions = sessions;
        this.delivery = delivery;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Join request) {
        String room = InputRules.room(request.room());
        Account me = session.account();
        return rooms.join(me.id(), room)
                .thenCompose(newly -> rooms.membersOf(room).thenAcceptAsync(members -> {
                    sessions.of(me.name()).forEach(s -> roomMembers.add(room, s));
                    session.reply(requestId, new Reply.RoomJoined(room, members));
                    if (newly) {
                        delivery.toRoom(room, Outbound.event(new Event.Joined(room, me.name())));
                    }
                }, session.peer().executor()));
    }
}
