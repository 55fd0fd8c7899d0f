package org.securechat.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to start the packaged server: its jar with JVM options and arguments, on free ports and a
 * data dir of the caller's, its settings in the environment. Secrets go there too, never on a
 * command line, where {@code ps} shows them.
 */
public final class ServerLaunch {
    private static final Path BUILT_JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Path jar;
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> arguments = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Path directory;
    private Consumer<String> copyOutput = line -> { };

    private ServerLaunch(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the packaged server " + jar.toAbsolutePath() + " is missing: build it with"
                    + " ./mvnw package in the repository root, or name another (-Dserver.jar=PATH; the bench: --server-jar)");
        }
        this.jar = jar;
    }

    /**
     * The jar with every port free (0: the startup lines tell which were taken) and this data dir,
     * as every caller starts it.
     */
    public static ServerLaunch of(Path jar, Path dataDir) {
        ServerLaunch launch = new ServerLaunch(jar);
        launch.environment.putAll(Map.of("CHAT_PORT", "0", "QUARKUS_HTTP_PORT", "0", "QUARKUS_HTTP_SSL_PORT", "0", "QUARKUS_MANAGEMENT_PORT", "0",
                "CHAT_DATA_DIR", dataDir.toString()));
        return launch;
    }

    /**
     * The jar the build makes: the {@code server.jar} system property, else target/quarkus-app/quarkus-run.jar
     * from the repository root, else from a project beside the server's (tui-client/, bench/).
     */
    public static Path builtJar() {
        String named = System.getProperty("server.jar");
        if (named != null) {
            return Path.of(named);
        }
        return Files.isRegularFile(BUILT_JAR) ? BUILT_JAR : Path.of("..").resolve(BUILT_JAR);
    }

    public ServerLaunch jvmOptions(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    /** The command and its options ({@code serve} when there are none). */
    public ServerLaunch arguments(List<String> args) {
        arguments.addAll(args);
        return this;
    }

    /** Further settings (CHAT_..., QUARKUS_...); a later one wins over an earlier one of the same name. */
    public ServerLaunch environment(Map<String, String> settings) {
        environment.putAll(settings);
        return this;
    }

    /** The working directory: a relative path in a setting is read from there. */
    public ServerLaunch directory(Path workingDirectory) {
        directory = workingDirectory;
        return this;
    }

    /** Where every line of output goes too, as it is read (a log file, say), besides {@link PackagedServer#output()}. */
    public ServerLaunch copyOutputTo(Consumer<String> sink) {
        copyOutput = sink;
        return this;
    }

    ProcessBuilder processBuilder() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        return builder;
    }

    Consumer<String> copyOutput() {
        return copyOutput;
    }
}
