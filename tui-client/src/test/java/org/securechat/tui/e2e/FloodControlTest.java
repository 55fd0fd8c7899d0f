package org.securechat.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.Message;
import org.securechat.tui.model.Notice;
import org.securechat.tui.support.ServerProcess;
import org.securechat.tui.support.VirtualScreen;

/**
 * The real server's flood control against a person typing faster than it allows: nothing is lost. The bucket is
 * made small (3 at once, then 2 a second) so that typing at a busy test machine's speed still runs it dry.
 */
class FloodControlTest {
    @TempDir
    Path dir;

    @Test
    void linesPastTheBurstWaitInTheQueueAndAllArriveInOrder() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"), Map.of(
                "CHAT_LIMITS_REGISTRATIONS_RATE", "0", "CHAT_FLOOD_BURST", "3", "CHAT_FLOOD_RATE", "2"));
             VirtualScreen alice = VirtualScreen.connectedTo(server, dir.resolve("kh"), "alice", "alice-password", true);
             VirtualScreen bob = VirtualScreen.connectedTo(server, dir.resolve("kh"), "bob", "bob-password-1", true)) {
            List<String> lines = IntStream.rangeClosed(1, 12).mapToObj(i -> "line " + i + " of 12").toList();
            for (String line : lines) {
                alice.type(line).press(KeyType.Enter);
            }
            alice.waitForText(" to send");
            // each screen runs only while the test drives it: alice's queue first, then bob's screen
            alice.waitFor("the queue emptied", text -> !text.contains(" to send"), Duration.ofSeconds(30));
            bob.waitForText("line 12 of 12");
            assertTrue(alice.state().currentBuffer().map(Buffer::entries).orElseThrow().stream()
                    .anyMatch(entry -> entry instanceof Notice notice && notice.text().startsWith("Flood control")),
                    "the server's rate_limited was met, and said so once");
            List<String> received = bob.state().currentBuffer().map(Buffer::entries).orElseThrow().stream()
                    .filter(Message.class::isInstance).map(m -> ((Message) m).text()).toList();
            assertEquals(lines, received, "every line, once, in the order typed");
        }
    }
}
