package org.securechat.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.securechat.chat.AccountRecord;
import org.securechat.chat.Conversation;
import org.securechat.chat.NewMessage;
import org.securechat.chat.StoredMessage;
import org.securechat.chat.port.AccountStore;
import org.securechat.chat.port.ConversationStore;
import org.securechat.chat.port.MessageStore;
import org.securechat.chat.port.RoomStore;

/**
 * Unread counts on a room of 100,000 messages, stored through the real store: the count reads only
 * the index (never a row), stops at the cap, and is exact below it. Prints what the listing took.
 */
@QuarkusTest
class UnreadAtScaleTest {
    private static final int MESSAGES = 100_000;

    @Inject
    AccountStore accounts;
    @Inject
    RoomStore rooms;
    @Inject
    MessageStore messages;
    @Inject
    ConversationStore conversations;
    @Inject
    Database database;

    @Test
    void aRoomOf100kMessagesCountsItsUnreadFromTheIndexAlone() throws Exception {
        String tail = UUID.randomUUID().toString().substring(0, 8);
        String room = "scale-" + tail;
        AccountRecord reader = accounts.create("reader-" + tail, "not-a-hash", false).join();
        // Two writers, so neither passes the per-account storage quota.
        List<AccountRecord> writers = List.of(accounts.create("w1-" + tail, "not-a-hash", false).join(),
                accounts.create("w2-" + tail, "not-a-hash", false).join());
        rooms.join(reader.id(), room).join();
        writers.forEach(w -> rooms.join(w.id(), room).join());
        long roomId = rooms.idOf(room).join().orElseThrow();

        List<CompletableFuture<StoredMessage>> stored = new ArrayList<>(MESSAGES);
        for (int i = 0; i < MESSAGES; i++) {
            AccountRecord from = writers.get(i % 2);
            stored.add(messages.append(new NewMessage(roomId, room, from.id(), from.name(), null, null, "text", "m")));
        }
        CompletableFuture.allOf(stored.toArray(CompletableFuture[]::new)).join();
        long first = stored.get(0).join().id();
        long last = stored.get(MESSAGES - 1).join().id();

        assertEquals(Conversation.UNREAD_CAP, unreadIn(reader, room), "counting stops at the cap");
        long fiveThousandLeft = stored.get(MESSAGES - 5_001).join().id();
        conversations.markRoom(reader.id(), roomId, fiveThousandLeft).join();
        assertEquals(5_000, unreadIn(reader, room), "exact below the cap");
        assertEquals(fiveThousandLeft, entry(reader, room).readMsgId());
        assertEquals(last, lastIn(reader, room));

        String plan = database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + SqliteConversationStore.ROOM_UNREAD)) {
                s.setLong(1, roomId);
                s.setLong(2, first);
                s.setLong(3, reader.id());
                StringBuilder text = new StringBuilder();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        text.append(r.getString(4)).append('\n');
                    }
                }
                return text.toString();
            }
        }).join();
        assertTrue(plan.contains("USING COVERING INDEX messages_room"), plan);

        for (int run = 0; run < 3; run++) {
            conversations.markRoom(reader.id(), roomId, first).join();
            long start = System.nanoTime();
            conversations.of(reader.id()).join();
            long capped = System.nanoTime() - start;
            conversations.markRoom(reader.id(), roomId, fiveThousandLeft).join();
            start = System.nanoTime();
            conversations.of(reader.id()).join();
            long exact = System.nanoTime() - start;
            System.out.printf("conversations over %,d messages: %.2f ms with %,d unread (capped), %.2f ms with 5,000%n",
                    MESSAGES, capped / 1e6, Conversation.UNREAD_CAP, exact / 1e6);
        }
    }

    private int unreadIn(AccountRecord reader, String room) {
        return entry(reader, room).unread();
    }

    private long lastIn(AccountRecord reader, String room) {
        return entry(reader, room).lastMsgId();
    }

    private Conversation entry(AccountRecord reader, String room) {
        return conversations.of(reader.id()).join().stream().filter(c -> room.equals(c.room())).findFirst().orElseThrow();
    }
}
