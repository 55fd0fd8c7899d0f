package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Actor;
import org.securechat.chat.ChatError;
import org.securechat.chat.InputRules;
import org.securechat.chat.Moderation;
import org.securechat.chat.OnlineAccount;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Kick;
import org.securechat.chat.Session;
import org.securechat.chat.port.Presence;

/**
 * {@code kick} (admin): closes every session of an online user; with {@code revoke}, of any user,
 * whose resume tokens are revoked first.
 */
@ApplicationScoped
public class KickHandler implements OpHandler<Kick> {
    private final Moderation moderation;
    private final Presence presence;

    public KickHandler(Moderation moderation, Presence presence) {
        this.moderation = moderation;
        this.presence = presence;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Kick request) {
        String user = InputRules.existingUsername("user", request.user());
        String reason = InputRules.reason(request.reason());
        if (Boolean.TRUE.equals(request.revoke())) {
            return revoking(session, requestId, user, reason);
        }
        OnlineAccount target = presence.online(user)
                .orElseThrow(() -> new ChatError(ChatError.Reason.NO_SUCH_USER, user + " is not online"));
        // Reply first: an admin kicking themselves still hears the answer.
        session.reply(requestId, new Reply.KickResult(target.user(), target.sessions()));
        moderation.kick(Actor.of(session), user, reason);
        return CompletableFuture.completedFuture(null);
    }

    /** Revokes the user's tokens, online or not, then kicks; the reply counts the sessions to be closed. */
    private CompletionStage<?> revoking(Session session, Object requestId, String user, String reason) {
        int online = presence.online(user).map(OnlineAccount::sessions).orElse(0);
        return moderation.kickAndRevoke(Actor.of(session), user, reason,
                () -> session.reply(requestId, new Reply.KickResult(user, online))).thenAccept(found -> {
                    if (!found) {
                        throw new ChatError(ChatError.Reason.NO_SUCH_USER, "there is no user " + user);
                    }
                });
    }
}
