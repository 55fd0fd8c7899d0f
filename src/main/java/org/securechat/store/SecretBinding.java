package org.securechat.store;

import java.nio.charset.StandardCharsets;

/**
 * What an account's sealed TOTP secret is bound to as associated data: the account. A sealed
 * secret copied into another account's row fails authentication instead of letting that account
 * log in with codes of the first.
 */
public record SecretBinding(long accountId) {
    public byte[] associatedData() {
        return ("securechat totp secret v1|account " + accountId).getBytes(StandardCharsets.UTF_8);
    }
}
