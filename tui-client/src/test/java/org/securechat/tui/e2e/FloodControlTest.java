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
import org.securechat.tui.support.ServerProcess;
import org.securechat.tui.support.VirtualScreen;

/** The real server's flood control (burst 20, 10 a second) against a person typing faster: nothing is lost. */
class FloodControlTest {
    @TempDir
    Path dir;

    @Test
    void linesPastTheBurstWaitInTheQueueAndAllArriveInOrder() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"), Map.of("CHAT_LIMITS_REGISTRATIONS_RATE", "0"));
             VirtualScreen alice = VirtualScreen.connectedTo(server, dir.resolve("kh"), "alice", "alice-password", true);
             VirtualScreen bob = VirtualScreen.connectedTo(server, dir.resolve("kh"), "bob", "bob-password-1", true)) {
            List<String> lines = IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i + " of 30").toList();
            boolean queueShown = false;
            for (String line : lines) {
                alice.type(line).press(KeyType.Enter);
                queueShown |= alice.text().contains(" to send");
            }
            assertTrue(queueShown, "the status line counted the waiting lines");
            bob.waitForText("line 30 of 30");
            alice.waitFor("the queue emptied", text -> !text.contains(" to send"), Duration.ofSeconds(15));
            assertTrue(alice.text().contains("Flood control"), alice.text());
            List<String> received = bob.state().currentBuffer().map(Buffer::entries).orElseThrow().stream()
                    .filter(Message.class::isInstance).map(m -> ((Message) m).text()).toList();
            assertEquals(lines, received, "every line, once, in the order typed");
        }
    }
}
