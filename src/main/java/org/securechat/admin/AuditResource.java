package org.securechat.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.securechat.chat.AuditQuery;
import org.securechat.chat.ChatError;
import org.securechat.chat.port.AuditTrail;

/** The audit trail for admins: a page of it, newest first, and the check of its chain. */
@Path("/api/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AdminIdentityProvider.ADMIN)
public class AuditResource {
    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(summary = "Audit entries, newest first: at most limit (default 100, at most 1000) before the seq"
            + " `before`, optionally only those of a user (actor or target) or of an action")
    public CompletionStage<List<AuditViews.EntryView>> page(@QueryParam("limit") String limit,
                                                            @QueryParam("before") String before,
                                                            @QueryParam("user") String user,
                                                            @QueryParam("action") String action) {
        AuditQuery query = AuditQuery.of(number("before", before), number("limit", limit), user, action);
        return trail.page(query).thenApply(entries -> entries.stream().map(AuditViews.EntryView::of).toList());
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Walks the chain: ok with the number of entries and the head, or the first broken seq and why")
    public CompletionStage<AuditViews.ChainView> verify() {
        return trail.verify().thenApply(AuditViews.ChainView::of);
    }

    private static Long number(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, name + " must be a whole number");
        }
    }
}
