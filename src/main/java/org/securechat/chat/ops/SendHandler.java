package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.InputRules;
import org.securechat.chat.Messaging;
import org.securechat.chat.NewMessage;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Requests.Send;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.Session;
import org.securechat.chat.port.Delivery;

/** {@code send}: a message to a room the session is in, delivered to every session in it. */
@ApplicationScoped
public class SendHandler implements OpHandler<Send> {
    private final RoomAccess access;
    private final Messaging messaging;
    private final Delivery delivery;

    public SendHandler(RoomAccess access, Messaging messaging, Delivery delivery) {
        this.access = access;
        this.messaging = messaging;
        this.delivery = delivery;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Send request) {
        String room = InputRules.room(request.room());
        String text = InputRules.text(request.text());
        String kind = InputRules.kind(request.kind());
        CompletableFuture<Long> member = access.member(session, room);
        if (member.isDone() && !member.isCompletedExceptionally()) {
            return post(session, requestId, member.join(), room, text, kind); // the common case: no thread hop
        }
        return member.thenComposeAsync(roomId -> post(session, requestId, roomId, room, text, kind),
                session.peer().executor());
    }

    private CompletionStage<?> post(Session session, Object requestId, long roomId, String room, String text,
                                    String kind) {
        Account me = session.account();
        return messaging.post(session, requestId, new NewMessage(roomId, room, me.id(), me.name(), null, null, kind, text),
                event -> delivery.toRoom(room, event));
    }
}
