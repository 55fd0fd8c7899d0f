package org.securechat.tui.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.OnlineUser;

/**
 * The buffers list (left, with Alt+N numbers, unread counts, and mentions marked '!'), the users (right: the current
 * room's online members, admins marked '@', away ones dimmed), and the status bar with the buffers that have activity.
 */
final class SidePanes {
    private SidePanes() {
    }

    static void drawRooms(TextGraphics graphics, ChatLayout layout, ChatState state) {
        if (layout.sideWidth() == 0) {
            return;
        }
        SafeText.draw(graphics, 0, 0, "Rooms", layout.sideWidth(), TextColor.ANSI.WHITE, SGR.BOLD);
        List<Buffer> buffers = state.buffers();
        Buffer current = state.currentBuffer().orElse(null);
        for (int i = 0; i < buffers.size() && i + 1 < layout.paneHeight(); i++) {
            Buffer buffer = buffers.get(i);
            String number = i < 9 ? (i + 1) + " " : "  ";
            String unread = buffer.unread() > 0 ? " " + Math.min(buffer.unread(), 999) + (attention(buffer) ? "!" : "") : "";
            String label = SafeText.fit(number + buffer.id().label(), layout.sideWidth() - unread.length());
            int row = i + 1;
            if (buffer == current) {
                String padded = label + " ".repeat(Math.max(0, layout.sideWidth() - SafeText.columns(label)));
                SafeText.draw(graphics, 0, row, padded, layout.sideWidth(), TextColor.ANSI.DEFAULT, SGR.REVERSE);
            } else {
                SafeText.draw(graphics, 0, row, label, layout.sideWidth(), TextColor.ANSI.DEFAULT);
                SafeText.draw(graphics, layout.sideWidth() - unread.length(), row, unread, unread.length(),
                        attention(buffer) ? TextColor.ANSI.MAGENTA_BRIGHT : TextColor.ANSI.YELLOW_BRIGHT, SGR.BOLD);
            }
        }
        drawRule(graphics, layout.sideWidth(), layout.paneHeight());
    }

    static void drawUsers(TextGraphics graphics, ChatLayout layout, ChatState state) {
        if (layout.sideWidth() == 0) {
            return;
        }
        int left = layout.usersLeft();
        drawRule(graphics, left - 1, layout.paneHeight());
        List<OnlineUser> users = List.copyOf(state.users());
        SafeText.draw(graphics, left, 0, "Users (" + users.size() + ")", layout.sideWidth(), TextColor.ANSI.WHITE,
                SGR.BOLD);
        for (int i = 0; i < users.size() && i + 1 < layout.paneHeight(); i++) {
            OnlineUser user = users.get(i);
            String name = (user.admin() ? "@" : " ") + user.name();
            if (user.away() != null) {
                SafeText.draw(graphics, left, i + 1, SafeText.fit(name + " (away)", layout.sideWidth()), layout.sideWidth(),
                        TextColor.ANSI.BLACK_BRIGHT);
            } else {
                SafeText.draw(graphics, left, i + 1, name, layout.sideWidth(), NickColors.of(user.name()));
            }
        }
    }

    /** A mention, or an unread direct message: what the user is most likely to want to read next. */
    private static boolean attention(Buffer buffer) {
        return buffer.mentions() > 0 || (buffer.id().direct() && buffer.unread() > 0);
    }

    /** " | act: 2,4!" names the buffers (by their Alt+N number) with unread messages; '!' where they need you. */
    private static String activity(ChatState state) {
        List<Buffer> buffers = state.buffers();
        StringBuilder active = new StringBuilder();
        for (int i = 0; i < buffers.size(); i++) {
            Buffer buffer = buffers.get(i);
            if (buffer.unread() > 0) {
                active.append(active.isEmpty() ? "" : ",").append(i + 1).append(attention(buffer) ? "!" : "");
            }
        }
        return active.isEmpty() ? "" : " | act: " + active;
    }

    private static void drawRule(TextGraphics graphics, int column, int height) {
        for (int row = 0; row < height; row++) {
            graphics.setCharacter(column, row, '│');
        }
    }

    static void drawStatus(TextGraphics graphics, ChatLayout layout, ChatState state, boolean scrolled) {
        String where = state.currentBuffer().map(b -> b.id().label()).orElse("-");
        String detail = state.connectionDetail().isBlank() ? "" : " (" + state.connectionDetail() + ")";
        String text = " " + state.connection().label() + detail + " | " + state.me() + "@" + state.server()
                + " | " + where + (state.admin() ? " | admin" : "") + activity(state) + (scrolled ? " | scrolled, PgDn" : "")
                + (state.outgoing() > 0 ? " | " + state.outgoing() + " to send" : "");
        String line = SafeText.fit(text, layout.width());
        line = line + " ".repeat(Math.max(0, layout.width() - SafeText.columns(line)));
        SafeText.draw(graphics, 0, layout.statusRow(), line, layout.width(), TextColor.ANSI.DEFAULT, SGR.REVERSE);
    }
}
