package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.securechat.protocol.EncodedFrame;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ServerFrames;
import org.securechat.store.AccountStore;

/**
 * Every connected session, and the authenticated ones by account. Announces presence when an
 * account's first session enters and when its last one leaves.
 */
@ApplicationScoped
public class Sessions {
    private final Set<Session> connected = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<Session>> byAccount = new ConcurrentHashMap<>();
    private final FrameCodec codec;
    private volatile boolean quiet;

    public Sessions(FrameCodec codec) {
        this.codec = codec;
    }

    void connected(Session session) {
        connected.add(session);
    }

    /** Registers an authenticated session; true if it is its account's first. */
    synchronized boolean enter(Session session) {
        Set<Session> sessions = byAccount.computeIfAbsent(key(session.account().name()), k -> new HashSet<>());
        sessions.add(session);
        return sessions.size() == 1;
    }

    /** Forgets a closed session and, if it was its account's last, tells everyone the account left. */
    void closed(Session session) {
        connected.remove(session);
        if (session.authenticated() && leave(session)) {
            announce(session.account().name(), false, session.closeReason());
        }
    }

    private synchronized boolean leave(Session session) {
        String key = key(session.account().name());
        Set<Session> sessions = byAccount.get(key);
        if (sessions == null || !sessions.remove(session)) {
            return false;
        }
        if (sessions.isEmpty()) {
            byAccount.remove(key);
            return true;
        }
        return false;
    }

    void announce(String user, boolean online, String reason) {
        if (!quiet) {
            broadcast(codec.event(new ServerFrames.Presence(user, online, reason)));
        }
    }

    /** The online sessions of an account, by name in any case. */
    public synchronized List<Session> of(String user) {
        Set<Session> sessions = byAccount.get(key(user));
        return sessions == null ? List.of() : new ArrayList<>(sessions);
    }

    public boolean online(String user) {
        return byAccount.containsKey(key(user));
    }

    /** One session per online account. */
    public synchronized List<Session> onePerAccount() {
        List<Session> one = new ArrayList<>(byAccount.size());
        byAccount.values().forEach(sessions -> one.add(sessions.iterator().next()));
        return one;
    }

    public synchronized List<Session> authenticated() {
        List<Session> all = new ArrayList<>();
        byAccount.values().forEach(all::addAll);
        return all;
    }

    public Collection<Session> connected() {
        return List.copyOf(connected);
    }

    public void broadcast(EncodedFrame frame) {
        for (Session session : authenticated()) {
            session.send(frame);
        }
    }

    /** From now on no presence is announced: the server is going down and says so once. */
    void quiet() {
        quiet = true;
    }

    private static String key(String user) {
        return AccountStore.key(user);
    }
}
