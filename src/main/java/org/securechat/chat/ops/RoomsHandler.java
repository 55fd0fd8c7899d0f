package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Rooms;
import org.securechat.chat.Session;
import org.securechat.chat.port.RoomStore;

/**
 * {@code rooms}: the rooms by name, how many accounts have joined each, and whether the asker has;
 * a page at a time ({@code after} the last name of the previous page, at most {@code limit}).
 */
@ApplicationScoped
public class RoomsHandler implements OpHandler<Rooms> {
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;

    private final RoomStore rooms;

    public RoomsHandler(RoomStore rooms) {
        this.rooms = rooms;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Rooms request) {
        int limit = InputRules.limit(request.limit(), DEFAULT_LIMIT, MAX_LIMIT);
        // One more than asked for tells whether the list goes on; 500 rooms fit the reply budget.
        return rooms.list(session.account().id(), request.after(), limit + 1).thenAccept(list -> session.reply(requestId,
                new Reply.RoomList(list.subList(0, Math.min(limit, list.size())), list.size() > limit)));
    }
}
