package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Session;
import org.securechat.chat.Workers;
import org.securechat.protocol.ClientOps.Passwd;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ProtocolException;
import org.securechat.protocol.ServerFrames;
import org.securechat.security.LoginThrottle;
import org.securechat.security.PasswordHasher;
import org.securechat.store.AccountRecord;
import org.securechat.store.AccountStore;

/** {@code passwd}: a new password, given the old one; a wrong old one counts as a failed login. */
@ApplicationScoped
public class PasswdHandler implements OpHandler<Passwd> {
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Workers workers;
    private final FrameCodec codec;

    public PasswdHandler(AccountStore accounts, PasswordHasher hasher, LoginThrottle throttle, Workers workers,
                         FrameCodec codec) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.workers = workers;
        this.codec = codec;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Passwd op) {
        String old = InputRules.required("old", op.old());
        String replacement = InputRules.password(op.replacement());
        Account me = session.account();
        String address = session.peer().remoteAddress();
        throttle.check(me.name(), address);
        return workers.hashing(() -> {
            String current = accounts.find(me.name()).map(AccountRecord::passwordHash).orElse(null);
            if (!hasher.verify(old, current)) {
                throttle.failed(me.name(), address);
                throw new ProtocolException(ErrorCode.BAD_CREDENTIALS, "the old password is wrong");
            }
            return hasher.hash(replacement);
        }).thenCompose(hash -> accounts.setPassword(me.id(), hash))
                .thenAccept(done -> session.send(codec.ok(id, new ServerFrames.Empty())));
    }
}
