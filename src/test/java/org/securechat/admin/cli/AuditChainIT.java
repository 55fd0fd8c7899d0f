package org.securechat.admin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.it.ServerProcess;
import org.securechat.protocol.WireClient;

/**
 * The audit chain of the packaged server against someone who can write its database file but has
 * not the storage key: a row edited while the server is stopped, then one deleted, two swapped, one
 * forged and the newest dropped while it runs; each is found at its entry by {@code GET
 * /api/admin/audit/verify} and {@code admin audit --verify} (exit status 4), and the chain verifies
 * again once the row is as it was.
 */
class AuditChainIT {
    private static final String ADMIN_PASSWORD = "root-password";
    private static final Map<String, String> ENV = Map.of("CHAT_BOOTSTRAP_ADMIN_USER", "root",
            "CHAT_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD, "CHAT_BCRYPT_COST", "4",
            "CHAT_STORAGE_KEY", randomKey());
    private static final String COLUMNS = "at, actor, action, target, source, detail, key_id, mac";

    @TempDir
    Path data;

    @Test
    void everyKindOfTamperingIsFoundAtItsEntry() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, ENV)) {
            try (WireClient carol = server.connect(); WireClient guess = server.connect()) {
                carol.ok("register", "user", "carol", "password", "carol-password", "server_password", server.serverPassword());
                assertEquals("bad_credentials", guess.request("login", "user", "carol", "password", "wrong-password",
                        "server_password", server.serverPassword()).path("code").asText());
                guess.ok("login", "user", "carol", "password", "carol-password", "server_password", server.serverPassword());
                CommandRun add = CommandRun.run(data, ENV, "dave-password\n", "user", "add", "dave");
                assertEquals(0, add.status(), add.output());
                api(server).queryParam("reason", "enough").when().delete("/api/admin/sessions/carol").then().statusCode(204);
            }
            CommandRun listed = admin(server, "audit");
            assertEquals(0, listed.status(), listed.output());
            assertTrue(listed.output().lines().anyMatch(l -> l.matches("SEQ +AT +ACTOR +ACTION +TARGET +SOURCE +DETAIL")),
                    listed.output());
            assertTrue(listed.output().lines().anyMatch(l -> l.matches("6 +\\S+Z +root +kick +carol +127\\.0\\.0\\.1 +enough")),
                    listed.output());
            assertTrue(listed.output().lines().anyMatch(l -> l.matches("5 +\\S+Z +- +register +dave +cli +-")), listed.output());
            assertTrue(listed.output().lines().anyMatch(l -> l.matches("1 +\\S+Z +- +register +root +bootstrap +admin")),
                    listed.output());
            CommandRun onlyCarol = admin(server, "audit", "--account", "carol", "--action", "login_failed");
            assertEquals(2, onlyCarol.output().lines().filter(l -> !l.isBlank()).count(), onlyCarol.output());
            assertTrue(onlyCarol.output().contains("wrong password"), onlyCarol.output());

            CommandRun intact = admin(server, "audit", "--verify");
            assertEquals(0, intact.status(), intact.output());
            assertTrue(intact.output().contains("The audit chain is intact: 6 entries, head 6 "), intact.output());

            api(server).when().post("/api/admin/shutdown").then().statusCode(202);
            assertEquals(0, server.awaitExit());
        }

        try (Connection db = database()) {
            assertEquals("stop", text(db, "SELECT action FROM audit_log WHERE seq = 7"), "the stop is recorded before it");
            update(db, "UPDATE audit_log SET detail = 'right password' WHERE seq = 3");
        }
        try (ServerProcess server = ServerProcess.start(data, ENV); Connection db = database()) {
            assertBroken(server, 3, "entry 3 does not match its MAC");
            CommandRun broken = admin(server, "audit", "--verify");
            assertEquals(ExitStatus.CHAIN_BROKEN, broken.status(), broken.output());
            assertTrue(broken.output().contains("securechat: the audit chain is broken at entry 3: entry 3 does not match"
                    + " its MAC"), broken.output());
            update(db, "UPDATE audit_log SET detail = 'wrong password' WHERE seq = 3");
            assertIntact(server, 7);

            Map<String, Object> fourth = row(db, 4);
            update(db, "DELETE FROM audit_log WHERE seq = 4");
            assertBroken(server, 4, "entry 4 is missing");
            insert(db, 4, fourth);
            assertIntact(server, 7);

            Map<String, Object> second = row(db, 2);
            Map<String, Object> third = row(db, 3);
            update(db, "DELETE FROM audit_log WHERE seq IN (2, 3)");
            insert(db, 2, third);
            insert(db, 3, second);
            assertBroken(server, 2, "entry 2 does not match its MAC");
            update(db, "DELETE FROM audit_log WHERE seq IN (2, 3)");
            insert(db, 2, second);
            insert(db, 3, third);
            assertIntact(server, 7);

            Map<String, Object> forged = new HashMap<>(row(db, 6));
            forged.put("target", "dave");
            insert(db, 8, forged);
            assertBroken(server, 8, "entry 8 does not match its MAC");
            update(db, "DELETE FROM audit_log WHERE seq = 8");

            try (WireClient carol = server.connect()) {
                carol.ok("login", "user", "carol", "password", "carol-password", "server_password", server.serverPassword());
                carol.ok("send", "room", "general", "text", "after my login's entry is committed");
            }
            assertIntact(server, 8);
            update(db, "DELETE FROM audit_log WHERE seq = 8");
            assertBroken(server, 8, "entry 8 is missing: this server appended up to 8");
        }
    }

    private static void assertBroken(ServerProcess server, long at, String problem) throws Exception {
        JsonPath verdict = verdict(server);
        assertFalse(verdict.getBoolean("ok"), verdict.prettify());
        assertEquals(at, verdict.getLong("broken_at"), verdict.prettify());
        assertTrue(verdict.getString("problem").startsWith(problem), verdict.prettify());
        assertEquals(at - 1, verdict.getLong("entries"), "every entry before the break verified: " + verdict.prettify());
    }

    private static void assertIntact(ServerProcess server, long entries) throws Exception {
        JsonPath verdict = verdict(server);
        assertTrue(verdict.getBoolean("ok"), verdict.prettify());
        assertEquals(entries, verdict.getLong("entries"), verdict.prettify());
        assertEquals(entries, verdict.getLong("head_seq"), verdict.prettify());
    }

    private static JsonPath verdict(ServerProcess server) throws Exception {
        return api(server).when().get("/api/admin/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification api(ServerProcess server) throws Exception {
        return server.api().auth().preemptive().basic("root", ADMIN_PASSWORD);
    }

    private CommandRun admin(ServerProcess server, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "admin";
        System.arraycopy(args, 0, command, 1, args.length);
        Map<String, String> env = new HashMap<>(server.cliEnvironment());
        env.putAll(Map.of("SECURECHAT_ADMIN_USER", "root", "SECURECHAT_ADMIN_PASSWORD", ADMIN_PASSWORD));
        return CommandRun.run(data, env, "", command);
    }

    /** The file as someone with write access to the disk, and no key, opens it. */
    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("securechat.db") + "?busy_timeout=10000");
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }

    private static Map<String, Object> row(Connection db, long seq) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + COLUMNS + " FROM audit_log WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "entry " + seq);
                Map<String, Object> row = new HashMap<>();
                for (String column : COLUMNS.split(", ")) {
                    row.put(column, r.getObject(column));
                }
                return row;
            }
        }
    }

    private static void insert(Connection db, long seq, Map<String, Object> row) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO audit_log (seq, " + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            String[] columns = COLUMNS.split(", ");
            for (int i = 0; i < columns.length; i++) {
                s.setObject(i + 2, row.get(columns[i]));
            }
            s.executeUpdate();
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
