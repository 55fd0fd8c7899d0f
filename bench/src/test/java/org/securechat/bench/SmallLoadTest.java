package org.securechat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    /** Runs the generator against the packaged server; asserts it exited 0 and printed its JSON line. */
    private static Run bench(String... args) throws Exception {
        Path serverJar = Path.of(System.getProperty("server.jar", "../target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.isRegularFile(serverJar), "the packaged server is missing at " + serverJar.toAbsolutePath()
                + ": build it first with ./mvnw package in the repository root (or pass -Dserver.jar=...)");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err));
        int status = command.execute(Stream.concat(Stream.of(args), Stream.of("--server-jar", serverJar.toString()))
                .toArray(String[]::new));
        String printed = out + "\n" + err;

        assertEquals(0, status, printed);
        String json = printed.lines().filter(line -> line.startsWith("BENCH_JSON ")).findFirst()
                .orElseThrow(() -> new AssertionError("no BENCH_JSON line in:\n" + printed))
                .substring("BENCH_JSON ".length());
        return new Run(printed, ChatClient.JSON.readTree(json).get("median"));
    }

    private record Run(String printed, JsonNode median) {

        /** Each figure is a number in the JSON line and has a row in the table. */
        void assertFigures(String... figures) {
            for (String figure : figures) {
                assertTrue(median.get(figure).isNumber(), figure + " missing from:\n" + printed);
                assertTrue(printed.lines().anyMatch(line -> line.startsWith(figure + " ")),
                        figure + " not in the table:\n" + printed);
            }
        }
    }
}
