package org.securechat.tui.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Tab completion of the word before the cursor: commands at the start of the line, rooms after '#' or /join,
 * nicks elsewhere. Pressing Tab again cycles through the candidates.
 */
public final class Completer {
    /** The line as it would be after completion, and where the cursor goes. */
    public record Completion(String line, int cursor) {
    }

    private String lastResult;
    private String prefixLine;
    private int wordStart;
    private String tail;
    private List<String> candidates = List.of();
    private int index;

    public Completion complete(String line, int cursor, Collection<String> nicks, Collection<String> rooms) {
        if (lastResult == null || !lastResult.equals(line.substring(0, cursor)) || candidates.isEmpty()) {
            start(line, cursor, nicks, rooms);
        } else {
            index = (index + 1) % candidates.size();
        }
        if (candidates.isEmpty()) {
            return new Completion(line, cursor);
        }
        String head = prefixLine.substring(0, wordStart) + candidates.get(index);
        lastResult = head;
        return new Completion(head + tail, head.length());
    }

    /** Forget the cycle: any key other than Tab starts a new completion. */
    public void reset() {
        lastResult = null;
    }

    private void start(String line, int cursor, Collection<String> nicks, Collection<String> rooms) {
        prefixLine = line.substring(0, cursor);
        tail = line.substring(cursor);
        wordStart = prefixLine.lastIndexOf(' ') + 1;
        String word = prefixLine.substring(wordStart);
        boolean firstWord = wordStart == 0;
        List<String> pool = new ArrayList<>();
        if (firstWord && word.startsWith("/")) {
            CommandTable.names().forEach(name -> pool.add(name + " "));
        } else if (word.startsWith("#") || prefixLine.startsWith("/join ")) {
            rooms.forEach(room -> pool.add((word.startsWith("#") ? "#" : "") + room + " "));
        } else {
            nicks.forEach(nick -> pool.add(nick + (firstWord ? ": " : " ")));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        candidates = pool.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(lower)).sorted().toList();
        index = 0;
    }
}
