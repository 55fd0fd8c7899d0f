package org.securechat.tui.client;

import java.util.List;
import java.util.Locale;
import org.securechat.tui.command.ChatActions;
import org.securechat.tui.command.Command;
import org.securechat.tui.command.CommandTable;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.ConnectionState;
import org.securechat.tui.model.Notice;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.SecondFactor;

/** What the command bar's Enter does: a command from the table, or a message to the current buffer. */
public final class Commands implements ChatActions {
    private final ChatState state;
    private final ServerCalls calls;
    private final MessageSender sender;
    private final HistoryLoader history;
    private final OnlineUsers users;
    private final ClientHooks hooks;
    private final LoginFlow login;

    Commands(ChatState state, ServerCalls calls, MessageSender sender, HistoryLoader history, OnlineUsers users,
             ClientHooks hooks, LoginFlow login) {
        this.login = login;
        this.state = state;
        this.calls = calls;
        this.sender = sender;
        this.history = history;
        this.users = users;
        this.hooks = hooks;
    }

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
            sender.sendToCurrent(line.startsWith("//") ? line.substring(1) : line, Request.Kind.TEXT, line);
        }
        hooks.changed();
    }

    @Override
    public void help() {
        for (Command command : CommandTable.COMMANDS) {
            if (!command.adminOnly() || state.admin()) {
                state.notice(Notice.info(String.format("%-22s %s", command.synopsis(), command.help())));
            }
        }
        state.notice(Notice.info("Keys: Alt+1..9 / Alt+Left/Right / Ctrl+N/P switch buffers, PgUp/PgDn scroll, "
                + "Tab completes, Up/Down recall" + (state.admin() ? ", F2 admin pane" : "")));
        state.notice(Notice.info("Editing: Ctrl+A/E line start/end, Ctrl+B/F or Left/Right a character, Alt+B/F a "
                + "word, Ctrl+U/K cut to start/end, Ctrl+W/Alt+D cut a word, Ctrl+Y paste the cut, Alt+Enter a new "
                + "line, Ctrl+L redraw. A pasted block stays in the input until Enter."));
    }

    @Override
    public void users() {
        users.list();
    }

    @Override
    public void quit() {
        hooks.quit();
    }

    @Override
    public void join(String room) {
        calls.call(new Request.Join(room), reply -> {
            BufferId id = BufferId.room(reply.room());
            state.switchTo(id);
            history.loadRecent(id, false);
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
        calls.call(new Request.Leave(buffer.id().name()), reply -> state.close(buffer.id()), null);
    }

    @Override
    public void message(String user, String text) {
        BufferId id = BufferId.dm(user);
        boolean isNew = state.find(id).isEmpty();
        state.switchTo(id);
        if (isNew) {
            history.loadRecent(id, false);
        }
        if (!text.isBlank()) {
            sender.sendToCurrent(text, Request.Kind.TEXT, "/msg " + user + " " + text);
        }
    }

    @Override
    public void action(String text) {
        sender.sendToCurrent(text, Request.Kind.ACTION, "/me " + text);
    }

    @Override
    public void rooms() {
        calls.call(new Request.Rooms(), reply -> {
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
        calls.call(new Request.Passwd(oldPassword, newPassword), reply -> {
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
        calls.call(new Request.Kick(user, reason), reply -> state.notice(Notice.info("Kicked " + reply.user()
                + " (" + reply.sessions() + (reply.sessions() == 1 ? " session" : " sessions") + " closed).")), null);
    }

    @Override
    public void regen() {
        calls.call(new Request.Regen(), reply -> {
            String password = reply.serverPassword();
            state.setServerPassword(password);
            hooks.serverPasswordChanged(password);
            state.notice(Notice.info("New server password: " + password));
        }, null);
    }

    @Override
    public void stop(String reason) {
        calls.call(new Request.Stop(reason), reply -> state.notice(Notice.info("The server is stopping.")), null);
    }

    @Override
    public void restart(String reason) {
        calls.call(new Request.Stop(reason, true), reply -> state.notice(Notice.info(
                "The server is restarting; everyone reconnects by themselves.")), null);
    }

    @Override
    public void logout() {
        hooks.logout();
    }

    @Override
    public void reconnect() {
        if (state.online()) {
            state.notice(Notice.info("You are connected."));
            return;
        }
        state.setConnection(ConnectionState.RECONNECTING, "now…");
        hooks.reconnect();
    }

    @Override
    public void adminPane() {
        if (!state.admin()) {
            state.notice(Notice.error("the admin pane is for admins"));
            return;
        }
        users.refresh();
        hooks.openAdminPane();
    }

    @Override
    public void totpSetup() {
        hooks.askTotpSetup(false);
    }

    /** The masked form's answer to /totp setup. */
    public void totpSetup(String password) {
        calls.call(new Request.TotpSetup(password), reply -> {
            hooks.showTotpSecret(reply.secret(), reply.uri());
            state.notice(Notice.info("Add the secret to your authenticator app, then type /totp enable CODE with"
                    + " the code it shows. Nothing changes until then."));
        }, null);
    }

    @Override
    public void totpEnable(String code) {
        calls.call(new Request.TotpEnable(code), reply -> {
            if (reply.rooms() != null) { // the session could only set it up: now it is in, with its rooms
                login.loggedIn(new Reply.LoggedIn(state.me(), state.admin(), reply.rooms()), false);
            }
            hooks.showRecoveryCodes(reply.recoveryCodes());
            state.notice(Notice.info("Two-factor authentication is on: each login asks for a code."));
        }, "/totp enable " + code);
    }

    @Override
    public void totpDisable() {
        hooks.askTotpDisable();
    }

    /** The form's answer to /totp disable: the password and a code or recovery code. */
    public void totpDisable(String password, String code) {
        calls.call(new Request.TotpDisable(password, SecondFactor.of(code)),
                reply -> state.notice(Notice.info("Two-factor authentication is off.")), null);
    }

    @Override
    public void away(String text) {
        calls.call(new Request.Away(text), reply -> state.notice(Notice.info(text.isBlank()
                ? "You are back." : "You are away: " + text)), text.isBlank() ? null : "/away " + text);
    }

    @Override
    public void presenceLines(String setting) {
        String wanted = setting.strip().toLowerCase(Locale.ROOT);
        if (!wanted.isEmpty() && !wanted.equals("on") && !wanted.equals("off")) {
            usageError("usage: /joins [on|off]");
            return;
        }
        state.setPresenceLines(wanted.isEmpty() ? !state.presenceLines() : wanted.equals("on"));
        state.notice(Notice.info(state.presenceLines() ? "Join, leave and quit lines are shown."
                : "Join, leave and quit lines are hidden."));
    }

    @Override
    public void highlight(String words) {
        if (!words.isBlank()) {
            state.setHighlightWords(List.of(words.strip().split("\\s+")));
        }
        List<String> all = state.highlightWords();
        state.notice(Notice.info("Highlighted: your name" + (all.isEmpty() ? "" : ", " + String.join(", ", all))));
    }

    @Override
    public void usageError(String text) {
        state.notice(Notice.error(text));
    }
}
