package org.securechat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One reading of a process's CPU time and memory from /proc (Linux only).
 *
 * @param cpuTicks utime + stime, in clock ticks (USER_HZ, 100 on Linux)
 * @param rssKb current resident set (VmRSS)
 * @param peakRssKb peak resident set since the process started (VmHWM)
 */
record ProcessSample(long cpuTicks, long rssKb, long peakRssKb) {

    /** USER_HZ: fixed at 100 by the Linux ABI (what `getconf CLK_TCK` prints). */
    static final double TICKS_PER_SECOND = 100.0;

    static ProcessSample of(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // the command name in parentheses may hold spaces: count fields after the last ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        long rss = 0;
        long hwm = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kilobytes(line);
            }
        }
        return new ProcessSample(utime + stime, rss, hwm);
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }

    double cpuSecondsSince(ProcessSample earlier) {
        return (cpuTicks - earlier.cpuTicks) / TICKS_PER_SECOND;
    }
}
