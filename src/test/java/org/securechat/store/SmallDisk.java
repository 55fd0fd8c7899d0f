package org.securechat.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real filesystem of a few hundred KiB (a tmpfs, mounted for one test), to run out of space on
 * and free again as a full disk does. Mounting needs root: {@link #mountable()} says whether tests can.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path root;
    private final Path ballast;

    private SmallDisk(Path root) {
        this.root = root;
        this.ballast = root.resolve("ballast");
    }

    public static boolean mountable() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    public static SmallDisk mount(Path at, int kibibytes) throws IOException, InterruptedException {
        Files.createDirectories(at);
        run("mount", "-t", "tmpfs", "-o", "size=" + kibibytes + "k,mode=0700", "tmpfs", at.toString());
        return new SmallDisk(at);
    }

    public Path root() {
        return root;
    }

    /** Writes one file until the disk has no byte left. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!full.getMessage().contains("No space left on device")) {
                throw full;
            }
        }
    }

    /** Gives back what {@link #fill()} took. */
    public void free() throws IOException {
        Files.deleteIfExists(ballast);
    }

    /** Unmounts, lazily if a process still holds a file there. */
    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", root.toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + new String(process.getInputStream().readAllBytes()));
        }
    }
}
