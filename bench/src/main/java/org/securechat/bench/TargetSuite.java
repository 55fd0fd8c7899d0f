package org.securechat.bench;

import static org.securechat.bench.Target.atLeast;
import static org.securechat.bench.Target.atMost;
import static org.securechat.bench.Target.context;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Issue 5's targets as one command: each scenario runs with its own options (and the caller's,
 * which come last and so win), prints its usual report, and the suite ends with one table of
 * every target, its goal, the runs, the median and whether it is met, then the throughput load
 * on InspIRCd and ngIRCd beside securechat's when Debian's packages are installed.
 */
final class TargetSuite {

    static final List<Scenario> ISSUE_5 = List.of(
            new Scenario("throughput: 200 clients in one room, 10 senders x 3,000 messages, as fast as they go",
                    // three warm-up runs: after one, the JIT compiler still takes 40 % of the measured run's CPU
                    List.of("--runs", "3", "--warmup", "3"),
                    List.of(atLeast("deliveries/s", "deliveries_per_s", 1_000_000),
                            atMost("server CPU-s per million deliveries", "server_cpu_s_per_million_deliveries", 0.7),
                            atMost("the same, the cold server's first load", "cold_server_cpu_s_per_million_deliveries", 0.7),
                            context("deliveries/s, the cold server's first load", "cold_deliveries_per_s"),
                            context("JIT compiler's CPU-s per million deliveries", "server_jit_cpu_s_per_million_deliveries"),
                            context("server peak RSS (MB)", "server_peak_rss_mb"))),
            new Scenario("latency: 10 senders x 20 messages/s into 200 clients, 30 s",
                    List.of("--runs", "3", "--rate", "20", "--messages", "600"),
                    List.of(atMost("p99 latency (ms)", "latency_p99_ms", 25),
                            context("p50 latency (ms)", "latency_p50_ms"),
                            context("max latency (ms)", "latency_max_ms"))),
            new Scenario("storage: 20 senders, each alone in its room, 20,000 messages each, 256 in flight",
                    List.of("--runs", "3", "--room-per-client", "--clients", "20", "--senders", "20",
                            "--messages", "20000", "--window", "256", "--setup-parallelism", "2"),
                    List.of(atLeast("stored messages/s, each acknowledged after its commit", "acknowledged_per_s", 50_000))),
            new Scenario("connection scale: 10,000 idle TLS sessions beside 5 senders x 20 msg/s into 20 clients",
                    List.of("--runs", "3", "--clients", "20", "--senders", "5", "--messages", "200", "--rate", "20",
                            "--idle-sessions", "10000", "--idle-accounts", "100", "--setup-parallelism", "8",
                            "--server-bcrypt-cost", "4"),
                    List.of(atMost("server RSS with the idle sessions (MB)", "server_rss_mb_with_idle", 1024),
                            atMost("active users' p99 latency meanwhile (ms)", "latency_p99_ms", 25),
                            context("the same users' p99 before the idle sessions (ms)", "latency_p99_ms_without_idle"),
                            context("RSS per idle session (KB)", "server_rss_kb_per_idle_session"),
                            context("live heap per idle session (KB)", "server_heap_kb_per_idle_session"))),
            new Scenario("start: process start to the \"Chat listening\" line, no load",
                    List.of("--runs", "7", "--startup-only"),
                    List.of(atMost("first start, fresh data directory (s)", "server_start_s", 1.5),
                            atMost("restart on the data it left (s)", "server_restart_s", 1.5))));

    /** The throughput load again, on securechat and the IRC servers in turn; setup is not measured, so cheap logins. */
    static final List<String> COMPARISON = List.of("--runs", "3", "--warmup", "3", "--compare", "inspircd,ngircd",
            "--setup-parallelism", "8", "--server-bcrypt-cost", "4");

    private TargetSuite() {
    }

    /** Runs every scenario; true when every message arrived and every target is met. */
    static boolean run(List<String> callerOptions, PrintWriter out) throws Exception {
        List<BenchCommand.Measured> results = new ArrayList<>();
        for (Scenario scenario : ISSUE_5) {
            results.add(measure(scenario.name(), scenario.options(), callerOptions, out));
        }
        BenchCommand.Measured comparison = IrcServer.Daemon.allInstalled()
                ? measure("comparison: the throughput load on securechat, InspIRCd and ngIRCd in turn", COMPARISON,
                        callerOptions, out)
                : null;
        boolean met = printTable(results, callerOptions, out);
        if (comparison != null) {
            Comparison.print(comparison.reports(), out);
        } else {
            out.println("comparison with InspIRCd and ngIRCd not run: apt-get install inspircd ngircd");
        }
        out.flush();
        return met && (comparison == null || comparison.complete());
    }

    private static BenchCommand.Measured measure(String name, List<String> options, List<String> callerOptions,
                                                 PrintWriter out) throws Exception {
        out.println();
        out.println("== " + name);
        out.flush();
        BenchCommand command = new BenchCommand();
        new CommandLine(command).setOverwrittenOptionsAllowed(true).setOut(out)
                .parseArgs(Stream.concat(options.stream(), callerOptions.stream()).toArray(String[]::new));
        BenchCommand.Measured measured = command.measure(out);
        measured.reports().values().forEach(report -> report.print(out));
        return measured;
    }

    private static boolean printTable(List<BenchCommand.Measured> results, List<String> callerOptions, PrintWriter out) {
        boolean allMet = true;
        boolean complete = results.stream().allMatch(BenchCommand.Measured::complete);
        ArrayNode json = ChatClient.JSON.createArrayNode();
        out.println();
        out.println("issue 5 targets, medians" + (callerOptions.isEmpty() ? "" : " (options given: "
                + String.join(" ", callerOptions) + ")"));
        out.printf("%-56s%16s%14s%6s   %s%n", "target", "goal", "median", "met", "runs");
        for (int i = 0; i < ISSUE_5.size(); i++) {
            Scenario scenario = ISSUE_5.get(i);
            Report report = results.get(i).report();
            out.println(scenario.name());
            for (Target row : scenario.rows()) {
                double median = report.median(row.figure());
                boolean met = row.metBy(median);
                allMet &= met;
                String runs = report.values(row.figure()).stream().map(v -> Report.format(v).trim())
                        .collect(Collectors.joining(" / "));
                out.printf("  %-54s%16s%s%6s   %s%n", row.label(),
                        row.isGoal() ? row.bound().symbol + " " + Report.format(row.goal()).trim() : "",
                        Report.format(median), row.isGoal() ? (met ? "yes" : "NO") : "", runs);
                ObjectNode entry = json.addObject().put("scenario", scenario.name()).put("target", row.label())
                        .put("figure", row.figure());
                if (row.isGoal()) {
                    entry.put("bound", row.bound().symbol).put("goal", row.goal()).put("met", met);
                }
                entry.put("median", Double.isNaN(median) ? null : median);
            }
        }
        out.println("every message reached every client and was acknowledged, in every run: " + (complete ? "yes" : "NO"));
        out.println("BENCH_TARGETS_JSON " + json);
        out.flush();
        return complete && allMet;
    }
}
