package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Actor;
import org.securechat.chat.Bans;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Unban;
import org.securechat.chat.Session;

/** {@code unban} (admin): lifts an account's ban. */
@ApplicationScoped
public class UnbanHandler implements OpHandler<Unban> {
    private final Bans bans;

    public UnbanHandler(Bans bans) {
        this.bans = bans;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Unban request) {
        return bans.unban(Actor.of(session), request.user())
                .thenRunAsync(() -> session.reply(requestId, new Reply.Done()), session.peer().executor());
    }
}
