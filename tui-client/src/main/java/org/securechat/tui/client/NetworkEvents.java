package org.securechat.tui.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.ConnectionState;
import org.securechat.tui.model.Notice;
import org.securechat.tui.model.Message;
import org.securechat.tui.net.LinkListener;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;

/** What the link reports, moved from its threads to the GUI thread and turned into state. */
final class NetworkEvents implements LinkListener {
    private final ChatState state;
    private final LoginFlow login;
    private final OnlineUsers users;
    private final Executor gui;
    private final ClientHooks hooks;
    private final MessageSender sender;

    NetworkEvents(ChatState state, LoginFlow login, OnlineUsers users, Executor gui, ClientHooks hooks,
                  MessageSender sender) {
        this.sender = sender;
        this.state = state;
        this.login = login;
        this.users = users;
        this.gui = gui;
        this.hooks = hooks;
    }

    @Override
    public void onLoggedIn(Reply.LoggedIn reply, boolean reconnected) {
        onGui(() -> login.loggedIn(reply, reconnected));
    }

    @Override
    public void onEvent(Event event) {
        onGui(() -> apply(event));
    }

    @Override
    public void onDisconnected(String reason, Duration retryIn) {
        // short, so the status line keeps its room for the rest: "reconnecting (in 4 s…: connection reset)"
        onGui(() -> state.setConnection(ConnectionState.RECONNECTING, "in " + retryIn.toSeconds() + " s…: " + reason));
    }

    @Override
    public void onEnded(String reason) {
        onGui(() -> {
            state.setConnection(ConnectionState.ENDED, reason);
            state.setUsers(List.of());
            state.notice(Notice.error("Disconnected: " + reason + ". Type /reconnect to try again."));
        });
    }

    @Override
    public void onSignedOut(String reason) {
        onGui(() -> {
            state.setConnection(ConnectionState.ENDED, reason);
            state.setUsers(List.of());
            hooks.signedOut(reason);
        });
    }


    private void onGui(Runnable change) {
        gui.execute(() -> {
            change.run();
            hooks.changed();
        });
    }

    private void apply(Event event) {
        if (event instanceof Event.Posted posted) {
            Message message = posted.message();
            sender.seen(message);
            if (state.receive(message)) {
                hooks.notify(message.isDirect() ? message.from() : message.from() + " in #" + message.room(),
                        message.text());
            }
        } else if (event instanceof Event.Joined joined) {
            roomNotice(joined.room(), joined.user() + " joined #" + joined.room());
            users.refreshIfShowing(BufferId.room(joined.room()));
        } else if (event instanceof Event.Left left) {
            roomNotice(left.room(), left.user() + " left #" + left.room());
            users.refreshIfShowing(BufferId.room(left.room()));
        } else if (event instanceof Event.ReadMarker marker) {
            state.find(marker.conversation()).ifPresent(buffer -> buffer.readUpTo(marker.msgId(), state.me()));
        } else if (event instanceof Event.Presence presence) {
            if (presence.online()) {
                state.updateAway(presence.user(), presence.away());
            } else if (state.userOffline(presence.user()) && state.presenceLines()) {
                state.currentBuffer().filter(buffer -> !buffer.id().direct()).ifPresent(buffer -> buffer.add(
                        Notice.info(presence.user() + " quit" + (presence.reason() == null ? "" : " (" + presence.reason() + ")"))));
            }
            users.refresh();
        } else if (event instanceof Event.Kicked kicked) {
            state.notice(Notice.error("You were kicked by " + kicked.by() + reasonSuffix(kicked.reason())
                    + ". Not reconnecting (/reconnect to try)."));
        } else if (event instanceof Event.Shutdown shutdown) {
            state.notice(shutdown.restart()
                    ? Notice.info("The server is restarting" + reasonSuffix(shutdown.reason())
                            + ". Reconnecting by itself.")
                    : Notice.error("The server has stopped" + reasonSuffix(shutdown.reason())
                            + ". Not reconnecting (/reconnect to try)."));
        } else if (event instanceof Event.Failed failed) {
            state.notice(Notice.error(failed.error().describe()));
        }
    }

    /** Joins and parts show only in the room's own buffer, only if it is open here, and unless hidden (/joins). */
    private void roomNotice(String room, String text) {
        if (state.presenceLines()) {
            state.find(BufferId.room(room)).ifPresent(buffer -> buffer.add(Notice.info(text)));
        }
    }

    private static String reasonSuffix(String reason) {
        return reason.isBlank() ? "" : ": " + reason;
    }
}
