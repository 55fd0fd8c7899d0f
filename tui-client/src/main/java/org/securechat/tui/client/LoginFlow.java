package org.securechat.tui.client;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.ConnectionState;
import org.securechat.tui.model.Notice;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;

/**
 * Logging in, and in again after a drop: who this is, the rooms, the conversations with what is unread in each (a
 * DM sent while this user was offline opens its buffer, with its count and a notification), their history, and
 * who is online.
 */
final class LoginFlow {
    private final ChatState state;
    private final ServerCalls calls;
    private final HistoryLoader history;
    private final OnlineUsers users;
    private final ClientHooks hooks;

    LoginFlow(ChatState state, ServerCalls calls, HistoryLoader history, OnlineUsers users, ClientHooks hooks) {
        this.state = state;
        this.calls = calls;
        this.history = history;
        this.users = users;
        this.hooks = hooks;
    }

    /** The first login opens #general (or the first room); a reconnect stays where the user was. */
    void loggedIn(Reply.LoggedIn reply, boolean reconnected) {
        state.loggedIn(reply.user(), reply.admin());
        state.setConnection(ConnectionState.ONLINE, "");
        List<BufferId> rooms = reply.rooms().stream().map(BufferId::room)
                .sorted(Comparator.comparing(BufferId::name)).toList();
        rooms.forEach(state::open);
        if (!reconnected) {
            rooms.stream().filter(id -> id.name().equals("general")).findFirst()
                    .or(() -> rooms.stream().findFirst()).ifPresent(state::switchTo);
        } else {
            state.notice(Notice.info(reply.resumeToken() != null ? "Resumed." : "Reconnected."));
        }
        // Where each buffer stood before any event of the new session lands: catching up starts there, no gap.
        Map<BufferId, Long> caughtUpTo = new HashMap<>();
        state.buffers().forEach(buffer -> caughtUpTo.put(buffer.id(), buffer.newestMessageId()));
        if (reply.totpSetupRequired()) {
            hooks.askTotpSetup(true); // no room is open to tell it in: the form says why
            return;
        }
        calls.request(new Request.Conversations(null), (list, error) -> {
            if (error == null) {
                conversations(list.conversations());
            }
            state.buffers().forEach(buffer -> {
                if (reconnected) {
                    history.catchUp(buffer.id(), caughtUpTo.get(buffer.id()));
                } else {
                    history.loadRecent(buffer.id(), false);
                }
            });
            users.refresh();
        });
    }

    /** DM partners after the rooms, the most recent first; each buffer takes the server's read position and count. */
    private void conversations(List<Reply.ConversationInfo> conversations) {
        int unreadDirect = 0;
        String from = null;
        for (Reply.ConversationInfo conversation : conversations) {
            if (conversation.id().direct() && conversation.lastMsgId() == 0) {
                continue;
            }
            Buffer buffer = state.open(conversation.id());
            buffer.readUpTo(conversation.readMsgId(), state.me());
            boolean current = state.currentBuffer().map(b -> b == buffer).orElse(false);
            if (current) {
                buffer.entered();
            } else if (conversation.lastMsgId() > buffer.readMsgId()) {
                buffer.setUnread(conversation.unread());
            }
            if (conversation.id().direct() && conversation.unread() > 0 && !current) {
                unreadDirect += conversation.unread();
                from = conversation.id().name();
            }
        }
        if (unreadDirect > 0) {
            hooks.notify("securechat", unreadDirect == 1 ? "1 unread direct message from " + from
                    : unreadDirect + " unread direct messages");
        }
    }
}
