package org.securechat.tui.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything the screen shows, without any drawing: buffers with unread counts, the current one, who is online,
 * and the connection. Only the GUI thread touches it.
 */
public final class ChatState {
    private final List<Buffer> buffers = new ArrayList<>();
    private final Map<String, OnlineUser> users = new TreeMap<>();
    private BufferId current;
    private String me = "";
    private boolean admin;
    private String server = "";
    private String serverPassword;
    private ConnectionState connection = ConnectionState.CONNECTING;
    private String connectionDetail = "";
    private final List<String> highlightWords = new ArrayList<>();
    private boolean presenceLines = true;
    private int outgoing;

    public String me() {
        return me;
    }

    public boolean admin() {
        return admin;
    }

    public void loggedIn(String user, boolean isAdmin) {
        me = user;
        admin = isAdmin;
    }

    public String server() {
        return server;
    }

    public void setServer(String label) {
        server = label;
    }

    /** The server password as far as this client knows it (the one it logged in with, or a regenerated one). */
    public Optional<String> serverPassword() {
        return Optional.ofNullable(serverPassword);
    }

    public void setServerPassword(String password) {
        serverPassword = password;
    }

    public ConnectionState connection() {
        return connection;
    }

    public boolean online() {
        return connection == ConnectionState.ONLINE;
    }

    public String connectionDetail() {
        return connectionDetail;
    }

    public void setConnection(ConnectionState state, String detail) {
        connection = state;
        connectionDetail = detail;
    }

    /** Messages typed but not yet accepted by the server (in flight, or held by flood control or a drop). */
    public int outgoing() {
        return outgoing;
    }

    public void setOutgoing(int count) {
        outgoing = count;
    }

    public List<Buffer> buffers() {
        return List.copyOf(buffers);
    }

    public Optional<Buffer> find(BufferId id) {
        return buffers.stream().filter(b -> b.id().matches(id)).findFirst();
    }

    /** The buffer for id, created after the others if new: numbers never move as buffers arrive. */
    public Buffer open(BufferId id) {
        return find(id).orElseGet(() -> {
            Buffer created = new Buffer(id);
            buffers.add(created);
            if (current == null) {
                current = id;
            }
            return created;
        });
    }

    public void close(BufferId id) {
        find(id).ifPresent(buffer -> {
            int index = buffers.indexOf(buffer);
            buffers.remove(buffer);
            if (current != null && current.matches(id)) {
                current = buffers.isEmpty() ? null : buffers.get(Math.max(0, index - 1)).id();
                currentBuffer().ifPresent(Buffer::entered);
            }
        });
    }

    public Optional<Buffer> currentBuffer() {
        return current == null ? Optional.empty() : find(current);
    }

    public void switchTo(BufferId id) {
        Buffer buffer = open(id);
        current = buffer.id();
        buffer.entered();
    }

    /** Alt+1..9: the index-th buffer (0-based), if there is one. */
    public void switchToIndex(int index) {
        if (index >= 0 && index < buffers.size()) {
            switchTo(buffers.get(index).id());
        }
    }

    /** Moves to the next (+1) or previous (-1) buffer, wrapping around. */
    public void cycle(int direction) {
        if (buffers.isEmpty()) {
            return;
        }
        int index = currentBuffer().map(buffers::indexOf).orElse(0);
        switchToIndex(Math.floorMod(index + direction, buffers.size()));
    }

    /**
     * Files a message in its buffer. Returns true when it should notify: a new message from someone else that is a
     * direct message or a mention. A mention outside the current buffer counts apart from its unread count.
     */
    public boolean receive(Message message) {
        BufferId id = message.isDirect()
                ? BufferId.dm(message.from().equalsIgnoreCase(me) ? message.to() : message.from())
                : BufferId.room(message.room());
        Buffer buffer = open(id);
        if (!buffer.add(message)) {
            return false;
        }
        boolean mine = message.from().equalsIgnoreCase(me);
        boolean mention = !mine && highlights(message);
        if (!mine && !buffer.id().matches(current) && message.msgId() > buffer.readMsgId()) {
            buffer.markUnread();
            if (mention) {
                buffer.markMentioned();
            }
        }
        return !mine && (message.isDirect() || mention);
    }

    /** Whether the message names this user or one of the highlight words, as a whole word, in any case. */
    public boolean highlights(Message message) {
        if (message.from().equalsIgnoreCase(me)) {
            return false;
        }
        List<String> words = new ArrayList<>(highlightWords);
        if (!me.isEmpty()) {
            words.add(me);
        }
        return words.stream().anyMatch(word -> Pattern.compile("(?<![\\w.-])" + Pattern.quote(word) + "(?![\\w-])",
                Pattern.CASE_INSENSITIVE).matcher(message.text()).find());
    }

    /** Words besides this user's name that highlight a message (/highlight). */
    public List<String> highlightWords() {
        return List.copyOf(highlightWords);
    }

    public void setHighlightWords(Collection<String> words) {
        highlightWords.clear();
        words.stream().filter(word -> !word.isBlank()).forEach(highlightWords::add);
    }

    /** Whether join, leave and quit lines are shown (/joins). */
    public boolean presenceLines() {
        return presenceLines;
    }

    public void setPresenceLines(boolean shown) {
        presenceLines = shown;
    }

    /** A line shown in the current buffer (or the first one, if none is current). */
    public void notice(Notice notice) {
        currentBuffer().or(() -> buffers.stream().findFirst()).ifPresent(buffer -> buffer.add(notice));
    }

    public Collection<OnlineUser> users() {
        return List.copyOf(users.values());
    }

    public void setUsers(Collection<OnlineUser> online) {
        users.clear();
        online.forEach(this::userOnline);
    }

    public void userOnline(OnlineUser user) {
        users.put(user.name().toLowerCase(Locale.ROOT), user);
    }

    /** True if the user was in the users pane. */
    public boolean userOffline(String name) {
        return users.remove(name.toLowerCase(Locale.ROOT)) != null;
    }

    /** An online user's away message changed (null: back); the pane shows it if it lists them. */
    public void updateAway(String name, String away) {
        users.computeIfPresent(name.toLowerCase(Locale.ROOT), (key, user) -> new OnlineUser(user.name(), user.admin(), away));
    }
}
