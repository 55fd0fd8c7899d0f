package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.ToIntFunction;
import org.securechat.ChatConfig;

/**
 * {@code chat.limits.reply-bytes}: about how much one reply may hold. A longer list is cut, and the
 * reply says there is more, so no request can make the server build, or a client read, a reply of
 * megabytes.
 */
@ApplicationScoped
public class ReplyBudget {
    private final int bytes;

    public ReplyBudget(ChatConfig config) {
        this.bytes = config.limits().replyBytes();
    }

    /** The longest prefix of {@code items} that fits, and never less than the first. */
    public <T> List<T> fit(List<T> items, ToIntFunction<T> size) {
        int used = 0;
        for (int i = 0; i < items.size(); i++) {
            used += size.applyAsInt(items.get(i));
            if (used > bytes && i > 0) {
                return items.subList(0, i);
            }
        }
        return items;
    }
}
