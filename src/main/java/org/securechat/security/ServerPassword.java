package org.securechat.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.securechat.ChatConfig;
import org.securechat.chat.port.SharedPassword;

/**
 * The access password of the running server: fresh at each start unless configured, replaced by
 * {@link #regenerate()} for new logins only (sessions already in stay). Kept where every node sees it.
 */
@ApplicationScoped
public class ServerPassword {
    /** No 0/O, 1/l/I: typable and readable aloud. 57 symbols, 20 of them give 116 bits. */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int GROUPS = 5;
    private static final int GROUP_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();
    private final SharedPassword shared;

    public ServerPassword(ChatConfig config, SharedPassword shared) {
        this.shared = shared;
        shared.initialize(config.serverPassword().filter(p -> !p.isBlank()).orElseGet(this::generate));
    }

    public String current() {
        return shared.current();
    }

    public String regenerate() {
        String fresh = generate();
        shared.replace(fresh);
        return fresh;
    }

    /** Constant-time comparison, so timing reveals nothing of the password. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                shared.current().getBytes(StandardCharsets.UTF_8));
    }

    private String generate() {
        StringBuilder out = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                out.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }
}
