package org.securechat.tui.ui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Small modal windows that never block the GUI thread: they report through callbacks, so the network thread,
 * the main loop and headless tests all keep running while one is open.
 */
final class Dialogs {
    private Dialogs() {
    }

    /** A centred modal window that Escape closes. */
    static BasicWindow modal(String title) {
        BasicWindow window = new BasicWindow(title);
        window.setHints(List.of(Window.Hint.CENTERED, Window.Hint.MODAL));
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onUnhandledInput(Window basePane, com.googlecode.lanterna.input.KeyStroke key,
                                         AtomicBoolean handled) {
                if (key.getKeyType() == KeyType.Escape) {
                    basePane.close();
                    handled.set(true);
                }
            }
        });
        return window;
    }

    /** Asks a yes/no question; onYes runs only on "Yes". */
    static void confirm(WindowBasedTextGUI gui, String title, String question, Runnable onYes) {
        choose(gui, title, question, "Yes", "No", onYes, () -> { });
    }

    /** Two buttons, each closing the window and running its action. */
    static void choose(WindowBasedTextGUI gui, String title, String text, String yesLabel, String noLabel,
                       Runnable onYes, Runnable onNo) {
        BasicWindow window = modal(title);
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label(SafeText.sanitizeKeepingLines(text)));
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        AtomicBoolean answered = new AtomicBoolean();
        Button no = new Button(noLabel, () -> {
            answered.set(true);
            window.close();
            onNo.run();
        });
        buttons.addComponent(new Button(yesLabel, () -> {
            answered.set(true);
            window.close();
            onYes.run();
        }));
        buttons.addComponent(no);
        panel.addComponent(buttons);
        window.setComponent(panel);
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onUnhandledInput(Window basePane, com.googlecode.lanterna.input.KeyStroke key,
                                         AtomicBoolean handled) {
                if (key.getKeyType() == KeyType.Escape && answered.compareAndSet(false, true)) {
                    onNo.run();
                }
            }
        });
        no.takeFocus();
        gui.addWindow(window);
    }
}
