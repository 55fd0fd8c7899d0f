package org.securechat.tui.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Every command the command bar understands, in one table. */
public final class CommandTable {
    public static final List<Command> COMMANDS = List.of(
            new Command("/help", "", "list the commands", false, (chat, args) -> chat.help()),
            new Command("/users", "", "who is online (admins marked)", false, (chat, args) -> chat.users()),
            new Command("/join", "ROOM", "join a room (created if new) and switch to it", false,
                    required("/join ROOM", ChatActions::join)),
            new Command("/leave", "", "leave the current room, or close the current conversation", false,
                    (chat, args) -> chat.leave()),
            new Command("/msg", "USER TEXT", "open a direct conversation with USER, sending TEXT if given", false,
                    (chat, args) -> {
                        String[] parts = args.split("\\s+", 2);
                        if (parts[0].isEmpty()) {
                            chat.usageError("usage: /msg USER TEXT");
                        } else {
                            chat.message(parts[0], parts.length > 1 ? parts[1] : "");
                        }
                    }),
            new Command("/me", "TEXT", "send an action (* you TEXT)", false, required("/me TEXT", ChatActions::action)),
            new Command("/rooms", "", "list the rooms", false, (chat, args) -> chat.rooms()),
            new Command("/passwd", "", "change your password (asked in a masked form)", false,
                    (chat, args) -> chat.changePassword()),
            new Command("/totp", "setup|enable CODE|disable", "two-factor authentication: set up (a QR code to"
                    + " scan), turn on with the app's code, turn off", false, CommandTable::totp),
            new Command("/away", "[TEXT]", "set an away message, or clear it without TEXT", false,
                    (chat, args) -> chat.away(args)),
            new Command("/joins", "[on|off]", "show or hide join, leave and quit lines", false,
                    (chat, args) -> chat.presenceLines(args)),
            new Command("/highlight", "[WORD...]", "words that highlight a message besides your name (none: list)",
                    false, (chat, args) -> chat.highlight(args)),
            new Command("/clear", "", "clear the current buffer on this screen", false, (chat, args) -> chat.clear()),
            new Command("/reconnect", "", "connect again now instead of waiting", false,
                    (chat, args) -> chat.reconnect()),
            new Command("/logout", "", "log out: forget the saved session (next time asks the password)", false,
                    (chat, args) -> chat.logout()),
            new Command("/quit", "", "leave the chat, keeping the saved session (also: exit)", false,
                    (chat, args) -> chat.quit()),
            new Command("/kick", "USER [REASON]", "close every session of USER", true, (chat, args) -> {
                String[] parts = args.split("\\s+", 2);
                if (parts[0].isEmpty()) {
                    chat.usageError("usage: /kick USER [REASON]");
                } else {
                    chat.kick(parts[0], parts.length > 1 ? parts[1] : "");
                }
            }),
            new Command("/regen", "", "generate a new server password and show it", true, (chat, args) -> chat.regen()),
            new Command("/stop", "[REASON]", "shut the server down", true, (chat, args) -> chat.stop(args)),
            new Command("/restart", "[REASON]", "shut the server down for a restart: clients come back by themselves",
                    true, (chat, args) -> chat.restart(args)),
            new Command("/admin", "", "open the admin pane (also F2)", true, (chat, args) -> chat.adminPane()));

    private CommandTable() {
    }

    private static BiConsumer<ChatActions, String> required(String usage, BiConsumer<ChatActions, String> action) {
        return (chat, args) -> {
            if (args.isEmpty()) {
                chat.usageError("usage: " + usage);
            } else {
                action.accept(chat, args);
            }
        };
    }

    private static void totp(ChatActions chat, String args) {
        String[] parts = args.split("\\s+", 2);
        switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "setup" -> chat.totpSetup();
            case "enable" -> {
                if (parts.length < 2) {
                    chat.usageError("usage: /totp enable CODE (the 6 digits your authenticator app shows)");
                } else {
                    chat.totpEnable(parts[1].replace(" ", ""));
                }
            }
            case "disable" -> chat.totpDisable();
            default -> chat.usageError("usage: /totp setup | /totp enable CODE | /totp disable");
        }
    }

    public static boolean isCommand(String line) {
        String trimmed = line.strip();
        return trimmed.equals("exit") || (trimmed.startsWith("/") && !trimmed.startsWith("//"));
    }

    /** Runs a command line; false if no command has that name. */
    public static boolean run(String line, ChatActions chat) {
        String trimmed = line.strip();
        if (trimmed.equals("exit")) {
            chat.quit();
            return true;
        }
        String[] parts = trimmed.split("\\s+", 2);
        Optional<Command> command = find(parts[0]);
        command.ifPresent(c -> c.action().accept(chat, parts.length > 1 ? parts[1].strip() : ""));
        return command.isPresent();
    }

    public static Optional<Command> find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return COMMANDS.stream().filter(c -> c.name().equals(wanted)).findFirst();
    }

    public static List<String> names() {
        return COMMANDS.stream().map(Command::name).toList();
    }
}
