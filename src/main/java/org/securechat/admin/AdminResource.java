package org.securechat.admin;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.securechat.chat.Moderation;
import org.securechat.chat.Sessions;
import org.securechat.protocol.Timestamps;
import org.securechat.store.AccountStore;
import org.securechat.store.MessageStore;
import org.securechat.store.RoomStore;

/**
 * The REST admin API. Each call reaches the same chat operation as the protocol's admin op.
 * Endpoints are blocking (bcrypt, SQLite), so Quarkus runs them on worker threads.
 */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    private final AdminAuthenticator authenticator;
    private final Moderation moderation;
    private final Sessions sessions;
    private final AccountStore accounts;
    private final RoomStore rooms;
    private final MessageStore messages;

    @Context
    HttpServerRequest request;

    public AdminResource(AdminAuthenticator authenticator, Moderation moderation, Sessions sessions,
                         AccountStore accounts, RoomStore rooms, MessageStore messages) {
        this.authenticator = authenticator;
        this.moderation = moderation;
        this.sessions = sessions;
        this.accounts = accounts;
        this.rooms = rooms;
        this.messages = messages;
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "Online sessions: user, remote address, since, rooms")
    public List<AdminViews.SessionView> sessions(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admin(authorization);
        return sessions.authenticated().stream()
                .sorted(Comparator.comparing(s -> s.since()))
                .map(s -> new AdminViews.SessionView(s.account().name(), s.peer().remoteAddress(),
                        Timestamps.format(s.since()), s.sortedRooms()))
                .toList();
    }

    @DELETE
    @Path("/sessions/{user}")
    @Operation(summary = "Kick: close every session of the user (404 when not online)")
    public Response kick(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("user") String user,
                         @QueryParam("reason") String reason) {
        String by = admin(authorization);
        if (moderation.kick(by, user, reason) == 0) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(new AdminViews.ErrorView(user + " is not online")).build();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/server-password")
    @Operation(summary = "Regen: a new server password for new logins; sessions already in stay")
    public AdminViews.ServerPasswordView regenerate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return new AdminViews.ServerPasswordView(moderation.regenerate(admin(authorization)));
    }

    @POST
    @Path("/shutdown")
    @Operation(summary = "Stop: every session is told, everything acknowledged is kept, the server exits 0")
    public Response shutdown(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @QueryParam("reason") String reason) {
        String by = admin(authorization);
        // Stop once the 202 is written: stopping at once would close this connection before it.
        request.response().endHandler(written -> moderation.stop(by, reason));
        return Response.accepted().build();
    }

    @GET
    @Path("/users")
    @Operation(summary = "Accounts: user, admin, created_at")
    public List<AdminViews.UserView> users(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admin(authorization);
        return accounts.list().stream()
                .map(a -> new AdminViews.UserView(a.name(), a.admin(), Timestamps.format(a.createdAt())))
                .toList();
    }

    @GET
    @Path("/stats")
    @Operation(summary = "Online sessions, rooms, stored messages, uptime")
    public AdminViews.StatsView stats(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admin(authorization);
        return new AdminViews.StatsView(sessions.authenticated().size(), rooms.count(), messages.count(),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    }

    private String admin(String authorization) {
        return authenticator.requireAdmin(authorization, request.remoteAddress().hostAddress());
    }
}
