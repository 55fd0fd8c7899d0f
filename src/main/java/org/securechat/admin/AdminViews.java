package org.securechat.admin;

import java.util.List;
import org.securechat.chat.AddressBan;
import org.securechat.chat.Ban;
import org.securechat.protocol.Timestamps;

/** The JSON bodies of the REST admin API (snake_case on the wire). */
public final class AdminViews {
    private AdminViews() {
    }

    public record SessionView(String user, String remoteAddress, String since, List<String> rooms) { }

    public record UserView(String user, boolean admin, String createdAt) { }

    public record StatsView(int onlineSessions, int rooms, long storedMessages, long uptimeS) { }

    public record ServerPasswordView(String serverPassword) { }

    /** {@code until}: null for a ban until lifted. */
    public record BanView(String user, String by, String reason, String until) {
        static BanView of(Ban ban) {
            return new BanView(ban.user(), ban.by(), ban.reason(),
                    ban.until() == null ? null : Timestamps.format(ban.until().toEpochMilli()));
        }
    }

    public record AddressBanView(String address, String by, String reason, String until) {
        static AddressBanView of(AddressBan ban) {
            return new AddressBanView(ban.cidr(), ban.by(), ban.reason(),
                    ban.until() == null ? null : Timestamps.format(ban.until().toEpochMilli()));
        }
    }

    /** The body of POST /address-bans: {@code address} an address or a CIDR network. */
    public record AddressBanRequest(String address, String reason, Long durationS) { }

    /** A new invite, shown this once. */
    public record InviteView(String invite, String expiresAt) { }

    /** The body of POST /invites, optional. */
    public record InviteRequest(Long ttlS) { }

    /** The body of PUT /bans/{user}; both optional. */
    public record BanRequest(String reason, Long durationS) { }

    public record ErrorView(String error) { }
}
