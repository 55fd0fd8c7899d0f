package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.securechat.protocol.EncodedFrame;

/** The online sessions in each room: who a room's events are delivered to. */
@ApplicationScoped
public class RoomMembers {
    private final Map<String, Set<Session>> rooms = new ConcurrentHashMap<>();

    public void add(String room, Session session) {
        rooms.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(session);
        session.rooms().add(room);
    }

    public void remove(String room, Session session) {
        session.rooms().remove(room);
        Set<Session> members = rooms.get(room);
        if (members != null) {
            members.remove(session);
        }
    }

    public void removeEverywhere(Session session) {
        for (String room : session.rooms()) {
            Set<Session> members = rooms.get(room);
            if (members != null) {
                members.remove(session);
            }
        }
    }

    /** Writes the same encoded bytes to every online member of the room; returns how many. */
    public int deliver(String room, EncodedFrame frame) {
        Set<Session> members = rooms.get(room);
        int count = 0;
        if (members != null) {
            for (Session member : members) {
                member.send(frame);
                count++;
            }
        }
        return count;
    }

    /** Rooms with at least one member online. */
    public int activeRooms() {
        int active = 0;
        for (Set<Session> members : rooms.values()) {
            if (!members.isEmpty()) {
                active++;
            }
        }
        return active;
    }
}
