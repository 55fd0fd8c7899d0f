package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;

/** The management port as a probe and Prometheus see it. */
class HealthAndMetricsIT {
    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void probesAnswerAndMetricsCountWhatHappened() throws Exception {
        int management;
        try (ServerSocket probe = new ServerSocket(0)) {
            management = probe.getLocalPort();
        }
        try (ServerProcess server = ServerProcess.start(data, Map.of("QUARKUS_MANAGEMENT_PORT", String.valueOf(management)));
             WireClient frank = server.connect()) {
            String base = "http://127.0.0.1:" + management;
            assertEquals(200, get(base + "/q/health/live").statusCode());
            HttpResponse<String> ready = get(base + "/q/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"listener_bound\": true"), ready.body());
            assertTrue(ready.body().contains("\"database_answers\": true"), ready.body());

            frank.ok("register", "user", "frank", "password", "frank-password", "server_password", server.serverPassword());
            frank.ok("send", "room", "general", "text", "counted");
            frank.ok("send", "room", "general", "text", "counted again");
            frank.request("send", "room", "nowhere", "text", "refused");
            try (WireClient guesser = server.connect()) {
                guesser.request("login", "user", "frank", "password", "wrong-password", "server_password", server.serverPassword());
            }

            String metrics = get(base + "/q/metrics").body();
            assertEquals(2.0, value(metrics, "securechat_messages_stored_total"), metrics);
            assertEquals(2.0, value(metrics, "securechat_messages_delivered_total"));
            assertEquals(1.0, value(metrics, "securechat_sessions_online"));
            assertEquals(1.0, value(metrics, "securechat_frames_rejected_total\\{code=\"no_such_room\"\\}"));
            assertEquals(1.0, value(metrics, "securechat_logins_failed_total"));
            assertTrue(metrics.contains("securechat_fanout_seconds_bucket"), "a fan-out latency histogram");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double value(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        if (!line.find()) {
            throw new AssertionError("no metric " + name);
        }
        return Double.parseDouble(line.group(1));
    }
}
