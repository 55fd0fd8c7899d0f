package org.securechat.admin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securechat.chat.AuditEntry;
import org.securechat.chat.AuditEvent;
import org.securechat.chat.ChainCheck;

/**
 * The REST admin API of a running server (DESIGN.md, "Admin surfaces"), over HTTPS pinned by
 * {@link PinnedTrust}, with HTTP Basic. Every
 * answer but the expected one becomes a {@link CommandFailure} with the matching exit status.
 */
public final class AdminApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final PinnedTrust trust;
    private final URI base;
    private final String user;
    private final String authorization;

    AdminApiClient(URI base, PinnedTrust trust, String user, String password) {
        this.base = base;
        this.trust = trust;
        // HTTP/1.1: with HTTP/2 a stopping server's GOAWAY can beat the 202
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trust.context())
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public List<SessionRow> sessions() {
        JsonNode body = json(expect(send("GET", "/api/admin/sessions"), 200));
        List<SessionRow> sessions = new ArrayList<>();
        for (JsonNode session : body) {
            List<String> rooms = new ArrayList<>();
            session.path("rooms").forEach(room -> rooms.add(room.asText()));
            sessions.add(new SessionRow(session.path("user").asText(), session.path("remote_address").asText(),
                    session.path("since").asText(), rooms));
        }
        return sessions;
    }

    /**
     * Closes every session of the user; refused when the user is not online. {@code revoke}: also
     * revokes the user's resume tokens, online or not; refused when there is no such user.
     */
    public void kick(String target, String reason, boolean revoke) {
        StringBuilder query = new StringBuilder();
        appendQuery(query, "reason", reason);
        appendQuery(query, "revoke", revoke ? "true" : null);
        HttpResponse<String> response = send("DELETE", "/api/admin/sessions/" + encode(target) + query);
        if (response.statusCode() == 404) {
            throw CommandFailure.refused(revoke ? "there is no user " + target : target + " is not online");
        }
        expect(response, 204);
    }

    /** Bans the user for {@code durationS} seconds, or until lifted when null; the ban as set. */
    public BanRow ban(String target, String reason, Long durationS) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("duration_s", durationS);
        return banRow(json(expect(send("PUT", "/api/admin/bans/" + encode(target), body), 200)), "user");
    }

    /** Lifts the user's ban; refused when there is none. */
    public void unban(String target) {
        expect(send("DELETE", "/api/admin/bans/" + encode(target)), 204);
    }

    /** The bans in force, by user name. */
    public List<BanRow> bans() {
        List<BanRow> bans = new ArrayList<>();
        json(expect(send("GET", "/api/admin/bans"), 200)).forEach(ban -> bans.add(banRow(ban, "user")));
        return bans;
    }

    /** A new invite and when it expires. */
    public record Invite(String invite, String expiresAt) {
        @Override
        public String toString() {
            return "Invite[hidden, " + expiresAt + "]";
        }
    }

    public Invite invite(Long ttlS) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ttl_s", ttlS);
        JsonNode minted = json(expect(send("POST", "/api/admin/invites", body), 200));
        return new Invite(minted.path("invite").asText(), minted.path("expires_at").asText());
    }

    /** Bans the address or network as {@link #ban} does a user; the ban as set. */
    public BanRow banAddress(String address, String reason, Long durationS) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", address);
        body.put("reason", reason);
        body.put("duration_s", durationS);
        return banRow(json(expect(send("POST", "/api/admin/address-bans", body), 200)), "address");
    }

    /** Lifts the ban of exactly this address or network; refused when there is none. */
    public void unbanAddress(String address) {
        expect(send("DELETE", "/api/admin/address-bans?address=" + encode(address)), 204);
    }

    /** The address bans in force, by network. */
    public List<BanRow> addressBans() {
        List<BanRow> bans = new ArrayList<>();
        json(expect(send("GET", "/api/admin/address-bans"), 200)).forEach(ban -> bans.add(banRow(ban, "address")));
        return bans;
    }

    private static BanRow banRow(JsonNode ban, String banned) {
        return new BanRow(ban.path(banned).asText(), ban.path("by").asText(), text(ban, "reason"), text(ban, "until"));
    }

    /** The new server password. */
    public String regenerate() {
        return json(expect(send("POST", "/api/admin/server-password"), 200)).path("server_password").asText();
    }

    /** {@code restart}: clients are told the server will be back, and resume. */
    public void stop(String reason, boolean restart) {
        StringBuilder query = new StringBuilder();
        appendQuery(query, "reason", reason);
        appendQuery(query, "restart", restart ? "true" : null);
        expect(send("POST", "/api/admin/shutdown" + query), 202);
    }

    /** A page of the audit trail, newest first; a null argument leaves the server's default. */
    public List<AuditEntry> audit(Long limit, String account, String action, Long before) {
        StringBuilder query = new StringBuilder();
        appendQuery(query, "limit", limit);
        appendQuery(query, "user", account);
        appendQuery(query, "action", action);
        appendQuery(query, "before", before);
        List<AuditEntry> entries = new ArrayList<>();
        for (JsonNode e : json(expect(send("GET", "/api/admin/audit" + query), 200))) {
            entries.add(new AuditEntry(e.path("seq").asLong(), new AuditEvent(Instant.parse(e.path("at").asText()),
                    text(e, "actor"), e.path("action").asText(), text(e, "target"), e.path("source").asText(),
                    text(e, "detail")), e.path("mac").asText()));
        }
        return entries;
    }

    public ChainCheck verifyAudit() {
        JsonNode v = json(expect(send("GET", "/api/admin/audit/verify"), 200));
        return new ChainCheck(v.path("ok").asBoolean(), v.path("entries").asLong(), number(v, "head_seq"),
                text(v, "head_mac"), number(v, "broken_at"), text(v, "problem"));
    }

    private HttpResponse<String> send(String method, String pathAndQuery) {
        return send(method, pathAndQuery, null);
    }

    /** {@code body}: sent as JSON, or nothing when null. */
    private HttpResponse<String> send(String method, String pathAndQuery, Object body) {
        URI uri = base.resolve(pathAndQuery);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    JSON.valueToTree(body).toString(), StandardCharsets.UTF_8));
        }
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            trust.refusal().ifPresent(why -> {
                throw CommandFailure.untrusted(why);
            });
            throw CommandFailure.unreachable("cannot reach the server at " + base + " (" + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CommandFailure.unreachable("interrupted while calling " + base);
        }
        switch (response.statusCode()) {
            // The server answers a wrong password and a non-admin's right one alike.
            case 401 -> throw CommandFailure.authenticationFailed("authentication failed at " + base
                    + ": wrong user name or password, or " + user + " is not an admin");
            case 429 -> throw CommandFailure.refused("too many failed logins from this address; try again in "
                    + response.headers().firstValue("Retry-After").orElse("a few") + " seconds");
            default -> {
                return response;
            }
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            String error = parse(response.body()).path("error").asText("");
            throw CommandFailure.refused("the server answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.uri().getPath() + (error.isEmpty() ? "" : ": " + error));
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        JsonNode body = parse(response.body());
        if (body.isMissingNode()) {
            throw CommandFailure.refused("the server's answer to " + response.uri().getPath() + " is not JSON");
        }
        return body;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static Long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isIntegralNumber() ? value.asLong() : null;
    }

    private static void appendQuery(StringBuilder query, String name, Object value) {
        if (value != null) {
            query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(encode(value.toString()));
        }
    }

    /** Percent-encoding for a path segment or a query value (URLEncoder writes a space as '+'). */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
