package org.securechat.chat.port;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.RoomSummary;

/** Rooms and the accounts that have joined them. Never blocks its caller. */
public interface RoomStore {
    /** The room's id, if it exists; complete at once for a room a session has entered (every send asks). */
    CompletableFuture<Optional<Long>> idOf(String room);

    /** Joins the account to the room, creating the room on first join; true if newly joined. */
    CompletableFuture<Boolean> join(long accountId, String room);

    /** True if the account was a member. */
    CompletableFuture<Boolean> leave(long accountId, String room);

    /** The names of the room's members, by name. */
    CompletableFuture<List<String>> membersOf(String room);

    /** The rooms the account has joined, by name. */
    CompletableFuture<List<String>> roomsOf(long accountId);

    /** The first {@code limit} rooms by name after {@code after} (from the first when null), with whether the account has joined each. */
    CompletableFuture<List<RoomSummary>> list(long accountId, String after, int limit);

    CompletableFuture<Integer> count();
}
