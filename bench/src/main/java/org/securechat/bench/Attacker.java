package org.securechat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.AsyncResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The soak's attacker: a member who knows the server password and floods from source addresses of
 * its own, 8 connections each (the cap), every connection keeping {@code window} requests unanswered
 * and sending the next as soon as any reply comes, whatever it says. A third of the addresses flood
 * joins and leaves (of `general`, where every user is, of the users' team rooms, and of new rooms),
 * a third `history` pages of `general`, a third `register` with new names, reconnecting whenever a
 * registration succeeds (the session is then logged in) or the server closes the connection. It
 * counts every reply by its code ("ok" for success).
 */
final class Attacker {

    private static final int CONNECTIONS_PER_ADDRESS = SessionLayout.CONNECTIONS_PER_ADDRESS;
    private static final long RECONNECT_PAUSE_MS = 50;

    enum Role { JOINS, HISTORY, REGISTRATIONS }

    private final Fleet fleet;
    private final ServerTarget target;
    private final String prefix;
    private final String password;
    private final int addresses;
    private final int window;
    private final List<String> userRooms;
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final LongAdder unanswered = new LongAdder();
    private final LongAdder connections = new LongAdder();
    private final AtomicLong names = new AtomicLong();
    private final List<ChatClient> flooding = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private volatile boolean running;

    /** {@code userRooms}: the rooms of the legitimate users that the join flood joins and leaves. */
    Attacker(Fleet fleet, ServerTarget target, String prefix, String password, int addresses, int window,
             List<String> userRooms) {
        this.fleet = fleet;
        this.target = target;
        this.prefix = prefix;
        this.password = password;
        this.addresses = addresses;
        this.window = window;
        this.userRooms = userRooms;
    }

    static Role roleOf(int address) {
        return Role.values()[address % Role.values().length];
    }

    private String address(int index) {
        return LoopbackAddresses.ATTACKER.get(index);
    }

    /** Registers an account per joining or reading address and logs its 8 connections in. */
    void prepare(int parallelism) throws Exception {
        for (int a = 0; a < addresses; a++) {
            Role role = roleOf(a);
            if (role == Role.REGISTRATIONS) {
                continue;
            }
            List<Credentials> sessions = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS_PER_ADDRESS; c++) {
                sessions.add(new Credentials(prefix + a, password, c == 0));
            }
            String source = address(a);
            // the registration first: the logins need its account
            List<LoadClient> opened = new ArrayList<>(fleet.open(sessions.subList(0, 1), null, 1, i -> source));
            opened.addAll(fleet.open(sessions.subList(1, sessions.size()), null, parallelism, i -> source));
            for (LoadClient client : opened) {
                flooding.add((ChatClient) client);
                roles.add(role);
            }
        }
    }

    int connections() {
        return addresses * CONNECTIONS_PER_ADDRESS;
    }

    void start() {
        running = true;
        for (int i = 0; i < flooding.size(); i++) {
            ChatClient client = flooding.get(i);
            Role role = roles.get(i);
            for (int w = 0; w < window; w++) {
                flood(client, role);
            }
        }
        for (int a = 0; a < addresses; a++) {
            if (roleOf(a) == Role.REGISTRATIONS) {
                for (int c = 0; c < CONNECTIONS_PER_ADDRESS; c++) {
                    registrar(address(a));
                }
            }
        }
    }

    /** Sends nothing more; replies still on their way are counted. */
    void stop() {
        running = false;
    }

    void putFigures(Map<String, Double> figures, double seconds) {
        long replies = outcomes.values().stream().mapToLong(LongAdder::sum).sum();
        figures.put("attacker_addresses", (double) addresses);
        figures.put("attacker_replies", (double) replies);
        figures.put("attacker_replies_per_s", replies / seconds);
        figures.put("attacker_unanswered", (double) unanswered.sum());
        figures.put("attacker_connections_opened", (double) connections.sum() + flooding.size());
        outcomes.forEach((outcome, count) -> figures.put("attacker_" + outcome, (double) count.sum()));
    }

    private void flood(ChatClient client, Role role) {
        if (!running) {
            return;
        }
        client.request(role == Role.JOINS ? membershipChange() : history())
                .onComplete(reply -> {
                    if (count(reply)) {
                        flood(client, role);
                    }
                });
    }

    /** Leave and join `general` (each an event to every user), a team room, or a new room. */
    private ObjectNode membershipChange() {
        long n = names.incrementAndGet();
        String team = userRooms.get((int) (n % userRooms.size()));
        return switch ((int) (n % 5)) {
            case 0 -> frame("leave").put("room", "general");
            case 1 -> frame("join").put("room", "general");
            case 2 -> frame("join").put("room", team);
            case 3 -> frame("leave").put("room", team);
            default -> frame("join").put("room", "x" + prefix + "-" + n);
        };
    }

    private ObjectNode history() {
        return frame("history").put("room", "general").put("limit", 200);
    }

    /** One connection that registers new accounts until one succeeds or the server closes it, then another. */
    private void registrar(String source) {
        if (!running) {
            return;
        }
        ChatClient.connect(fleet.vertx(), fleet.netClient(source), target, failure -> { })
                .onComplete(connected -> {
                    connections.increment();
                    if (connected.failed()) {
                        outcomes.computeIfAbsent("connection_refused", k -> new LongAdder()).increment();
                        fleet.vertx().setTimer(RECONNECT_PAUSE_MS, t -> registrar(source));
                        return;
                    }
                    AtomicBoolean replaced = new AtomicBoolean();
                    for (int w = 0; w < window; w++) {
                        register(connected.result(), source, replaced);
                    }
                });
    }

    private void register(ChatClient client, String source, AtomicBoolean replaced) {
        if (!running) {
            client.close();
            return;
        }
        ObjectNode frame = frame("register").put("user", prefix + "r" + names.incrementAndGet())
                .put("password", password).put("server_password", target.serverPassword());
        client.request(frame).onComplete(reply -> {
            boolean open = count(reply);
            if (open && reply.failed()) {
                register(client, source, replaced);
            } else if (replaced.compareAndSet(false, true)) { // logged in, or closed: start over
                client.close();
                registrar(source);
            }
        });
    }

    /** Counts the reply by its code; false when the connection closed before it came. */
    private boolean count(AsyncResult<JsonNode> reply) {
        if (reply.succeeded()) {
            outcomes.computeIfAbsent("ok", k -> new LongAdder()).increment();
            return true;
        }
        if (reply.cause() instanceof Refusal refusal) {
            outcomes.computeIfAbsent(refusal.code(), k -> new LongAdder()).increment();
            return true;
        }
        unanswered.increment();
        return false;
    }

    private static ObjectNode frame(String op) {
        return ChatClient.JSON.createObjectNode().put("op", op);
    }
}
