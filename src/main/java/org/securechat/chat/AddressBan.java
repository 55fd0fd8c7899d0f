package org.securechat.chat;

import java.time.Instant;

/** A ban of an address or network ({@code cidr}, in its normal form): who set it, why (or null), its end (or null). */
public record AddressBan(String cidr, String by, String reason, Instant until) {
    public boolean inForceAt(Instant now) {
        return until == null || until.isAfter(now);
    }
}
