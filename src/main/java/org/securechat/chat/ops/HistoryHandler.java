package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Allowances;
import org.securechat.chat.Budget;
import org.securechat.chat.ChatError;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.ReplyBudget;
import org.securechat.chat.ReplySize;
import org.securechat.chat.Requests.History;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.Session;
import org.securechat.chat.StoredMessage;
import org.securechat.chat.port.AccountStore;
import org.securechat.chat.port.MessageStore;

/**
 * {@code history}: a page of a room's messages, or of the DMs with one user, oldest first, cut to
 * the reply budget from its oldest end; {@code more} says whether older ones exist. The page's size
 * is spent from the session's history budget.
 */
@ApplicationScoped
public class HistoryHandler implements OpHandler<History> {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final RoomAccess access;
    private final AccountStore accounts;
    private final MessageStore messages;
    private final ReplyBudget budget;
    private final Allowances allowances;

    public HistoryHandler(RoomAccess access, AccountStore accounts, MessageStore messages, ReplyBudget budget,
                          Allowances allowances) {
        this.access = access;
        this.accounts = accounts;
        this.messages = messages;
        this.budget = budget;
        this.allowances = allowances;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, History request) {
        if ((request.room() == null) == (request.with() == null)) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "history needs either \"room\" or \"with\"");
        }
        int limit = InputRules.limit(request.limit(), DEFAULT_LIMIT, MAX_LIMIT);
        if (request.before() != null && request.before() < 1) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "\"before\" must be a msg_id");
        }
        // One more than asked for tells whether older messages exist.
        CompletableFuture<List<StoredMessage>> rows;
        if (request.room() != null) {
            String room = InputRules.room(request.room());
            rows = access.member(session, room).thenCombine(session.writesSettled(), (roomId, settled) -> roomId)
                    .thenCompose(roomId -> messages.roomHistory(roomId, request.before(), limit + 1));
        } else {
            String with = InputRules.existingUsername("with", request.with());
            long me = session.account().id();
            rows = session.writesSettled().thenCompose(settled -> accounts.find(with))
                    .thenCompose(other -> messages.directHistory(me, other.orElseThrow(
                            () -> new ChatError(ChatError.Reason.NO_SUCH_USER, "no user " + with)).id(),
                            request.before(), limit + 1));
        }
        return rows.thenAcceptAsync(found -> {
            Reply.Messages page = page(found, limit);
            allowances.spend(session, Budget.HISTORY_BYTES, page.messages().stream().mapToInt(ReplySize::of).sum());
            session.reply(requestId, page);
        }, session.peer().executor());
    }

    /** The newest {@code limit} of the rows (oldest first), as many of those as the reply budget holds. */
    private Reply.Messages page(List<StoredMessage> oldestFirst, int limit) {
        List<StoredMessage> newestFirst = new ArrayList<>(oldestFirst.subList(Math.max(0, oldestFirst.size() - limit),
                oldestFirst.size()));
        Collections.reverse(newestFirst);
        List<StoredMessage> kept = new ArrayList<>(budget.fit(newestFirst, ReplySize::of));
        Collections.reverse(kept);
        return new Reply.Messages(kept, oldestFirst.size() > kept.size());
    }
}
