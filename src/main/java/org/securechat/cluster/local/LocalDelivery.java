package org.securechat.cluster.local;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.securechat.chat.Outbound;
import org.securechat.chat.RoomMembers;
import org.securechat.chat.Session;
import org.securechat.chat.Sessions;
import org.securechat.chat.port.Delivery;
import org.securechat.protocol.FrameCodec;

/**
 * Fan-out when this process is the whole deployment: straight to its own sessions. Each frame is
 * encoded once, here, before it is handed to the members' threads.
 */
@ApplicationScoped
public class LocalDelivery implements Delivery {
    private final Sessions sessions;
    private final RoomMembers roomMembers;
    private final Function<Outbound, byte[]> encoder;

    public LocalDelivery(Sessions sessions, RoomMembers roomMembers, FrameCodec codec) {
        this.sessions = sessions;
        this.roomMembers = roomMembers;
        this.encoder = codec::encode;
    }

    @Override
    public int toRoom(String room, Outbound frame) {
        frame.encoded(encoder);
        return roomMembers.deliver(room, frame);
    }

    @Override
    public int toAccounts(Collection<String> users, Outbound frame) {
        frame.encoded(encoder);
        Set<Session> reached = new LinkedHashSet<>();
        users.forEach(user -> reached.addAll(sessions.of(user)));
        reached.forEach(session -> session.send(frame));
        return reached.size();
    }

    @Override
    public int toOtherSessions(Session session, Outbound frame) {
        frame.encoded(encoder);
        List<Session> others = sessions.of(session.account().name());
        others.remove(session);
        others.forEach(other -> other.send(frame));
        return others.size();
    }

    @Override
    public void toEveryone(Outbound frame) {
        frame.encoded(encoder);
        sessions.authenticated().forEach(session -> session.send(frame));
    }

    @Override
    public int disconnect(String user, Outbound farewell, String reason) {
        List<Session> targets = sessions.of(user);
        for (Session target : targets) {
            target.send(farewell);
            target.close(reason);
        }
        return targets.size();
    }
}
