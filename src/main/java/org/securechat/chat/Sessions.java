package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** This node's sessions: every connected one, and the authenticated ones by account. */
@ApplicationScoped
public class Sessions {
    private final Set<Session> connected = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<Session>> byAccount = new ConcurrentHashMap<>();

    void connected(Session session) {
        connected.add(session);
    }

    /**
     * Authenticates the session as the account and registers it, unless the account already has
     * {@code most} sessions here; atomic, so simultaneous logins cannot pass the cap together.
     */
    synchronized boolean enter(Session session, Account account, int most) {
        Set<Session> sessions = byAccount.computeIfAbsent(Account.key(account.name()), k -> new HashSet<>());
        if (sessions.size() >= most) {
            if (sessions.isEmpty()) {
                byAccount.remove(Account.key(account.name()));
            }
            return false;
        }
        session.authenticate(account);
        sessions.add(session);
        return true;
    }

    /** Forgets a closed session. */
    synchronized void closed(Session session) {
        connected.remove(session);
        if (session.authenticated()) {
            String key = Account.key(session.account().name());
            Set<Session> sessions = byAccount.get(key);
            if (sessions != null && sessions.remove(session) && sessions.isEmpty()) {
                byAccount.remove(key);
            }
        }
    }

    /** The sessions of an account on this node, by name in any case. */
    public synchronized List<Session> of(String user) {
        Set<Session> sessions = byAccount.get(Account.key(user));
        return sessions == null ? List.of() : new ArrayList<>(sessions);
    }

    /** One session per account online on this node. */
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

    /** Every connection, authenticated or not. */
    public Collection<Session> connected() {
        return List.copyOf(connected);
    }
}
