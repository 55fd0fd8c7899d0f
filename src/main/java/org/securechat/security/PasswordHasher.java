package org.securechat.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.mindrot.jbcrypt.BCrypt;
import org.securechat.ChatConfig;

/** bcrypt hashing. Slow on purpose: call it from a worker thread, never an event loop. */
@ApplicationScoped
public class PasswordHasher {
    /** bcrypt reads this many bytes of a password and no more. */
    public static final int MAX_BYTES = 72;
    private final int cost;
    /**
     * Verified against when an account does not exist, so a miss costs as much as a hit. Made on
     * first need, not at start, where it would cost a quarter second of startup time.
     */
    private volatile String decoy;

    public PasswordHasher(ChatConfig config) {
        this.cost = config.bcryptCost();
    }

    public String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost));
    }

    /**
     * True when {@code password} matches {@code hash}; a null hash is checked against a decoy. A
     * password over bcrypt's 72 bytes never matches: bcrypt would ignore the rest, so anything
     * after the 72nd byte would do.
     */
    public boolean verify(String password, String hash) {
        boolean match = BCrypt.checkpw(password, hash == null ? decoy() : hash);
        return hash != null && match && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private String decoy() {
        if (decoy == null) {
            decoy = hash("decoy-password");
        }
        return decoy;
    }
}
