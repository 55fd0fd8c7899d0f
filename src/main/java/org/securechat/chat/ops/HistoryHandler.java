package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.ChatError;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.History;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.Session;
import org.securechat.chat.StoredMessage;
import org.securechat.chat.port.AccountStore;
import org.securechat.chat.port.MessageStore;

/** {@code history}: a page of a room's messages, or of the DMs with one user, oldest first. */
@ApplicationScoped
public class HistoryHandler implements OpHandler<History> {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final RoomAccess access;
    private final AccountStore accounts;
    private final MessageStore messages;

    public HistoryHandler(RoomAccess access, AccountStore accounts, MessageStore messages) {
        this.access = access;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, History request) {
        if ((request.room() == null) == (request.with() == null)) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "history needs either \"room\" or \"with\"");
        }
        if (request.limit() != null && request.limit() < 1) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "\"limit\" must be at least 1");
        }
        if (request.before() != null && request.before() < 1) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "\"before\" must be a msg_id");
        }
        int limit = request.limit() == null ? DEFAULT_LIMIT : Math.min(request.limit(), MAX_LIMIT);
        CompletableFuture<List<StoredMessage>> page;
        if (request.room() != null) {
            String room = InputRules.room(request.room());
            page = access.member(session, room).thenCombine(session.writesSettled(), (roomId, settled) -> roomId)
                    .thenCompose(roomId -> messages.roomHistory(roomId, request.before(), limit));
        } else {
            String with = InputRules.existingUsername("with", request.with());
            long me = session.account().id();
            page = session.writesSettled().thenCompose(settled -> accounts.find(with))
                    .thenCompose(other -> messages.directHistory(me, other.orElseThrow(
                            () -> new ChatError(ChatError.Reason.NO_SUCH_USER, "no user " + with)).id(),
                            request.before(), limit));
        }
        return page.thenAccept(list -> session.reply(requestId, new Reply.Messages(list)));
    }
}
