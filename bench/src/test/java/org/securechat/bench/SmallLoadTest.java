package org.securechat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.securechat.launcher.ServerLaunch;
import picocli.CommandLine;

/** The CI check of issue 5: the generator runs a small load against the real packaged server. */
class SmallLoadTest {

    private static final int CLIENTS = 20;
    private static final int SENDERS = 2;
    private static final int MESSAGES = 200;

    @Test
    void everyMessageReachesEveryRoomMemberAndTheFiguresArePrinted() throws Exception {
        Run run = bench("--small");
        assertEquals((long) SENDERS * MESSAGES * CLIENTS, run.median().get("deliveries").asLong(), run.printed());
        assertEquals((long) SENDERS * MESSAGES, run.median().get("acknowledged").asLong(), run.printed());
        run.assertFigures("deliveries_per_s", "acknowledged_per_s", "server_cpu_s_per_million_deliveries",
                "latency_p50_ms", "latency_p99_ms", "latency_max_ms", "server_peak_rss_mb", "setup_s", "server_start_s");
        assertTrue(run.median().get("deliveries_per_s").asDouble() > 0, run.printed());
        run.assertFigures("server_jit_cpu_s_per_million_deliveries", "cold_server_jit_cpu_s_per_million_deliveries");
        // a cold server compiles its delivery path while it delivers: its compiler threads cannot be idle
        double coldJit = run.median().get("cold_server_jit_cpu_s_per_million_deliveries").asDouble();
        assertTrue(coldJit > 0, run.printed());
        assertTrue(coldJit <= run.median().get("cold_server_cpu_s_per_million_deliveries").asDouble(), run.printed());
        assertTrue(run.median().get("server_jit_cpu_s_per_million_deliveries").asDouble()
                <= run.median().get("server_cpu_s_per_million_deliveries").asDouble(), run.printed());
    }

    @Test
    void withARoomPerClientEachMessageReachesItsSenderOnly() throws Exception {
        Run run = bench("--small", "--room-per-client");
        assertEquals((long) SENDERS * MESSAGES, run.median().get("expected_deliveries").asLong(), run.printed());
        assertEquals((long) SENDERS * MESSAGES, run.median().get("deliveries").asLong(), run.printed());
        assertEquals((long) SENDERS * MESSAGES, run.median().get("acknowledged").asLong(), run.printed());
        run.assertFigures("acknowledged_per_s");
    }

    @Test
    void startupOnlyTimesAFirstStartAndARestart() throws Exception {
        bench("--startup-only").assertFigures("server_start_s", "server_restart_s");
    }

    @Test
    void theTargetsCommandRunsEveryScenarioAndJudgesEveryTarget() throws Exception {
        // every scenario of issue 5, shrunk by the caller's options, which win over the scenarios' own
        Run run = execute("--targets", "--runs", "1", "--clients", "20", "--senders", "2", "--messages", "40",
                "--idle-sessions", "50");
        JsonNode rows = run.json("BENCH_TARGETS_JSON ");
        List<String> expected = TargetSuite.ISSUE_5.stream().flatMap(s -> s.rows().stream()).map(Target::label).toList();
        assertEquals(expected, StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("target").asText()).toList(),
                run.printed());
        for (JsonNode row : rows) {
            assertTrue(row.get("median").isNumber(), row + " has no median:\n" + run.printed());
            assertEquals(row.has("goal"), row.has("met"), row.toString());
        }
        // 1,600 deliveries cannot reach a million a second: the judgement is real, and so is the exit status
        JsonNode throughput = StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.get("figure").asText().equals("deliveries_per_s")).findFirst().orElseThrow();
        assertFalse(throughput.get("met").asBoolean(), run.printed());
        assertTrue(run.printed().contains("every message reached every client and was acknowledged, in every run: yes"),
                run.printed());
        // and the same load on the IRC servers, which CI installs, follows the table
        List<String> servers = run.jsonLines("BENCH_JSON ").stream().map(r -> r.get("parameters").get("server").asText())
                .toList();
        assertEquals(List.of("securechat", "inspircd", "ngircd"), servers.subList(servers.size() - 3, servers.size()),
                run.printed());
        assertTrue(run.printed().lines().anyMatch(line -> line.matches("deliveries_per_s( +[0-9.,]+){5}")),
                "no comparison row for deliveries/s:\n" + run.printed());
        assertEquals(1, run.status(), run.printed());
    }

    @Test
    void theSameLoadGoesToTheIrcServersAndTheirFiguresStandBesideOurs() throws Exception {
        Run run = bench("--small", "--compare", "inspircd,ngircd", "--setup-parallelism", "8");
        List<JsonNode> reports = run.jsonLines("BENCH_JSON ");
        assertEquals(List.of("securechat", "inspircd", "ngircd"),
                reports.stream().map(r -> r.get("parameters").get("server").asText()).toList(), run.printed());
        for (JsonNode report : reports.subList(1, 3)) {
            // IRC sends a message to every other member: each of the 20 gets the other senders' 200 each
            assertEquals((long) SENDERS * MESSAGES * (CLIENTS - 1), report.get("median").get("deliveries").asLong(),
                    run.printed());
            assertEquals((long) SENDERS * MESSAGES, report.get("median").get("acknowledged").asLong(), run.printed());
            assertTrue(report.get("median").get("server_cpu_s_per_million_deliveries").isNumber(), run.printed());
        }
        assertTrue(run.printed().lines().anyMatch(line -> line.matches("deliveries_per_s( +[0-9.,]+){5}")),
                "no comparison row for deliveries/s:\n" + run.printed());
    }

    @Test
    void aShortSoakDeliversEveryAcknowledgedMessageToEveryMemberWhileTheAttackerIsRefused() throws Exception {
        // 40 sessions of 20 accounts from 5 addresses, 20 s, the limits as shipped; the attacker from 3 addresses
        Run run = bench("--soak", "--soak-sessions", "40", "--soak-team-size", "5", "--soak-duration", "20",
                "--soak-ops-per-s", "20", "--soak-attacker-addresses", "3", "--soak-attacker-window", "4",
                "--soak-sample-every", "5", "--server-bcrypt-cost", "4");
        JsonNode median = run.median();
        assertEquals(40, median.get("sessions").asInt(), run.printed());
        assertEquals(5, median.get("source_addresses").asInt(), run.printed());
        // about 20 requests a second for 20 s, 63 % of them messages, each reaching 2 to 40 sessions
        assertTrue(median.get("legit_requests").asLong() >= 300, run.printed());
        assertTrue(median.get("deliveries").asLong() >= 600, run.printed());
        assertEquals(median.get("deliveries_expected").asLong(), median.get("deliveries").asLong(), run.printed());
        assertEquals(0, median.get("deliveries_missing").asLong(), run.printed());
        assertEquals(0, median.get("sessions_with_other_messages").asLong(), run.printed());
        assertEquals(0, median.get("sessions_closed").asLong(), run.printed());
        assertEquals(0, median.get("legit_refusals").asLong(), run.printed());
        // the attacker floods past its budgets, and each flood is refused by code
        assertTrue(median.get("attacker_rate_limited").asLong() > median.get("attacker_ok").asLong(), run.printed());
        run.assertFigures("server_rss_mb_start", "server_rss_mb_peak", "server_rss_mb_end", "latency_send_p99_ms",
                "latency_dm_p99_ms", "latency_history_p99_ms", "delivery_latency_p99_ms", "attacker_replies_per_s");
        assertTrue(run.printed().lines().filter(line -> line.startsWith("soak ")).count() >= 4,
                "no RSS line every 5 s:\n" + run.printed());
    }

    /** Runs the generator against the packaged server; asserts it exited 0 and printed its JSON line. */
    private static Run bench(String... args) throws Exception {
        Run run = execute(args);
        assertEquals(0, run.status(), run.printed());
        return run;
    }

    private static Run execute(String... args) throws Exception {
        Path serverJar = ServerLaunch.builtJar();
        assertTrue(Files.isRegularFile(serverJar), "the packaged server is missing at " + serverJar.toAbsolutePath()
                + ": build it first with ./mvnw package in the repository root (or pass -Dserver.jar=...)");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err));
        int status = command.execute(Stream.concat(Stream.of(args), Stream.of("--server-jar", serverJar.toString()))
                .toArray(String[]::new));
        return new Run(status, out + "\n" + err);
    }

    private record Run(int status, String printed) {

        /** The JSON of the last line that starts with {@code prefix}. */
        JsonNode json(String prefix) throws IOException {
            List<JsonNode> all = jsonLines(prefix);
            return all.get(all.size() - 1);
        }

        /** The JSON of every line that starts with {@code prefix}, in order; at least one. */
        List<JsonNode> jsonLines(String prefix) throws IOException {
            List<JsonNode> all = new ArrayList<>();
            for (String line : printed.lines().filter(l -> l.startsWith(prefix)).toList()) {
                all.add(ChatClient.JSON.readTree(line.substring(prefix.length())));
            }
            if (all.isEmpty()) {
                throw new AssertionError("no " + prefix + "line in:\n" + printed);
            }
            return all;
        }

        JsonNode median() throws IOException {
            return json("BENCH_JSON ").get("median");
        }

        /** Each figure is a number in the JSON line and has a row in the table. */
        void assertFigures(String... figures) throws IOException {
            JsonNode median = median();
            for (String figure : figures) {
                assertTrue(median.get(figure).isNumber(), figure + " missing from:\n" + printed);
                assertTrue(printed.lines().anyMatch(line -> line.startsWith(figure + " ")),
                        figure + " not in the table:\n" + printed);
            }
        }
    }
}
