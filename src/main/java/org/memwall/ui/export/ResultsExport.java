package org.memwall.ui.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.memwall.core.sim.Result;

/**
 * Turns the results on screen into the text of a numbers file, CSV or JSON, the same as the
 * command line's {@code compare --format csv|json} prints. The window only asks; the application
 * supplies the writer, so the views do not depend on the command line.
 */
public interface ResultsExport {
    enum Format {
        CSV(".csv"), JSON(".json");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The format a file name's extension asks for, if it names one. */
        public static Optional<Format> ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (lower.endsWith(f.extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** The numbers of {@code results} with the settings {@code shown} says they were made at. */
    String render(List<Result> results, Format format, ShownState shown);
}
