package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.ChatError;
import org.securechat.chat.Conversation;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.ReplyBudget;
import org.securechat.chat.ReplySize;
import org.securechat.chat.Requests.Conversations;
import org.securechat.chat.Session;
import org.securechat.chat.port.ConversationStore;

/**
 * {@code conversations}: the account's joined rooms and DM partners, newest activity first, a page at
 * a time ({@code after} the last {@code last_msg_id} of the previous page; at most {@code limit} and
 * the reply budget). Rooms without a message yet follow the last of the rest, by name, all together
 * (an account joins at most {@code chat.limits.rooms-per-account}).
 */
@ApplicationScoped
public class ConversationsHandler implements OpHandler<Conversations> {
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;

    private final ConversationStore conversations;
    private final ReplyBudget budget;

    public ConversationsHandler(ConversationStore conversations, ReplyBudget budget) {
        this.conversations = conversations;
        this.budget = budget;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Conversations request) {
        int limit = InputRules.limit(request.limit(), DEFAULT_LIMIT, MAX_LIMIT);
        if (request.after() != null && request.after() < 1) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "\"after\" must be a msg_id");
        }
        long after = request.after() == null ? Long.MAX_VALUE : request.after();
        // After the session's own sends are stored, so they count as its newest activity.
        return session.writesSettled().thenCompose(settled -> conversations.of(session.account().id()))
                .thenAcceptAsync(all -> session.reply(requestId, page(all, after, limit)), session.peer().executor());
    }

    private Reply.ConversationList page(List<Conversation> all, long after, int limit) {
        List<Conversation> active = all.stream().filter(c -> c.lastMsgId() > 0 && c.lastMsgId() < after)
                .sorted(Comparator.comparingLong(Conversation::lastMsgId).reversed()).toList();
        List<Conversation> page = new ArrayList<>(budget.fit(active.subList(0, Math.min(limit, active.size())),
                ReplySize::of));
        boolean more = active.size() > page.size();
        if (!more) {
            all.stream().filter(c -> c.lastMsgId() == 0).sorted(Comparator.comparing(Conversation::room))
                    .forEach(page::add);
        }
        return new Reply.ConversationList(page, more);
    }
}
