package org.securechat.admin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows printed under their headers, each column as wide as its widest cell. */
final class Table {
    private final List<List<String>> lines = new ArrayList<>();

    Table(String... headers) {
        lines.add(List.of(headers));
    }

    Table row(String... cells) {
        lines.add(List.of(cells));
        return this;
    }

    void print(PrintWriter out) {
        int columns = lines.get(0).size();
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                text.append(i == columns - 1 ? line.get(i) : String.format("%-" + widths[i] + "s  ", line.get(i)));
            }
            out.println(text.toString().stripTrailing());
        }
    }
}
