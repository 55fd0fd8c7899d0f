package org.securechat.admin.cli;

import jakarta.enterprise.context.Dependent;
import org.securechat.chat.InputRules;

/** An account's new password: read as {@link PasswordReader} says, held to the input rules. */
@Dependent
public class NewPassword {
    private final PasswordReader reader = new PasswordReader();

    /** The password; refused (exit 1, the rule in the message) when it breaks the rules. */
    public String read(String prompt) {
        return InputRules.password(reader.readNew(prompt));
    }
}
