package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.ChatError;
import org.securechat.chat.Event;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Outbound;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.MarkRead;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.Session;
import org.securechat.chat.port.AccountStore;
import org.securechat.chat.port.ConversationStore;
import org.securechat.chat.port.ConversationStore.Marked;
import org.securechat.chat.port.Delivery;

/**
 * {@code mark_read}: moves the account's read position in a room or in its DMs with a user forward
 * to a message of that conversation, and tells the account's other sessions when it moved.
 */
@ApplicationScoped
public class MarkReadHandler implements OpHandler<MarkRead> {
    private final RoomAccess access;
    private final AccountStore accounts;
    private final ConversationStore conversations;
    private final Delivery delivery;

    public MarkReadHandler(RoomAccess access, AccountStore accounts, ConversationStore conversations, Delivery delivery) {
        this.access = access;
        this.accounts = accounts;
        this.conversations = conversations;
        this.delivery = delivery;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, MarkRead request) {
        if ((request.room() == null) == (request.with() == null)) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "mark_read needs either \"room\" or \"with\"");
        }
        long msgId = InputRules.required("msg_id", request.msgId());
        if (msgId < 1) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "\"msg_id\" must be a msg_id");
        }
        long me = session.account().id();
        String room = request.room() == null ? null : InputRules.room(request.room());
        String with = request.with() == null ? null : InputRules.existingUsername("with", request.with());
        CompletableFuture<Marked> marked;
        if (room != null) {
            marked = access.member(session, room).thenCompose(roomId -> conversations.markRoom(me, roomId, msgId));
        } else {
            marked = accounts.find(with).thenCompose(other -> conversations.markDirect(me, other.orElseThrow(
                    () -> new ChatError(ChatError.Reason.NO_SUCH_USER, "no user " + with)).id(), msgId));
        }
        return marked.thenAcceptAsync(position -> {
            if (position.moved()) {
                delivery.toOtherSessions(session, Outbound.event(new Event.ReadMarker(room, with, position.msgId())));
            }
            session.reply(requestId, new Reply.ReadUpTo(room, with, position.msgId()));
        }, session.peer().executor());
    }
}
