package org.securechat.admin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.securechat.chat.AccountRecord;
import org.securechat.chat.ChatError;
import org.securechat.chat.Credentials;

/**
 * HTTP Basic for the admin API, through the chat's one credential check: the same throttle, the
 * same bcrypt, off the event loop. The password alone is not enough for an admin with TOTP on
 * (TOTP_REQUIRED: such an admin uses a bearer token). Only an admin account gets in, with the role {@value #ADMIN}; a
 * non-admin's right password is refused exactly like a wrong one, so the API tells no one which
 * passwords are right.
 */
@ApplicationScoped
public class AdminIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    public static final String ADMIN = "admin";
    static final String REFUSAL = "wrong user name or password, or not an admin";

    private final Credentials credentials;

    public AdminIdentityProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String address = HttpSecurityUtils.getRoutingContextAttribute(request).request().remoteAddress().hostAddress();
        // The check completes on a bcrypt thread; the request goes on in its own context, where it came from.
        Context requestContext = Vertx.currentContext();
        return Uni.createFrom().deferred(() -> Uni.createFrom().completionStage(credentials.verifyAdmin(address,
                        request.getUsername(), new String(request.getPassword().getPassword()), null, REFUSAL)))
                .emitOn(task -> requestContext.runOnContext(ignored -> task.run()))
                .map(AdminIdentityProvider::identity)
                // Quarkus answers an AuthenticationFailedException; the refusal inside says 401 or 429.
                .onFailure().transform(failure -> ChatError.in(failure)
                        .<Throwable>map(refusal -> new AuthenticationFailedException(refusal.getMessage(), refusal))
                        .orElse(failure));
    }

    private static SecurityIdentity identity(AccountRecord admin) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(admin.name())).addRole(ADMIN).build();
    }
}
