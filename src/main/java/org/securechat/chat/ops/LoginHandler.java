package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.Authentication;
import org.securechat.chat.Credentials;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Requests.Login;
import org.securechat.chat.Session;
import org.securechat.chat.port.RoomStore;

/** {@code login}: checks the password (throttled per account and address) and enters the account's rooms. */
@ApplicationScoped
public class LoginHandler implements OpHandler<Login> {
    private final Authentication authentication;
    private final Credentials credentials;
    private final RoomStore rooms;
    private final Audit audit;

    public LoginHandler(Authentication authentication, Credentials credentials, RoomStore rooms, Audit audit) {
        this.authentication = authentication;
        this.credentials = credentials;
        this.rooms = rooms;
        this.audit = audit;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Login request) {
        String user = InputRules.required("user", request.user());
        String password = InputRules.required("password", request.password());
        return credentials.verify(authentication.admit(session, request.serverPassword()), user, password,
                        account -> true, "wrong user name or password")
                .thenCompose(account -> rooms.roomsOf(account.id())
                        .thenComposeAsync(joined -> authentication.enter(session, requestId, account, joined),
                                session.peer().executor())
                        .thenRun(() -> {
                            // Only a login that got in: the account's session cap or a closed connection may stop it.
                            if (session.authenticated()) {
                                audit.record(Actor.of(session), AuditAction.LOGIN, account.name(), null);
                            }
                        }));
    }
}
