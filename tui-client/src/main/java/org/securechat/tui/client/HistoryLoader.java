package org.securechat.tui.client;

import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.Notice;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;

/** A buffer's history from the server: its latest page when it opens, and older pages as PgUp passes the top. */
public final class HistoryLoader {
    private static final int RECENT_HISTORY = 50;
    private static final int OLDER_PAGE = 50;
    private static final int CATCH_UP_PAGE = 100;

    private final ChatState state;
    private final ServerCalls calls;

    HistoryLoader(ChatState state, ServerCalls calls) {
        this.state = state;
        this.calls = calls;
    }

    /**
     * Fetches the latest page of a buffer. Only after a reconnect do the new ones count as unread: they arrived
     * while this client was away. Messages already held are skipped by msg_id.
     */
    void loadRecent(BufferId id, boolean countUnread) {
        calls.request(new Request.History(id, null, RECENT_HISTORY), (reply, error) -> {
            if (error == null) {
                reply.messages().forEach(message -> {
                    if (countUnread) {
                        state.receive(message);
                    } else {
                        state.open(id).add(message);
                    }
                });
            }
        });
    }

    /**
     * After a reconnect: everything newer than {@code newest}, the newest message held before the new session's
     * first event, page after page until the server has no more, so nothing sent meanwhile is missed; a buffer
     * that held none loads its latest page. The new messages count as unread; one that also came as an event is
     * skipped by msg_id.
     */
    void catchUp(BufferId id, Long newest) {
        if (newest == null) {
            loadRecent(id, true);
            return;
        }
        catchUpAfter(id, newest);
    }

    private void catchUpAfter(BufferId id, long after) {
        calls.request(new Request.History(id, null, after, CATCH_UP_PAGE), (reply, error) -> {
            if (error != null) {
                state.notice(Notice.error("could not catch up on " + id.label() + ": " + ServerCalls.describe(error)));
                return;
            }
            reply.messages().forEach(state::receive);
            if (reply.more() && !reply.messages().isEmpty()) {
                catchUpAfter(id, reply.messages().get(reply.messages().size() - 1).msgId());
            }
        });
    }

    /** PgUp past the oldest line: fetch the page before it. */
    public void loadOlder() {
        Buffer buffer = state.currentBuffer().orElse(null);
        if (buffer == null || buffer.olderExhausted() || buffer.loadingOlder()) {
            return;
        }
        buffer.setLoadingOlder(true);
        calls.request(new Request.History(buffer.id(), buffer.oldestMessageId(), OLDER_PAGE), (reply, error) -> {
            buffer.setLoadingOlder(false);
            if (error != null) {
                state.notice(Notice.error("could not load older messages: " + ServerCalls.describe(error)));
            } else {
                reply.messages().forEach(buffer::add);
                buffer.setOlderExhausted(!reply.more());
            }
        });
    }
}
