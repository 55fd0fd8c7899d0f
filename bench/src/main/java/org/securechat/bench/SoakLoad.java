package org.securechat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.AsyncResult;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The soak's legitimate users: requests at a fixed total rate, each from a session drawn at random,
 * in this mix (of 100): 62 sends into the session's team room, 1 into `general` (every account's
 * room), 15 DMs to another account, 8 history pages of the team room, 8 joins or leaves of a side
 * room (no messages go there, so memberships that change never blur the accounting), 4 `users` of
 * the team room and 2 `rooms` pages. Every acknowledged message is put in the tally of its room or
 * of both accounts of its DM; a session must end up with exactly the messages of its account's
 * rooms and conversations.
 */
final class SoakLoad {

    private static final long TICK_MS = 10;

    private final Vertx vertx;
    private final List<SoakUser> users;
    private final SessionLayout layout;
    private final String userPrefix;
    private final int teamSize;
    private final int sideRooms;
    private final double opsPerSecond;
    private final SplittableRandom random = new SplittableRandom(20261213);
    private final MessageTally general = new MessageTally();
    private final MessageTally[] teams;
    private final MessageTally[] conversations;
    /** Per account: 0 out of its side room, 1 in it, 2 a join or leave under way. */
    private final AtomicIntegerArray sideMembership;
    private final OpLatencies latencies = new OpLatencies();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final AtomicLong inFlight = new AtomicLong();
    private final LongAdder completed = new LongAdder();
    private long issued;
    private long startedNanos;
    private long timer = -1;

    SoakLoad(Vertx vertx, List<SoakUser> users, SessionLayout layout, String userPrefix, int teamSize, int sideRooms,
             double opsPerSecond) {
        this.vertx = vertx;
        this.users = users;
        this.layout = layout;
        this.userPrefix = userPrefix;
        this.teamSize = teamSize;
        this.sideRooms = sideRooms;
        this.opsPerSecond = opsPerSecond;
        this.teams = tallies(teams(layout.accounts(), teamSize));
        this.conversations = tallies(layout.accounts());
        this.sideMembership = new AtomicIntegerArray(layout.accounts());
    }

    static int teams(int accounts, int teamSize) {
        return (accounts + teamSize - 1) / teamSize;
    }

    static String teamRoom(int team) {
        return "team-" + team;
    }

    static String sideRoom(int index) {
        return "side-" + index;
    }

    /** The side room an account joins and leaves. */
    int sideRoomOf(int account) {
        return account % sideRooms;
    }

    /** The accounts that made the side rooms at setup are in them when the load starts. */
    void joinedAtSetup(int account) {
        sideMembership.set(account, 1);
    }

    void start() {
        startedNanos = System.nanoTime();
        timer = vertx.setPeriodic(TICK_MS, id -> issueWhatIsDue());
    }

    void stop() {
        vertx.cancelTimer(timer);
    }

    long inFlight() {
        return inFlight.get();
    }

    long completed() {
        return completed.sum();
    }

    /** The messages the session should have received: those of its account's rooms and conversations. */
    MessageTally expectedFor(SoakUser user) {
        MessageTally expected = new MessageTally();
        expected.addAll(general);
        expected.addAll(teams[user.account() / teamSize]);
        expected.addAll(conversations[user.account()]);
        return expected;
    }

    void putFigures(Map<String, Double> figures) {
        latencies.putFigures("latency", figures);
        figures.put("legit_requests", (double) completed());
        figures.put("legit_refusals", (double) refusals.values().stream().mapToLong(LongAdder::sum).sum());
        refusals.forEach((what, count) -> figures.put("legit_refused_" + what, (double) count.sum()));
    }

    /** Runs on one event loop's timer; each request then runs on its session's loop. */
    private void issueWhatIsDue() {
        long due = (long) ((System.nanoTime() - startedNanos) * opsPerSecond / 1e9);
        for (; issued < due; issued++) {
            issueOne();
        }
    }

    private void issueOne() {
        int draw = random.nextInt(100);
        SoakUser user = users.get(random.nextInt(users.size()));
        int account = user.account();
        String team = teamRoom(account / teamSize);
        if (draw < 62) {
            send(user, "send", frame("send").put("room", team).put("text", text()), teams[account / teamSize]);
        } else if (draw < 63) {
            send(user, "send_general", frame("send").put("room", "general").put("text", text()), general);
        } else if (draw < 78) {
            dm(user);
        } else if (draw < 86) {
            request(user, "history", frame("history").put("room", team).put("limit", 50), reply -> { });
        } else if (draw < 94) {
            joinOrLeave(random.nextInt(layout.accounts()));
        } else if (draw < 98) {
            request(user, "users", frame("users").put("room", team), reply -> { });
        } else {
            request(user, "rooms", frame("rooms").put("limit", 50), reply -> { });
        }
    }

    private void send(SoakUser user, String op, ObjectNode frame, MessageTally room) {
        request(user, op, frame, reply -> room.add(reply.path("message").path("msg_id").asLong()));
    }

    private void dm(SoakUser user) {
        int to = random.nextInt(layout.accounts() - 1);
        int peer = to >= user.account() ? to + 1 : to; // anyone but the sender's own account
        request(user, "dm", frame("dm").put("to", userPrefix + peer).put("text", text()), reply -> {
            long id = reply.path("message").path("msg_id").asLong();
            conversations[user.account()].add(id);
            conversations[peer].add(id);
        });
    }

    /** From the account's first session; an account with a join or leave under way is left alone. */
    private void joinOrLeave(int account) {
        int state = sideMembership.get(account);
        if (state == 2 || !sideMembership.compareAndSet(account, state, 2)) {
            return;
        }
        boolean joining = state == 0;
        SoakUser user = users.get(account * layout.sessionsPerAccount());
        request(user, joining ? "join" : "leave", frame(joining ? "join" : "leave").put("room", sideRoom(sideRoomOf(account))),
                reply -> sideMembership.set(account, joining ? 1 : 0),
                () -> sideMembership.set(account, state));
    }

    private void request(SoakUser user, String op, ObjectNode frame, java.util.function.Consumer<JsonNode> onOk) {
        request(user, op, frame, onOk, () -> { });
    }

    private void request(SoakUser user, String op, ObjectNode frame, java.util.function.Consumer<JsonNode> onOk,
                         Runnable onRefused) {
        long started = BenchClock.nanos();
        inFlight.incrementAndGet();
        user.client().request(frame).onComplete((AsyncResult<JsonNode> reply) -> {
            latencies.record(op, started);
            if (reply.succeeded()) {
                onOk.accept(reply.result());
            } else {
                String code = reply.cause() instanceof Refusal refusal ? refusal.code() : "no_reply";
                refusals.computeIfAbsent(op + "_" + code, k -> new LongAdder()).increment();
                onRefused.run();
            }
            completed.increment();
            inFlight.decrementAndGet();
        });
    }

    private static ObjectNode frame(String op) {
        return ChatClient.JSON.createObjectNode().put("op", op);
    }

    /** Starts with the send time, so each receiver times the delivery. */
    private static String text() {
        return BenchClock.nanos() + " a message of the soak";
    }

    private static MessageTally[] tallies(int count) {
        MessageTally[] tallies = new MessageTally[count];
        for (int i = 0; i < count; i++) {
            tallies[i] = new MessageTally();
        }
        return tallies;
    }
}
