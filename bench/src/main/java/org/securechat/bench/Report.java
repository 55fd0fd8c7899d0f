package org.securechat.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of every run, their medians, printed as a table for people and as one JSON
 * line (prefixed {@code BENCH_JSON }) for scripts.
 */
final class Report {

    private final Map<String, Object> parameters;
    private final List<Map<String, Double>> runs = new ArrayList<>();

    Report(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    void add(Map<String, Double> run) {
        runs.add(run);
    }

    /** One figure of every run, in run order (NaN where it could not be measured). */
    List<Double> values(String figure) {
        return runs.stream().map(run -> run.getOrDefault(figure, Double.NaN)).toList();
    }

    /** The median of one figure over the runs that measured it; NaN when none did. */
    double median(String figure) {
        double[] values = values(figure).stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v))
                .sorted().toArray();
        return values.length == 0 ? Double.NaN
                : values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    Map<String, Double> medians() {
        Map<String, Double> medians = new LinkedHashMap<>();
        runs.get(0).keySet().forEach(key -> medians.put(key, median(key)));
        return medians;
    }

    void print(PrintWriter out) {
        out.println("securechat bench " + parameters);
        StringBuilder header = new StringBuilder(String.format("%-38s", "figure"));
        for (int i = 1; i <= runs.size(); i++) {
            header.append(String.format("%14s", "run " + i));
        }
        header.append(String.format("%14s", "median"));
        out.println(header);
        Map<String, Double> medians = medians();
        for (String key : medians.keySet()) {
            StringBuilder row = new StringBuilder(String.format("%-38s", key));
            runs.forEach(run -> row.append(format(run.get(key))));
            row.append(format(medians.get(key)));
            out.println(row);
        }
        ObjectNode json = ChatClient.JSON.createObjectNode();
        json.set("parameters", ChatClient.JSON.valueToTree(parameters));
        json.set("runs", ChatClient.JSON.valueToTree(runs.stream().map(Report::finite).toList()));
        json.set("median", ChatClient.JSON.valueToTree(finite(medians)));
        out.println("BENCH_JSON " + json);
        out.flush();
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return String.format("%14s", "n/a");
        }
        return Math.abs(value) >= 1000 || value == Math.rint(value)
                ? String.format("%,14.0f", value) : String.format("%14.3f", value);
    }

    /** JSON has no NaN: figures that could not be measured become null. */
    private static Map<String, Double> finite(Map<String, Double> figures) {
        Map<String, Double> copy = new LinkedHashMap<>();
        figures.forEach((key, value) -> copy.put(key, Double.isNaN(value) ? null : value));
        return copy;
    }
}
