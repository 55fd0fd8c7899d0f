package org.securechat.admin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.securechat.it.ServerProcess;
import org.securechat.launcher.StartupLines;
import org.securechat.protocol.WireClient;

/** {@code admin sessions | kick | regen | stop} against the REST API of a running server, and their exit statuses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminCommandsIT {
    private static final String ADMIN_PASSWORD = "root-password";
    private static final Map<String, String> BOOTSTRAP_ADMIN = Map.of(
            "CHAT_BOOTSTRAP_ADMIN_USER", "root", "CHAT_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);

    private Path data;
    private ServerProcess server;
    /** What new logins need now: regen replaces it. */
    private volatile String serverPassword;

    @BeforeAll
    void startServer() throws Exception {
        data = Files.createTempDirectory("securechat-admin-cli");
        server = ServerProcess.start(data, BOOTSTRAP_ADMIN);
        serverPassword = server.serverPassword();
    }

    @AfterAll
    void stopServer() throws Exception {
        server.close();
    }

    /** The admin's credentials and the server's URL in the environment, as the docs show. */
    private static Map<String, String> adminEnv(ServerProcess target, String password) throws Exception {
        Map<String, String> env = new HashMap<>(target.cliEnvironment());
        env.put("SECURECHAT_ADMIN_USER", "root");
        if (password != null) {
            env.put("SECURECHAT_ADMIN_PASSWORD", password);
        }
        return env;
    }

    private CommandRun admin(String... args) throws Exception {
        return CommandRun.run(data, adminEnv(server, ADMIN_PASSWORD), "", args);
    }

    /** The password of a {@code Server password:} line the command printed, the form the server's start prints. */
    private static Optional<String> printedPassword(CommandRun run) {
        return run.output().lines().map(StartupLines::serverPassword).flatMap(Optional::stream).findFirst();
    }

    private WireClient register(ServerProcess target, String user, String password) throws Exception {
        WireClient connection = target.connect();
        connection.ok("register", "user", user, "password", password, "server_password", serverPassword);
        return connection;
    }

    @Test
    void sessionsListsAConnectedUserAndKickClosesIt() throws Exception {
        try (WireClient carol = register(server, "carol", "carol-password")) {
            CommandRun sessions = admin("admin", "sessions");
            assertEquals(0, sessions.status(), sessions.output());
            assertTrue(sessions.output().lines().anyMatch(l -> l.matches("USER +ADDRESS +SINCE +ROOMS")), sessions.output());
            assertTrue(sessions.output().lines().anyMatch(l -> l.matches("carol +127\\.0\\.0\\.1\\S* +\\S+Z +general")),
                    sessions.output());

            CommandRun kick = admin("admin", "kick", "carol", "--reason", "spam links");
            assertEquals(0, kick.status(), kick.output());
            assertTrue(kick.output().contains("Kicked carol."), kick.output());
            JsonNode kicked = carol.awaitEvent("kicked", e -> true);
            assertEquals("spam links", kicked.path("reason").asText());
            assertEquals("root", kicked.path("by").asText());
            carol.awaitClosed(Duration.ofMillis(10_000));
        }
        CommandRun again = admin("admin", "kick", "carol");
        assertEquals(1, again.status(), again.output());
        assertTrue(again.output().contains("securechat: carol is not online"), again.output());
    }

    @Test
    void banClosesTheSessionsBansListsItAndUnbanLiftsIt() throws Exception {
        try (WireClient hana = register(server, "hana", "hana-password")) {
            CommandRun ban = admin("admin", "ban", "hana", "--reason", "flooding", "--for", "2h");
            assertEquals(0, ban.status(), ban.output());
            assertTrue(ban.output().matches("(?s)Banned hana until \\S+Z\\.\\s*"), ban.output());
            assertTrue(hana.awaitEvent("kicked", e -> true).path("reason").asText().endsWith(": flooding"));
            hana.awaitClosed(Duration.ofMillis(10_000));
        }
        CommandRun bans = admin("admin", "bans");
        assertEquals(0, bans.status(), bans.output());
        assertTrue(bans.output().lines().anyMatch(l -> l.matches("hana +root +\\S+Z +flooding")), bans.output());
        try (WireClient again = server.connect()) {
            JsonNode refused = again.request("login", "user", "hana", "password", "hana-password",
                    "server_password", serverPassword);
            assertEquals("banned", refused.path("code").asText(), refused::toString);
            assertTrue(refused.path("retry_after_s").asLong() > 7000, refused::toString);
        }

        CommandRun unban = admin("admin", "unban", "hana");
        assertEquals(0, unban.status(), unban.output());
        assertTrue(unban.output().contains("Unbanned hana."), unban.output());
        CommandRun twice = admin("admin", "unban", "hana");
        assertEquals(1, twice.status(), twice.output());
        assertTrue(twice.output().contains("hana is not banned"), twice.output());
        CommandRun badSpan = admin("admin", "ban", "hana", "--for", "soon");
        assertEquals(1, badSpan.status(), badSpan.output());
        assertTrue(badSpan.output().contains("'soon' is not a span of time"), badSpan.output());
        assertTrue(admin("admin", "bans").output().contains("No one is banned."));

        CommandRun network = admin("admin", "ban", "--address", "203.0.113.9/24", "--reason", "scanner");
        assertEquals(0, network.status(), network.output());
        assertTrue(network.output().contains("Banned 203.0.113.0/24 until unbanned."), network.output());
        CommandRun listed = admin("admin", "bans");
        assertTrue(listed.output().lines().anyMatch(l -> l.matches("203\\.0\\.113\\.0/24 +root +unbanned +scanner")),
                listed.output());
        assertEquals(0, admin("admin", "unban", "--address", "203.0.113.0/24").status());
        CommandRun malformed = admin("admin", "ban", "--address", "203.0.113.0/99");
        assertEquals(1, malformed.status(), malformed.output());
        assertTrue(malformed.output().contains("must be 0 to 32"), malformed.output());
        assertEquals(1, admin("admin", "ban", "hana", "--address", "203.0.113.0/24").status(), "one or the other");
    }

    @Test
    void inviteRegistersOneAccountInPlaceOfTheServerPassword() throws Exception {
        CommandRun minted = admin("admin", "invite", "--ttl", "1d");
        assertEquals(0, minted.status(), minted.output());
        String invite = minted.output().lines().filter(l -> l.startsWith("Invite: ")).findFirst()
                .orElseThrow(() -> new AssertionError(minted.output())).substring("Invite: ".length()).strip();
        try (WireClient ivy = server.connect()) {
            ivy.ok("register", "user", "ivy", "password", "ivy-password", "invite", invite);
        }
        try (WireClient again = server.connect()) {
            assertEquals("bad_invite", again.request("register", "user", "jack", "password", "jack-password",
                    "invite", invite).path("code").asText());
        }
    }

    @Test
    void regenPrintsANewServerPasswordThatWorks() throws Exception {
        String old = serverPassword;
        // no password in the environment: one line of standard input, as a script pipes it
        CommandRun regen = CommandRun.run(data, adminEnv(server, null), ADMIN_PASSWORD + "\n", "admin", "regen");
        assertEquals(0, regen.status(), regen.output());
        serverPassword = printedPassword(regen).orElseThrow(() -> new AssertionError(regen.output()));
        assertFalse(serverPassword.equals(old));

        try (WireClient dave = server.connect()) {
            assertEquals("bad_server_password", dave.request("register", "user", "dave", "password", "dave-password",
                    "server_password", old).path("code").asText());
            dave.ok("register", "user", "dave", "password", "dave-password", "server_password", serverPassword);
        }
    }

    @Test
    void wrongCredentialsExitThreeWithoutEchoingThePassword() throws Exception {
        CommandRun wrong = CommandRun.run(data, adminEnv(server, "not-the-password"), "", "admin", "sessions");
        assertEquals(3, wrong.status(), wrong.output());
        assertTrue(wrong.output().contains("authentication failed"), wrong.output());
        assertFalse(wrong.output().contains("not-the-password"), wrong.output());
    }

    @Test
    void aUserWhoIsNotAnAdminExitsThree() throws Exception {
        register(server, "erin", "erin-password").close();
        Map<String, String> env = new HashMap<>(adminEnv(server, "erin-password"));
        env.put("SECURECHAT_ADMIN_USER", "erin");
        CommandRun forbidden = CommandRun.run(data, env, "", "admin", "regen");
        assertEquals(3, forbidden.status(), forbidden.output());
        assertTrue(forbidden.output().contains("erin is not an admin"), forbidden.output());
        assertFalse(printedPassword(forbidden).isPresent(), forbidden.output());
    }

    @Test
    void noServerExitsTwo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "https://127.0.0.1:" + closedPort;
        CommandRun unreachable = CommandRun.run(data, adminEnv(server, ADMIN_PASSWORD), "",
                "admin", "sessions", "--url", url);
        assertEquals(2, unreachable.status(), unreachable.output());
        assertTrue(unreachable.output().contains("cannot reach the server at " + url), unreachable.output());
    }

    @Test
    void aFingerprintThatIsNotTheServersExitsFiveAndSendsNothing() throws Exception {
        Map<String, String> env = new HashMap<>(adminEnv(server, ADMIN_PASSWORD));
        String wrong = "AB:".repeat(31) + "AB";
        env.put("SECURECHAT_TRUST_FINGERPRINT", wrong);
        env.put("SECURECHAT_CONFIG_DIR", Files.createTempDirectory("securechat-cli-config").toString());
        CommandRun mismatch = CommandRun.run(data, env, "", "admin", "regen");
        assertEquals(5, mismatch.status(), mismatch.output());
        assertTrue(mismatch.output().contains("presents the certificate " + server.fingerprint()
                + ", not the fingerprint given (" + wrong + ")"), mismatch.output());
        assertFalse(printedPassword(mismatch).isPresent(), mismatch.output());
    }

    @Test
    void anUnknownServerExitsFiveUntilPinnedOnceThenIsRemembered() throws Exception {
        Path config = Files.createTempDirectory("securechat-cli-config");
        Map<String, String> env = new HashMap<>(adminEnv(server, ADMIN_PASSWORD));
        env.remove("SECURECHAT_TRUST_FINGERPRINT");
        env.put("SECURECHAT_CONFIG_DIR", config.toString());
        CommandRun unknown = CommandRun.run(data, env, "", "admin", "sessions");
        assertEquals(5, unknown.status(), unknown.output());
        assertTrue(unknown.output().contains("is not known yet; its certificate's SHA-256 fingerprint is "
                + server.fingerprint()), unknown.output());
        assertFalse(Files.exists(config.resolve("admin_known_hosts")), "nothing is pinned without a fingerprint given");

        CommandRun pinned = CommandRun.run(data, env, "", "admin", "sessions", "--trust-fingerprint",
                server.fingerprint().replace(":", "").toLowerCase(Locale.ROOT));
        assertEquals(0, pinned.status(), pinned.output());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(config.resolve("admin_known_hosts"))));
        CommandRun remembered = CommandRun.run(data, env, "", "admin", "sessions");
        assertEquals(0, remembered.status(), remembered.output());

        Files.writeString(config.resolve("admin_known_hosts"), "127.0.0.1:" + server.httpPorts().api() + " "
                + "CD:".repeat(31) + "CD\n");
        CommandRun changed = CommandRun.run(data, env, "", "admin", "sessions");
        assertEquals(5, changed.status(), changed.output());
        assertTrue(changed.output().contains("not the pinned " + "CD:".repeat(31) + "CD"), changed.output());
    }

    @Test
    void aPlainHttpUrlIsRefused() throws Exception {
        CommandRun plain = CommandRun.run(data, adminEnv(server, ADMIN_PASSWORD), "", "admin", "sessions",
                "--url", "http://127.0.0.1:" + server.httpPorts().api());
        assertEquals(1, plain.status(), plain.output());
        assertTrue(plain.output().contains("--url must be an https:// address"), plain.output());
    }

    /** An admin command calls a running server's API: it has no business with a data dir where it runs. */
    @Test
    void anAdminCommandOpensNoDataDir() throws Exception {
        Path nowhere = Files.createTempDirectory("securechat-admin-cli").resolve("data");
        CommandRun sessions = CommandRun.run(nowhere, adminEnv(server, ADMIN_PASSWORD), "", "admin", "sessions");
        assertEquals(0, sessions.status(), sessions.output());
        assertFalse(Files.exists(nowhere), () -> "the command made " + nowhere + "\n" + sessions.output());
    }

    @Test
    void stopShutsTheServerDownWithStatusZero() throws Exception {
        Path ownData = Files.createTempDirectory("securechat-admin-cli-stop");
        try (ServerProcess doomed = ServerProcess.start(ownData, BOOTSTRAP_ADMIN);
             WireClient frank = doomed.connect()) {
            frank.ok("register", "user", "frank", "password", "frank-password",
                    "server_password", doomed.serverPassword());
            CommandRun stop = CommandRun.run(ownData, adminEnv(doomed, ADMIN_PASSWORD), "",
                    "admin", "stop", "--reason", "maintenance at noon");
            assertEquals(0, stop.status(), stop.output());
            assertTrue(stop.output().contains("The server is stopping."), stop.output());
            JsonNode shutdown = frank.awaitEvent("shutdown", e -> true);
            assertEquals("maintenance at noon", shutdown.path("reason").asText());
            assertEquals(0, doomed.awaitExit());
        }
    }

    @Test
    void stopIsAnsweredAlsoWhenNoOneIsConnected() throws Exception {
        // with no session to tell, the server is quickest to go: the 202 must still reach the command
        Path ownData = Files.createTempDirectory("securechat-admin-cli-idle-stop");
        try (ServerProcess idle = ServerProcess.start(ownData, BOOTSTRAP_ADMIN)) {
            CommandRun stop = CommandRun.run(ownData, adminEnv(idle, ADMIN_PASSWORD), "", "admin", "stop");
            assertEquals(0, stop.status(), stop.output());
            assertEquals(0, idle.awaitExit());
        }
    }
}
