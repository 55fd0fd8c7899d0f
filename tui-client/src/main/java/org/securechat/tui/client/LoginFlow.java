package org.securechat.tui.client;

import java.util.List;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.ConnectionState;
import org.securechat.tui.model.Notice;
import org.securechat.tui.protocol.Reply;

/** Logging in, and in again after a drop: who this is, the rooms, their history, and who is online. */
final class LoginFlow {
    private final ChatState state;
    private final HistoryLoader history;
    private final OnlineUsers users;
    private final ClientHooks hooks;

    LoginFlow(ChatState state, HistoryLoader history, OnlineUsers users, ClientHooks hooks) {
        this.hooks = hooks;
        this.state = state;
        this.history = history;
        this.users = users;
    }

    /** The first login opens #general (or the first room); a reconnect stays where the user was. */
    void loggedIn(Reply.LoggedIn reply, boolean reconnected) {
        state.loggedIn(reply.user(), reply.admin());
        state.setConnection(ConnectionState.ONLINE, "");
        List<BufferId> rooms = reply.rooms().stream().map(BufferId::room).toList();
        rooms.forEach(state::open);
        if (!reconnected) {
            rooms.stream().filter(id -> id.name().equals("general")).findFirst()
                    .or(() -> rooms.stream().findFirst()).ifPresent(state::switchTo);
        } else {
            state.notice(Notice.info("Reconnected."));
        }
        if (reply.totpSetupRequired()) {
            hooks.askTotpSetup(true); // no room is open to tell it in: the form says why
            return;
        }
        state.buffers().forEach(buffer -> history.loadRecent(buffer.id(), reconnected));
        users.refresh();
    }
}
