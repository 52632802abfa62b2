package org.memwall.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A file of the user's that the program cannot read (a damaged preferences file, a preset that
 * is not JSON) is moved aside, not deleted and not silently replaced: renamed in its folder to
 * {@code <name>.corrupt-<date>-<time>}, where the user can look at it or rename it back. It is
 * reported once, by whoever set it aside; the next start no longer finds it under its old name.
 */
public final class SetAside {
    static final String MARK = ".corrupt-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SetAside() {
    }

    /** Renames {@code file} aside and returns its new path. */
    public static Path file(Path file) throws IOException {
        return file(file, Clock.systemDefaultZone());
    }

    static Path file(Path file, Clock clock) throws IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        String name = file.getFileName().toString();
        for (int n = 1; n <= 100; n++) {
            Path target = file.resolveSibling(name + MARK + stamp + (n == 1 ? "" : "-" + n));
            // rename(2) replaces an existing target without a word: one set aside earlier stays
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target);
            }
            return target;
        }
        throw new FileAlreadyExistsException(file + MARK + stamp);
    }

    /** Whether a file name is one {@link #file} gave. */
    public static boolean isSetAside(Path file) {
        return file.getFileName().toString().contains(MARK);
    }
}
