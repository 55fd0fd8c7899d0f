package org.securechat.tui.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.ZoneId;
import java.util.List;
import org.securechat.tui.client.Commands;
import org.securechat.tui.client.HistoryLoader;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.OnlineUser;

/** The chat screen: draws every pane from the state and routes keys to the command bar, scrolling and switching. */
public final class ChatComponent extends AbstractInteractableComponent<ChatComponent> {
    private final ChatState state;
    private final Commands commands;
    private final HistoryLoader history;
    private final CommandBar bar = new CommandBar();
    private final MessageRows rows;
    private int lastRowCount;
    private int lastPaneHeight = 1;

    public ChatComponent(ChatState state, Commands commands, HistoryLoader history, ZoneId zone) {
        this.state = state;
        this.commands = commands;
        this.history = history;
        this.rows = new MessageRows(zone);
    }

    public void restoreInput(String text) {
        bar.restore(text);
        invalidate();
    }

    @Override
    protected Result handleKeyStroke(KeyStroke key) {
        if (handleNavigation(key) || handleEditing(key)) {
            invalidate();
            return Result.HANDLED;
        }
        return Result.UNHANDLED;
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
            case Enter -> commands.submit(bar.take());
            case Tab -> bar.complete(state.users().stream().map(OnlineUser::name).toList(),
                    state.buffers().stream().map(Buffer::id).filter(id -> !id.direct()).map(BufferId::name).toList());
            case ArrowUp -> bar.historyUp();
            case ArrowDown -> bar.historyDown();
            case ArrowLeft -> bar.left();
            case ArrowRight -> bar.right();
            case Home -> bar.home();
            case End -> bar.end();
            case Backspace -> bar.backspace();
            case Delete -> bar.delete();
            case Character -> {
                if (key.isCtrlDown() || key.isAltDown()) {
                    return false;
                }
                bar.type(key.getCharacter());
            }
            default -> {
                return false;
            }
        }
        return true;
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
            ChatLayout layout = ChatLayout.of(graphics.getSize());
            if (layout.height() < 3) {
                return;
            }
            SidePanes.drawRooms(graphics, layout, state);
            SidePanes.drawUsers(graphics, layout, state);
            boolean scrolled = drawMessages(graphics, layout);
            SidePanes.drawStatus(graphics, layout, state, scrolled);
            int column = bar.draw(graphics, layout.commandRow(), layout.width());
            cursor = new TerminalPosition(column, layout.commandRow());
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
