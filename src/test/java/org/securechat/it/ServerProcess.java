package org.securechat.it;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import io.restassured.specification.RequestSpecification;
import org.securechat.admin.PinnedHttps;
import org.securechat.launcher.PackagedServer;
import org.securechat.launcher.ServerLaunch;
import org.securechat.protocol.WireClient;

/**
 * The packaged server as the ITs run it (src/launcher): on a data dir of the test's, its settings
 * in the environment, and reached by a protocol client pinned to the fingerprint it printed.
 */
public final class ServerProcess extends PackagedServer {
    private static final Duration EXIT = Duration.ofSeconds(60);

    private final Path dataDir;

    private ServerProcess(ServerLaunch launch, Path dataDir) throws IOException {
        super(launch);
        this.dataDir = dataDir;
    }

    /** Starts the server on the data dir with extra environment (secrets go here, never argv) and waits until it listens. */
    public static ServerProcess start(Path dataDir, Map<String, String> env, String... args) throws Exception {
        ServerProcess server = new ServerProcess(ServerLaunch.of(ServerLaunch.builtJar(), dataDir)
                .environment(env).arguments(List.of(args)), dataDir);
        server.awaitStartup();
        return server;
    }

    public static ServerProcess start(Path dataDir) throws Exception {
        return start(dataDir, Map.of());
    }

    /** A protocol client pinned to the fingerprint this server printed. */
    public WireClient connect() {
        return WireClient.pinned(port(), fingerprint());
    }

    /** A REST call over HTTPS, trusting only the certificate this server generated in its data dir. */
    public RequestSpecification api() throws InterruptedException {
        return PinnedHttps.given(httpPorts().api(), dataDir.resolve("tls-cert.pem"));
    }

    /** The admin CLI's settings for this server: its HTTPS address and the fingerprint to pin. */
    public Map<String, String> cliEnvironment() throws InterruptedException {
        return Map.of("SECURECHAT_URL", "https://127.0.0.1:" + httpPorts().api(),
                "SECURECHAT_TRUST_FINGERPRINT", fingerprint(),
                "SECURECHAT_CONFIG_DIR", dataDir.resolve("cli-config").toString());
    }

    public String fingerprint() {
        return startup().fingerprint();
    }

    /** Waits up to a minute for the server to end by itself; its exit status. */
    public int awaitExit() throws InterruptedException {
        return awaitExit(EXIT);
    }

    /** SIGKILL if it still runs: the test's data dir goes, so nothing waits for a graceful stop (a test that wants one calls stop). */
    @Override
    public void close() throws InterruptedException {
        if (process().isAlive()) {
            kill();
        }
    }
}
