package org.securechat;

import com.sun.security.auth.module.UnixSystem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The data dir: the database, the storage key, the generated certificate. Created owner-only, and
 * so is every file the server makes in it, from the moment it exists. An existing data dir keeps
 * its group's access (the container image and Kubernetes' fsGroup give the server its volume
 * through its group) but loses other users': the server makes it so when the dir is its own, and
 * refuses to start on one it cannot fix that every user may write to.
 */
@ApplicationScoped
public class DataDirectory {
    private static final Logger LOG = Logger.getLogger(DataDirectory.class);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_DIR =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final int OTHERS = 0007;
    private static final int GROUP_AND_OTHERS = 0077;
    private static final int OTHERS_WRITE = 0002;

    private final Path path;
    private boolean checked;

    public DataDirectory(ChatConfig config) {
        this.path = Path.of(config.dataDir()).toAbsolutePath().normalize();
    }

    /** The dir, created or checked on the first call. */
    public synchronized Path path() {
        if (!checked) {
            try {
                Files.createDirectories(path.getParent());
                Files.createDirectory(path, OWNER_ONLY_DIR);
            } catch (FileAlreadyExistsException e) {
                closeToOthers();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data dir " + path, e);
            }
            checked = true;
        }
        return path;
    }

    private void closeToOthers() {
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("the data dir " + path + " is not a directory");
        }
        int mode = mode(path);
        if ((mode & OTHERS) == 0) {
            return;
        }
        if (ownUid() == intAttribute(path, "unix:uid")) {
            setMode(path, mode & ~OTHERS);
            LOG.warnf("the data dir %s was open to other users (%s); it is now %s", path, text(mode), text(mode & ~OTHERS));
        } else if ((mode & OTHERS_WRITE) != 0) {
            throw new IllegalStateException("the data dir " + path + " is writable by every user (" + text(mode)
                    + ") and belongs to another user, so the server cannot make it private: anyone could replace"
                    + " the database or its key. Remove other users' access (chmod o-rwx) or give the server a"
                    + " directory of its own.");
        }
        // Readable but not writable by others, and not ours to change: every file in it is owner-only.
    }

    /**
     * The file in the data dir, owner-only: created so if missing, or checked as {@link
     * #ownerOnlyIfPresent} says if it exists.
     */
    public Path ownerOnlyFile(String name) {
        Path file = path().resolve(name);
        try {
            Files.createFile(file, OWNER_ONLY_FILE);
        } catch (FileAlreadyExistsException e) {
            ownerOnlyIfPresent(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
        return file;
    }

    /**
     * Refuses the file if another user owns it (planted, or left by another uid), and closes it to
     * the group and others if an older release made it with the umask's mode.
     */
    public void ownerOnlyIfPresent(String name) {
        Path file = path().resolve(name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (intAttribute(file, "unix:uid") != ownUid()) {
            throw new IllegalStateException(file + " belongs to another user than the server's: it was not made by"
                    + " this server, so it is not used. Move it away, or run the server as its owner.");
        }
        int mode = mode(file);
        if ((mode & GROUP_AND_OTHERS) != 0) {
            setMode(file, mode & ~GROUP_AND_OTHERS);
            LOG.warnf("%s was open to other users (%s); it is now %s", file, text(mode), text(mode & ~GROUP_AND_OTHERS));
        }
    }

    /**
     * Writes a file that must not exist yet, owner-only from its creation (no moment with the
     * umask's mode), and on disk before this returns. A write that fails leaves no file behind.
     */
    public void writeNew(String name, byte[] content) throws IOException {
        Path file = path().resolve(name);
        try (FileChannel out = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                OWNER_ONLY_FILE)) {
            try {
                out.write(ByteBuffer.wrap(content));
                out.force(true);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
    }

    private static int mode(Path file) {
        return intAttribute(file, "unix:mode") & 07777;
    }

    private static int intAttribute(Path file, String attribute) {
        try {
            return (Integer) Files.getAttribute(file, attribute, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + attribute + " of " + file, e);
        }
    }

    /** Through the unix view, which keeps the setgid bit that fsGroup volumes carry. */
    private static void setMode(Path file, int mode) {
        try {
            Files.setAttribute(file, "unix:mode", mode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + file + " private", e);
        }
    }

    private static long ownUid() {
        return new UnixSystem().getUid();
    }

    private static String text(int mode) {
        return rwx(mode >> 6) + rwx(mode >> 3) + rwx(mode);
    }

    private static String rwx(int bits) {
        return ((bits & 4) != 0 ? "r" : "-") + ((bits & 2) != 0 ? "w" : "-") + ((bits & 1) != 0 ? "x" : "-");
    }
}
