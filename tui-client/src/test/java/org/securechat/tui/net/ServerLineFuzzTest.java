package org.securechat.tui.net;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;

/**
 * A hostile server's byte stream, read as the connection reads it: line by line, each line parsed,
 * read as an event and, when it has an id, as the reply to the request that id names here (the id
 * modulo the number of requests, one of each op). A line that is not JSON
 * may end the connection (IOException); a frame that is JSON but not the protocol may cost only
 * itself (MalformedFrameException) or its request (ServerError): any other exception is a finding.
 * The build replays {@code ServerLineFuzzTestInputs/reads/}; {@code JAZZER_FUZZ=1} fuzzes for 10
 * million inputs (docs/fuzzing.md).
 */
class ServerLineFuzzTest {
    private static final Credentials CREDENTIALS = new Credentials("alice", "correct horse", "k3Fq-9xTz");
    /** The seeds' ids name these by position: 0 login, 2 send, 4 join, 6 rooms, 8 history... */
    private static final List<Request<?>> REQUESTS = List.of(
            new Request.Login(CREDENTIALS),
            new Request.Register(CREDENTIALS),
            new Request.Send("general", "hi", Request.Kind.TEXT),
            new Request.Dm("bob", "waves", Request.Kind.ACTION),
            new Request.Join("general"),
            new Request.Leave("general"),
            new Request.Rooms(),
            new Request.Users(),
            new Request.History(BufferId.room("general"), 42L, 50),
            new Request.History(BufferId.dm("bob"), null, 1),
            new Request.Passwd("correct horse", "battery staple"),
            new Request.Ping(),
            new Request.Quit(),
            new Request.Kick("bob", "spam"),
            new Request.Regen(),
            new Request.Stop("maintenance"));

    @DictionaryFile(resourcePath = "server-lines.dict")
    @FuzzTest(maxDuration = "", maxExecutions = 10_000_000)
    void reads(byte[] stream) throws IOException {
        LineReader lines = new LineReader(new ByteArrayInputStream(stream));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            ServerLine.idNear(line); // what a line too long to parse is searched with
            if (line.isBlank()) {
                continue;
            }
            ServerLine frame;
            try {
                frame = ServerLine.parse(line);
            } catch (IOException notJson) {
                return;
            }
            try {
                assertNotNull(frame.event());
            } catch (MalformedFrameException dropped) {
                // as the connection drops it
            }
            Long id = frame.id();
            if (id != null) {
                try {
                    assertNotNull(frame.replyTo(REQUESTS.get((int) Math.floorMod(id, (long) REQUESTS.size()))));
                } catch (ServerError | MalformedFrameException refused) {
                    // fails that request alone
                }
            }
        }
    }
}
