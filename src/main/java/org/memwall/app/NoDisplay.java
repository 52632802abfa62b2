package org.memwall.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What to say when the window cannot open because there is no screen to open it on. */
final class NoDisplay {
    static final String WHAT_WORKS = "the command line works without one (memwall-explorer --help), and "
            + "'memwall-explorer screenshot --out window.png' draws the window to a file";

    private NoDisplay() {
    }

    /**
     * On Linux and the other X11 systems, a window needs {@code DISPLAY} (or a Wayland session,
     * which runs X programs through {@code DISPLAY} as well): without it, one line saying so.
     */
    static Optional<String> reason(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return Optional.empty();
        }
        String display = environment.get("DISPLAY");
        if (display != null && !display.isBlank()) {
            return Optional.empty();
        }
        return Optional.of("memwall-explorer: no display to open the window on (DISPLAY is not set): set DISPLAY, "
                + "or use what needs no window: " + WHAT_WORKS);
    }

    /** The toolkit refused to start although a display was named. */
    static String cannotOpen(String why, String display) {
        return "memwall-explorer: cannot open the window" + (display == null || display.isBlank() ? "" : " on display " + display)
                + " (" + (why == null ? "the toolkit did not start" : why) + "); " + WHAT_WORKS;
    }
}
