package org.securechat.tui.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.securechat.tui.client.Commands;
import org.securechat.tui.client.HistoryLoader;
import org.securechat.tui.command.CommandTable;
import org.securechat.tui.input.LineEditor;
import org.securechat.tui.input.PasteDetector;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.Notice;
import org.securechat.tui.model.OnlineUser;

/**
 * The chat screen: draws every pane from the state and routes keys to the input, scrolling and switching. Enter is
 * held until the {@link PasteDetector} knows whether it was typed (submit) or pasted (a line break in the text).
 */
public final class ChatComponent extends AbstractInteractableComponent<ChatComponent> {
    /** A paste of more lines than this is easy to send by mistake, and floods everyone's screen: ask first. */
    static final int ASK_ABOVE_LINES = 20;

    private final ChatState state;
    private final Commands commands;
    private final HistoryLoader history;
    private final CommandBar bar = new CommandBar();
    private final PasteDetector paste;
    private final MessageRows rows;
    private int lastRowCount;
    private int lastPaneHeight = 1;
    /** True while Enter's line is being handled: a refusal then can put it straight back into the input. */
    private boolean submitting;

    public ChatComponent(ChatState state, Commands commands, HistoryLoader history, Clock clock) {
        this.state = state;
        this.commands = commands;
        this.history = history;
        this.paste = new PasteDetector(clock);
        this.rows = new MessageRows(clock.getZone());
    }

    /** A refused line: back into the input if refused at once, else to the history (Up recalls it). */
    public void restoreInput(String text) {
        if (submitting) {
            bar.putBack(text);
        } else {
            bar.keepInHistory(text);
        }
        invalidate();
    }

    @Override
    protected Result handleKeyStroke(KeyStroke key) {
        boolean enter = key.getKeyType() == KeyType.Enter && !key.isAltDown();
        switch (enter ? paste.enter() : paste.key()) {
            case LINE_BREAK -> bar.edit(LineEditor::newline);
            case SUBMIT -> submit();
            case NONE -> { }
        }
        if (enter) {
            invalidate();
            return Result.HANDLED;
        }
        if (handleNavigation(key) || handleEditing(key)) {
            invalidate();
            return Result.HANDLED;
        }
        return Result.UNHANDLED;
    }

    /** Called on every turn of the GUI loop: sends a typed Enter's line, or ends a paste; true if anything did. */
    public boolean settleInput() {
        switch (paste.settle()) {
            case SUBMIT -> submit();
            case PASTED -> { } // the burst is over: only the input it grew needs drawing
            case NOTHING -> {
                return false;
            }
        }
        invalidate();
        return true;
    }

    /** Enter: the text goes out; one of more than {@link #ASK_ABOVE_LINES} lines only once the person agrees. */
    private void submit() {
        String text = bar.text();
        long lines = text.lines().count();
        if (lines > ASK_ABOVE_LINES && !CommandTable.isCommand(text) && getTextGUI() instanceof WindowBasedTextGUI gui) {
            Dialogs.choose(gui, "A long message", "Send these " + lines + " lines as one message?",
                    "Send", "Keep editing", this::sendInput, () -> { });
            return;
        }
        sendInput();
    }

    private void sendInput() {
        submitting = true;
        try {
            commands.submit(bar.take());
        } finally {
            submitting = false;
        }
        invalidate();
    }

    private boolean handleNavigation(KeyStroke key) {
        KeyType type = key.getKeyType();
        Character c = key.getCharacter();
        if (type == KeyType.Character && key.isAltDown() && c >= '1' && c <= '9') {
            state.switchToIndex(c - '1');
        } else if (type == KeyType.Character && key.isCtrlDown() && (c == 'n' || c == 'p')) {
            state.cycle(c == 'n' ? 1 : -1);
        } else if ((type == KeyType.ArrowLeft || type == KeyType.ArrowRight) && key.isAltDown()) {
            state.cycle(type == KeyType.ArrowRight ? 1 : -1);
        } else if (type == KeyType.PageUp) {
            scrollUp();
        } else if (type == KeyType.PageDown) {
            state.currentBuffer().ifPresent(b -> b.setScrollOffset(b.scrollOffset() - page()));
        } else if (type == KeyType.F2) {
            commands.adminPane();
        } else {
            return false;
        }
        return true;
    }

    private boolean handleEditing(KeyStroke key) {
        switch (key.getKeyType()) {
            case Enter -> bar.edit(LineEditor::newline);
            case Tab -> {
                if (paste.rapid()) {
                    bar.edit(e -> e.insert("\t"));
                } else {
                    bar.complete(state.users().stream().map(OnlineUser::name).toList(), state.buffers().stream()
                            .map(Buffer::id).filter(id -> !id.direct()).map(BufferId::name).toList());
                }
            }
            case ArrowUp -> bar.up();
            case ArrowDown -> bar.down();
            case ArrowLeft -> bar.edit(LineEditor::left);
            case ArrowRight -> bar.edit(LineEditor::right);
            case Home -> bar.edit(LineEditor::lineStart);
            case End -> bar.edit(LineEditor::lineEnd);
            case Backspace -> bar.edit(LineEditor::backspace);
            case Delete -> bar.edit(LineEditor::deleteForward);
            case Character -> {
                return typed(key);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A character: text, or one of the readline keys (Ctrl+A/E/B/F/U/K/W/Y/J/L, Alt+B/F/D). */
    private boolean typed(KeyStroke key) {
        char c = key.getCharacter();
        if (!key.isCtrlDown() && !key.isAltDown()) {
            bar.type(c);
            return true;
        }
        Consumer<LineEditor> edit = key.isCtrlDown() && !key.isAltDown() ? ctrlEdit(c)
                : key.isAltDown() && !key.isCtrlDown() ? altEdit(c) : null;
        if (edit != null) {
            bar.edit(edit);
            return true;
        }
        if (key.isCtrlDown() && c == 'l') {
            redrawAll();
            return true;
        }
        return false;
    }

    private static Consumer<LineEditor> ctrlEdit(char c) {
        return switch (c) {
            case 'a' -> LineEditor::lineStart;
            case 'e' -> LineEditor::lineEnd;
            case 'b' -> LineEditor::left;
            case 'f' -> LineEditor::right;
            case 'u' -> LineEditor::killToLineStart;
            case 'k' -> LineEditor::killToLineEnd;
            case 'w' -> LineEditor::killWordBackward;
            case 'y' -> LineEditor::yank;
            case 'j' -> LineEditor::newline;
            default -> null;
        };
    }

    private static Consumer<LineEditor> altEdit(char c) {
        return switch (c) {
            case 'b' -> LineEditor::wordLeft;
            case 'f' -> LineEditor::wordRight;
            case 'd' -> LineEditor::killWordForward;
            default -> null;
        };
    }

    /** Ctrl+L: repaints every cell, for when something outside the client has scribbled on the terminal. */
    private void redrawAll() {
        Screen screen = getTextGUI() == null ? null : getTextGUI().getScreen();
        if (screen == null) {
            return;
        }
        try {
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException e) {
            state.notice(Notice.error("Cannot redraw: " + e.getMessage()));
        }
    }

    private int page() {
        return Math.max(1, lastPaneHeight - 1);
    }

    /** Scrolls a page up; at the top, asks the server for older messages. */
    private void scrollUp() {
        Buffer buffer = state.currentBuffer().orElse(null);
        if (buffer == null) {
            return;
        }
        int top = Math.max(0, lastRowCount - lastPaneHeight);
        int wanted = buffer.scrollOffset() + page();
        buffer.setScrollOffset(Math.min(wanted, top));
        if (wanted >= top) {
            history.loadOlder();
        }
    }

    @Override
    protected InteractableRenderer<ChatComponent> createDefaultRenderer() {
        return new Renderer();
    }

    private final class Renderer implements InteractableRenderer<ChatComponent> {
        private TerminalPosition cursor = TerminalPosition.TOP_LEFT_CORNER;

        @Override
        public TerminalSize getPreferredSize(ChatComponent component) {
            return new TerminalSize(80, 24);
        }

        @Override
        public TerminalPosition getCursorLocation(ChatComponent component) {
            return cursor;
        }

        @Override
        public void drawComponent(TextGUIGraphics graphics, ChatComponent component) {
            graphics.setBackgroundColor(TextColor.ANSI.DEFAULT).setForegroundColor(TextColor.ANSI.DEFAULT);
            graphics.fill(' ');
            int inputRows = bar.rows(graphics.getSize().getColumns(), ChatLayout.maxInputRows(graphics.getSize()));
            ChatLayout layout = ChatLayout.of(graphics.getSize(), inputRows);
            if (layout.height() < 3) {
                return;
            }
            SidePanes.drawRooms(graphics, layout, state);
            SidePanes.drawUsers(graphics, layout, state);
            boolean scrolled = drawMessages(graphics, layout);
            SidePanes.drawStatus(graphics, layout, state, scrolled);
            cursor = bar.draw(graphics, layout.commandRow(), layout.width(), layout.inputRows());
        }

        /** Returns whether the view is scrolled away from the newest line. */
        private boolean drawMessages(TextGUIGraphics graphics, ChatLayout layout) {
            Buffer buffer = state.currentBuffer().orElse(null);
            lastPaneHeight = Math.max(1, layout.paneHeight());
            if (buffer == null) {
                lastRowCount = 0;
                SafeText.draw(graphics, layout.messagesLeft(), 0, "No room open. Try /join general",
                        layout.messagesWidth(), TextColor.ANSI.CYAN);
                return false;
            }
            List<List<Span>> all = rows.layout(buffer.entries(), layout.messagesWidth(), buffer.markerAfter(),
                    state::highlights);
            lastRowCount = all.size();
            int offset = Math.min(buffer.scrollOffset(), Math.max(0, all.size() - lastPaneHeight));
            buffer.setScrollOffset(offset);
            int end = all.size() - offset;
            int start = Math.max(0, end - lastPaneHeight);
            int row = lastPaneHeight - (end - start);
            for (List<Span> line : all.subList(start, end)) {
                int column = 0;
                for (Span span : line) {
                    column += SafeText.draw(graphics, layout.messagesLeft() + column, row, span.text(),
                            layout.messagesWidth() - column, span.color(), span.styles());
                }
                row++;
            }
            return offset > 0;
        }
    }
}
