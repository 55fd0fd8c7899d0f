package org.securechat.admin.cli;

import jakarta.enterprise.context.Dependent;
import org.securechat.chat.InputRules;
import org.securechat.security.PasswordHasher;

/** An account's new password: read as {@link PasswordReader} says, held to the input rules, bcrypt-hashed. */
@Dependent
public class NewPassword {
    private final PasswordHasher hasher;
    private final PasswordReader reader = new PasswordReader();

    public NewPassword(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** The hash to store; refused (exit 1, the rule in the message) when the password breaks the rules. */
    public String hash(String prompt) {
        return hasher.hash(InputRules.password(reader.readNew(prompt)));
    }
}
