package org.securechat.admin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.securechat.it.ServerProcess;
import org.securechat.protocol.Authenticator;
import org.securechat.protocol.WireClient;

/**
 * {@code user add | passwd | totp-reset | list} run as an operator runs them: on the data dir of a server that is
 * running, told to use that server's ports, which they must leave alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserCommandsIT {
    private Path data;
    private ServerProcess server;
    /** The running server's ports: a one-shot command that tried to bind them would fail. */
    private Map<String, String> samePorts;

    @BeforeAll
    void startServer() throws Exception {
        data = Files.createTempDirectory("securechat-user-cli");
        server = ServerProcess.start(data, Map.of(
                "CHAT_BOOTSTRAP_ADMIN_USER", "root", "CHAT_BOOTSTRAP_ADMIN_PASSWORD", "root-password"));
        samePorts = Map.of("CHAT_PORT", String.valueOf(server.port()),
                "QUARKUS_HTTP_SSL_PORT", String.valueOf(server.httpPorts().api()),
                "QUARKUS_MANAGEMENT_PORT", String.valueOf(server.httpPorts().management()));
    }

    @AfterAll
    void stopServer() throws Exception {
        server.close();
    }

    private CommandRun user(String stdin, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "user";
        System.arraycopy(args, 0, command, 1, args.length);
        return CommandRun.run(data, samePorts, stdin, command);
    }

    private JsonNode login(String user, String password) throws Exception {
        try (WireClient connection = server.connect()) {
            return connection.request("login", "user", user, "password", password,
                    "server_password", server.serverPassword());
        }
    }

    @Test
    void addCreatesAnAccountThatLogsInOnTheRunningServer() throws Exception {
        CommandRun add = user("alice-password\n", "add", "alice");
        assertEquals(0, add.status(), add.output());
        assertTrue(add.output().contains("Created user alice."), add.output());

        JsonNode reply = login("alice", "alice-password");
        assertEquals("ok", reply.path("type").asText(), reply.toString());
        assertFalse(reply.path("admin").asBoolean());
        assertEquals("general", reply.path("rooms").get(0).asText());
    }

    @Test
    void adminFlagMakesAnAdmin() throws Exception {
        CommandRun add = user("bob-password\n", "add", "bob", "--admin");
        assertEquals(0, add.status(), add.output());
        assertTrue(add.output().contains("Created admin bob."), add.output());
        assertTrue(login("bob", "bob-password").path("admin").asBoolean());
    }

    @Test
    void aTakenNameIsRefusedInAnyCase() throws Exception {
        CommandRun add = user("another-password\n", "add", "ROOT");
        assertEquals(1, add.status(), add.output());
        assertTrue(add.output().contains("securechat: the name ROOT is taken"), add.output());
        assertEquals("ok", login("root", "root-password").path("type").asText());
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRuleAndNotEchoed() throws Exception {
        CommandRun add = user("s3cr\n", "add", "carol");
        assertEquals(1, add.status(), add.output());
        assertTrue(add.output().contains("a password is 8 to 72 bytes of UTF-8 (this one is 4)"), add.output());
        assertFalse(add.output().contains("s3cr"), add.output());
        assertEquals("bad_credentials", login("carol", "s3cr").path("code").asText());
    }

    @Test
    void noPasswordOnStandardInputIsRefused() throws Exception {
        CommandRun add = user("", "add", "dave");
        assertEquals(1, add.status(), add.output());
        assertTrue(add.output().contains("no password"), add.output());
    }

    @Test
    void passwdReplacesThePassword() throws Exception {
        assertEquals(0, user("erin-password\n", "add", "erin").status());
        CommandRun passwd = user("erin-new-password\n", "passwd", "erin");
        assertEquals(0, passwd.status(), passwd.output());
        assertTrue(passwd.output().contains("Changed the password of erin."), passwd.output());

        assertEquals("bad_credentials", login("erin", "erin-password").path("code").asText());
        assertEquals("ok", login("erin", "erin-new-password").path("type").asText());

        CommandRun nobody = user("whatever-password\n", "passwd", "nobody");
        assertEquals(1, nobody.status(), nobody.output());
        assertTrue(nobody.output().contains("there is no user nobody"), nobody.output());
    }

    @Test
    void totpResetTurnsOffALostSecondFactor() throws Exception {
        assertEquals(0, user("frank-password\n", "add", "frank").status());
        try (WireClient frank = server.connect()) {
            frank.ok("login", "user", "frank", "password", "frank-password", "server_password", server.serverPassword());
            Authenticator app = Authenticator.of(frank.ok("totp_setup", "password", "frank-password"));
            frank.ok("totp_enable", "code", app.code(Clock.systemUTC()));
        }
        assertEquals("totp_required", login("frank", "frank-password").path("code").asText());

        CommandRun reset = user("", "totp-reset", "frank");
        assertEquals(0, reset.status(), reset.output());
        assertTrue(reset.output().contains("Turned off two-factor authentication for frank"), reset.output());
        assertEquals("ok", login("frank", "frank-password").path("type").asText());

        CommandRun again = user("", "totp-reset", "FRANK");
        assertEquals(0, again.status(), again.output());
        assertTrue(again.output().contains("frank had no two-factor authentication; nothing changed."), again.output());
        CommandRun nobody = user("", "totp-reset", "nobody");
        assertEquals(1, nobody.status(), nobody.output());
        assertTrue(nobody.output().contains("there is no user nobody"), nobody.output());
    }

    @Test
    void listShowsEveryAccountInATable() throws Exception {
        CommandRun list = user("", "list");
        assertEquals(0, list.status(), list.output());
        assertTrue(list.output().lines().anyMatch(l -> l.matches("USER +ADMIN +CREATED")), list.output());
        assertTrue(list.output().lines().anyMatch(l -> l.matches("root +yes +\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z")),
                list.output());
    }

    @Test
    void aOneShotCommandLeavesThePortsToTheRunningServer() throws Exception {
        // given the server's own ports, it would fail to bind them; it exits (within CommandRun's limit) and serves nothing
        CommandRun list = user("", "list");
        assertEquals(0, list.status(), list.output());
        assertFalse(list.output().contains("Listening on"), list.output());
        assertFalse(list.output().contains("Chat listening"), list.output());
        try (WireClient still = server.connect()) {
            still.ok("login", "user", "root", "password", "root-password", "server_password", server.serverPassword());
            still.sync();
        }
    }
}
