package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What the program says before the window opens: one line without a display, no JavaFX class-path warning. */
class StartupMessagesTest {

    @Test
    void withoutADisplayOneLineSaysWhatToDoInstead() {
        String line = NoDisplay.reason("Linux", Map.of()).orElseThrow();
        assertTrue(line.contains("DISPLAY is not set") && line.contains("screenshot --out") && line.contains("--help"), line);
        assertEquals(1, line.lines().count());
        assertEquals(Optional.empty(), NoDisplay.reason("Linux", Map.of("DISPLAY", ":0")));
        assertEquals(Optional.empty(), NoDisplay.reason("Windows 11", Map.of()));
        assertEquals(Optional.empty(), NoDisplay.reason("Mac OS X", Map.of()));
        assertTrue(NoDisplay.cannotOpen("Unable to open DISPLAY", ":77").contains("on display :77 (Unable to open DISPLAY)"));
        assertFalse(NoDisplay.cannotOpen("Unable to open DISPLAY", ":77").contains("GTK"));
    }

    @Test
    void withoutGtk3TheLineNamesThePackageToInstall() {
        // what JavaFX 21 throws when libgtk-3.so.0 cannot be loaded
        String line = NoDisplay.cannotOpen("Unable to load glass GTK library.", ":0");
        assertTrue(line.contains("GTK 3 is missing") && line.contains("apt-get install libgtk-3-0")
                && line.contains("dnf install gtk3") && line.contains("screenshot --out"), line);
        assertEquals(1, line.lines().count());
    }

    @Test
    void javaFxsClassPathWarningIsDroppedAndItsOtherWarningsAreNot() {
        JavaFxWarnings.dropClassPathWarning();
        Logger javafx = Logger.getLogger("javafx");
        List<String> seen = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(handler);
        try {
            // through the same System.Logger JavaFX's own PlatformLogger writes to
            System.Logger logger = System.getLogger("javafx");
            logger.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'");
            logger.log(System.Logger.Level.WARNING, "some other warning");
        } finally {
            javafx.removeHandler(handler);
        }
        assertEquals(List.of("some other warning"), seen);
    }
}
