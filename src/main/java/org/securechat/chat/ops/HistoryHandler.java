package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.RoomAccess;
import org.securechat.chat.Session;
import org.securechat.chat.Workers;
import org.securechat.protocol.ClientOps.History;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.MessageView;
import org.securechat.protocol.ProtocolException;
import org.securechat.protocol.ServerFrames;
import org.securechat.store.AccountStore;
import org.securechat.store.MessageStore;

/** {@code history}: a page of a room's messages, or of the DMs with one user, oldest first. */
@ApplicationScoped
public class HistoryHandler implements OpHandler<History> {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final RoomAccess access;
    private final AccountStore accounts;
    private final MessageStore messages;
    private final Workers workers;
    private final FrameCodec codec;

    public HistoryHandler(RoomAccess access, AccountStore accounts, MessageStore messages, Workers workers,
                          FrameCodec codec) {
        this.access = access;
        this.accounts = accounts;
        this.messages = messages;
        this.workers = workers;
        this.codec = codec;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, History op) {
        if ((op.room() == null) == (op.with() == null)) {
            throw new ProtocolException(ErrorCode.BAD_REQUEST, "history needs either \"room\" or \"with\"");
        }
        if (op.limit() != null && op.limit() < 1) {
            throw new ProtocolException(ErrorCode.BAD_REQUEST, "\"limit\" must be at least 1");
        }
        if (op.before() != null && op.before() < 1) {
            throw new ProtocolException(ErrorCode.BAD_REQUEST, "\"before\" must be a msg_id");
        }
        int limit = op.limit() == null ? DEFAULT_LIMIT : Math.min(op.limit(), MAX_LIMIT);
        CompletableFuture<List<MessageView>> page;
        if (op.room() != null) {
            String room = InputRules.room(op.room());
            page = access.member(session, room).thenCombine(session.writesSettled(), (roomId, settled) -> roomId)
                    .thenCompose(roomId -> workers.read(() -> messages.roomHistory(roomId, op.before(), limit)));
        } else {
            String with = InputRules.existingUsername("with", op.with());
            long me = session.account().id();
            page = session.writesSettled().thenCompose(settled -> workers.read(() -> {
                long other = accounts.find(with)
                        .orElseThrow(() -> new ProtocolException(ErrorCode.NO_SUCH_USER, "no user " + with)).id();
                return messages.directHistory(me, other, op.before(), limit);
            }));
        }
        return page.thenAccept(list -> session.send(codec.ok(id, new ServerFrames.Messages(list))));
    }
}
