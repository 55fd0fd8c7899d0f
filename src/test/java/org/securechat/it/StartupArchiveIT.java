package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.launcher.ServerLaunch;

/**
 * The startup archive the build's training start writes (src/build/startup-archive.sh) fits the
 * packaged server, as the README runs it: -Xshare:on makes the JVM refuse to start rather than
 * quietly run without it.
 */
class StartupArchiveIT {
    @TempDir
    Path data;

    @Test
    void theServersOwnClassesComeFromTheArchiveAndExitAfterStartStopsCleanly() throws Exception {
        Path archive = ServerLaunch.builtJar().resolveSibling("securechat.jsa");
        String options = "-Xshare:on -XX:SharedArchiveFile=" + archive + " -Xlog:class+load=info";
        try (ServerProcess server = ServerProcess.start(data, Map.of("JDK_JAVA_OPTIONS", options),
                "serve", "--exit-after-start")) {
            assertEquals(0, server.awaitExit(), "serve --exit-after-start stops by itself, cleanly");
            String output = server.output();
            assertTrue(output.contains("org.securechat.ServerLifecycle source: shared objects file"),
                    "the start's own classes are mapped from the archive:\n" + tail(output));
            assertTrue(output.contains("securechat stopped"), tail(output));
        }
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 4000));
    }
}
