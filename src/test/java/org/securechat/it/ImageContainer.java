package org.securechat.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securechat.launcher.Startup;
import org.securechat.launcher.StartupLines;

/**
 * One container of the image, started detached as the kubelet starts the pod, and seen as its
 * operator sees it: its log ({@code podman logs}), its published ports, its exit status.
 */
final class ImageContainer implements AutoCloseable {
    /**
     * The startup line of docs/operations.md ("Startup lines"). The launcher's StartupLines reads
     * a child process's output as it comes and keeps its parser to itself; a container's log is read
     * whole, again and again, so only the password line is parsed there.
     */
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration COMMAND = Duration.ofSeconds(60);

    private final String name;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ImageContainer(String name) {
        this.name = name;
    }

    /** Creates and starts the container; it runs until {@link #stop} or {@link #close}. */
    static ImageContainer start(String image, ManifestRun.Options options) throws IOException, InterruptedException {
        String name = "securechat-it-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> args = new ArrayList<>(List.of("run", "--detach", "--name=" + name));
        args.addAll(options.arguments());
        args.add(image);
        Podman.run(COMMAND, options.environment(), args);
        return new ImageContainer(name);
    }

    /**
     * Waits for the two startup lines on the container's standard output; a container that exits
     * first, or prints nothing like them in time, fails the test with its log.
     */
    Startup awaitStartup(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String password = null;
            for (String line : Podman.run("logs", name).split("\n")) {
                password = StartupLines.serverPassword(line).orElse(password);
                Optional<Startup> listening = StartupLines.listening(line, password);
                if (listening.isPresent() && password != null) {
                    return listening.get();
                }
            }
            awaitRunning(deadline, "its startup lines");
        }
    }

    /** Waits until the probe's path answers 200 on the published port, as the kubelet's readiness probe does; its body. */
    String awaitReady(int containerPort, String path, Duration timeout) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + hostPort(containerPort) + path);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYetListening) {
                // the probe fails until the management port listens; the kubelet tries again too
            }
            awaitRunning(deadline, "readiness on " + path);
        }
    }

    private void awaitRunning(long deadline, String what) throws IOException, InterruptedException {
        if (!"true".equals(Podman.run("container", "inspect", "--format={{.State.Running}}", name).strip())) {
            throw new AssertionError("the container exited before " + what + ":\n" + log());
        }
        if (System.nanoTime() > deadline) {
            throw new AssertionError("no " + what + " in time:\n" + log());
        }
        Thread.sleep(POLL.toMillis());
    }

    /** The loopback port podman published the container's port on. */
    int hostPort(int containerPort) throws IOException, InterruptedException {
        String binding = Podman.run("port", name, containerPort + "/tcp").strip();
        return Integer.parseInt(binding.substring(binding.lastIndexOf(':') + 1));
    }

    /** Runs a command in the running container, as its user. */
    Podman.Result exec(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("exec", name));
        args.addAll(List.of(command));
        return Podman.attempt(args.toArray(String[]::new));
    }

    /** SIGTERM, then SIGKILL after the grace period, as the kubelet stops a pod; the container's exit status. */
    int stop(int graceSeconds) throws IOException, InterruptedException {
        Podman.run(COMMAND.plusSeconds(graceSeconds), Map.of(), List.of("stop", "--time=" + graceSeconds, name));
        return Integer.parseInt(Podman.run("container", "inspect", "--format={{.State.ExitCode}}", name).strip());
    }

    /** Everything the container printed, standard output then error, without the server password's line. */
    String log() throws IOException, InterruptedException {
        Podman.Result logs = Podman.attempt("logs", name);
        return (logs.out() + logs.err()).lines().filter(line -> StartupLines.serverPassword(line).isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /** Removes the container, killing it if it still runs; the volume stays. */
    @Override
    public void close() throws IOException, InterruptedException {
        Podman.run("rm", "--force", "--time=0", name);
    }
}
