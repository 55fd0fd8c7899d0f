package org.securechat.tui.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import org.securechat.tui.client.Commands;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.OnlineUser;

/**
 * F2 or /admin: the online sessions (Enter kicks, after a confirmation), the server password with a regenerate
 * button, and stopping the server behind a confirmation. The server decides who may; refusals show in the chat.
 */
final class AdminPane {
    private final WindowBasedTextGUI gui;
    private final ChatState state;
    private final Commands commands;
    private final BasicWindow window = Dialogs.modal("Admin (Esc closes)");
    private final ActionListBox sessions = new ActionListBox(new TerminalSize(40, 8));
    private final Label password = new Label("");

    AdminPane(WindowBasedTextGUI gui, ChatState state, Commands commands) {
        this.gui = gui;
        this.state = state;
        this.commands = commands;
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label("Online users (Enter kicks):"));
        panel.addComponent(sessions);
        panel.addComponent(password);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button("Regenerate password", commands::regen));
        buttons.addComponent(new Button("Stop server", () -> Dialogs.confirm(gui, "Stop the server",
                "Stop the server for everyone?", () -> {
                    window.close();
                    commands.stop("stopped from the admin pane");
                })));
        buttons.addComponent(new Button("Close", window::close));
        panel.addComponent(buttons);
        window.setComponent(panel);
        refresh();
        sessions.takeFocus();
    }

    void show() {
        gui.addWindow(window);
    }

    boolean isOpen() {
        return window.getTextGUI() != null;
    }

    /** Re-reads the state: online users and the server password. */
    void refresh() {
        int selected = sessions.getSelectedIndex();
        sessions.clearItems();
        for (OnlineUser user : state.users()) {
            String name = user.name();
            sessions.addItem("kick " + SafeText.sanitize(name) + (user.admin() ? " (admin)" : ""),
                    () -> Dialogs.confirm(gui, "Kick", "Kick " + SafeText.sanitize(name) + "?",
                            () -> commands.kick(name, "")));
        }
        if (selected >= 0 && selected < sessions.getItemCount()) {
            sessions.setSelectedIndex(selected);
        }
        password.setText("Server password: " + state.serverPassword().map(SafeText::sanitize)
                .orElse("(not known here; regenerate to see a new one)"));
    }
}
