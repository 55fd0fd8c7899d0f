package org.securechat.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latency per kind of request (request written to reply read), recorded from any event loop. */
final class OpLatencies {

    private final Map<String, Histogram> byOp = new ConcurrentHashMap<>();

    void record(String op, long startedNanos) {
        byOp.computeIfAbsent(op, name -> new ConcurrentHistogram(3))
                .recordValue(Math.max(0, (BenchClock.nanos() - startedNanos) / 1_000));
    }

    /** Per op: how many, and p50, p99 and max in milliseconds, as {@code <prefix>_<op>_...} figures. */
    void putFigures(String prefix, Map<String, Double> figures) {
        byOp.keySet().stream().sorted().forEach(op -> {
            Histogram latency = byOp.get(op);
            figures.put(prefix + "_" + op + "_count", (double) latency.getTotalCount());
            figures.put(prefix + "_" + op + "_p50_ms", latency.getValueAtPercentile(50) / 1000.0);
            figures.put(prefix + "_" + op + "_p99_ms", latency.getValueAtPercentile(99) / 1000.0);
            figures.put(prefix + "_" + op + "_max_ms", latency.getMaxValue() / 1000.0);
        });
    }
}
