package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Rooms;
import org.securechat.chat.Session;
import org.securechat.chat.port.RoomStore;

/** {@code rooms}: every room, how many accounts have joined it, and whether the asker has. */
@ApplicationScoped
public class RoomsHandler implements OpHandler<Rooms> {
    private final RoomStore rooms;

    public RoomsHandler(RoomStore rooms) {
        this.rooms = rooms;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Rooms request) {
        return rooms.list(session.account().id())
                .thenAccept(list -> session.reply(requestId, new Reply.RoomList(list)));
    }
}
