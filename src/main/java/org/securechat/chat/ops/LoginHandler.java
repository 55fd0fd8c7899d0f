package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Authentication;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Session;
import org.securechat.chat.Workers;
import org.securechat.protocol.ClientOps.Login;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.ProtocolException;
import org.securechat.security.PasswordHasher;
import org.securechat.store.AccountRecord;
import org.securechat.store.AccountStore;
import org.securechat.store.RoomStore;

/** {@code login}: checks the password (throttled per account and address) and enters the account's rooms. */
@ApplicationScoped
public class LoginHandler implements OpHandler<Login> {
    private final Authentication authentication;
    private final PasswordHasher hasher;
    private final AccountStore accounts;
    private final RoomStore rooms;
    private final Workers workers;

    public LoginHandler(Authentication authentication, PasswordHasher hasher, AccountStore accounts, RoomStore rooms,
                        Workers workers) {
        this.authentication = authentication;
        this.hasher = hasher;
        this.accounts = accounts;
        this.rooms = rooms;
        this.workers = workers;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Login op) {
        String user = InputRules.required("user", op.user());
        String password = InputRules.required("password", op.password());
        authentication.admit(session, user, op.serverPassword());
        String address = session.peer().remoteAddress();
        return workers.hashing(() -> {
            Optional<AccountRecord> account = accounts.find(user);
            if (!hasher.verify(password, account.map(AccountRecord::passwordHash).orElse(null))) {
                authentication.throttle().failed(user, address);
                throw new ProtocolException(ErrorCode.BAD_CREDENTIALS, "wrong user name or password");
            }
            authentication.throttle().succeeded(user);
            return new Entry(account.get(), rooms.roomsOf(account.get().id()));
        }).thenComposeAsync(entry -> authentication.enter(session, id, entry.account(), entry.rooms()),
                session.peer().executor());
    }

    private record Entry(AccountRecord account, List<String> rooms) { }
}
