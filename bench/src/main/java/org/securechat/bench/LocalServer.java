package org.securechat.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.securechat.launcher.PackagedServer;
import org.securechat.launcher.ServerLaunch;
import org.securechat.launcher.Startup;

/**
 * Runs the packaged server as a child process (src/launcher) the way a benchmark needs it: the
 * data directory of a {@link ServerWorkDir}, every port free, loopback only, its limits lifted or
 * kept ({@link ServerLimits}), and the password, port and fingerprint learnt from its startup lines. Its output goes to the
 * work directory's log (see {@link ServerLog}). Closing the started server stops it; the work
 * directory is the caller's.
 */
final class LocalServer {

    private LocalServer() {
    }

    /**
     * Starts the server in {@code workDir} with {@code limits}; {@code settings} are further
     * environment variables (CHAT_...), which win over those of the limits.
     */
    static StartedServer start(Path serverJar, List<String> jvmOptions, Map<String, String> settings, ServerWorkDir workDir,
                               ServerLimits limits) throws IOException, InterruptedException {
        ServerLaunch launch = ServerLaunch.of(serverJar, workDir.data())
                .jvmOptions(jvmOptions)
                .directory(workDir.path())
                .environment(Map.of("CHAT_HOST", "127.0.0.1"))
                .environment(limits.settings)
                .environment(settings)
                .copyOutputTo(new ServerLog(workDir.log()));
        long started = System.nanoTime();
        PackagedServer server = PackagedServer.start(launch);
        Startup startup = server.awaitStartup();
        double startupSeconds = (System.nanoTime() - started) / 1e9;
        String host = startup.host().equals("0.0.0.0") ? "127.0.0.1" : startup.host();
        ServerTarget target = new ServerTarget(host, startup.port(), startup.fingerprint(), startup.serverPassword(),
                server.pid(), startupSeconds);
        return new StartedServer(server, workDir, target);
    }
}
