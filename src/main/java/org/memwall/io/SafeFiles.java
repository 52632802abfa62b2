package org.memwall.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every file the program writes goes through here: into a temporary file beside the target,
 * flushed to disk, then moved over the target in one step. A failed write leaves no half file
 * and keeps the old one; an existing file is replaced only when the caller says so.
 */
public final class SafeFiles {
    /** What to do when the target already exists. */
    public enum Overwrite {
        /** Refuse with {@link TargetExistsException}: the caller asks the user first. */
        REFUSE,
        /** Replace it (the user said so, or the file is the program's own, like its preferences). */
        REPLACE
    }

    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The target exists and the caller did not allow replacing it. */
    public static final class TargetExistsException extends IOException {
        private static final long serialVersionUID = 1L;

        public TargetExistsException(Path target) {
            super(target + " already exists");
        }
    }

    private SafeFiles() {
    }

    public static void write(Path target, Overwrite policy, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder, not a file");
        }
        if (policy == Overwrite.REFUSE && Files.exists(absolute)) {
            throw new TargetExistsException(target);
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
        }
        if (Files.exists(absolute) && readOnly(absolute)) {
            throw new AccessDeniedException(target.toString(), null, "the file is read-only");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(dir.toString(), null, "the folder is not writable");
        }
        boolean moved = false;
        try {
            permissions(temp, absolute);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, absolute, policy);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Not writable, or marked read-only by its owner (which the superuser could still write, but was asked not to). */
    public static boolean readOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        return Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)
                && !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    /**
     * A temporary file is made readable by its owner only; the file it becomes gets the permissions
     * of the one it replaces, or those of an ordinary new file (rw-r--r--).
     */
    private static void permissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> wanted = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, wanted);
    }

    /** Convenience for text and byte arrays. */
    public static void write(Path target, Overwrite policy, byte[] bytes) throws IOException {
        write(target, policy, out -> out.write(bytes));
    }

    private static void move(Path temp, Path target, Overwrite policy) throws IOException {
        if (policy == Overwrite.REFUSE) {
            // a link that fails when the target appeared meanwhile keeps the refusal race-free
            try {
                Files.createLink(target, temp);
                Files.delete(temp);
                return;
            } catch (FileAlreadyExistsException e) {
                throw new TargetExistsException(target);
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(target)) {
                    throw new TargetExistsException(target);
                }
                // file systems without hard links: fall through to the move below
            }
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
