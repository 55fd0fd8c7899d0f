package org.securechat.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.securechat.protocol.ProtocolException;
import org.securechat.security.LoginThrottle;
import org.securechat.security.PasswordHasher;
import org.securechat.store.AccountRecord;
import org.securechat.store.AccountStore;

/**
 * HTTP Basic against the accounts table, for the admin API. Failures count toward the same login
 * throttling as the protocol's. Blocking (bcrypt): called from worker threads only.
 */
@ApplicationScoped
public class AdminAuthenticator {
    private static final String PREFIX = "Basic ";

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    public AdminAuthenticator(AccountStore accounts, PasswordHasher hasher, LoginThrottle throttle) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /** The admin's name; else 401 (no or wrong credentials), 403 (not an admin) or 429 (throttled). */
    public String requireAdmin(String authorization, String address) {
        String[] credentials = decode(authorization).orElseThrow(() -> refuse(Response.Status.UNAUTHORIZED,
                "admin credentials required (HTTP Basic)"));
        String user = credentials[0];
        try {
            throttle.check(user, address);
        } catch (ProtocolException throttled) {
            throw new WebApplicationException(Response.status(Response.Status.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds())
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new AdminViews.ErrorView(throttled.getMessage())).build());
        }
        Optional<AccountRecord> account = accounts.find(user);
        if (!hasher.verify(credentials[1], account.map(AccountRecord::passwordHash).orElse(null))) {
            throttle.failed(user, address);
            throw refuse(Response.Status.UNAUTHORIZED, "wrong user name or password");
        }
        throttle.succeeded(user);
        if (!account.get().admin()) {
            throw refuse(Response.Status.FORBIDDEN, account.get().name() + " is not an admin");
        }
        return account.get().name();
    }

    private static Optional<String[]> decode(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static WebApplicationException refuse(Response.Status status, String message) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new AdminViews.ErrorView(message));
        if (status == Response.Status.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"securechat\", charset=\"UTF-8\"");
        }
        return new WebApplicationException(response.build());
    }
}
