package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * This node's sessions in each room, grouped by the thread that serves them, so a message reaches
 * a room as one task per thread rather than one cross-thread hand-off per member.
 */
@ApplicationScoped
public class RoomMembers {
    private final Map<String, Map<Executor, Set<Session>>> rooms = new ConcurrentHashMap<>();

    public void add(String room, Session session) {
        rooms.computeIfAbsent(room, r -> new ConcurrentHashMap<>())
                .computeIfAbsent(session.peer().executor(), e -> ConcurrentHashMap.newKeySet())
                .add(session);
        session.rooms().add(room);
    }

    public void remove(String room, Session session) {
        session.rooms().remove(room);
        forget(room, session);
    }

    public void removeEverywhere(Session session) {
        for (String room : session.rooms()) {
            forget(room, session);
        }
    }

    private void forget(String room, Session session) {
        Map<Executor, Set<Session>> shards = rooms.get(room);
        Set<Session> members = shards == null ? null : shards.get(session.peer().executor());
        if (members != null) {
            members.remove(session);
        }
    }

    /** Sends the frame to every member of the room here, each on its own thread; returns how many there were. */
    public int deliver(String room, Outbound frame) {
        Map<Executor, Set<Session>> shards = rooms.get(room);
        if (shards == null) {
            return 0;
        }
        int count = 0;
        for (Map.Entry<Executor, Set<Session>> shard : shards.entrySet()) {
            Set<Session> members = shard.getValue();
            if (!members.isEmpty()) {
                count += members.size();
                shard.getKey().execute(() -> members.forEach(member -> member.send(frame)));
            }
        }
        return count;
    }

    /** Rooms with at least one member online here. */
    public int activeRooms() {
        int active = 0;
        for (Map<Executor, Set<Session>> shards : rooms.values()) {
            if (shards.values().stream().anyMatch(members -> !members.isEmpty())) {
                active++;
            }
        }
        return active;
    }
}
