package org.securechat.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.securechat.launcher.ServerLaunch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The load generator of issue 5: starts the packaged server (or targets a running one), opens
 * the sessions, runs the load, and prints the figures of each run and their medians.
 */
@Command(name = "securechat-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load generator for securechat: N clients in one room, S senders x M messages,",
                "as fast as the window allows or at a fixed rate; with --idle-sessions, K idle sessions",
                "alongside that load; with --room-per-client, the rate of messages stored; with",
                "--startup-only, start and restart times; with --compare, the same load on IRC servers; with",
                "--targets, every target of issue 5 in one table; with --soak, thousands of sessions for minutes",
                "under a mixed load and an attacker, the limits as shipped. Exit status 0 when every message",
                "reached every client and every send was acknowledged."})
public final class BenchCommand implements Callable<Integer> {

    static final String SECURECHAT = "securechat";
    /** securechat again, with its limits as shipped but the send budget: what the limits cost the load. */
    static final String AS_SHIPPED = "as-shipped";

    private static final String BCRYPT_COST = "CHAT_BCRYPT_COST";
    /** chat.limits.connections as shipped. */
    private static final int SHIPPED_CONNECTIONS = 20_000;

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    SoakOptions soak = new SoakOptions();

    @Option(names = "--clients", description = "clients in the room (default ${DEFAULT-VALUE})")
    int clients = 200;
    @Option(names = "--senders", description = "clients that send (default ${DEFAULT-VALUE})")
    int senders = 10;
    @Option(names = "--messages", description = "messages per sender (default ${DEFAULT-VALUE})")
    int messages = 3000;
    @Option(names = "--rate", description = "messages/s per sender; 0 = as fast as the window allows (default ${DEFAULT-VALUE})")
    double rate;
    @Option(names = "--window", description = "unacknowledged sends allowed per sender (default ${DEFAULT-VALUE})")
    int window = 64;
    @Option(names = "--text-bytes", description = "length of each message text (default ${DEFAULT-VALUE})")
    int textBytes = 32;
    @Option(names = "--small", description = "a quick check: 20 clients, 2 senders x 200 messages (overrides the three)")
    boolean small;
    @Option(names = "--runs", description = "runs, each against a fresh server when started here (default ${DEFAULT-VALUE})")
    int runs = 1;
    @Option(names = "--room-per-client", description = "each client joins a room of its own (bench-<i>), so each "
            + "message has one delivery, to its sender: acknowledged_per_s is the rate of messages stored")
    boolean roomPerClient;
    @Option(names = "--startup-only", description = "no load: per run, start a server on a fresh data directory, "
            + "stop it, start it again on the same data directory, stop it (server_start_s, server_restart_s)")
    boolean startupOnly;

    @Option(names = "--targets", description = "run every scenario of issue 5's targets (throughput, latency, "
            + "stored messages/s, idle sessions, start time) with its own parameters, then print each target, its "
            + "goal, the runs, the median and whether it is met; other options given apply to every scenario "
            + "(e.g. --runs 1); exit status 0 only when every message arrived and every target is met")
    boolean targets;

    @Option(names = "--compare", split = ",", paramLabel = "SERVER",
            description = "also put the load on these IRC servers from Debian's packages (inspircd, ngircd), each "
                    + "started here like securechat (fresh, free port, TLS, flood control off), or on securechat with "
                    + "its limits as shipped (" + AS_SHIPPED + ", see --limits-as-shipped), runs interleaved, and print "
                    + "their medians beside securechat's with the ratios")
    List<String> compare = new ArrayList<>();

    @Option(names = "--warmup", description = "unmeasured runs of the same load before the measured one, so the "
            + "server's JIT has compiled what is measured, as on a server that has been up a while; the first one's "
            + "figures are reported as cold_* (default ${DEFAULT-VALUE})")
    int warmup = 1;

    @Option(names = "--idle-sessions", description = "K idle authenticated sessions held during the load (default ${DEFAULT-VALUE})")
    int idleSessions;
    @Option(names = "--idle-accounts", description = "accounts the idle sessions log in to (default ${DEFAULT-VALUE})")
    int idleAccounts = 100;

    @Option(names = "--limits-as-shipped", description = "start the server with its limits as shipped (connection caps, "
            + "sessions per account, registrations per address, every budget) instead of lifting the caps and flood "
            + "control; only the send budget (chat.flood.*) is raised above the load, so it is charged for every send "
            + "and never refuses, and the cap on all connections (20,000) when the run holds more sessions than that. "
            + "The sessions come from enough loopback addresses for the caps (8 an address)")
    boolean limitsAsShipped;

    @Option(names = "--setup-parallelism", description = "registrations/logins in flight (default ${DEFAULT-VALUE})")
    int setupParallelism = 4;
    @Option(names = "--event-loops", description = "generator event loops (default ${DEFAULT-VALUE})")
    int eventLoops = 2;
    @Option(names = "--stall-timeout", description = "seconds without a delivery before giving up (default ${DEFAULT-VALUE})")
    long stallTimeoutSeconds = 30;

    @Option(names = "--server-jar", description = "packaged server to start (default ../target/quarkus-app/quarkus-run.jar, "
            + "or target/quarkus-app/quarkus-run.jar from the repository root)")
    Path serverJar;
    @Option(names = "--server-jvm-opts", description = "JVM options for the started server, space-separated "
            + "(default: the README's, ${DEFAULT-VALUE}; \"\" for the JVM's own defaults)")
    String serverJvmOptions = "-Xmx512m -XX:+UseSerialGC";
    @Option(names = "--server-startup-archive", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "start the server with the startup archive the build leaves beside its jar (securechat.jsa), "
                    + "as the README does, when it is there (default ${DEFAULT-VALUE}; --no-server-startup-archive: without)")
    boolean serverStartupArchive = true;
    @Option(names = "--server-bcrypt-cost", description = "bcrypt cost of the started server's accounts (at least 4; "
            + "default: the server's own): a low cost makes thousands of idle-session logins affordable, "
            + "and the memory per session does not depend on it")
    Integer serverBcryptCost;

    @Option(names = "--server-profile", description = "record the server with JFR (profile settings) during the "
            + "measured load into this file (needs the server's pid)")
    Path serverProfile;

    @Option(names = "--host", description = "target a running server at this host instead of starting one")
    String host;
    @Option(names = "--port", description = "port of the running server (default ${DEFAULT-VALUE})")
    int port = 7443;
    @Option(names = "--fingerprint", description = "SHA-256 fingerprint of the running server's certificate")
    String fingerprint;
    @Option(names = "--trust-all", description = "accept any certificate of the running server (no pinning)")
    boolean trustAll;
    @Option(names = "--server-password-file", description = "file holding the running server's access password "
            + "(else the environment variable CHAT_SERVER_PASSWORD)")
    Path serverPasswordFile;
    @Option(names = "--server-pid", description = "pid of the running server, for CPU and memory figures (same machine)")
    long serverPid = -1;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (soak.enabled) {
            if (host != null || targets || !compare.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--soak starts its own server with its limits as shipped: drop --host, --targets and --compare");
            }
            return new Soak(this, soak, out).run() ? 0 : 1;
        }
        if (targets) {
            if (host != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--targets starts its own servers: drop --host");
            }
            List<String> shared = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
            shared.remove("--targets");
            return TargetSuite.run(shared, out) ? 0 : 1;
        }
        Measured measured = measure(out);
        measured.reports().values().forEach(report -> report.print(out));
        if (!compare.isEmpty()) {
            Comparison.print(measured.reports(), out);
        }
        return measured.complete() ? 0 : 1;
    }

    /** Each server's figures (securechat's first), and whether every message of every run reached every client. */
    record Measured(Map<String, Report> reports, boolean complete) {

        Report report() {
            return reports.get(SECURECHAT);
        }
    }

    /**
     * Runs the configured load (or start-up) {@code runs} times, printing a line per run; with
     * --compare each run goes to securechat and then to each IRC server, so slow and fast minutes
     * of the machine fall on all of them alike.
     */
    Measured measure(PrintWriter out) throws Exception {
        if (small) {
            clients = 20;
            senders = 2;
            messages = 200;
        }
        if (startupOnly && host != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--startup-only starts the server itself: drop --host");
        }
        if (!compare.isEmpty() && (host != null || startupOnly || roomPerClient)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--compare starts each server itself and "
                    + "measures a one-room load: drop --host, --startup-only and --room-per-client");
        }
        List<String> servers = new ArrayList<>(List.of(SECURECHAT));
        for (String name : compare) {
            if (name.equals(AS_SHIPPED)) {
                servers.add(AS_SHIPPED);
                continue;
            }
            try {
                servers.add(IrcServer.Daemon.named(name).command);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--compare: " + e.getMessage());
            }
        }
        Map<String, Report> reports = new LinkedHashMap<>();
        servers.forEach(server -> reports.put(server, new Report(parameters(server))));
        boolean complete = true;
        for (int run = 1; run <= runs; run++) {
            for (String server : servers) {
                String which = servers.size() > 1 ? " (" + server + ")" : "";
                if (startupOnly) {
                    Map<String, Double> figures = startAndRestart();
                    reports.get(server).add(figures);
                    out.printf("run %d of %d: started in %.2f s, restarted in %.2f s%n", run, runs,
                            figures.get("server_start_s"), figures.get("server_restart_s"));
                } else {
                    Map<String, Double> figures = host == null ? runAgainstNewServer(server, out)
                            : runAgainst(runningTarget(), Dialect.SECURECHAT);
                    complete &= figures.get("deliveries").equals(figures.get("expected_deliveries"))
                            && figures.get("acknowledged").equals(figures.get("expected_acknowledged"));
                    reports.get(server).add(figures);
                    out.printf("run %d of %d%s: %,.0f deliveries/s, %,.0f messages acknowledged/s%n", run, runs, which,
                            figures.get("deliveries_per_s"), figures.get("acknowledged_per_s"));
                }
                out.flush();
            }
        }
        return new Measured(reports, complete);
    }

    private Map<String, Object> parameters(String server) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("server", server);
        parameters.put("clients", clients);
        parameters.put("senders", senders);
        parameters.put("messages", messages);
        parameters.put("warmup", warmup);
        parameters.put("rate", rate);
        parameters.put("window", window);
        parameters.put("text_bytes", textBytes);
        parameters.put("room_per_client", roomPerClient);
        parameters.put("startup_only", startupOnly);
        parameters.put("idle_sessions", idleSessions);
        parameters.put("idle_accounts", idleSessions > 0 ? idleAccounts : 0);
        parameters.put("limits_as_shipped", limitsAsShipped || server.equals(AS_SHIPPED));
        parameters.put("server_jvm_opts", serverJvmOptions);
        parameters.put("server_startup_archive", serverStartupArchive);
        parameters.put("server_bcrypt_cost", serverBcryptCost == null ? "server default" : serverBcryptCost);
        return parameters;
    }

    private Map<String, Double> runAgainstNewServer(String server, PrintWriter out) throws Exception {
        boolean ours = server.equals(SECURECHAT) || server.equals(AS_SHIPPED);
        try (ServerWorkDir workDir = ServerWorkDir.create();
             StartedServer started = server.equals(AS_SHIPPED)
                     ? startServer(workDir, ServerLimits.SHIPPED_BUT_SENDS, idleSessions + clients)
                     : ours ? startServer(workDir) : IrcServer.start(IrcServer.Daemon.named(server), workDir)) {
            out.println(server + " started; its log: " + started.log());
            return runAgainst(started.target(), ours ? Dialect.SECURECHAT : Dialect.IRC);
        }
    }

    /** A first start (which makes the certificate and keys), then a start on the data it left. */
    private Map<String, Double> startAndRestart() throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        try (ServerWorkDir workDir = ServerWorkDir.create()) {
            try (StartedServer server = startServer(workDir)) {
                figures.put("server_start_s", server.target().startupSeconds());
            }
            try (StartedServer server = startServer(workDir)) {
                figures.put("server_restart_s", server.target().startupSeconds());
            }
        }
        return figures;
    }

    private StartedServer startServer(ServerWorkDir workDir) throws IOException, InterruptedException {
        return startServer(workDir, limitsAsShipped ? ServerLimits.SHIPPED_BUT_SENDS : ServerLimits.LIFTED,
                idleSessions + clients);
    }

    /** Starts the packaged server with these limits, for about {@code sessions} sessions at once. */
    StartedServer startServer(ServerWorkDir workDir, ServerLimits limits, int sessions) throws IOException, InterruptedException {
        Path jar = resolveServerJar();
        List<String> jvmOptions = new ArrayList<>();
        Path archive = jar.toAbsolutePath().resolveSibling("securechat.jsa");
        if (serverStartupArchive && Files.isRegularFile(archive)) {
            jvmOptions.add("-XX:SharedArchiveFile=" + archive);
        }
        Arrays.stream(serverJvmOptions.trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(jvmOptions::add);
        Map<String, String> settings = new java.util.HashMap<>();
        if (serverBcryptCost != null) {
            settings.put(BCRYPT_COST, serverBcryptCost.toString());
        }
        if (limits != ServerLimits.LIFTED && sessions > SHIPPED_CONNECTIONS) { // the one cap this many must pass
            settings.put("CHAT_LIMITS_CONNECTIONS", Integer.toString(sessions + 100));
        }
        return LocalServer.start(jar, jvmOptions, settings, workDir, limits);
    }

    private Path resolveServerJar() {
        return serverJar != null ? serverJar : ServerLaunch.builtJar();
    }

    private ServerTarget runningTarget() throws IOException {
        if (fingerprint == null && !trustAll) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--host needs --fingerprint (from the server's startup line) or an explicit --trust-all");
        }
        String password = serverPasswordFile != null ? Files.readString(serverPasswordFile).trim()
                : System.getenv("CHAT_SERVER_PASSWORD");
        return new ServerTarget(host, port, trustAll ? null : fingerprint, password, serverPid, Double.NaN);
    }

    private Map<String, Double> runAgainst(ServerTarget target, Dialect dialect) throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        String runTag = runTag();
        String password = randomPassword();
        if (idleSessions > 0) { // before minutes of setup, not after
            OpenFiles.requireRoomFor(idleSessions + clients, target.pid());
        }
        try (Fleet fleet = new Fleet(target, dialect, eventLoops)) {
            long setupStart = System.nanoTime();
            Rooms rooms = new Rooms(dialect.room, roomPerClient, dialect.echoesToSender);
            List<LoadClient> active = new SessionLayout(clients, 1, LoopbackAddresses.ACTIVE)
                    .open(fleet, runTag + "-", password, rooms::of, setupParallelism);
            double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
            spec.commandLine().getOut().println("sessions use " + active.get(0).tls());
            LoadPhase phase = new LoadPhase(rooms, senders, messages, rate, window, textBytes, stallTimeoutSeconds);
            for (int i = 1; i <= warmup; i++) {
                LoadPhase.Figures unmeasured = phase.run(fleet, active, target);
                if (i == 1) { // the cold server, reported but not measured against the targets
                    figures.put("cold_deliveries_per_s", unmeasured.deliveriesPerSecond());
                    figures.put("cold_server_cpu_s_per_million_deliveries",
                            unmeasured.serverCpuSecondsPerMillionDeliveries());
                    figures.put("cold_server_jit_cpu_s_per_million_deliveries",
                            unmeasured.serverJitCpuSecondsPerMillionDeliveries());
                    figures.put("cold_latency_p99_ms", unmeasured.latencyMillis(99));
                }
            }
            if (idleSessions > 0) {
                LoadPhase.Figures alone = phase.run(fleet, active, target);
                figures.put("latency_p99_ms_without_idle", alone.latencyMillis(99));
                IdleSessions.open(fleet, target, SessionLayout.over(idleSessions, idleAccounts, LoopbackAddresses.IDLE),
                        runTag + "i", password, setupParallelism, figures);
            }
            boolean profiling = serverProfile != null && target.hasPid();
            if (profiling) {
                Jcmd.startRecording(target.pid(), serverProfile);
            }
            LoadPhase.Figures load = phase.run(fleet, active, target);
            if (profiling) {
                Jcmd.stopRecording(target.pid());
            }
            putLoadFigures(figures, load);
            figures.put("setup_s", setupSeconds);
            figures.put("server_peak_rss_mb", target.hasPid() ? ProcessSample.of(target.pid()).peakRssKb() / 1024.0 : Double.NaN);
            figures.put("server_start_s", target.startupSeconds());
            figures.put("load_avg_1m", Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
        }
        return figures;
    }

    private void putLoadFigures(Map<String, Double> figures, LoadPhase.Figures load) {
        figures.put("deliveries_per_s", load.deliveriesPerSecond());
        figures.put("acknowledged_per_s", load.acknowledgedPerSecond());
        figures.put("deliveries", (double) load.deliveries());
        figures.put("expected_deliveries", (double) load.expectedDeliveries());
        figures.put("acknowledged", (double) load.acknowledged());
        figures.put("expected_acknowledged", (double) senders * messages);
        figures.put("wall_s", load.wallSeconds());
        figures.put("server_cpu_s", load.serverCpuSeconds());
        figures.put("server_cpu_s_per_million_deliveries", load.serverCpuSecondsPerMillionDeliveries());
        figures.put("server_jit_cpu_s_per_million_deliveries", load.serverJitCpuSecondsPerMillionDeliveries());
        figures.put("deliveries_per_server_write", load.deliveriesPerServerWrite());
        figures.put("generator_cpu_s_per_million_deliveries", load.generatorCpuSecondsPerMillionDeliveries());
        figures.put("latency_p50_ms", load.latencyMillis(50));
        figures.put("latency_p99_ms", load.latencyMillis(99));
        figures.put("latency_max_ms", load.latencyMillis(100));
    }

    /** Names this run's accounts apart from any earlier run's on the same server. */
    static String runTag() {
        return "b" + Long.toString(new SecureRandom().nextLong() & 0xffffffL, 36);
    }

    /** The bench accounts' password: random per run, held only in memory. */
    static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
