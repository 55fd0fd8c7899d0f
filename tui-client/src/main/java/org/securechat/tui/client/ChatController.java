package org.securechat.tui.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.securechat.tui.command.ChatActions;
import org.securechat.tui.command.Command;
import org.securechat.tui.command.CommandTable;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.ConnectionState;
import org.securechat.tui.model.Message;
import org.securechat.tui.model.Notice;
import org.securechat.tui.model.OnlineUser;
import org.securechat.tui.net.LinkListener;
import org.securechat.tui.net.Outbox;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;

/**
 * Turns what the user types into requests and what the server sends into state. Network callbacks arrive on
 * network threads and are moved to the GUI thread through {@code gui}; everything else runs on the GUI thread.
 */
public final class ChatController implements ChatActions, LinkListener {
    static final int RECENT_HISTORY = 50;
    static final int OLDER_PAGE = 50;

    private final ChatState state;
    private final Outbox outbox;
    private final Executor gui;
    private final ClientHooks hooks;

    public ChatController(ChatState state, Outbox outbox, Executor gui, ClientHooks hooks) {
        this.state = state;
        this.outbox = outbox;
        this.gui = gui;
        this.hooks = hooks;
    }

    // --- from the network -------------------------------------------------------------------------------

    @Override
    public void onLoggedIn(Reply.LoggedIn reply, boolean reconnected) {
        gui.execute(() -> {
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
            state.buffers().forEach(buffer -> loadRecent(buffer.id(), reconnected));
            refreshUsers();
            hooks.changed();
        });
    }

    @Override
    public void onEvent(Event event) {
        gui.execute(() -> {
            apply(event);
            hooks.changed();
        });
    }

    private void apply(Event event) {
        if (event instanceof Event.Posted posted) {
            if (state.receive(posted.message())) {
                hooks.bell();
            }
        } else if (event instanceof Event.Joined joined) {
            roomNotice(joined.room(), joined.user() + " joined #" + joined.room());
        } else if (event instanceof Event.Left left) {
            roomNotice(left.room(), left.user() + " left #" + left.room());
        } else if (event instanceof Event.Presence presence) {
            if (presence.online()) {
                state.userOnline(new OnlineUser(presence.user(), false));
            } else {
                state.userOffline(presence.user());
            }
            refreshUsers();
        } else if (event instanceof Event.Kicked kicked) {
            state.notice(Notice.error("You were kicked by " + kicked.by() + reasonSuffix(kicked.reason())
                    + ". Not reconnecting."));
        } else if (event instanceof Event.Shutdown shutdown) {
            state.notice(Notice.error("The server is shutting down" + reasonSuffix(shutdown.reason())
                    + ". Not reconnecting."));
        } else if (event instanceof Event.Failed failed) {
            state.notice(Notice.error(describe(failed.error())));
        }
    }

    private void roomNotice(String room, String text) {
        state.find(BufferId.room(room)).ifPresent(buffer -> buffer.add(Notice.info(text)));
    }

    private static String reasonSuffix(String reason) {
        return reason.isBlank() ? "" : ": " + reason;
    }

    @Override
    public void onDisconnected(String reason, Duration retryIn) {
        gui.execute(() -> {
            state.setConnection(ConnectionState.RECONNECTING, reason + "; retry in " + retryIn.toSeconds() + " s");
            hooks.changed();
        });
    }

    @Override
    public void onEnded(String reason) {
        gui.execute(() -> {
            state.setConnection(ConnectionState.ENDED, reason);
            state.setUsers(List.of());
            state.notice(Notice.error("Disconnected: " + reason));
            hooks.changed();
        });
    }

    // --- from the keyboard -----------------------------------------------------------------------------

    /** The command bar's Enter: a command, or a message to the current buffer. */
    public void submit(String line) {
        if (line.isBlank()) {
            return;
        }
        if (CommandTable.isCommand(line)) {
            if (!CommandTable.run(line, this)) {
                usageError("unknown command " + line.strip().split("\\s+")[0] + " (try /help)");
                hooks.restoreInput(line);
            }
        } else {
            sendToCurrent(line.startsWith("//") ? line.substring(1) : line, Request.Kind.TEXT, line);
        }
        hooks.changed();
    }

    private void sendToCurrent(String text, Request.Kind kind, String typed) {
        Buffer buffer = state.currentBuffer().orElse(null);
        if (buffer == null) {
            usageError("join a room first: /join ROOM");
            hooks.restoreInput(typed);
            return;
        }
        Request<Reply.Sent> request = buffer.id().direct()
                ? new Request.Dm(buffer.id().name(), text, kind)
                : new Request.Send(buffer.id().name(), text, kind);
        call(request, reply -> state.receive(reply.message()), typed);
    }

    /** PgUp past the oldest line: fetch the page before it. */
    public void loadOlder() {
        Buffer buffer = state.currentBuffer().orElse(null);
        if (buffer == null || buffer.olderExhausted() || buffer.loadingOlder()) {
            return;
        }
        buffer.setLoadingOlder(true);
        Long before = buffer.oldestMessageId();
        history(buffer.id(), before, OLDER_PAGE).whenCompleteAsync((messages, error) -> {
            buffer.setLoadingOlder(false);
            if (error != null) {
                state.notice(Notice.error("could not load older messages: " + describe(error)));
            } else {
                messages.forEach(buffer::add);
                buffer.setOlderExhausted(messages.size() < OLDER_PAGE);
            }
            hooks.changed();
        }, gui);
    }

    /**
     * Fetches the latest page of a buffer. Only after a reconnect do the new ones count as unread: they arrived
     * while this client was away. Messages already held are skipped by msg_id.
     */
    private void loadRecent(BufferId id, boolean countUnread) {
        history(id, null, RECENT_HISTORY).whenCompleteAsync((messages, error) -> {
            if (error == null) {
                messages.forEach(message -> {
                    if (countUnread) {
                        state.receive(message);
                    } else {
                        state.open(id).add(message);
                    }
                });
            }
            hooks.changed();
        }, gui);
    }

    private CompletableFuture<List<Message>> history(BufferId id, Long before, int limit) {
        return outbox.request(new Request.History(id, before, limit)).thenApply(Reply.MessagePage::messages);
    }

    private void refreshUsers() {
        outbox.request(new Request.Users()).thenAcceptAsync(reply -> {
            state.setUsers(reply.users());
            hooks.changed();
        }, gui);
    }

    /** Sends a frame; on success runs onOk on the GUI thread, on failure shows why and gives back the typed text. */
    private <R extends Reply> void call(Request<R> request, Consumer<R> onOk, String typed) {
        outbox.request(request).whenCompleteAsync((reply, error) -> {
            if (error != null) {
                state.notice(Notice.error(describe(error)));
                if (typed != null) {
                    hooks.restoreInput(typed);
                }
            } else {
                onOk.accept(reply);
            }
            hooks.changed();
        }, gui);
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ServerError serverError) {
            return serverError.describe();
        }
        return "not sent: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    // --- commands --------------------------------------------------------------------------------------

    @Override
    public void help() {
        for (Command command : CommandTable.COMMANDS) {
            if (!command.adminOnly() || state.admin()) {
                state.notice(Notice.info(String.format("%-22s %s", command.synopsis(), command.help())));
            }
        }
        state.notice(Notice.info("Keys: Alt+1..9 / Alt+Left/Right / Ctrl+N/P switch buffers, PgUp/PgDn scroll, "
                + "Tab completes, Up/Down recall, F2 admin pane"));
    }

    @Override
    public void users() {
        outbox.request(new Request.Users()).whenCompleteAsync((reply, error) -> {
            if (error != null) {
                state.notice(Notice.error(describe(error)));
            } else {
                List<String> names = reply.users().stream()
                        .map(user -> user.name() + (user.admin() ? " (admin)" : "")).toList();
                state.notice(Notice.info("Online (" + names.size() + "): " + String.join(", ", names)));
            }
            hooks.changed();
        }, gui);
    }

    @Override
    public void quit() {
        hooks.quit();
    }

    @Override
    public void join(String room) {
        call(new Request.Join(room), reply -> {
            BufferId id = BufferId.room(reply.room());
            state.switchTo(id);
            loadRecent(id, false);
        }, "/join " + room);
    }

    @Override
    public void leave() {
        Buffer buffer = state.currentBuffer().orElse(null);
        if (buffer == null) {
            return;
        }
        if (buffer.id().direct()) {
            state.close(buffer.id());
            return;
        }
        call(new Request.Leave(buffer.id().name()), reply -> state.close(buffer.id()), null);
    }

    @Override
    public void message(String user, String text) {
        BufferId id = BufferId.dm(user);
        boolean isNew = state.find(id).isEmpty();
        state.switchTo(id);
        if (isNew) {
            loadRecent(id, false);
        }
        if (!text.isBlank()) {
            sendToCurrent(text, Request.Kind.TEXT, "/msg " + user + " " + text);
        }
    }

    @Override
    public void action(String text) {
        sendToCurrent(text, Request.Kind.ACTION, "/me " + text);
    }

    @Override
    public void rooms() {
        call(new Request.Rooms(), reply -> {
            List<String> rooms = reply.rooms().stream().map(room -> "#" + room.name() + " (" + room.members()
                    + (room.joined() ? ", joined)" : ")")).toList();
            state.notice(Notice.info("Rooms: " + String.join(", ", rooms)));
        }, null);
    }

    @Override
    public void changePassword() {
        hooks.askPasswordChange();
    }

    /** The masked form's answer to /passwd. */
    public void changePassword(String oldPassword, String newPassword) {
        call(new Request.Passwd(oldPassword, newPassword), reply -> {
            hooks.passwordChanged(newPassword);
            state.notice(Notice.info("Password changed."));
        }, null);
    }

    @Override
    public void clear() {
        state.currentBuffer().ifPresent(Buffer::clear);
    }

    @Override
    public void kick(String user, String reason) {
        call(new Request.Kick(user, reason), reply -> state.notice(Notice.info("Kicked " + reply.user()
                + " (" + reply.sessions() + " sessions closed).")), null);
    }

    @Override
    public void regen() {
        call(new Request.Regen(), reply -> {
            String password = reply.serverPassword();
            state.setServerPassword(password);
            hooks.serverPasswordChanged(password);
            state.notice(Notice.info("New server password: " + password));
        }, null);
    }

    @Override
    public void stop(String reason) {
        call(new Request.Stop(reason), reply -> state.notice(Notice.info("The server is stopping.")), null);
    }

    @Override
    public void adminPane() {
        refreshUsers();
        hooks.openAdminPane();
    }

    @Override
    public void usageError(String text) {
        state.notice(Notice.error(text));
    }
}
