package org.securechat.admin;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.securechat.chat.Actor;
import org.securechat.chat.AddressBans;
import org.securechat.chat.Bans;
import org.securechat.chat.InputRules;
import org.securechat.chat.Invites;
import org.securechat.chat.Moderation;
import org.securechat.chat.Session;
import org.securechat.chat.Sessions;
import org.securechat.chat.port.AccountStore;
import org.securechat.chat.port.MessageStore;
import org.securechat.chat.port.RoomStore;
import org.securechat.protocol.Timestamps;

/**
 * The REST admin API, for admin accounts by HTTP Basic (the chat's own credential check, see
 * {@link AdminIdentityProvider}). Each call reaches the same chat operation as the protocol's admin op.
 */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AdminIdentityProvider.ADMIN)
public class AdminResource {
    private final Moderation moderation;
    private final Sessions sessions;
    private final AccountStore accounts;
    private final RoomStore rooms;
    private final MessageStore messages;
    private final Bans bans;
    private final AddressBans addressBans;
    private final Invites invites;

    @Context
    HttpServerRequest request;

    @Context
    SecurityIdentity admin;

    public AdminResource(Moderation moderation, Sessions sessions, AccountStore accounts, RoomStore rooms,
                         MessageStore messages, Bans bans, AddressBans addressBans,
                         Invites invites) {
        this.moderation = moderation;
        this.sessions = sessions;
        this.accounts = accounts;
        this.rooms = rooms;
        this.messages = messages;
        this.bans = bans;
        this.addressBans = addressBans;
        this.invites = invites;
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "Online sessions: user, remote address, since, rooms")
    public List<AdminViews.SessionView> sessions() {
        return sessions.authenticated().stream()
                .sorted(Comparator.comparingLong(Session::since))
                .map(s -> new AdminViews.SessionView(s.account().name(), s.peer().remoteAddress(),
                        Timestamps.format(s.since()), s.sortedRooms()))
                .toList();
    }

    @DELETE
    @Path("/sessions/{user}")
    @Operation(summary = "Kick: close every session of the user (404 when not online); with revoke=true also"
            + " revoke every resume token of the user, online or not (404 when there is no such user)")
    public CompletionStage<Response> kick(@PathParam("user") String user, @QueryParam("reason") String reason,
                                          @QueryParam("revoke") boolean revoke) {
        String checked = InputRules.reason(reason);
        if (revoke) {
            return moderation.kickAndRevoke(admin(), user, checked, () -> { }).thenApply(found -> found
                    ? Response.noContent().build()
                    : Response.status(Response.Status.NOT_FOUND)
                            .entity(new AdminViews.ErrorView("there is no user " + user)).build());
        }
        return CompletableFuture.completedFuture(kicked(user, checked));
    }

    private Response kicked(String user, String reason) {
        if (moderation.kick(admin(), user, reason) == 0) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(new AdminViews.ErrorView(user + " is not online")).build();
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("/bans/{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ban: refuse the account's logins (for duration_s, or until lifted) and close its sessions")
    public CompletionStage<AdminViews.BanView> ban(@PathParam("user") String user, AdminViews.BanRequest body) {
        AdminViews.BanRequest given = body == null ? new AdminViews.BanRequest(null, null) : body;
        return bans.ban(admin(), user, given.reason(), given.durationS()).thenApply(AdminViews.BanView::of);
    }

    @DELETE
    @Path("/bans/{user}")
    @Operation(summary = "Unban: lift the account's ban (404 when it has none)")
    public CompletionStage<Response> unban(@PathParam("user") String user) {
        return bans.unban(admin(), user).thenApply(done -> Response.noContent().build());
    }

    @GET
    @Path("/bans")
    @Operation(summary = "The account bans in force: user, by, reason, until")
    public CompletionStage<List<AdminViews.BanView>> bans() {
        return bans.inForce().thenApply(list -> list.stream().map(AdminViews.BanView::of).toList());
    }

    @POST
    @Path("/address-bans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Address ban: refuse connections from an address or CIDR network and close its sessions")
    public CompletionStage<AdminViews.AddressBanView> banAddress(AdminViews.AddressBanRequest body) {
        AdminViews.AddressBanRequest given = body == null ? new AdminViews.AddressBanRequest(null, null, null) : body;
        return addressBans.ban(admin(), given.address(), given.reason(), given.durationS())
                .thenApply(AdminViews.AddressBanView::of);
    }

    @DELETE
    @Path("/address-bans")
    @Operation(summary = "Lift the ban of exactly this address or network (404 when it has none)")
    public CompletionStage<Response> unbanAddress(@QueryParam("address") String address) {
        return addressBans.unban(admin(), address).thenApply(done -> Response.noContent().build());
    }

    @GET
    @Path("/address-bans")
    @Operation(summary = "The address bans in force: address, by, reason, until")
    public List<AdminViews.AddressBanView> addressBans() {
        return addressBans.inForce().stream().map(AdminViews.AddressBanView::of).toList();
    }

    @POST
    @Path("/invites")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite: a single-use code that stands in for the server password at register, until ttl_s")
    public CompletionStage<AdminViews.InviteView> invite(AdminViews.InviteRequest body) {
        return invites.mint(admin(), body == null ? null : body.ttlS()).thenApply(minted -> new AdminViews.InviteView(
                minted.invite(), Timestamps.format(minted.expiresAt().toEpochMilli())));
    }

    @POST
    @Path("/server-password")
    @Operation(summary = "Regen: a new server password for new logins; sessions already in stay")
    public AdminViews.ServerPasswordView regenerate() {
        return new AdminViews.ServerPasswordView(moderation.regenerate(admin()));
    }

    @POST
    @Path("/shutdown")
    @Operation(summary = "Stop: every session is told (with restart=true: that the server will be back, so"
            + " clients resume), everything acknowledged is kept, the server exits 0")
    public Response shutdown(@QueryParam("reason") String reason, @QueryParam("restart") boolean restart) {
        Actor by = admin();
        InputRules.reason(reason);
        // Stop once the 202 is written: stopping at once would close this connection before it.
        request.response().endHandler(written -> moderation.stop(by, reason, restart));
        return Response.accepted().build();
    }

    @GET
    @Path("/users")
    @Operation(summary = "Accounts: user, admin, created_at")
    public CompletionStage<List<AdminViews.UserView>> users() {
        return accounts.list().thenApply(list -> list.stream()
                .map(a -> new AdminViews.UserView(a.name(), a.admin(), Timestamps.format(a.createdAt().toEpochMilli())))
                .toList());
    }

    @GET
    @Path("/stats")
    @Operation(summary = "Online sessions, rooms, stored messages, uptime")
    public CompletionStage<AdminViews.StatsView> stats() {
        int online = sessions.authenticated().size();
        return rooms.count().thenCombine(messages.count(), (roomCount, messageCount) -> new AdminViews.StatsView(
                online, roomCount, messageCount, ManagementFactory.getRuntimeMXBean().getUptime() / 1000));
    }

    /** The admin calling, from the caller's address. */
    private Actor admin() {
        return new Actor(admin.getPrincipal().getName(), request.remoteAddress().hostAddress());
    }
}
