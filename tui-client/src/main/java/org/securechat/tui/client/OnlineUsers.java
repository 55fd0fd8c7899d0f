package org.securechat.tui.client;

import java.util.List;
import java.util.Objects;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.Notice;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;

/**
 * Who is online: the users pane (the current room's online members, or everyone online beside a conversation),
 * asked again on login, on switching buffers, on presence and for the admin pane; and /users.
 */
final class OnlineUsers {
    private final ChatState state;
    private final ServerCalls calls;
    /** The buffer the pane was last asked for. */
    private BufferId shownFor;

    OnlineUsers(ChatState state, ServerCalls calls) {
        this.state = state;
        this.calls = calls;
    }

    /** A failed refresh leaves the pane as it was. */
    void refresh() {
        BufferId current = state.currentBuffer().map(Buffer::id).orElse(null);
        shownFor = current;
        Request<Reply.UserList> request = current != null && !current.direct()
                ? new Request.RoomUsers(current.name()) : new Request.Users();
        calls.request(request, (reply, error) -> {
            if (error == null && Objects.equals(shownFor, current)) {
                state.setUsers(reply.users());
            }
        });
    }

    /** Refreshes the pane if the buffer on screen is another than the one it shows. */
    void followCurrent() {
        BufferId current = state.currentBuffer().map(Buffer::id).orElse(null);
        if (state.online() && !Objects.equals(current, shownFor)) {
            refresh();
        }
    }

    /** A room's membership changed: the pane follows if it shows that room. */
    void refreshIfShowing(BufferId room) {
        if (room.equals(shownFor)) {
            refresh();
        }
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
