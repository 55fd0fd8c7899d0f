package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.ChatConfig;
import org.securechat.chat.Account;
import org.securechat.chat.Allowances;
import org.securechat.chat.Budget;
import org.securechat.chat.ChatError;
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
 * {@code join}: makes the account a member (creating the room on first join, from the session's
 * room-creation budget), puts every session of the account in it, and tells the room. Joining a
 * room twice is harmless; an account is in at most {@code chat.limits.rooms-per-account} rooms.
 */
@ApplicationScoped
public class JoinHandler implements OpHandler<Join> {
    private final RoomStore rooms;
    private final RoomMembers roomMembers;
    private final Sessions sessions;
    private final Delivery delivery;
    private final Allowances allowances;
    private final int roomsPerAccount;

    public JoinHandler(RoomStore rooms, RoomMembers roomMembers, Sessions sessions, Delivery delivery,
                       Allowances allowances, ChatConfig config) {
        this.rooms = rooms;
        this.roomMembers = roomMembers;
        this.sessions = sessions;
        this.delivery = delivery;
        this.allowances = allowances;
        this.roomsPerAccount = config.limits().roomsPerAccount();
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Join request) {
        String room = InputRules.room(request.room());
        Account me = session.account();
        if (!session.rooms().contains(room) && session.rooms().size() >= roomsPerAccount) {
            throw new ChatError(ChatError.Reason.LIMIT_REACHED, "you are in " + roomsPerAccount
                    + " rooms, the most an account may join; leave one first");
        }
        return rooms.idOf(room)
                .thenComposeAsync(existing -> {
                    if (existing.isEmpty()) {
                        allowances.spend(session, Budget.ROOM_CREATION);
                    }
                    return rooms.join(me.id(), room);
                }, session.peer().executor())
                .thenCompose(newly -> rooms.membersOf(room).thenAcceptAsync(members -> {
                    sessions.of(me.name()).forEach(s -> roomMembers.add(room, s));
                    session.reply(requestId, new Reply.RoomJoined(room, members));
                    if (newly) {
                        delivery.toRoom(room, Outbound.event(new Event.Joined(room, me.name())));
                    }
                }, session.peer().executor()));
    }
}
