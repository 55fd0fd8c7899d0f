package org.securechat.admin.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passwords for the one-shot commands: typed on the terminal without echo, or, with no terminal
 * (scripts, pipes), one line of standard input. Never from the command line, where {@code ps} shows it.
 */
public final class PasswordReader {

    /** A password typed once. */
    public String read(String prompt) {
        Console terminal = terminal();
        return terminal == null ? standardInputLine() : typed(terminal, prompt);
    }

    /** A new password: typed twice on a terminal, which must match; one line of standard input otherwise. */
    public String readNew(String prompt) {
        Console terminal = terminal();
        if (terminal == null) {
            return standardInputLine();
        }
        String first = typed(terminal, prompt);
        if (!first.equals(typed(terminal, "Type it again: "))) {
            throw CommandFailure.refused("the two passwords do not match");
        }
        return first;
    }

    private static String typed(Console terminal, String prompt) {
        char[] typed = terminal.readPassword("%s", prompt);
        if (typed == null) {
            throw CommandFailure.refused("no password typed");
        }
        String password = new String(typed);
        Arrays.fill(typed, '\0');
        return password;
    }

    private static String standardInputLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw CommandFailure.refused("no password: there is no terminal and standard input is empty");
            }
            return line;
        } catch (IOException e) {
            throw CommandFailure.refused("cannot read the password from standard input: " + e.getMessage());
        }
    }

    /** The terminal, or null when input or output is redirected. */
    private static Console terminal() {
        Console console = System.console();
        return console != null && isTerminal(console) ? console : null;
    }

    /** Java 22+ returns a Console even when redirected; only its isTerminal() (22+) tells a terminal. */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException beforeJava22) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
