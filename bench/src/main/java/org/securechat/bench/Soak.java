package org.securechat.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The soak (issue 13): a server with its limits as shipped holds thousands of sessions for minutes
 * while legitimate users chat ({@link SoakLoad}) and an {@link Attacker} floods it; then every
 * session's messages are checked against what was acknowledged. The users come from enough
 * loopback addresses that the per-address caps hold them as they would real hosts.
 */
final class Soak {

    private static final int SIDE_ROOMS = 20;

    private final BenchCommand bench;
    private final SoakOptions options;
    private final PrintWriter out;

    Soak(BenchCommand bench, SoakOptions options, PrintWriter out) {
        this.bench = bench;
        this.options = options;
        this.out = out;
    }

    /** Runs the soak and prints its figures; true when nothing was lost and no user was refused or closed. */
    boolean run() throws Exception {
        SessionLayout layout = new SessionLayout(options.sessions, options.sessionsPerAccount, LoopbackAddresses.SOAK);
        if (layout.accounts() < 2) {
            throw new IllegalArgumentException("the soak needs at least two accounts (for DMs): more --soak-sessions");
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        try (ServerWorkDir workDir = ServerWorkDir.create();
             StartedServer server = bench.startServer(workDir, ServerLimits.SHIPPED, options.sessions + 200);
             Fleet fleet = new Fleet(server.target(), Dialect.SECURECHAT, bench.eventLoops);
             Fleet attackerFleet = new Fleet(server.target(), Dialect.SECURECHAT, 1)) {
            ServerTarget target = server.target();
            out.println("securechat started with its limits as shipped; its log: " + server.log());
            Attacker attacker = new Attacker(attackerFleet, target, BenchCommand.runTag() + "x", BenchCommand.randomPassword(),
                    options.attackerAddresses, options.attackerWindow, teamRooms(layout));
            OpenFiles.requireRoomFor(options.sessions + attacker.connections(), target.pid());
            String prefix = BenchCommand.runTag() + "-";
            Histogram deliveryLatency = new ConcurrentHistogram(3);
            long setupStart = System.nanoTime();
            List<SoakUser> users = openUsers(fleet, layout, prefix, deliveryLatency);
            SoakLoad load = new SoakLoad(fleet.vertx(), users, layout, prefix, options.teamSize,
                    Math.min(SIDE_ROOMS, layout.accounts()), options.opsPerSecond);
            makeSideRooms(users, layout, load);
            attacker.prepare(bench.setupParallelism);
            figures.put("setup_s", (System.nanoTime() - setupStart) / 1e9);
            out.printf("%,d sessions of %,d accounts from %,d addresses, in %,d team rooms; the attacker from %d addresses%n",
                    layout.sessions(), layout.accounts(), layout.sourceAddresses(),
                    SoakLoad.teams(layout.accounts(), options.teamSize), options.attackerAddresses);
            out.flush();

            ProcessSample before = ProcessSample.of(target.pid());
            long start = System.nanoTime();
            try (RssTimeline timeline = new RssTimeline(target.pid(), out,
                    () -> String.format("%,d requests of users answered, %,d messages received", load.completed(),
                            received(users)))) {
                timeline.start(options.sampleSeconds);
                load.start();
                attacker.start();
                holdFor(fleet, options.durationSeconds);
                load.stop();
                attacker.stop();
                double loadSeconds = (System.nanoTime() - start) / 1e9;
                awaitReplies(load);
                awaitDeliveries(users, load);
                figures.put("duration_s", loadSeconds);
                ProcessSample after = ProcessSample.of(target.pid());
                figures.put("server_cpu_s", after.cpuSecondsSince(before));
                figures.put("server_cpu_share", after.cpuSecondsSince(before) / loadSeconds);
                attacker.putFigures(figures, loadSeconds);
                timeline.close();
                timeline.putFigures(figures);
            }
            figures.put("server_vmhwm_mb", ProcessSample.of(target.pid()).peakRssKb() / 1024.0);
            putAccounting(figures, users, load, deliveryLatency);
            load.putFigures(figures);
            figures.put("sessions", (double) layout.sessions());
            figures.put("accounts", (double) layout.accounts());
            figures.put("source_addresses", (double) layout.sourceAddresses());
            figures.put("load_avg_1m", Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
        }
        Report report = new Report(parameters());
        report.add(figures);
        report.print(out);
        boolean whole = figures.get("deliveries_missing") == 0 && figures.get("sessions_with_other_messages") == 0
                && figures.get("sessions_closed") == 0 && figures.get("legit_refusals") == 0;
        out.println("every acknowledged message reached every member session, no user was refused or closed: "
                + (whole ? "yes" : "NO"));
        out.flush();
        return whole;
    }

    private List<SoakUser> openUsers(Fleet fleet, SessionLayout layout, String prefix, Histogram deliveryLatency)
            throws Exception {
        List<LoadClient> clients = layout.open(fleet, prefix, BenchCommand.randomPassword(),
                i -> SoakLoad.teamRoom(layout.account(i) / options.teamSize), bench.setupParallelism);
        List<SoakUser> users = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            users.add(new SoakUser((ChatClient) clients.get(i), layout.account(i), deliveryLatency));
        }
        return users;
    }

    /** The first accounts make the side rooms (a room exists once joined) and stay in them. */
    private static void makeSideRooms(List<SoakUser> users, SessionLayout layout, SoakLoad load) throws Exception {
        for (int account = 0; account < Math.min(SIDE_ROOMS, layout.accounts()); account++) {
            ObjectNode join = ChatClient.JSON.createObjectNode().put("op", "join").put("room", SoakLoad.sideRoom(account));
            users.get(account * layout.sessionsPerAccount()).client().request(join)
                    .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            load.joinedAtSetup(account);
        }
    }

    private List<String> teamRooms(SessionLayout layout) {
        List<String> rooms = new ArrayList<>();
        for (int team = 0; team < SoakLoad.teams(layout.accounts(), options.teamSize); team++) {
            rooms.add(SoakLoad.teamRoom(team));
        }
        return rooms;
    }

    /** Waits out the soak, ending early when a user's session fails (the server closed it, say). */
    private static void holdFor(Fleet fleet, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end && fleet.failures().first() == null) {
            Thread.sleep(Math.min(1000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
        }
    }

    private void awaitReplies(SoakLoad load) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(bench.stallTimeoutSeconds);
        while (load.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** Waits until every session has as many messages as it should, or nothing arrives for the stall timeout. */
    private void awaitDeliveries(List<SoakUser> users, SoakLoad load) throws InterruptedException {
        long expected = users.stream().mapToLong(user -> load.expectedFor(user).count()).sum();
        long last = -1;
        long progressAt = System.nanoTime();
        while (true) {
            long now = received(users);
            if (now >= expected) {
                return;
            }
            if (now != last) {
                last = now;
                progressAt = System.nanoTime();
            } else if (System.nanoTime() - progressAt > TimeUnit.SECONDS.toNanos(bench.stallTimeoutSeconds)) {
                return;
            }
            Thread.sleep(10);
        }
    }

    private static long received(List<SoakUser> users) {
        return users.stream().mapToLong(user -> user.received().count()).sum();
    }

    /** What each session got against what it should have, from the acknowledgements. */
    private static void putAccounting(Map<String, Double> figures, List<SoakUser> users, SoakLoad load,
                                      Histogram deliveryLatency) {
        long expected = 0;
        long delivered = 0;
        long missing = 0;
        long wrong = 0;
        long closed = 0;
        for (SoakUser user : users) {
            MessageTally should = load.expectedFor(user);
            expected += should.count();
            delivered += user.received().count();
            missing += Math.max(0, should.count() - user.received().count());
            if (!should.sameAs(user.received())) {
                wrong++;
            }
            if (user.client().closedByServer()) {
                closed++;
            }
        }
        figures.put("deliveries_expected", (double) expected);
        figures.put("deliveries", (double) delivered);
        figures.put("deliveries_per_s", delivered / figures.get("duration_s"));
        figures.put("deliveries_missing", (double) missing);
        figures.put("sessions_with_other_messages", (double) wrong);
        figures.put("sessions_closed", (double) closed);
        figures.put("delivery_latency_p50_ms", deliveryLatency.getValueAtPercentile(50) / 1000.0);
        figures.put("delivery_latency_p99_ms", deliveryLatency.getValueAtPercentile(99) / 1000.0);
        figures.put("delivery_latency_max_ms", deliveryLatency.getMaxValue() / 1000.0);
    }

    private Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("mode", "soak");
        parameters.put("sessions", options.sessions);
        parameters.put("sessions_per_account", options.sessionsPerAccount);
        parameters.put("team_size", options.teamSize);
        parameters.put("duration_s", options.durationSeconds);
        parameters.put("ops_per_s", options.opsPerSecond);
        parameters.put("attacker_addresses", options.attackerAddresses);
        parameters.put("attacker_window", options.attackerWindow);
        parameters.put("limits", "as shipped");
        parameters.put("server_jvm_opts", bench.serverJvmOptions);
        parameters.put("server_bcrypt_cost", bench.serverBcryptCost == null ? "server default" : bench.serverBcryptCost);
        return parameters;
    }
}
