package org.securechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Every {@code chat.*} key of DESIGN.md, with its default. */
@ConfigMapping(prefix = "chat")
public interface ChatConfig {
    @WithDefault("0.0.0.0")
    String host();

    @WithDefault("7443")
    int port();

    @WithName("data-dir")
    @WithDefault("data")
    String dataDir();

    Tls tls();

    Storage storage();

    @WithName("server-password")
    Optional<String> serverPassword();

    @WithName("bootstrap-admin")
    BootstrapAdmin bootstrapAdmin();

    Flood flood();

    @WithName("login-throttle")
    LoginThrottle loginThrottle();

    ChatLimits limits();

    Totp totp();

    Session session();

    @WithName("idle-timeout")
    @WithDefault("120s")
    Duration idleTimeout();

    @WithName("max-frame-bytes")
    @WithDefault("65536")
    int maxFrameBytes();

    /** Bytes queued for one session past which it is closed as too slow a reader. */
    @WithName("max-outbound-bytes")
    @WithDefault("4194304")
    int maxOutboundBytes();

    @WithName("bcrypt-cost")
    @WithDefault("12")
    int bcryptCost();

    /** Whether this process serves the chat; one-shot commands turn it off. */
    @WithName("listener.enabled")
    @WithDefault("true")
    boolean listenerEnabled();

    /** Whether this process opens the data dir; only a request for help or the version turns it off. */
    @WithName("store.enabled")
    @WithDefault("true")
    boolean storeEnabled();

    interface Tls {
        Optional<String> cert();

        Optional<String> key();
    }

    interface Storage {
        Optional<String> key();
    }

    interface BootstrapAdmin {
        Optional<String> user();

        Optional<String> password();
    }

    interface Flood {
        @WithDefault("20")
        int burst();

        @WithDefault("10")
        double rate();
    }

    interface LoginThrottle {
        /** Failed logins from one source (an address, a /64 for IPv6) before each further one imposes a wait. */
        @WithName("free-failures")
        @WithDefault("10")
        int freeFailures();

        @WithName("base-delay")
        @WithDefault("1s")
        Duration baseDelay();

        @WithName("max-delay")
        @WithDefault("15m")
        Duration maxDelay();
    }

    interface Totp {
        /** Admins must have a second factor: one without gets a session that may only set it up. */
        @WithName("required-for-admins")
        @WithDefault("false")
        boolean requiredForAdmins();
    }

    interface Session {
        /** A resume token unused this long is refused; each resume renews it. */
        @WithDefault("30d")
        Duration ttl();
    }
}
