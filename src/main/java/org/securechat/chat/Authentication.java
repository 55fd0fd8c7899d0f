package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ProtocolException;
import org.securechat.protocol.ServerFrames;
import org.securechat.security.LoginThrottle;
import org.securechat.security.ServerPassword;
import org.securechat.store.AccountRecord;

/** What register and login share: the gate of the server password, and a session's entry into the chat. */
@ApplicationScoped
public class Authentication {
    private final ServerPassword serverPassword;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final RoomMembers roomMembers;
    private final FrameCodec codec;

    public Authentication(ServerPassword serverPassword, LoginThrottle throttle, Sessions sessions,
                          RoomMembers roomMembers, FrameCodec codec) {
        this.serverPassword = serverPassword;
        this.throttle = throttle;
        this.sessions = sessions;
        this.roomMembers = roomMembers;
        this.codec = codec;
    }

    /** Refuses while the account or address must wait, and a wrong server password (which counts as a failure). */
    public void admit(Session session, String user, String givenServerPassword) {
        String address = session.peer().remoteAddress();
        throttle.check(user, address);
        if (!serverPassword.matches(givenServerPassword)) {
            throttle.failed(null, address);
            throw new ProtocolException(ErrorCode.BAD_SERVER_PASSWORD, "the server password is wrong");
        }
    }

    /**
     * Authenticates the session as the account with its rooms, replies, and announces the account if
     * this is its first session. Runs on the session's thread.
     */
    public CompletionStage<Void> enter(Session session, Object id, AccountRecord record, List<String> rooms) {
        if (session.closed()) {
            return CompletableFuture.completedFuture(null);
        }
        Account account = new Account(record.id(), record.name(), record.admin());
        session.authenticate(account);
        boolean first = sessions.enter(session);
        rooms.forEach(room -> roomMembers.add(room, session));
        session.send(codec.ok(id, new ServerFrames.Authenticated(account.name(), account.admin(), session.sortedRooms())));
        if (first) {
            sessions.announce(account.name(), true, null);
        }
        return CompletableFuture.completedFuture(null);
    }

    public LoginThrottle throttle() {
        return throttle;
    }
}
