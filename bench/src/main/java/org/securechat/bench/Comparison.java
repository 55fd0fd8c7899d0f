package org.securechat.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * securechat's medians beside those of the IRC servers under the same load, and the ratios.
 * Per-delivery figures are fair across the two protocols although IRC does not echo a message
 * to its sender: each side is divided by its own deliveries.
 */
final class Comparison {

    private static final List<String> FIGURES = List.of("deliveries_per_s", "server_cpu_s_per_million_deliveries",
            "cold_server_cpu_s_per_million_deliveries", "deliveries_per_server_write", "latency_p50_ms", "latency_p99_ms", "latency_max_ms",
            "server_peak_rss_mb", "generator_cpu_s_per_million_deliveries", "setup_s");

    private Comparison() {
    }

    static void print(Map<String, Report> reports, PrintWriter out) {
        Report ours = reports.get(BenchCommand.SECURECHAT);
        List<String> others = reports.keySet().stream().filter(name -> !name.equals(BenchCommand.SECURECHAT)).toList();
        out.println();
        out.println("comparison, medians of interleaved runs (ratio: securechat's figure / theirs)");
        StringBuilder header = new StringBuilder(String.format("%-42s%14s", "figure", BenchCommand.SECURECHAT));
        others.forEach(name -> header.append(String.format("%14s%14s", name, "ratio")));
        out.println(header);
        for (String figure : FIGURES) {
            double mine = ours.median(figure);
            StringBuilder row = new StringBuilder(String.format("%-42s", figure)).append(Report.format(mine));
            for (String name : others) {
                double theirs = reports.get(name).median(figure);
                row.append(Report.format(theirs)).append(String.format("%14.2f", mine / theirs));
            }
            out.println(row);
        }
        out.flush();
    }
}
