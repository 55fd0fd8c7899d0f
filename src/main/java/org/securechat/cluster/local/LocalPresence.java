package org.securechat.cluster.local;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.securechat.chat.Account;
import org.securechat.chat.OnlineAccount;
import org.securechat.chat.Session;
import org.securechat.chat.Sessions;
import org.securechat.chat.port.Presence;

/** Presence when this process is the whole deployment: an account is online while it has a session here. */
@ApplicationScoped
public class LocalPresence implements Presence {
    private final Sessions sessions;
    /** Sessions per account key; counted apart from the register so first and last are decided atomically. */
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    /** By account key, for online accounts only: the store keeps them across sessions. */
    private final Map<String, String> aways = new ConcurrentHashMap<>();

    public LocalPresence(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean arrived(Session session) {
        return counts.merge(key(session), 1, Integer::sum) == 1;
    }

    @Override
    public boolean departed(Session session) {
        boolean[] last = new boolean[1];
        counts.computeIfPresent(key(session), (k, count) -> {
            last[0] = count == 1;
            return last[0] ? null : count - 1;
        });
        if (last[0]) {
            aways.remove(key(session));
        }
        return last[0];
    }

    @Override
    public void away(String user, String text) {
        if (text == null) {
            aways.remove(Account.key(user));
        } else {
            aways.put(Account.key(user), text);
        }
    }

    @Override
    public List<OnlineAccount> online() {
        return sessions.onePerAccount().stream().map(this::online).toList();
    }

    @Override
    public Optional<OnlineAccount> online(String user) {
        List<Session> of = sessions.of(user);
        return of.isEmpty() ? Optional.empty() : Optional.of(online(of.get(0)));
    }

    private OnlineAccount online(Session session) {
        Account account = session.account();
        return new OnlineAccount(account.name(), account.admin(), session.sortedRooms(),
                sessions.of(account.name()).size(), aways.get(Account.key(account.name())));
    }

    private static String key(Session session) {
        return Account.key(session.account().name());
    }
}
