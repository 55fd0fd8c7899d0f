package org.securechat.chat;

import java.util.Optional;

/**
 * An account's TOTP as stored: its shared secret (empty when the sealed secret does not open, as
 * when it was copied from another account's row), whether it is enforced yet, and the last time
 * step whose code was accepted (no code of it or an earlier step is accepted again).
 */
public record SecondFactor(Optional<String> secret, boolean enabled, long lastStep) {
    @Override
    public String toString() {
        return "SecondFactor[enabled=" + enabled + ", lastStep=" + lastStep + "]";
    }
}
