package org.securechat.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.securechat.launcher.ChildProcess;

/** The podman command line, one command at a time; a test that ends early stops the command it ran. */
final class Podman {
    private static final Duration COMMAND = Duration.ofSeconds(60);

    /** What one command printed and how it exited. */
    record Result(int status, String out, String err) {
        boolean succeeded() {
            return status == 0;
        }
    }

    private Podman() {
    }

    static boolean installed() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "podman")));
    }

    /** The command's standard output; it must succeed within a minute. */
    static String run(String... args) throws IOException, InterruptedException {
        return run(COMMAND, Map.of(), List.of(args));
    }

    /**
     * The command's standard output; it must succeed within the timeout. The environment is the
     * podman process's own: {@code --env NAME} passes a variable from there into the container,
     * so its value is on no command line.
     */
    static String run(Duration timeout, Map<String, String> environment, List<String> args)
            throws IOException, InterruptedException {
        Result result = attempt(timeout, environment, args);
        if (!result.succeeded()) {
            throw new AssertionError("podman " + String.join(" ", args) + " exited with status " + result.status()
                    + ":\n" + result.err() + result.out());
        }
        return result.out();
    }

    /** The command's outcome, whatever its exit status; it must end within a minute. */
    static Result attempt(String... args) throws IOException, InterruptedException {
        return attempt(COMMAND, Map.of(), List.of(args));
    }

    private static Result attempt(Duration timeout, Map<String, String> environment, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(args);
        // Files, not pipes: a command that prints much (a build) cannot block on a full pipe.
        Path out = Files.createTempFile("podman", ".out");
        Path err = Files.createTempFile("podman", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            try (ChildProcess process = ChildProcess.start(builder)) {
                int status = process.awaitExit(timeout);
                return new Result(status, Files.readString(out), Files.readString(err));
            }
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
