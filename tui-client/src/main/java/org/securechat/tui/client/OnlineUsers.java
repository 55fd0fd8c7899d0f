package org.securechat.tui.client;

import java.util.List;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.Notice;
import org.securechat.tui.protocol.Request;

/** Who is online: the users pane, asked again on login, presence and the admin pane; and /users. */
final class OnlineUsers {
    private final ChatState state;
    private final ServerCalls calls;

    OnlineUsers(ChatState state, ServerCalls calls) {
        this.state = state;
        this.calls = calls;
    }

    /** A failed refresh leaves the pane as it was. */
    void refresh() {
        calls.request(new Request.Users(), (reply, error) -> {
            if (error == null) {
                state.setUsers(reply.users());
            }
        });
    }

    /** /users: one notice naming everyone online, admins marked. */
    void list() {
        calls.call(new Request.Users(), reply -> {
            List<String> names = reply.users().stream()
                    .map(user -> user.name() + (user.admin() ? " (admin)" : "")).toList();
            state.notice(Notice.info("Online (" + names.size() + "): " + String.join(", ", names)));
        }, null);
    }
}
