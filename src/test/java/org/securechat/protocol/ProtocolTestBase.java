package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.securechat.security.ServerPassword;
import org.securechat.transport.tcp.ChatListener;

/**
 * What every protocol test needs from the server it shares: the bound port and the current server
 * password, nothing else of its classes. Every client a test opens is closed after it.
 */
abstract class ProtocolTestBase {
    @Inject
    ChatListener listener;

    @Inject
    ServerPassword serverPassword;

    private final List<WireClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(WireClient::close);
        clients.clear();
    }

    WireClient connect() {
        return connect(Dial.DEFAULT);
    }

    WireClient connect(Dial dial) {
        WireClient client = WireClient.connect(listener.port(), serverPassword::current, dial);
        clients.add(client);
        return client;
    }

    /** A new connection on which this account has just been registered. */
    WireClient registered(Credentials who) {
        WireClient client = connect();
        assertOk(client.register(who));
        return client;
    }

    /** A new connection logged in as this existing account. */
    WireClient loggedIn(Credentials who) {
        WireClient client = connect();
        assertOk(client.login(who));
        return client;
    }

    /** A fresh account, registered on a new connection. */
    WireClient newUser(String prefix) {
        return registered(Credentials.fresh(prefix));
    }

    static JsonNode assertOk(JsonNode reply) {
        assertEquals("ok", reply.path("type").asText(), reply::toString);
        return reply;
    }
}
