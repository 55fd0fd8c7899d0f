package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Actor;
import org.securechat.chat.Invites;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Invite;
import org.securechat.chat.Session;

/** {@code invite} (admin): a new single-use invite, for the admin to hand to someone. */
@ApplicationScoped
public class InviteHandler implements OpHandler<Invite> {
    private final Invites invites;

    public InviteHandler(Invites invites) {
        this.invites = invites;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Invite request) {
        return invites.mint(Actor.of(session), request.ttlS()).thenAcceptAsync(minted -> session.reply(requestId,
                new Reply.InviteMinted(minted.invite(), minted.expiresAt())), session.peer().executor());
    }
}
