package org.securechat.admin;

import static org.securechat.admin.PinnedHttps.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securechat.ChatConfig;
import org.securechat.protocol.WireClient;
import org.securechat.security.ServerPassword;
import org.securechat.security.TlsMaterialSource;
import org.securechat.transport.tcp.ChatListener;

/**
 * The audit trail as an admin reads it over REST, filled by real sessions: who did what, from where,
 * newest first, paged and filtered; never a secret in any row; the chain verified; and a login that
 * gets in even when its entry cannot be stored.
 */
@QuarkusTest
class AuditResourceTest {
    @Inject
    ChatConfig config;
    @Inject
    ChatListener listener;
    @Inject
    TlsMaterialSource tls;
    @Inject
    ServerPassword serverPassword;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private WireClient connection() throws Exception {
        return WireClient.pinned(listener.port(), tls.load().fingerprint());
    }

    private WireClient registered(String user, String password) throws Exception {
        WireClient c = connection();
        c.ok("register", "user", user, "password", password, "server_password", serverPassword.current());
        return c;
    }

    /** A message stored through the one writer: every entry queued before it is committed when its ok comes. */
    private static void settled(WireClient any) {
        any.ok("send", "room", "general", "text", "entries before me are committed");
    }

    private static void assertRefused(String code, JsonNode reply) {
        assertEquals("error", reply.path("type").asText(), reply::toString);
        assertEquals(code, reply.path("code").asText(), reply::toString);
    }

    private static List<Map<String, Object>> entries(RequestSpecification request) {
        return request.when().get("/api/admin/audit").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void aUsersDayReadsNewestFirstWithWhoWhatAndWhere() throws Exception {
        String user = unique("dana");
        try (WireClient dana = registered(user, "dana-first-password");
             WireClient wrong = connection();
             WireClient again = connection();
             WireClient root = connection()) {
            assertRefused("bad_credentials", wrong.request("login", "user", user, "password", "a wrong one",
                    "server_password", serverPassword.current()));
            again.ok("login", "user", user, "password", "dana-first-password", "server_password", serverPassword.current());
            dana.ok("passwd", "old", "dana-first-password", "new", "dana-second-password"); // revokes the other login's token
            root.ok("login", "user", TestAdmin.USER, "password", TestAdmin.PASSWORD, "server_password", serverPassword.current());
            root.ok("kick", "user", user, "reason", "testing the trail");
            settled(root);
        }

        List<Map<String, Object>> entries = entries(TestAdmin.api().queryParam("user", user.toUpperCase()));
        assertEquals(List.of("kick", "passwd", "tokens_revoked", "login", "login_failed", "register"),
                entries.stream().map(e -> e.get("action")).toList(), entries::toString);
        Map<String, Object> kick = entries.get(0);
        assertEquals(TestAdmin.USER, kick.get("actor"));
        assertEquals(user, kick.get("target"));
        assertEquals("testing the trail", kick.get("detail"));
        Map<String, Object> failed = entries.get(4);
        assertNull(failed.get("actor"), "no one is known to have tried");
        assertEquals(user, failed.get("target"));
        assertEquals("wrong password", failed.get("detail"));
        for (Map<String, Object> entry : entries) {
            assertEquals("127.0.0.1", entry.get("source"), entry::toString);
            assertTrue(((String) entry.get("at")).endsWith("Z"), entry::toString);
            assertEquals(64, ((String) entry.get("mac")).length(), entry::toString);
        }
        long newest = ((Number) entries.get(0).get("seq")).longValue();
        assertTrue(newest > ((Number) entries.get(5).get("seq")).longValue());
    }

    @Test
    void pagesGoBackwardsFromBeforeAndFilterByAction() throws Exception {
        String user = unique("paged");
        try (WireClient c = registered(user, "paged-password")) {
            for (int i = 0; i < 4; i++) {
                try (WireClient login = connection()) {
                    login.ok("login", "user", user, "password", "paged-password", "server_password", serverPassword.current());
                }
            }
            settled(c);
        }
        List<Map<String, Object>> all = entries(TestAdmin.api().queryParam("user", user));
        assertEquals(5, all.size(), all::toString);
        List<Object> seqs = all.stream().map(e -> e.get("seq")).toList();

        List<Map<String, Object>> first = entries(TestAdmin.api().queryParam("user", user).queryParam("limit", 2));
        assertEquals(seqs.subList(0, 2), first.stream().map(e -> e.get("seq")).toList());
        List<Map<String, Object>> second = entries(TestAdmin.api().queryParam("user", user).queryParam("limit", 2)
                .queryParam("before", first.get(1).get("seq")));
        assertEquals(seqs.subList(2, 4), second.stream().map(e -> e.get("seq")).toList());

        List<Map<String, Object>> registrations = entries(TestAdmin.api().queryParam("user", user).queryParam("action", "register"));
        assertEquals(List.of(seqs.get(4)), registrations.stream().map(e -> e.get("seq")).toList());
        List<Map<String, Object>> logins = entries(TestAdmin.api().queryParam("user", user).queryParam("action", "login"));
        assertEquals(4, logins.size());
    }

    @Test
    void theDefaultPageIsAHundredAndBadParametersAreRefusedSayingWhy() {
        assertTrue(entries(TestAdmin.api()).size() <= 100);
        TestAdmin.api().queryParam("limit", 1001).when().get("/api/admin/audit").then().statusCode(400)
                .body("error", equalTo("limit must be 1 to 1000"));
        TestAdmin.api().queryParam("limit", 0).when().get("/api/admin/audit").then().statusCode(400);
        TestAdmin.api().queryParam("limit", "ten").when().get("/api/admin/audit").then().statusCode(400)
                .body("error", equalTo("limit must be a whole number"));
        TestAdmin.api().queryParam("before", -3).when().get("/api/admin/audit").then().statusCode(400)
                .body("error", equalTo("before must be a seq, 1 or more"));
        TestAdmin.api().queryParam("action", "dance").when().get("/api/admin/audit").then().statusCode(400)
                .body("error", equalTo("no audit action dance"));
        given().when().get("/api/admin/audit").then().statusCode(401);
        given().when().get("/api/admin/audit/verify").then().statusCode(401);
    }

    @Test
    void theChainOfARealServerVerifiesUpToItsNewestEntry() throws Exception {
        try (WireClient c = registered(unique("chained"), "chained-password")) {
            settled(c);
        }
        long newest = ((Number) entries(TestAdmin.api().queryParam("limit", 1)).get(0).get("seq")).longValue();
        JsonPath verdict = TestAdmin.api().when().get("/api/admin/audit/verify").then().statusCode(200).extract().jsonPath();
        assertTrue(verdict.getBoolean("ok"), verdict.prettify());
        assertEquals(newest, verdict.getLong("head_seq"), verdict.prettify());
        assertEquals(newest, verdict.getLong("entries"), "nothing was pruned: every entry from 1 was checked");
        assertEquals(64, verdict.getString("head_mac").length());
        assertNull(verdict.get("broken_at"));
    }

    /** Every secret typed in a register, a login and failed logins, then every column of every row searched for it. */
    @Test
    void noRowHoldsAPasswordOrTheServerPassword() throws Exception {
        String user = unique("secretive");
        String password = "secretive-own-" + UUID.randomUUID();
        String wrongPassword = "secretive-wrong-" + UUID.randomUUID();
        String typedAsName = "Pw" + UUID.randomUUID().toString().substring(0, 20); // a password in the name field
        String wrongServerPassword = "not-" + serverPassword.current();
        try (WireClient c = registered(user, password); WireClient other = connection()) {
            assertRefused("bad_credentials", other.request("login", "user", user, "password", wrongPassword,
                    "server_password", serverPassword.current()));
            assertRefused("bad_credentials", other.request("login", "user", typedAsName, "password", user,
                    "server_password", serverPassword.current()));
            assertRefused("bad_server_password", other.request("login", "user", user, "password", password,
                    "server_password", wrongServerPassword));
            other.ok("login", "user", user, "password", password, "server_password", serverPassword.current());
            TestAdmin.api().when().post("/api/admin/server-password").then().statusCode(200);
            settled(c);
        }
        List<String> secrets = List.of(password, wrongPassword, typedAsName, wrongServerPassword,
                serverPassword.current(), TestAdmin.PASSWORD);
        List<String> cells = allCells();
        for (String secret : secrets) {
            assertFalse(cells.stream().anyMatch(cell -> cell.contains(secret)), () -> "a row holds " + secret);
        }
        List<Map<String, Object>> failed = entries(TestAdmin.api().queryParam("action", "login_failed").queryParam("limit", 3));
        assertEquals(List.of("wrong server password", "wrong password", "wrong password"),
                failed.stream().map(e -> e.get("detail")).toList(), failed::toString);
        assertNull(failed.get(1).get("target"), "a name that is no account's is not kept: " + failed);
    }

    /** The trail is stored but not a gate: with its inserts refused by the database, the login still gets in. */
    @Test
    void aLoginGetsInWhenItsEntryCannotBeStored() throws Exception {
        String user = unique("unlogged");
        try (WireClient c = registered(user, "unlogged-password")) {
            settled(c);
        }
        try (Connection db = database(); Statement s = db.createStatement()) {
            s.execute("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'refused'); END");
            try (WireClient login = connection()) {
                login.ok("login", "user", user, "password", "unlogged-password", "server_password", serverPassword.current());
                settled(login);
            } finally {
                s.execute("DROP TRIGGER refuse_audit");
            }
        }
        assertEquals(List.of("register"), entries(TestAdmin.api().queryParam("user", user)).stream()
                .map(e -> e.get("action")).toList());
        assertTrue(TestAdmin.api().when().get("/api/admin/audit/verify").then().statusCode(200).extract().jsonPath()
                .getBoolean("ok"), "a refused append leaves no gap in the chain");
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + Path.of(config.dataDir(), "securechat.db")
                + "?busy_timeout=10000");
    }

    private List<String> allCells() throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM audit_log")) {
            ResultSetMetaData columns = r.getMetaData();
            while (r.next()) {
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    Object value = r.getObject(i);
                    if (value != null) {
                        cells.add(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                                : value.toString());
                    }
                }
            }
        }
        assertFalse(cells.isEmpty());
        return cells;
    }
}
