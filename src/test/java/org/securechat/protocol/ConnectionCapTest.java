package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One address holds at most chat.limits.connections-per-address connections; others are not held back. */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class ConnectionCapTest extends ProtocolTestBase {
    @Test
    void anAddressPastItsCapIsRefusedAndOthersAreNot() {
        Dial crowded = Dial.DEFAULT.from("127.0.0.30");
        List<WireClient> held = IntStream.range(0, LimitsProfile.CONNECTIONS_PER_ADDRESS)
                .mapToObj(i -> connect(crowded)).toList();
        WireClient refused = WireClient.connectRefused(listener.port(), crowded);
        JsonNode error = refused.awaitEvent("error", e -> true);
        assertEquals("limit_reached", error.path("code").asText(), error::toString);
        refused.awaitClosed(Duration.ofSeconds(5));

        connect(Dial.DEFAULT.from("127.0.0.31")).sync();
        held.get(0).close();
        connect(crowded).sync(); // a connection closed is counted out
    }
}
