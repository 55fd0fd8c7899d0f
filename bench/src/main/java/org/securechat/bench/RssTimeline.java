package org.securechat.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server's resident memory over a long run, read from /proc every few seconds and printed as
 * one line each, with the generator's own, the machine's load and what the load did meanwhile.
 */
final class RssTimeline implements AutoCloseable {

    private final long serverPid;
    private final PrintWriter out;
    private final Supplier<String> progress;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rss-timeline");
        thread.setDaemon(true);
        return thread;
    });
    private long startedNanos;
    private long firstKb = -1;
    private long peakKb;
    private long lastKb;
    private long generatorPeakKb;

    RssTimeline(long serverPid, PrintWriter out, Supplier<String> progress) {
        this.serverPid = serverPid;
        this.out = out;
        this.progress = progress;
    }

    /** Takes the first sample now, then one every {@code seconds}. */
    void start(int seconds) {
        startedNanos = System.nanoTime();
        sample();
        sampler.scheduleAtFixedRate(this::sample, seconds, seconds, TimeUnit.SECONDS);
    }

    /** Stops sampling, after a last sample. */
    @Override
    public void close() throws InterruptedException {
        sampler.shutdownNow();
        sampler.awaitTermination(10, TimeUnit.SECONDS);
        sample();
    }

    void putFigures(Map<String, Double> figures) {
        figures.put("server_rss_mb_start", firstKb / 1024.0);
        figures.put("server_rss_mb_peak", peakKb / 1024.0);
        figures.put("server_rss_mb_end", lastKb / 1024.0);
        figures.put("generator_rss_mb_peak", generatorPeakKb / 1024.0);
    }

    private synchronized void sample() {
        try {
            long kb = ProcessSample.of(serverPid).rssKb();
            long generatorKb = ProcessSample.of(ProcessHandle.current().pid()).rssKb();
            if (firstKb < 0) {
                firstKb = kb;
            }
            peakKb = Math.max(peakKb, kb);
            lastKb = kb;
            generatorPeakKb = Math.max(generatorPeakKb, generatorKb);
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            out.printf("soak %5.0f s: server RSS %,.1f MB, generator RSS %,.1f MB, load %s, %s%n",
                    (System.nanoTime() - startedNanos) / 1e9, kb / 1024.0, generatorKb / 1024.0, load, progress.get());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
