package org.securechat.admin;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.securechat.chat.ChatError;

/** The admin API's answer to a refusal of the chat: the HTTP status for its reason, and its message. */
public class RefusalStatuses {
    @ServerExceptionMapper
    public Response refused(ChatError refusal) {
        Response.ResponseBuilder response = Response.status(status(refusal.reason()))
                .type(MediaType.APPLICATION_JSON).entity(new AdminViews.ErrorView(refusal.getMessage()));
        if (refusal.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, refusal.retryAfterSeconds());
        }
        return response.build();
    }

    static int status(ChatError.Reason reason) {
        return switch (reason) {
            case NO_SUCH_USER, NO_SUCH_ROOM -> 404;
            case RATE_LIMITED, TOO_MANY_ATTEMPTS -> 429;
            case STORE_UNAVAILABLE -> 503;
            case FORBIDDEN, BANNED -> 403;
            case NOT_BANNED -> 404;
            case TOTP_REQUIRED -> 401;
            case USER_EXISTS, LIMIT_REACHED, QUOTA_EXCEEDED -> 409;
            case INTERNAL -> 500;
            default -> 400;
        };
    }
}
