package org.securechat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.securechat.launcher.ChildProcess;

/**
 * An IRC server from Debian's packages (inspircd, ngircd), started the way the benchmark starts
 * securechat: in a fresh directory, on a free port of 127.0.0.1, TLS only with a new ECDSA
 * P-256 certificate (made by the openssl command), and flood control off (the configs in
 * resources/irc). As root it runs as Debian's {@code irc} user: neither daemon runs as root.
 */
final class IrcServer {

    enum Daemon {
        INSPIRCD("inspircd", "inspircd.conf"),
        NGIRCD("ngircd", "ngircd.conf");

        final String command;
        final String config;

        Daemon(String command, String config) {
            this.command = command;
            this.config = config;
        }

        static Daemon named(String name) {
            for (Daemon daemon : values()) {
                if (daemon.command.equals(name.toLowerCase(Locale.ROOT))) {
                    return daemon;
                }
            }
            throw new IllegalArgumentException("no IRC server named '" + name + "': inspircd or ngircd");
        }

        Path executable() {
            return Path.of("/usr/sbin", command);
        }

        static boolean allInstalled() {
            return Arrays.stream(values()).allMatch(daemon -> Files.isExecutable(daemon.executable()));
        }

        /** In the foreground, so the pid is the server's and SIGTERM stops it. */
        List<String> arguments(Path config) {
            return this == INSPIRCD ? List.of("--nofork", "--config=" + config)
                    : List.of("--nodaemon", "--config", config.toString());
        }
    }

    private static final String UNPRIVILEGED_USER = "irc";
    private static final long STARTUP_TIMEOUT_SECONDS = 30;

    private IrcServer() {
    }

    static StartedServer start(Daemon daemon, ServerWorkDir workDir) throws IOException, InterruptedException {
        Path executable = daemon.executable();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(executable + " not found: install Debian's package first "
                    + "(apt-get install " + daemon.command + ")");
        }
        Path dir = Files.createDirectories(workDir.data());
        Files.createDirectories(dir.resolve("conf.d")); // ngircd.conf's IncludeDir: none of the system's snippets
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        makeCertificate(cert, key, workDir.log());
        Path dh = dir.resolve("ffdhe2048.pem");
        Files.write(dh, resource("ffdhe2048.pem"));
        int port = freePort();
        Path config = dir.resolve(daemon.config);
        Files.writeString(config, new String(resource(daemon.config), StandardCharsets.UTF_8)
                .replace("@PORT@", Integer.toString(port)).replace("@CERT@", cert.toString())
                .replace("@KEY@", key.toString()).replace("@DH@", dh.toString()).replace("@DIR@", dir.toString()));

        List<String> command = new ArrayList<>();
        if (isRoot()) {
            handTo(UNPRIVILEGED_USER, workDir.path()); // the temporary directory is 0700
            command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=" + UNPRIVILEGED_USER,
                    "--init-groups"));
        }
        command.add(executable.toString());
        command.addAll(daemon.arguments(config));
        long started = System.nanoTime();
        ChildProcess child = ChildProcess.start(new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.log().toFile())));
        Process process = child.process();
        try {
            awaitListening(process, port, workDir.log());
        } catch (IOException | RuntimeException e) {
            child.kill();
            throw e;
        }
        double startupSeconds = (System.nanoTime() - started) / 1e9;
        ServerTarget target = new ServerTarget("127.0.0.1", port, fingerprint(cert), null, process.pid(), startupSeconds);
        return new StartedServer(child, workDir, target);
    }


    private static void makeCertificate(Path cert, Path key, Path log) throws IOException, InterruptedException {
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key.toString(),
                "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (openssl.waitFor() != 0) {
            throw new IllegalStateException("openssl could not make the IRC server's certificate; see " + log);
        }
    }

    /** Polls the port: neither daemon prints a line a caller could rely on across versions. */
    private static void awaitListening(Process process, int port, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the IRC server exited with status " + process.exitValue()
                        + "; its output is in " + log);
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("the IRC server did not listen within " + STARTUP_TIMEOUT_SECONDS
                + " s; its output is in " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void handTo(String user, Path dir) throws IOException {
        UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.toList()) {
                Files.setOwner(file, owner);
            }
        }
    }

    private static String fingerprint(Path cert) throws IOException {
        try (InputStream in = Files.newInputStream(cert)) {
            return PinnedFingerprintTrust.sha256((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(in));
        } catch (CertificateException e) {
            throw new IOException("the IRC server's certificate cannot be read back", e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = IrcServer.class.getResourceAsStream("/irc/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource irc/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }
}
