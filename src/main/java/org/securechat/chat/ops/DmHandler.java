package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.ChatError;
import org.securechat.chat.InputRules;
import org.securechat.chat.Messaging;
import org.securechat.chat.NewMessage;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Requests.Dm;
import org.securechat.chat.Session;
import org.securechat.chat.port.AccountStore;
import org.securechat.chat.port.Delivery;

/** {@code dm}: a direct message, stored for offline users too, delivered to every session of both. */
@ApplicationScoped
public class DmHandler implements OpHandler<Dm> {
    private final AccountStore accounts;
    private final Messaging messaging;
    private final Delivery delivery;

    public DmHandler(AccountStore accounts, Messaging messaging, Delivery delivery) {
        this.accounts = accounts;
        this.messaging = messaging;
        this.delivery = delivery;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Dm request) {
        String to = InputRules.existingUsername("to", request.to());
        String text = InputRules.text(request.text());
        String kind = InputRules.kind(request.kind());
        return accounts.find(to)
                .thenApply(found -> found.orElseThrow(() -> new ChatError(ChatError.Reason.NO_SUCH_USER, "no user " + to)))
                .thenComposeAsync(recipient -> {
                    Account me = session.account();
                    return messaging.post(session, requestId,
                            new NewMessage(null, null, me.id(), me.name(), recipient.id(), recipient.name(), kind, text),
                            event -> delivery.toAccounts(List.of(me.name(), recipient.name()), event));
                }, session.peer().executor());
    }
}
