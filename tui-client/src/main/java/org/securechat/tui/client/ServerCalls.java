package org.securechat.tui.client;

import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.Notice;
import org.securechat.tui.net.Outbox;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;

/** Requests made on the GUI thread whose answers come back to it, and redraw the screen when they do. */
final class ServerCalls {
    private final ChatState state;
    private final Outbox outbox;
    private final Executor gui;
    private final ClientHooks hooks;

    ServerCalls(ChatState state, Outbox outbox, Executor gui, ClientHooks hooks) {
        this.state = state;
        this.outbox = outbox;
        this.gui = gui;
        this.hooks = hooks;
    }

    /** Hands the reply, or the failure, to {@code then} on the GUI thread. */
    <R extends Reply> void request(Request<R> request, BiConsumer<R, Throwable> then) {
        outbox.request(request).whenCompleteAsync((reply, error) -> {
            then.accept(reply, error);
            hooks.changed();
        }, gui);
    }

    /** On success runs onOk; on failure shows why and, when typed is not null, gives that line back to the bar. */
    <R extends Reply> void call(Request<R> request, Consumer<R> onOk, String typed) {
        request(request, (reply, error) -> {
            if (error == null) {
                onOk.accept(reply);
                return;
            }
            state.notice(Notice.error(describe(error)));
            if (typed != null) {
                hooks.restoreInput(typed);
            }
        });
    }

    static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ServerError serverError) {
            return serverError.describe();
        }
        return "not sent: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }
}
