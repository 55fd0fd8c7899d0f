package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Bans;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests;
import org.securechat.chat.Session;

/** {@code bans} (admin): the account bans in force, by user name. */
@ApplicationScoped
public class BansHandler implements OpHandler<Requests.Bans> {
    private final Bans bans;

    public BansHandler(Bans bans) {
        this.bans = bans;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Requests.Bans request) {
        return bans.inForce().thenAcceptAsync(list -> session.reply(requestId, new Reply.BanList(list)),
                session.peer().executor());
    }
}
