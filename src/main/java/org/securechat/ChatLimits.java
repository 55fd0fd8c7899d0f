package org.securechat;

import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * {@code chat.limits.*}: what one address, account or session may take of the server, so no member
 * can make it, or another member's client, exceed its means. Each budget is a token bucket: a
 * burst, then a rate per second.
 */
public interface ChatLimits {
    /** Open connections, all addresses together. */
    @WithDefault("20000")
    int connections();

    /** Open connections from one address (an IPv6 /64 counts as one). */
    @WithName("connections-per-address")
    @WithDefault("8")
    int connectionsPerAddress();

    /** Sessions one account may have at once. */
    @WithName("sessions-per-account")
    @WithDefault("10")
    int sessionsPerAccount();

    /** How long a connection may stay without logging in. */
    @WithName("auth-timeout")
    @WithDefault("30s")
    Duration authTimeout();

    /** Rooms one account may be a member of. */
    @WithName("rooms-per-account")
    @WithDefault("50")
    int roomsPerAccount();

    /** Password checks waiting for a bcrypt thread, past which logins are refused as rate_limited. */
    @WithName("hashing-queue")
    @WithDefault("64")
    int hashingQueue();

    /** About how many bytes one reply may hold; longer history, users and rooms lists are paged. */
    @WithName("reply-bytes")
    @WithDefault("262144")
    int replyBytes();

    Joins joins();

    @WithName("room-creation")
    RoomCreation roomCreation();

    Queries queries();

    @WithName("history-bytes")
    HistoryBytes historyBytes();

    Logins logins();

    Control control();

    Admin admin();

    /** Accounts registered from one address. */
    Registrations registrations();

    /** join and leave, per session. */
    interface Joins {
        @WithDefault("10")
        int burst();

        @WithDefault("1")
        double rate();
    }

    /** Joins that create a room, per session: three, then one a minute. */
    interface RoomCreation {
        @WithDefault("3")
        int burst();

        @WithDefault("0.0166667")
        double rate();
    }

    /** rooms, users and history requests, per session. */
    interface Queries {
        @WithDefault("20")
        int burst();

        @WithDefault("5")
        double rate();
    }

    /** Bytes of history a session may be sent: 4 MiB, then 512 KiB/s. */
    interface HistoryBytes {
        @WithDefault("4194304")
        int burst();

        @WithDefault("524288")
        double rate();
    }

    /** login, register and passwd, per session. */
    interface Logins {
        @WithDefault("5")
        int burst();

        @WithDefault("0.2")
        double rate();
    }

    /** ping and quit, per session. */
    interface Control {
        @WithDefault("10")
        int burst();

        @WithDefault("1")
        double rate();
    }

    /** kick, regen and stop, per session. */
    interface Admin {
        @WithDefault("10")
        int burst();

        @WithDefault("1")
        double rate();
    }

    /** Registrations from one address (an IPv6 /64): five, then one every ten minutes. */
    interface Registrations {
        @WithDefault("5")
        int burst();

        @WithDefault("0.0016667")
        double rate();
    }
}
