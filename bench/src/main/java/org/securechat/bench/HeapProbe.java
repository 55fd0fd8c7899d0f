package org.securechat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JVM's live heap from outside: a full GC, then the used figure of GC.heap_info,
 * both through jcmd from the JDK running the generator (same user, same machine).
 */
final class HeapProbe {

    /** "garbage-first heap   total 262144K, used 23456K" (G1) or one line per generation (Serial, Parallel); ZGC is not read. */
    private static final Pattern USED = Pattern.compile("^\\s*(?:\\S+ )*(?:heap|generation|PSYoungGen|ParOldGen)\\s+total \\d+K, used (\\d+)K",
            Pattern.MULTILINE);

    private HeapProbe() {
    }

    /** Live heap in KiB after a full collection, or -1 when jcmd could not tell. */
    static long liveHeapKb(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        long total = 0;
        boolean found = false;
        while (used.find()) {
            total += Long.parseLong(used.group(1));
            found = true;
        }
        return found ? total : -1;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }
}
