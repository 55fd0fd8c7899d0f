package org.securechat.tui.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import java.util.function.BiConsumer;

/** /passwd: the old password and the new one twice, all masked, so no password is ever typed in the open. */
final class PasswordDialog {
    private PasswordDialog() {
    }

    static void show(WindowBasedTextGUI gui, BiConsumer<String, String> onChange) {
        BasicWindow window = Dialogs.modal("Change password");
        TextBox old = new TextBox(new TerminalSize(30, 1)).setMask('*');
        TextBox fresh = new TextBox(new TerminalSize(30, 1)).setMask('*');
        TextBox again = new TextBox(new TerminalSize(30, 1)).setMask('*');
        Label problem = new Label("");
        Panel grid = new Panel(new GridLayout(2));
        grid.addComponent(new Label("Current password"));
        grid.addComponent(old);
        grid.addComponent(new Label("New password"));
        grid.addComponent(fresh);
        grid.addComponent(new Label("New password again"));
        grid.addComponent(again);
        grid.addComponent(new Button("Change", () -> {
            if (!fresh.getText().equals(again.getText())) {
                problem.setText("The new passwords differ.");
                return;
            }
            window.close();
            onChange.accept(old.getText(), fresh.getText());
        }));
        grid.addComponent(new Button("Cancel", window::close));
        grid.addComponent(problem, GridLayout.createHorizontallyFilledLayoutData(2));
        window.setComponent(grid);
        gui.addWindow(window);
    }
}
