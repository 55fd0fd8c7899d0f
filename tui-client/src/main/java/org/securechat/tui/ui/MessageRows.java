package org.securechat.tui.ui;

import com.googlecode.lanterna.TextColor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.securechat.tui.model.Entry;
import org.securechat.tui.model.Message;
import org.securechat.tui.model.Notice;

/**
 * Lays a buffer's entries out as screen rows: timestamps, coloured nicks, actions, day separators, wrapping, the
 * "new messages" line after what was read, and highlighted mentions.
 */
final class MessageRows {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    /** Continuation rows never indent past this, so long nicks leave room for text in narrow panes. */
    private static final int MAX_INDENT = 16;
    /** Fewer columns than this after the time and nick, and the text starts on the next row. */
    private static final int MIN_TEXT = 10;

    private final ZoneId zone;

    MessageRows(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * {@code markerAfter}: the "new messages" line goes before the first message after this msg_id, when some
     * message was read before it; {@code highlighted}: the messages drawn as mentions.
     */
    List<List<Span>> layout(List<Entry> entries, int width, long markerAfter, Predicate<Message> highlighted) {
        List<List<Span>> rows = new ArrayList<>();
        LocalDate day = null;
        boolean marked = markerAfter <= 0;
        for (Entry entry : entries) {
            if (!marked && entry instanceof Message message && message.msgId() > markerAfter) {
                marked = true;
                rows.add(List.of(new Span(separator("new messages", width), TextColor.ANSI.RED_BRIGHT, true)));
            }
            LocalDate entryDay = entry.ts().atZone(zone).toLocalDate();
            if (!entryDay.equals(day)) {
                day = entryDay;
                rows.add(List.of(new Span(separator(DAY.format(entryDay), width), TextColor.ANSI.BLUE_BRIGHT, false)));
            }
            String time = TIME.format(entry.ts().atZone(zone)) + " ";
            List<Span> prefix = new ArrayList<>();
            prefix.add(new Span(time, TextColor.ANSI.WHITE, false));
            String body;
            TextColor bodyColor = TextColor.ANSI.DEFAULT;
            if (entry instanceof Message message) {
                TextColor nickColor = NickColors.of(message.from());
                if (message.action()) {
                    prefix.add(new Span("* ", nickColor, false));
                    prefix.add(new Span(message.from() + " ", nickColor, true));
                } else {
                    prefix.add(new Span("<" + message.from() + "> ", nickColor, true));
                }
                body = message.text();
                if (highlighted.test(message)) {
                    prefix.set(prefix.size() - 1, new Span(prefix.get(prefix.size() - 1).text(),
                            TextColor.ANSI.YELLOW_BRIGHT, true));
                    bodyColor = TextColor.ANSI.YELLOW_BRIGHT;
                }
            } else {
                Notice notice = (Notice) entry;
                prefix.add(new Span("-- ", TextColor.ANSI.WHITE, false));
                body = notice.text();
                bodyColor = notice.error() ? TextColor.ANSI.RED_BRIGHT : TextColor.ANSI.CYAN;
            }
            addWrapped(rows, prefix, body, bodyColor, width);
        }
        return rows;
    }

    private static void addWrapped(List<List<Span>> rows, List<Span> prefix, String body, TextColor color, int width) {
        int prefixWidth = prefix.stream().mapToInt(span -> SafeText.columns(span.text())).sum();
        int indent = Math.min(Math.min(prefixWidth, MAX_INDENT), width / 3);
        List<Span> first = new ArrayList<>(prefix);
        List<String> lines;
        if (width - prefixWidth < MIN_TEXT) {
            // a narrow pane: the time and nick get their own row, so the text is not squeezed to nothing
            lines = SafeText.wrap(body, width - indent);
            rows.add(first);
        } else {
            lines = SafeText.wrap(body, width - prefixWidth, width - indent);
            first.add(new Span(lines.get(0), color, false));
            rows.add(first);
            lines = lines.subList(1, lines.size());
        }
        for (String line : lines) {
            rows.add(List.of(Span.plain(" ".repeat(indent)), new Span(line, color, false)));
        }
    }

    private static String separator(String label, int width) {
        String text = "── " + label + " ";
        int fill = Math.max(0, width - SafeText.columns(text));
        return text + "─".repeat(fill);
    }
}
