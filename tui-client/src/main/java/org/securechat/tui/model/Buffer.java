package org.securechat.tui.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The lines of one room or conversation, ordered by msg_id, without duplicates; plus its unread count. */
public final class Buffer {
    private final BufferId id;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<Long> messageIds = new HashSet<>();
    private int unread;
    private int scrollOffset;
    private boolean olderExhausted;
    private boolean loadingOlder;

    public Buffer(BufferId id) {
        this.id = id;
    }

    public BufferId id() {
        return id;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Adds the message before the first newer one (or last); false if it was already there. */
    public boolean add(Message message) {
        if (!messageIds.add(message.msgId())) {
            return false;
        }
        int at = entries.size();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof Message held && held.msgId() > message.msgId()) {
                at = i;
                break;
            }
        }
        entries.add(at, message);
        return true;
    }

    public void add(Notice notice) {
        entries.add(notice);
    }

    public void clear() {
        entries.clear();
        scrollOffset = 0;
    }

    /** The smallest msg_id held, the {@code before} for loading older history. */
    public Long oldestMessageId() {
        return entries.stream().filter(Message.class::isInstance).map(e -> ((Message) e).msgId())
                .min(Long::compare).orElse(null);
    }

    public int unread() {
        return unread;
    }

    public void markUnread() {
        unread++;
    }

    public void markRead() {
        unread = 0;
    }

    /** Lines scrolled up from the newest; 0 follows new messages. */
    public int scrollOffset() {
        return scrollOffset;
    }

    public void setScrollOffset(int lines) {
        scrollOffset = Math.max(0, lines);
    }

    public boolean olderExhausted() {
        return olderExhausted;
    }

    public void setOlderExhausted(boolean exhausted) {
        olderExhausted = exhausted;
    }

    public boolean loadingOlder() {
        return loadingOlder;
    }

    public void setLoadingOlder(boolean loading) {
        loadingOlder = loading;
    }
}
