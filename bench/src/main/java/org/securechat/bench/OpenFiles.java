package org.securechat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The open-files limit a process runs under (Linux, /proc/PID/limits). Each TLS session is a file
 * descriptor on both sides, and the JVM raises its soft limit to the hard one at start, so the hard
 * limit is what bounds a run: raising it needs privilege (root with CAP_SYS_RESOURCE: {@code ulimit
 * -Hn}, or systemd's LimitNOFILE) that the bench does not take for itself.
 */
final class OpenFiles {

    /** Descriptors a JVM holds besides its connections: jars, pipes, epoll, the server's database. */
    static final int HEADROOM = 400;

    private OpenFiles() {
    }

    /** The soft "Max open files" of the process; Long.MAX_VALUE when unlimited. */
    static long limit(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "limits"))) {
            if (line.startsWith("Max open files")) {
                String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
            }
        }
        throw new IOException("no open-files line in /proc/" + pid + "/limits");
    }

    /** Fails, before any connection is opened, when either process cannot hold {@code connections} more. */
    static void requireRoomFor(long connections, long serverPid) throws IOException {
        long generator = limit(ProcessHandle.current().pid());
        long server = serverPid > 0 ? limit(serverPid) : Long.MAX_VALUE;
        long needed = connections + HEADROOM;
        if (generator < needed || server < needed) {
            throw new IllegalStateException(String.format("%,d sessions need about %,d open files in the generator and "
                    + "in the server, but their limits are %,d and %,d (the hard limit, `ulimit -Hn`, bounds both: raise "
                    + "it as root with CAP_SYS_RESOURCE, or run fewer sessions)", connections, needed, generator,
                    server == Long.MAX_VALUE ? -1 : server));
        }
    }
}
