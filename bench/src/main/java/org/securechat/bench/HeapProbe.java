package org.securechat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JVM's live heap from outside: a full GC, then the used figure of GC.heap_info,
 * both through jcmd.
 */
final class HeapProbe {

    /** "garbage-first heap   total 262144K, used 23456K" (G1) or one line per generation (Serial, Parallel); ZGC is not read. */
    private static final Pattern USED = Pattern.compile("^\\s*(?:\\S+ )*(?:heap|generation|PSYoungGen|ParOldGen)\\s+total \\d+K, used (\\d+)K",
            Pattern.MULTILINE);

    private HeapProbe() {
    }

    /** Live heap in KiB after a full collection, or -1 when jcmd could not tell or the process is no JVM. */
    static long liveHeapKb(long pid) throws IOException, InterruptedException {
        if (!Files.readString(Path.of("/proc", Long.toString(pid), "maps")).contains("/libjvm.so")) {
            return -1; // an IRC server: jcmd would wait ten seconds for an attach that never comes
        }
        Jcmd.run(pid, "GC.run");
        Matcher used = USED.matcher(Jcmd.run(pid, "GC.heap_info"));
        long total = 0;
        boolean found = false;
        while (used.find()) {
            total += Long.parseLong(used.group(1));
            found = true;
        }
        return found ? total : -1;
    }
}
