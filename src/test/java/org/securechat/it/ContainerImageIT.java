package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.securechat.launcher.Startup;
import org.securechat.protocol.WireClient;

/**
 * The image of src/main/docker/Dockerfile.jvm, built on the Debian JRE base and run as
 * k8s/statefulset.yaml runs it, checked for what its operator sees: the startup lines, readiness,
 * a pinned TLS login, the server's user and read-only root filesystem, a clean stop, and the data
 * on the volume across a restart. It needs podman and localhost/jre-base (src/main/docker/jre-base.sh,
 * docs/operations.md "Container image"); it is skipped only where podman is not installed.
 */
class ContainerImageIT {
    private static final String BASE = "localhost/jre-base";
    private static final Duration BUILD = Duration.ofMinutes(10);
    private static final Duration START = Duration.ofMinutes(2);
    private static final String ADMIN = "root";
    private static final String KEPT = "written before the restart";
    private static final String NO_PODMAN = "podman is not installed, so the container image is neither built nor run"
            + " here (CI installs it; docs/operations.md, \"Container image\", says how to run this test)";

    private static String image;
    private static String volume;

    @AfterAll
    static void removeImageAndVolume() throws Exception {
        if (volume != null) {
            Podman.run("volume", "rm", "--force", volume);
        }
        if (image != null) {
            Podman.run("image", "rm", "--force", image);
        }
    }

    @Test
    void runsAsTheClusterRunsItAndKeepsItsDataOnTheVolumeAcrossARestart() throws Exception {
        boolean podman = Podman.installed();
        if (!podman) {
            System.out.println("ContainerImageIT is skipped: " + NO_PODMAN); // the report alone would hide why
        }
        assumeTrue(podman, NO_PODMAN);
        buildImage();
        ManifestRun manifest = ManifestRun.load();
        String adminPassword = randomBase64(24);
        ManifestRun.Options options = manifest.options(volume, Map.of("storage-key", randomBase64(32),
                "bootstrap-admin-user", ADMIN, "bootstrap-admin-password", adminPassword));

        Startup first;
        long start = System.nanoTime();
        try (ImageContainer server = ImageContainer.start(image, options)) {
            first = startedAndReady(server, manifest, start, "the first start");
            String status = server.exec("cat", "/proc/1/status").out();
            assertTrue(status.contains("\nUid:\t185\t185\t185\t185\n"), "the server runs as uid 185:\n" + status);
            Podman.Result write = server.exec("touch", "/deployments/quarkus-app/written");
            assertFalse(write.succeeded(), "the root filesystem took a write");
            assertTrue(write.err().contains("Read-only file system"), write.err());
            try (WireClient admin = WireClient.pinned(server.hostPort(manifest.port("chat")), first.fingerprint())) {
                admin.ok("login", "user", ADMIN, "password", adminPassword, "server_password", first.serverPassword());
                admin.ok("send", "room", "general", "text", KEPT);
            }
            assertStopsCleanly(server, manifest);
        }

        // A new container on the same volume, as when the pod is deleted and the StatefulSet makes it anew.
        start = System.nanoTime();
        try (ImageContainer server = ImageContainer.start(image, options)) {
            Startup second = startedAndReady(server, manifest, start, "the restart");
            assertEquals(first.fingerprint(), second.fingerprint(), "the certificate generated on the volume is kept");
            assertNotEquals(first.serverPassword(), second.serverPassword(), "a fresh server password at each start");
            try (WireClient admin = WireClient.pinned(server.hostPort(manifest.port("chat")), second.fingerprint())) {
                admin.ok("login", "user", ADMIN, "password", adminPassword, "server_password", second.serverPassword());
                List<String> texts = admin.ok("history", "room", "general").path("messages").findValues("text").stream()
                        .map(JsonNode::asText).toList();
                assertEquals(List.of(KEPT), texts, "the message sent before the restart, readable with the Secret's key");
            }
            assertStopsCleanly(server, manifest);
        }
    }

    /** Builds the image from target/quarkus-app, as an operator does after ./mvnw package. */
    private static void buildImage() throws Exception {
        if (!Podman.attempt("image", "exists", BASE).succeeded()) {
            fail("there is no base image " + BASE + ": make it with `sh src/main/docker/jre-base.sh` (as root)");
        }
        Path idFile = Path.of("target", "container-image-it.iid");
        long start = System.nanoTime();
        // --layers=false: one image and no intermediate ones, so that removing it leaves nothing behind.
        Podman.run(BUILD, Map.of(), List.of("build", "--layers=false", "--from=" + BASE,
                "--file=src/main/docker/Dockerfile.jvm", "--iidfile=" + idFile, "."));
        image = Files.readString(idFile).strip();
        System.out.println("ContainerImageIT: the image was built in " + secondsSince(start) + " s");
        volume = Podman.run("volume", "create", "securechat-it-" + UUID.randomUUID()).strip();
    }

    /** The startup lines, for every interface and on the chat port; then readiness UP on the management port. */
    private static Startup startedAndReady(ImageContainer server, ManifestRun manifest, long start, String which)
            throws Exception {
        Startup startup = server.awaitStartup(START);
        assertEquals("0.0.0.0", startup.host(), "the chat listener binds every interface of the container");
        assertEquals(manifest.port("chat"), startup.port());
        String ready = server.awaitReady(manifest.readinessPort(), manifest.readinessPath(), START);
        assertTrue(ready.contains("\"status\": \"UP\""), ready);
        System.out.println("ContainerImageIT: ready " + secondsSince(start) + " s after `podman run` for " + which);
        return startup;
    }

    /** Exit status 0: the server stopped on SIGTERM, not killed after the grace period (137). */
    private static void assertStopsCleanly(ImageContainer server, ManifestRun manifest) throws Exception {
        long start = System.nanoTime();
        assertEquals(0, server.stop(manifest.terminationGraceSeconds()), () -> "a SIGTERM is a clean stop:\n" + log(server));
        System.out.println("ContainerImageIT: stopped in " + secondsSince(start) + " s");
    }

    private static String log(ImageContainer server) {
        try {
            return server.log();
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }

    private static long secondsSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toSeconds();
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
