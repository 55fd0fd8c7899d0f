package org.securechat.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.securechat.chat.ChatError;

/**
 * The most common passwords, refused for new ones: the 30,000 of zxcvbn's list (those of 8 bytes or
 * more, the shortest a password may be; about 11,600), compared without regard to case. Loaded on
 * first use, off the event loop, where the password is hashed.
 */
@ApplicationScoped
public class CommonPasswords {
    private static final int MIN_LENGTH = 8;

    private volatile Set<String> common;

    /** Refuses one of the list with WEAK_PASSWORD. */
    public void refuseCommon(String password) {
        if (list().contains(password.toLowerCase(Locale.ROOT))) {
            throw new ChatError(ChatError.Reason.WEAK_PASSWORD,
                    "that password is one of the most common ones, which are guessed first; choose another");
        }
    }

    private Set<String> list() {
        Set<String> loaded = common;
        if (loaded == null) {
            try {
                loaded = StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                        .filter(p -> p.length() >= MIN_LENGTH).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the list of common passwords", e);
            }
            common = loaded;
        }
        return loaded;
    }
}
