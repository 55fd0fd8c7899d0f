package org.securechat.tui.command;

import java.util.function.BiConsumer;

/** One entry of the command table: {@code /name usage}, what it does, and the action with the rest of the line. */
public record Command(String name, String usage, String help, boolean adminOnly,
                      BiConsumer<ChatActions, String> action) {

    public String synopsis() {
        return usage.isEmpty() ? name : name + " " + usage;
    }
}
