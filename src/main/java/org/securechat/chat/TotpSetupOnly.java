package org.securechat.chat;

import java.util.Set;

/**
 * What a session that may only set TOTP up may send (chat.totp.required-for-admins): the two setup
 * ops, ping and quit. Anything else is forbidden, saying why and what to do.
 */
final class TotpSetupOnly {
    private static final Set<String> OPS = Set.of("totp_setup", "totp_enable", "ping", "quit");

    private TotpSetupOnly() {
    }

    static void admit(Op<?> op) {
        if (op == null || !OPS.contains(op.name())) {
            throw new ChatError(ChatError.Reason.FORBIDDEN, "this server requires admins to use two-factor"
                    + " authentication: set it up first (totp_setup, then totp_enable); until then only those, ping"
                    + " and quit are allowed");
        }
    }
}
