package org.securechat.chat;

/**
 * What a login offers besides the password: a TOTP code, or a recovery code, or neither (both
 * null). The values are secrets: never logged, never in a message.
 */
public record SecondFactorProof(String code, String recoveryCode) {
    public static final SecondFactorProof NONE = new SecondFactorProof(null, null);

    /**
     * One value that may be either, as a header carries it: six digits are a TOTP code, anything
     * else a recovery code; null or blank is none.
     */
    public static SecondFactorProof of(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        String trimmed = value.strip();
        return trimmed.matches("[0-9]{6}") ? new SecondFactorProof(trimmed, null) : new SecondFactorProof(null, trimmed);
    }

    public boolean given() {
        return code != null || recoveryCode != null;
    }

    @Override
    public String toString() {
        return "SecondFactorProof[" + (code != null ? "code" : recoveryCode != null ? "recovery code" : "none") + "]";
    }
}
