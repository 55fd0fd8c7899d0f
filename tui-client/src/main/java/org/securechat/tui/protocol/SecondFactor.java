package org.securechat.tui.protocol;

/**
 * What a login offers besides the password when the account has two-factor authentication: the code of the
 * authenticator app, or one of the recovery codes. Used once: never kept for a later login.
 */
public record SecondFactor(String code, String recoveryCode) {
    /** What the user typed at the prompt: six digits are a code, anything else a recovery code. */
    public static SecondFactor of(String typed) {
        String trimmed = typed.strip().replace(" ", "");
        return trimmed.matches("[0-9]{6}") ? new SecondFactor(trimmed, null) : new SecondFactor(null, typed.strip());
    }

    @Override
    public String toString() {
        return "SecondFactor[***]";
    }
}
