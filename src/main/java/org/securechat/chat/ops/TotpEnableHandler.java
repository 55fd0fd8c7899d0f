package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.Authentication;
import org.securechat.chat.ChatError;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Outbound;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.TotpEnable;
import org.securechat.chat.SecondFactors;
import org.securechat.chat.Session;
import org.securechat.chat.port.RoomStore;

/**
 * {@code totp_enable}: a code of the secret set up turns TOTP on, and the recovery codes are shown
 * this once. A session that could only set TOTP up enters the chat with it.
 */
@ApplicationScoped
public class TotpEnableHandler implements OpHandler<TotpEnable> {
    private final SecondFactors secondFactors;
    private final Authentication authentication;
    private final RoomStore rooms;
    private final Audit audit;

    public TotpEnableHandler(SecondFactors secondFactors, Authentication authentication, RoomStore rooms,
                             Audit audit) {
        this.secondFactors = secondFactors;
        this.authentication = authentication;
        this.rooms = rooms;
        this.audit = audit;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, TotpEnable request) {
        String code = InputRules.required("code", request.code());
        Account me = session.holder();
        return secondFactors.enable(me, code).thenCompose(codes -> {
            audit.record(Actor.of(session), AuditAction.TOTP_ENABLE, me.name(), null);
            if (!session.settingUpSecondFactor()) {
                session.reply(requestId, new Reply.TotpEnabled(codes, null));
                return CompletableFuture.completedFuture(null);
            }
            return rooms.roomsOf(me.id()).thenAcceptAsync(joined -> enter(session, requestId, codes, joined),
                    session.peer().executor());
        });
    }

    /** The codes are shown whatever happens next: TOTP is on now, and they are the only way back in without the device. */
    private void enter(Session session, Object requestId, List<String> codes, List<String> joined) {
        if (session.closed()) {
            return;
        }
        try {
            session.reply(requestId, new Reply.TotpEnabled(codes, authentication.completeSetup(session, joined)));
        } catch (ChatError full) {
            session.reply(requestId, new Reply.TotpEnabled(codes, null));
            session.send(Outbound.refusal(null, full));
            session.close(null);
        }
    }
}
