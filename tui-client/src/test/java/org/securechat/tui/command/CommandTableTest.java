package org.securechat.tui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTableTest {
    /** Records what each command asked for. */
    private static final class Recorder implements ChatActions {
        final List<String> calls = new ArrayList<>();

        public void help() { calls.add("help"); }
        public void users() { calls.add("users"); }
        public void quit() { calls.add("quit"); }
        public void join(String room) { calls.add("join " + room); }
        public void leave() { calls.add("leave"); }
        public void message(String user, String text) { calls.add("msg " + user + "|" + text); }
        public void action(String text) { calls.add("me " + text); }
        public void rooms() { calls.add("rooms"); }
        public void changePassword() { calls.add("passwd"); }
        public void clear() { calls.add("clear"); }
        public void kick(String user, String reason) { calls.add("kick " + user + "|" + reason); }
        public void regen() { calls.add("regen"); }
        public void stop(String reason) { calls.add("stop " + reason); }
        public void restart(String reason) { calls.add("restart " + reason); }
        public void logout() { calls.add("logout"); }
        public void reconnect() { calls.add("reconnect"); }
        public void adminPane() { calls.add("admin"); }
        public void totpSetup() { calls.add("totp setup"); }
        public void totpEnable(String code) { calls.add("totp enable " + code); }
        public void totpDisable() { calls.add("totp disable"); }
        public void away(String text) { calls.add("away " + text); }
        public void presenceLines(String setting) { calls.add("joins " + setting); }
        public void highlight(String words) { calls.add("highlight " + words); }
        public void usageError(String text) { calls.add("error " + text); }
    }

    @Test
    void eachCommandReachesItsAction() {
        Recorder chat = new Recorder();
        for (String line : List.of("/help", "/users", "exit", "/quit", "/join #dev", "/leave", "/msg bob hi there",
                "/me waves", "/rooms", "/passwd", "/clear", "/kick bob spamming a lot", "/regen", "/stop bye",
                "/admin", "/join", "/msg")) {
            assertTrue(CommandTable.run(line, chat), line);
        }
        assertEquals(List.of("help", "users", "quit", "quit", "join #dev", "leave", "msg bob|hi there", "me waves",
                "rooms", "passwd", "clear", "kick bob|spamming a lot", "regen", "stop bye", "admin",
                "error usage: /join ROOM", "error usage: /msg USER TEXT"), chat.calls);
    }

    @Test
    void totpTakesItsSubcommandAndEnableItsCode() {
        Recorder chat = new Recorder();
        for (String line : List.of("/totp setup", "/totp enable 123 456", "/totp DISABLE", "/totp enable", "/totp",
                "/totp on")) {
            assertTrue(CommandTable.run(line, chat), line);
        }
        assertEquals(List.of("totp setup", "totp enable 123456", "totp disable",
                "error usage: /totp enable CODE (the 6 digits your authenticator app shows)",
                "error usage: /totp setup | /totp enable CODE | /totp disable",
                "error usage: /totp setup | /totp enable CODE | /totp disable"), chat.calls);
    }

    @Test
    void unknownCommandsAndEscapedSlashes() {
        assertFalse(CommandTable.run("/frobnicate", new Recorder()));
        assertFalse(CommandTable.isCommand("//not a command"));
        assertFalse(CommandTable.isCommand("hello"));
    }
}
