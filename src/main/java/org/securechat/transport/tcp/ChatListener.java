package org.securechat.transport.tcp;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.OpenSSLEngineOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.securechat.ChatConfig;
import org.securechat.chat.port.ReadinessProbe;
import org.securechat.protocol.FrameCodec;
import org.securechat.security.TlsMaterial;
import org.securechat.transport.FrameIntake;
import org.securechat.transport.ListenerKeyCert;
import org.securechat.transport.TlsPolicy;

/**
 * The chat's TLS listener: one Vert.x NetServer per event loop, all on the same port, so
 * connections spread over the loops. Never blocks a loop: the chat hands blocking work to workers.
 * Ready once bound.
 */
@ApplicationScoped
public class ChatListener implements ReadinessProbe {
    private static final Logger LOG = Logger.getLogger(ChatListener.class);
    private final Vertx vertx;
    private final FrameIntake intake;
    private final FrameCodec codec;
    private final ChatConfig config;
    private final int instances;
    private final List<String> deployments = new ArrayList<>();
    private volatile int port = -1;

    public ChatListener(Vertx vertx, FrameIntake intake, FrameCodec codec, ChatConfig config,
                        @ConfigProperty(name = "quarkus.vertx.event-loops-pool-size") Optional<Integer> loops) {
        this.vertx = vertx;
        this.intake = intake;
        this.codec = codec;
        this.config = config;
        this.instances = loops.orElse(2 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * The listener's options: reads the key pair and loads OpenSSL (about a fifth of a second), so
     * the start does it beside opening the store. Binds nothing.
     */
    public NetServerOptions prepare(TlsMaterial tls) throws Exception {
        NetServerOptions options = new NetServerOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setSsl(true)
                .setKeyCertOptions(ListenerKeyCert.of(tls))
                .setEnabledSecureTransportProtocols(TlsPolicy.PROTOCOLS)
                .setTcpNoDelay(true);
        TlsPolicy.CIPHER_SUITES.forEach(options::addEnabledCipherSuite);
        if (OpenSSLEngineOptions.isAvailable()) {
            options.setSslEngineOptions(new OpenSSLEngineOptions());
        } else {
            LOG.info("OpenSSL is not available on this platform: TLS runs on the JDK's engine");
        }
        return options;
    }

    /** Binds the port (the first instance picks it when {@code chat.port} is 0) and returns it. */
    public int start(NetServerOptions prepared) throws Exception {
        NetServerOptions options = new NetServerOptions(prepared);
        // Vert.x shares a port among instances only when it is given, so port 0 is resolved first.
        if (options.getPort() == 0) {
            options.setPort(freePort(options.getHost()));
        }
        deploy(options, instances);
        return port;
    }

    private static int freePort(String host) throws IOException {
        try (var probe = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return probe.getLocalPort();
        }
    }

    private void deploy(NetServerOptions options, int count) throws Exception {
        String id = vertx.deployVerticle(() -> new ListenerVerticle(options),
                        new DeploymentOptions().setInstances(count))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        deployments.add(id);
    }

    public int port() {
        return port;
    }

    @Override
    public String name() {
        return "listener_bound";
    }

    @Override
    public boolean ready() {
        return port > 0;
    }

    /** Stops accepting connections; open ones stay until the chat closes them. */
    public void stop() throws Exception {
        for (String id : deployments) {
            vertx.undeploy(id).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        deployments.clear();
    }

    private final class ListenerVerticle extends AbstractVerticle {
        private final NetServerOptions options;

        ListenerVerticle(NetServerOptions options) {
            this.options = new NetServerOptions(options);
        }

        @Override
        public void start(Promise<Void> started) {
            NetServer server = vertx.createNetServer(options);
            // One executor per event loop, shared by its connections: the chat groups deliveries by it.
            Executor loop = task -> context.runOnContext(ignored -> task.run());
            server.connectHandler(socket -> new TcpConnection(socket, context, loop, intake, codec,
                            config.maxFrameBytes(), config.maxOutboundBytes()))
                    .listen()
                    .onSuccess(bound -> {
                        port = bound.actualPort();
                        started.complete();
                    })
                    .onFailure(started::fail);
        }
    }
}
