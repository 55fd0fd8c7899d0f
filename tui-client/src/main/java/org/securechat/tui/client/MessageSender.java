package org.securechat.tui.client;

import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.model.Notice;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;

/** The one way a line reaches the current conversation: send to a room, dm to a person. */
final class MessageSender {
    private final ChatState state;
    private final ServerCalls calls;
    private final ClientHooks hooks;

    MessageSender(ChatState state, ServerCalls calls, ClientHooks hooks) {
        this.state = state;
        this.calls = calls;
        this.hooks = hooks;
    }

    /** {@code typed} is the line as the user wrote it, given back to the command bar when the message fails. */
    void sendToCurrent(String text, Request.Kind kind, String typed) {
        BufferId id = state.currentBuffer().map(Buffer::id).orElse(null);
        if (id == null) {
            state.notice(Notice.error("join a room first: /join ROOM"));
            hooks.restoreInput(typed);
            return;
        }
        Request<Reply.Sent> request = id.direct()
                ? new Request.Dm(id.name(), text, kind)
                : new Request.Send(id.name(), text, kind);
        calls.call(request, reply -> state.receive(reply.message()), typed);
    }
}
