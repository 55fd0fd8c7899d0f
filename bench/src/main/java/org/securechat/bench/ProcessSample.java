package org.securechat.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One reading of a process's CPU time and memory from /proc (Linux only).
 *
 * @param cpuTicks utime + stime, in clock ticks (USER_HZ, 100 on Linux)
 * @param jitCpuTicks the part of it spent by the JIT compiler's threads (HotSpot's "C1/C2 CompilerThread")
 * @param rssKb current resident set (VmRSS)
 * @param peakRssKb peak resident set since the process started (VmHWM)
 * @param writeSyscalls write-like system calls so far (syscw in /proc/<pid>/io: write, writev, ...)
 */
record ProcessSample(long cpuTicks, long jitCpuTicks, long rssKb, long peakRssKb, long writeSyscalls) {

    /** USER_HZ: fixed at 100 by the Linux ABI (what `getconf CLK_TCK` prints). */
    static final double TICKS_PER_SECOND = 100.0;

    static ProcessSample of(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        long cpu = cpuTicks(Files.readString(proc.resolve("stat")));
        long jit = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(proc.resolve("task"))) {
            for (Path thread : threads) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    if (stat.contains("(C1 CompilerThre") || stat.contains("(C2 CompilerThre")) {
                        jit += cpuTicks(stat);
                    }
                } catch (IOException ended) {
                    // a thread that ended since the listing (no such file to open, or ESRCH, "No such
                    // process", from the read): its time is in the process's total only
                }
            }
        }
        long rss = 0;
        long hwm = 0;
        for (String line : Files.readAllLines(proc.resolve("status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kilobytes(line);
            }
        }
        long writes = Files.readAllLines(proc.resolve("io")).stream().filter(line -> line.startsWith("syscw:"))
                .mapToLong(ProcessSample::kilobytes).findFirst().orElse(0);
        return new ProcessSample(cpu, jit, rss, hwm, writes);
    }

    /** utime + stime from a stat line; the name in parentheses may hold spaces, so fields count from the last ')'. */
    private static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The number on a "Name:   value [kB]" line. */
    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    double cpuSecondsSince(ProcessSample earlier) {
        return (cpuTicks - earlier.cpuTicks) / TICKS_PER_SECOND;
    }

    double jitCpuSecondsSince(ProcessSample earlier) {
        return (jitCpuTicks - earlier.jitCpuTicks) / TICKS_PER_SECOND;
    }

    long writeSyscallsSince(ProcessSample earlier) {
        return writeSyscalls - earlier.writeSyscalls;
    }
}
