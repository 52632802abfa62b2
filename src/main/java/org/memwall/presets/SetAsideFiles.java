package org.memwall.presets;

import java.io.IOException;
import java.nio.file.Path;
import org.memwall.io.SetAside;

/** A preset of the user's own folder that cannot be parsed at all is set aside, and its problem says where to. */
final class SetAsideFiles {
    private SetAsideFiles() {
    }

    /** {@code message} with where the file went, or why it stayed. */
    static String setAside(Path file, String message) {
        try {
            Path moved = SetAside.file(file);
            return message + "; set aside as " + moved.getFileName() + " (fix it and rename it back to load it)";
        } catch (IOException | RuntimeException e) {
            return message + "; could not set it aside (" + e.getMessage() + ")";
        }
    }
}
