package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;
import org.securechat.chat.Actor;
import org.securechat.chat.AddressBans;

/**
 * Address bans as a client from a banned address meets them (the admin API and the CLI set them
 * through the same core call, made here): refused at connect, its sessions closed, a timed one ending.
 */
@QuarkusTest
class AddressBansTest extends ProtocolTestBase {
    private static final Actor ADMIN = new Actor("root", "127.0.0.1");

    @Inject
    AddressBans addressBans;
    @Inject
    TestClock clock;

    private JsonNode refusedFrom(String address) {
        WireClient refused = WireClient.connectRefused(listener.port(), Dial.DEFAULT.from(address));
        JsonNode error = refused.awaitEvent("error", e -> true);
        assertEquals("banned", error.path("code").asText(), error::toString);
        refused.awaitClosed(Duration.ofSeconds(5));
        return error;
    }

    @Test
    void aBannedNetworkIsRefusedAtConnectAndItsSessionsClose() {
        WireClient inside = connect(Dial.DEFAULT.from("127.0.0.61"));
        assertOk(inside.register(Credentials.fresh("inside")));
        WireClient outside = connect(Dial.DEFAULT.from("127.0.0.62"));
        assertOk(outside.register(Credentials.fresh("outside")));

        addressBans.ban(ADMIN, "127.0.0.60/31", "botnet", null).join();
        assertEquals("banned: botnet", inside.awaitEvent("kicked", k -> true).path("reason").asText());
        inside.awaitClosed(WireClient.WAIT);
        JsonNode error = refusedFrom("127.0.0.60");
        assertEquals("connections from this address are banned", error.path("message").asText());
        assertTrue(error.path("retry_after_s").isMissingNode(), error::toString);
        outside.sync();
        connect(Dial.DEFAULT.from("127.0.0.62")).sync();

        addressBans.unban(ADMIN, "127.0.0.61/31").join();
        connect(Dial.DEFAULT.from("127.0.0.61")).sync();
    }

    @Test
    void aTimedAddressBanTellsHowLongAndEndsByItself() {
        addressBans.ban(ADMIN, "127.0.0.63", null, 60L).join();
        long left = refusedFrom("127.0.0.63").path("retry_after_s").asLong();
        assertTrue(left > 50 && left <= 60, "retry_after_s " + left);
        clock.advance(Duration.ofSeconds(61));
        connect(Dial.DEFAULT.from("127.0.0.63")).sync();
    }
}
