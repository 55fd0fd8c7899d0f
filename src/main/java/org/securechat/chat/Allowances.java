package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.securechat.ChatConfig;
import org.securechat.ChatLimits;

/**
 * The budgets' sizes ({@code chat.flood.*} for messages, {@code chat.limits.*} for the rest) and the
 * spending of them: past a budget, RATE_LIMITED with the seconds until it allows the op again.
 */
@ApplicationScoped
public class Allowances {
    private final int[] bursts = new int[Budget.values().length];
    private final double[] rates = new double[Budget.values().length];
    private final Clock clock;
    private final SecurityLog log;

    public Allowances(ChatConfig config, Clock clock, SecurityLog log) {
        this.clock = clock;
        this.log = log;
        ChatLimits limits = config.limits();
        size(Budget.MESSAGES, config.flood().burst(), config.flood().rate());
        size(Budget.JOINS, limits.joins().burst(), limits.joins().rate());
        size(Budget.ROOM_CREATION, limits.roomCreation().burst(), limits.roomCreation().rate());
        size(Budget.QUERIES, limits.queries().burst(), limits.queries().rate());
        size(Budget.HISTORY_BYTES, limits.historyBytes().burst(), limits.historyBytes().rate());
        size(Budget.LOGINS, limits.logins().burst(), limits.logins().rate());
        size(Budget.CONTROL, limits.control().burst(), limits.control().rate());
        size(Budget.ADMIN, limits.admin().burst(), limits.admin().rate());
        size(Budget.AWAY, limits.joins().burst(), limits.joins().rate());
    }

    private void size(Budget budget, int burst, double rate) {
        bursts[budget.ordinal()] = burst;
        rates[budget.ordinal()] = rate;
    }

    /** Spends one op's worth of the session's budget, or refuses. On the session's thread. */
    public void spend(Session session, Budget budget) {
        spend(session, budget, 1);
    }

    /** Spends {@code amount} of the session's budget, or refuses and spends nothing. On the session's thread. */
    public void spend(Session session, Budget budget, double amount) {
        long now = clock.millis();
        long waitMillis = session.bucket(budget, () -> new FloodBucket(bursts[budget.ordinal()],
                rates[budget.ordinal()], now)).take(now, amount);
        if (waitMillis > 0) {
            log.overBudget(session, budget);
            throw tooMuch(budget, waitMillis);
        }
    }

    /** RATE_LIMITED for this budget, with the whole seconds to wait (at least one). */
    static ChatError tooMuch(Budget budget, long waitMillis) {
        return new ChatError(ChatError.Reason.RATE_LIMITED, "too many " + budget.what() + "; slow down",
                Math.max(1, (waitMillis + 999) / 1000));
    }
}
