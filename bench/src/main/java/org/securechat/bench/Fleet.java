package org.securechat.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.net.JdkSSLEngineOptions;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.OpenSSLEngineOptions;
import io.vertx.core.net.TrustOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * The generator's side of the load: a few Vert.x event loops carrying every client connection,
 * and the setup of authenticated sessions a few at a time (each register or login costs the
 * server a bcrypt hash, so unbounded parallelism only queues).
 */
final class Fleet implements AutoCloseable {

    private static final long SETUP_TIMEOUT_SECONDS = 120;

    private final Vertx vertx;
    private final NetClientOptions options;
    private final NetClient netClient;
    /** A client per source address other than the default: Vert.x 4.5 binds the local address per client. */
    private final Map<String, NetClient> bySource = new ConcurrentHashMap<>();
    private final ServerTarget target;
    private final Dialect dialect;
    private final FailureLog failures = new FailureLog();
    private final List<LoadClient> opened = new ArrayList<>();

    Fleet(ServerTarget target, Dialect dialect, int eventLoops) {
        this.target = target;
        this.dialect = dialect;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        this.options = new NetClientOptions()
                .setSsl(true)
                .setTcpNoDelay(true)
                .setConnectTimeout(30_000)
                // the pinned fingerprint names the one certificate trusted: no host name to check
                .setHostnameVerificationAlgorithm("")
                .setTrustOptions(TrustOptions.wrap(new PinnedFingerprintTrust(target.fingerprint())));
        // OpenSSL (BoringSSL) costs the shared cores less than the JDK engine per decrypted byte
        options.setSslEngineOptions(OpenSSLEngineOptions.isAvailable()
                ? new OpenSSLEngineOptions() : new JdkSSLEngineOptions());
        this.netClient = vertx.createNetClient(options);
    }

    Vertx vertx() {
        return vertx;
    }

    FailureLog failures() {
        return failures;
    }

    /** The client that connects from {@code source} (a loopback address), or from the default one when null. */
    NetClient netClient(String source) {
        return source == null ? netClient
                : bySource.computeIfAbsent(source, from -> vertx.createNetClient(new NetClientOptions(options).setLocalAddress(from)));
    }

    /**
     * Opens one authenticated session per credential, {@code parallelism} at a time, the i-th
     * joining room {@code roomOf(i)}; with {@code roomOf} null, none joins a room.
     */
    List<LoadClient> open(List<Credentials> sessions, IntFunction<String> roomOf, int parallelism)
            throws InterruptedException, ExecutionException, TimeoutException {
        return open(sessions, roomOf, parallelism, i -> null);
    }

    /** The same, the i-th session connecting from the loopback address {@code sourceOf(i)} (null: the default). */
    List<LoadClient> open(List<Credentials> sessions, IntFunction<String> roomOf, int parallelism,
                          IntFunction<String> sourceOf)
            throws InterruptedException, ExecutionException, TimeoutException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<java.util.concurrent.Future<LoadClient>> pending = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                Credentials credentials = sessions.get(i);
                String room = roomOf == null ? null : roomOf.apply(i);
                NetClient client = netClient(sourceOf.apply(i));
                pending.add(pool.submit(() -> {
                    AtomicReference<String> stage = new AtomicReference<>("the TLS connection");
                    try {
                        return dialect.open(vertx, client, target, credentials, room, stage::set, failures)
                                .toCompletionStage().toCompletableFuture()
                                .get(SETUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        // Which step hung tells a lost welcome (read side) from a lost reply.
                        throw new IllegalStateException(credentials + ": no reply from the server within "
                                + SETUP_TIMEOUT_SECONDS + " s, waiting for " + stage.get(), e);
                    }
                }));
            }
            List<LoadClient> clients = new ArrayList<>();
            for (java.util.concurrent.Future<LoadClient> client : pending) {
                clients.add(client.get());
            }
            opened.addAll(clients);
            return clients;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() throws InterruptedException, ExecutionException, TimeoutException {
        Future.join(opened.stream().map(LoadClient::close).toList())
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
