package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Attendance;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Away;
import org.securechat.chat.Session;
import org.securechat.chat.port.AwayMessages;

/**
 * {@code away}: sets the account's away message, or clears it without text; stored, so it holds
 * across the account's sessions and the server's restarts until cleared, and told to everyone.
 */
@ApplicationScoped
public class AwayHandler implements OpHandler<Away> {
    private final AwayMessages aways;
    private final Attendance attendance;

    public AwayHandler(AwayMessages aways, Attendance attendance) {
        this.aways = aways;
        this.attendance = attendance;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Away request) {
        String text = InputRules.away(request.text());
        return aways.set(session.account().id(), text).thenRunAsync(() -> {
            attendance.away(session.account(), text);
            session.reply(requestId, new Reply.Done());
        }, session.peer().executor());
    }
}
