package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.InputRules;
import org.securechat.chat.Messaging;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Session;
import org.securechat.chat.Sessions;
import org.securechat.chat.Workers;
import org.securechat.protocol.ClientOps.Dm;
import org.securechat.protocol.EncodedFrame;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.ProtocolException;
import org.securechat.store.AccountRecord;
import org.securechat.store.AccountStore;
import org.securechat.store.NewMessage;

/** {@code dm}: a direct message, stored for offline users too, delivered to every session of both. */
@ApplicationScoped
public class DmHandler implements OpHandler<Dm> {
    private final AccountStore accounts;
    private final Messaging messaging;
    private final Sessions sessions;
    private final Workers workers;

    public DmHandler(AccountStore accounts, Messaging messaging, Sessions sessions, Workers workers) {
        this.accounts = accounts;
        this.messaging = messaging;
        this.sessions = sessions;
        this.workers = workers;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Dm op) {
        String to = InputRules.existingUsername("to", op.to());
        String text = InputRules.text(op.text());
        String kind = InputRules.kind(op.kind());
        return workers.read(() -> accounts.find(to)
                        .orElseThrow(() -> new ProtocolException(ErrorCode.NO_SUCH_USER, "no user " + to)))
                .thenComposeAsync(recipient -> {
                    messaging.throttle(session);
                    Account me = session.account();
                    return messaging.post(session, id,
                            new NewMessage(null, null, me.id(), me.name(), recipient.id(), recipient.name(), kind, text),
                            event -> deliver(me.name(), recipient, event));
                }, session.peer().executor());
    }

    private int deliver(String sender, AccountRecord recipient, EncodedFrame event) {
        Set<Session> both = new LinkedHashSet<>(sessions.of(sender));
        both.addAll(sessions.of(recipient.name()));
        both.forEach(s -> s.send(event));
        return both.size();
    }
}
