package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.InputRules;
import org.securechat.chat.Messaging;
import org.securechat.chat.OpHandler;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.RoomMembers;
import org.securechat.chat.Session;
import org.securechat.protocol.ClientOps.Send;
import org.securechat.store.NewMessage;

/** {@code send}: a message to a room the session is in, delivered to every session in it. */
@ApplicationScoped
public class SendHandler implements OpHandler<Send> {
    private final RoomAccess access;
    private final Messaging messaging;
    private final RoomMembers roomMembers;

    public SendHandler(RoomAccess access, Messaging messaging, RoomMembers roomMembers) {
        this.access = access;
        this.messaging = messaging;
        this.roomMembers = roomMembers;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Send op) {
        String room = InputRules.room(op.room());
        String text = InputRules.text(op.text());
        String kind = InputRules.kind(op.kind());
        CompletableFuture<Long> member = access.member(session, room);
        if (member.isDone() && !member.isCompletedExceptionally()) {
            return post(session, id, member.join(), room, text, kind); // the common case: no thread hop
        }
        return member.thenComposeAsync(roomId -> post(session, id, roomId, room, text, kind), session.peer().executor());
    }

    private CompletionStage<?> post(Session session, Object id, long roomId, String room, String text, String kind) {
        messaging.throttle(session);
        Account me = session.account();
        return messaging.post(session, id, new NewMessage(roomId, room, me.id(), me.name(), null, null, kind, text),
                event -> roomMembers.deliver(room, event));
    }
}
