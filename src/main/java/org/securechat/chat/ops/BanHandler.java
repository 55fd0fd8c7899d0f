package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Actor;
import org.securechat.chat.Bans;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Ban;
import org.securechat.chat.Session;

/** {@code ban} (admin): bans an account, for a while or until lifted, and closes its sessions. */
@ApplicationScoped
public class BanHandler implements OpHandler<Ban> {
    private final Bans bans;

    public BanHandler(Bans bans) {
        this.bans = bans;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Ban request) {
        return bans.ban(Actor.of(session), request.user(), request.reason(), request.durationS())
                .thenAcceptAsync(ban -> session.reply(requestId, new Reply.BanSet(ban)), session.peer().executor());
    }
}
