package org.memwall.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * JavaFX warns on every start, in two lines on stderr, that it was loaded from the class path
 * ("Unsupported JavaFX configuration"); the jar runs that way on purpose, and the warning made
 * neither the screenshot command's answer nor the no-display message one line. That one warning
 * is dropped; every other JavaFX message still shows.
 */
final class JavaFxWarnings {
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";
    /** The logger JavaFX's platform writes to; held here, since the logging system keeps loggers only weakly. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxWarnings() {
    }

    /** Call before the toolkit starts. */
    static void dropClassPathWarning() {
        Filter before = JAVAFX.getFilter();
        JAVAFX.setFilter(record -> {
            String message = record.getMessage();
            if (message != null && message.startsWith(CLASS_PATH_WARNING)) {
                return false;
            }
            return before == null || before.isLoggable(record);
        });
    }
}
