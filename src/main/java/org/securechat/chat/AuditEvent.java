package org.securechat.chat;

import java.time.Instant;

/**
 * One thing the audit trail records: when (the chat's clock), who ({@code actor}, null for none),
 * what ({@code action} and its {@code target}, null for none), from where ({@code source}), and
 * a short {@code detail} (a kick's reason, why a login failed). Never a secret.
 */
public record AuditEvent(Instant at, String actor, String action, String target, String source, String detail) {
}
