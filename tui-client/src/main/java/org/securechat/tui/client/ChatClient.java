package org.securechat.tui.client;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.net.LinkListener;
import org.securechat.tui.net.Outbox;

/**
 * The chat's behaviour, wired once: what the link reports, what the keyboard asks for, and history paging. Network
 * callbacks are moved to the GUI thread through {@code gui}; everything else runs on the GUI thread.
 */
public final class ChatClient {
    private final Commands commands;
    private final HistoryLoader history;
    private final LinkListener linkListener;
    private final ReadSync reads;
    private final OnlineUsers users;
    private final MessageSender sender;

    public ChatClient(ChatState state, Outbox outbox, Executor gui, ClientHooks hooks, Clock clock) {
        ServerCalls calls = new ServerCalls(state, outbox, gui, hooks);
        users = new OnlineUsers(state, calls);
        history = new HistoryLoader(state, calls);
        reads = new ReadSync(state, calls, gui, Clock.systemUTC());
        LoginFlow login = new LoginFlow(state, calls, history, users, hooks);
        sender = new MessageSender(state, calls, hooks, clock);
        commands = new Commands(state, calls, sender, history, users, hooks, login);
        linkListener = new NetworkEvents(state, login, users, gui, hooks, sender);
    }

    /** The screen has been redrawn from the state: sync the read position, and the users pane to the buffer shown. */
    public void viewed() {
        reads.viewed();
        users.followCurrent();
    }

    /** A turn of the GUI loop: queued messages whose wait is over go out. True if one did. */
    public boolean tick() {
        return sender.tick();
    }

    public Commands commands() {
        return commands;
    }

    public HistoryLoader history() {
        return history;
    }

    /** For the session: its login replies and events land here. */
    public LinkListener linkListener() {
        return linkListener;
    }
}
