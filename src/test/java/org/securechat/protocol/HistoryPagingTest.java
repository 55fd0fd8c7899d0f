package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** History's page sizes over more messages than one page holds (flood control off to write them fast). */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class HistoryPagingTest extends ProtocolTestBase {
    private static final int STORED = 205;

    @Test
    void limitDefaultsTo50AndIsCappedAt200() {
        String room = Credentials.unique("pages");
        WireClient writer = newUser("writer");
        writer.ok("join", "room", room);
        IntStream.range(0, STORED).forEach(i -> writer.send(WireClient.frame("send", "id", i, "room", room, "text", "m" + i)));
        IntStream.range(0, STORED).forEach(i -> assertOk(writer.reply(i)));
        List<String> all = IntStream.range(0, STORED).mapToObj(i -> "m" + i).toList();

        assertEquals(all.subList(STORED - 50, STORED), Frames.texts(writer.ok("history", "room", room)));
        assertEquals(all.subList(STORED - 200, STORED), Frames.texts(writer.ok("history", "room", room, "limit", 1000)));
        JsonNode oldest = writer.ok("history", "room", room, "limit", 200);
        long before = Frames.messages(oldest).get(0).path("msg_id").asLong();
        assertEquals(all.subList(0, STORED - 200), Frames.texts(writer.ok("history", "room", room, "before", before, "limit", 200)));
        writer.refused("bad_request", "history", "room", room, "limit", 0);
    }
}
