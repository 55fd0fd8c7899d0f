package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Session;
import org.securechat.chat.Workers;
import org.securechat.protocol.ClientOps.Rooms;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ServerFrames;
import org.securechat.store.RoomStore;

/** {@code rooms}: every room, how many accounts have joined it, and whether the asker has. */
@ApplicationScoped
public class RoomsHandler implements OpHandler<Rooms> {
    private final RoomStore rooms;
    private final Workers workers;
    private final FrameCodec codec;

    public RoomsHandler(RoomStore rooms, Workers workers, FrameCodec codec) {
        this.rooms = rooms;
        this.workers = workers;
        this.codec = codec;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Rooms op) {
        long me = session.account().id();
        return workers.read(() -> rooms.list(me).stream()
                        .map(r -> new ServerFrames.RoomInfo(r.name(), r.members(), r.joined())).toList())
                .thenAccept(list -> session.send(codec.ok(id, new ServerFrames.RoomList(list))));
    }
}
