package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.securechat.ChatConfig;
import org.securechat.chat.port.SecondFactorStore;
import org.securechat.security.RecoveryCodes;
import org.securechat.security.Totp;

/**
 * Accounts' second factor (TOTP): set up, confirmed, checked at login, turned off. Times come from
 * the chat's clock. A code is spent with its time step, a recovery code by its deletion, each in
 * one atomic store statement, so nothing is accepted twice.
 */
@ApplicationScoped
public class SecondFactors {
    /** What a login's second factor came to. */
    public enum Check {
        /** The account has no TOTP on: the password is enough. */
        NOT_ON,
        /** TOTP is on and the login offered no code. */
        MISSING,
        /** The code or recovery code was right, and is spent. */
        ACCEPTED,
        /** Wrong, or used already. */
        REFUSED
    }

    /** A new secret, as the user's authenticator app takes it. */
    public record Setup(String secret, String uri) {
        @Override
        public String toString() {
            return "Setup[secret hidden]";
        }
    }

    private final SecondFactorStore store;
    private final Totp totp;
    private final RecoveryCodes recoveryCodes;
    private final Clock clock;
    private final boolean requiredForAdmins;

    @Inject
    public SecondFactors(SecondFactorStore store, Totp totp, RecoveryCodes recoveryCodes, Clock clock, ChatConfig config) {
        this.store = store;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.clock = clock;
        this.requiredForAdmins = config.totp().requiredForAdmins();
    }

    /** Whether the account's login needs a second factor and, when one is offered, whether it is right (then it is spent). */
    public CompletableFuture<Check> check(long accountId, SecondFactorProof proof) {
        return store.find(accountId).thenCompose(found -> {
            if (found.isEmpty() || !found.get().enabled()) {
                return CompletableFuture.completedFuture(Check.NOT_ON);
            }
            if (!proof.given()) {
                return CompletableFuture.completedFuture(Check.MISSING);
            }
            return spend(accountId, found.get(), proof).thenApply(right -> right ? Check.ACCEPTED : Check.REFUSED);
        });
    }

    private CompletableFuture<Boolean> spend(long accountId, SecondFactor factor, SecondFactorProof proof) {
        if (proof.code() == null) {
            return store.useRecoveryCode(accountId, recoveryCodes.hash(proof.recoveryCode()));
        }
        OptionalLong step = matchingStep(factor, proof.code());
        return step.isPresent() ? store.acceptStep(accountId, step.getAsLong()) : CompletableFuture.completedFuture(false);
    }

    private OptionalLong matchingStep(SecondFactor factor, String code) {
        return factor.secret()
                .map(secret -> totp.matchingStep(secret, code, clock.instant().getEpochSecond(), factor.lastStep()))
                .orElse(OptionalLong.empty());
    }

    /** True when this server requires admins to have TOTP and this admin's login had none. */
    public boolean setupRequired(AccountRecord account, Check check) {
        return requiredForAdmins && account.admin() && check == Check.NOT_ON;
    }

    /** A new secret for the account, not enforced until {@link #enable}; replaces one set up before. */
    public CompletableFuture<Setup> setup(Account account) {
        String secret = totp.newSecret();
        return store.setPending(account.id(), secret).thenApply(stored -> {
            if (!stored) {
                throw new ChatError(ChatError.Reason.BAD_REQUEST, "two-factor authentication is on already;"
                        + " turn it off (totp_disable) before setting up a new secret");
            }
            return new Setup(secret, totp.uri(account.name(), secret));
        });
    }

    /** Enforces the secret set up, once a code of it proves the user's app has it; the new recovery codes. */
    public CompletableFuture<List<String>> enable(Account account, String code) {
        return store.find(account.id()).thenCompose(found -> {
            if (found.isEmpty()) {
                throw new ChatError(ChatError.Reason.BAD_REQUEST, "set two-factor authentication up first (totp_setup)");
            }
            if (found.get().enabled()) {
                throw new ChatError(ChatError.Reason.BAD_REQUEST, "two-factor authentication is on already");
            }
            OptionalLong step = matchingStep(found.get(), code);
            if (step.isEmpty()) {
                throw new ChatError(ChatError.Reason.BAD_CREDENTIALS, "that code does not match the secret: check that"
                        + " your device's clock is right, and give the code it shows now");
            }
            List<String> codes = recoveryCodes.generate();
            return store.enable(account.id(), step.getAsLong(), codes.stream().map(recoveryCodes::hash).toList())
                    .thenApply(enabled -> {
                        if (!enabled) {
                            throw new ChatError(ChatError.Reason.BAD_REQUEST, "the secret set up was replaced or removed"
                                    + " meanwhile; set up again (totp_setup)");
                        }
                        return codes;
                    });
        });
    }

    /** Refuses, before any code is spent, to turn off the TOTP of an admin on a server that requires it. */
    public void mayDisable(Account account) {
        if (requiredForAdmins && account.admin()) {
            throw new ChatError(ChatError.Reason.FORBIDDEN,
                    "this server requires two-factor authentication for admins: it cannot be turned off");
        }
    }

    /** Turns the account's TOTP off (after its owner proved both factors), or a pending one away. */
    public CompletableFuture<Void> disable(Account account) {
        mayDisable(account);
        return store.remove(account.id()).thenAccept(removed -> {
            if (!removed) {
                throw new ChatError(ChatError.Reason.BAD_REQUEST, "two-factor authentication is not on");
            }
        });
    }

    /** An admin's reset of a lost second factor (on the server's machine); false when the account had none. */
    public CompletableFuture<Boolean> reset(long accountId) {
        return store.remove(accountId);
    }
}
