package org.securechat.chat;

import java.util.Locale;
import java.util.Optional;

/**
 * What an audit entry records; its name in the trail is the constant's, lower case
 * ({@code LOGIN_FAILED} is {@code login_failed}). docs/operations.md lists each with its fields.
 */
public enum AuditAction {
    /** An account made: by {@code register}, {@code user add} or the bootstrap admin. */
    REGISTER,
    /** A protocol login that got in. */
    LOGIN,
    /** A wrong password or server password (each one the throttle let through). */
    LOGIN_FAILED,
    /** A session back with a resume token (no password); the detail is the device id. */
    RESUME,
    /** A resume token refused: unknown, expired, revoked or another account's. The token is never recorded. */
    RESUME_FAILED,
    /** A session that ended itself with {@code logout}, its token revoked. */
    LOGOUT,
    /** Resume tokens revoked: by passwd (all but the caller's), an admin's revoke or password; the detail says how many and why. */
    TOKENS_REVOKED,
    /** The throttle refused a source's attempts: one entry per wait it imposed, not one per attempt. */
    LOGIN_THROTTLED,
    /** A password set, by its owner ({@code passwd}) or on the data dir ({@code user passwd}). */
    PASSWD,
    /** Two-factor authentication turned on ({@code totp_enable}). */
    TOTP_ENABLE,
    /** Turned off by its owner ({@code totp_disable}). */
    TOTP_DISABLE,
    /** Turned off on the data dir ({@code user totp-reset}). */
    TOTP_RESET,
    KICK,
    REGEN,
    STOP,
    /** An account banned (detail: until when, and why) or its ban lifted. */
    BAN,
    UNBAN,
    /** An address or network banned (target: its CIDR; detail as for BAN) or its ban lifted. */
    ADDRESS_BAN,
    ADDRESS_UNBAN,
    /** An invite minted (detail: until when; never the invite) or spent by a registration (target: the new account). */
    INVITE,
    INVITE_USED;

    /** The name stored and listed. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action of this name, or empty. */
    public static Optional<AuditAction> named(String label) {
        for (AuditAction action : values()) {
            if (action.label().equals(label)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
