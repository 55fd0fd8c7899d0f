package org.securechat.admin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.securechat.chat.ChatError;

/**
 * The admin API's answers to refused credentials, in its JSON: 401 with a Basic challenge for none,
 * wrong ones or a non-admin's (alike, so the API is no oracle for passwords), 429 with
 * {@code Retry-After} while the throttle makes the caller's address wait; 401 saying where to moderate
 * instead for an admin with TOTP (the API takes no second factor yet), and 403 for an admin who must
 * set TOTP up first.
 */
public class AuthenticationRefusals {
    private static final String CHALLENGE = "Basic realm=\"securechat\", charset=\"UTF-8\"";
    /** An admin with TOTP on gave the right password alone, which is not enough here. */
    static final String SECOND_FACTOR = "this admin account uses two-factor authentication, so its password alone"
            + " does not open the admin API, which takes no second factor yet: moderate from the chat client"
            + " (its admin pane, or /kick and /stop), or over the API with an admin account without it";

    @ServerExceptionMapper
    public Response failed(AuthenticationFailedException failure) {
        if (failure.getCause() instanceof ChatError refusal) {
            switch (refusal.reason()) {
                case TOO_MANY_ATTEMPTS -> {
                    return json(Response.status(Response.Status.TOO_MANY_REQUESTS)
                            .header(HttpHeaders.RETRY_AFTER, refusal.retryAfterSeconds()), refusal.getMessage());
                }
                case TOTP_REQUIRED -> {
                    return unauthorized(SECOND_FACTOR);
                }
                case FORBIDDEN -> {
                    return json(Response.status(Response.Status.FORBIDDEN), refusal.getMessage());
                }
                default -> { }
            }
        }
        return unauthorized(AdminIdentityProvider.REFUSAL);
    }

    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException failure) {
        return unauthorized("admin credentials required (HTTP Basic)");
    }

    private static Response unauthorized(String message) {
        return json(Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE),
                message);
    }

    private static Response json(Response.ResponseBuilder response, String message) {
        return response.type(MediaType.APPLICATION_JSON).entity(new AdminViews.ErrorView(message)).build();
    }
}
