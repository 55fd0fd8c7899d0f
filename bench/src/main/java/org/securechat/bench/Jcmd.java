package org.securechat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Diagnostic commands to the server's JVM through jcmd from the generator's JDK (same user, same machine). */
final class Jcmd {

    private Jcmd() {
    }

    static String run(long pid, String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        argv.add(Long.toString(pid));
        argv.addAll(List.of(command));
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    /** Starts a JFR recording (profile settings) of the server, written to {@code file} by {@link #stopRecording}. */
    static void startRecording(long pid, Path file) throws IOException, InterruptedException {
        run(pid, "JFR.start", "name=securechat-bench", "settings=profile",
                "filename=" + file.toAbsolutePath());
    }

    static void stopRecording(long pid) throws IOException, InterruptedException {
        run(pid, "JFR.stop", "name=securechat-bench");
    }
}
