package org.securechat.tui.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.securechat.launcher.PackagedServer;
import org.securechat.launcher.ServerLaunch;
import org.securechat.tui.net.Endpoint;
import org.securechat.tui.trust.Fingerprint;

/**
 * The real server, started from its packaged jar (src/launcher) on free ports with a fresh data
 * directory, secrets only in its environment, and a bootstrap admin. The client reaches it at the
 * endpoint and pins the fingerprint its startup lines give.
 */
public final class ServerProcess extends PackagedServer {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-1";

    private static ServerProcess shared;

    private final Path dataDir;

    private ServerProcess(Path dataDir, Map<String, String> env) throws IOException, InterruptedException {
        super(ServerLaunch.of(ServerLaunch.builtJar(), dataDir)
                .environment(Map.of("CHAT_BOOTSTRAP_ADMIN_USER", ADMIN, "CHAT_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD))
                .environment(env));
        this.dataDir = dataDir;
        awaitStartup();
    }

    /**
     * One server for all the tests that neither stop nor crash it, so the run pays for one startup, not one per
     * class. Its data lives under target/ and it gets SIGTERM when the test JVM exits. Every test registers its
     * accounts from this one address, so registrations are not budgeted here.
     */
    public static synchronized ServerProcess shared() throws IOException, InterruptedException {
        if (shared == null) {
            Path data = Path.of("target", "shared-server-" + ProcessHandle.current().pid()).toAbsolutePath();
            shared = start(data, Map.of("CHAT_FLOOD_RATE", "0", "CHAT_LIMITS_REGISTRATIONS_RATE", "0"));
        }
        return shared;
    }

    public static ServerProcess start(Path dataDir) throws IOException, InterruptedException {
        return start(dataDir, Map.of());
    }

    public static ServerProcess start(Path dataDir, Map<String, String> env) throws IOException, InterruptedException {
        return new ServerProcess(dataDir, env);
    }

    /** Starts the server again on the same port and data directory (same certificate). */
    public ServerProcess restart(Map<String, String> env) throws IOException, InterruptedException {
        Map<String, String> again = new HashMap<>(env);
        again.put("CHAT_PORT", Integer.toString(port()));
        return new ServerProcess(dataDir, again);
    }

    public Endpoint endpoint() {
        return new Endpoint("localhost", port());
    }

    public Fingerprint fingerprint() {
        return Fingerprint.parse(startup().fingerprint());
    }
}
