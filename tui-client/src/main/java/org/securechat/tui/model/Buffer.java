package org.securechat.tui.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines of one room or conversation, ordered by msg_id, without duplicates; its unread and mention counts,
 * where this account has read up to (shared with its other sessions), and where the "new" marker line goes.
 */
public final class Buffer {
    private final BufferId id;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<Long> messageIds = new HashSet<>();
    private int unread;
    private int mentions;
    private long readMsgId;
    /** The marker line goes after this msg_id: the read position when the buffer was last entered. */
    private long markerAfter = Long.MAX_VALUE;
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

    public int mentions() {
        return mentions;
    }

    public void markMentioned() {
        mentions++;
    }

    /** The server's counts at login (mentions are not counted by the server). */
    public void setUnread(int count) {
        unread = count;
    }

    public void markRead() {
        unread = 0;
        mentions = 0;
    }

    public long readMsgId() {
        return readMsgId;
    }

    /**
     * Another session (or the server at login) says the account has read up to {@code msgId}: what is held after
     * it stays counted, the rest is read. Never moves back.
     */
    public void readUpTo(long msgId, String me) {
        if (msgId <= readMsgId) {
            return;
        }
        readMsgId = msgId;
        Long newest = newestMessageId();
        if (newest != null && newest <= msgId) {
            markRead();
        } else if (newest != null) {
            unread = (int) entries.stream().filter(e -> e instanceof Message m && m.msgId() > msgId
                    && !m.from().equalsIgnoreCase(me)).count();
        }
    }

    /** This screen shows the buffer now: the marker line goes after what was read before, the rest is read. */
    public void entered() {
        markerAfter = readMsgId;
        markRead();
    }

    /** The msg_id the "new" line follows; messages after it were unread when the buffer was entered. */
    public long markerAfter() {
        return markerAfter;
    }

    /** The largest msg_id held, or null. */
    public Long newestMessageId() {
        return entries.stream().filter(Message.class::isInstance).map(e -> ((Message) e).msgId())
                .max(Long::compare).orElse(null);
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
