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

    /** The package that holds GTK 3, which JavaFX draws its windows with on Linux, per family of systems. */
    static final String GTK_PACKAGES = "install GTK 3: sudo apt-get install libgtk-3-0 (Debian, Ubuntu), "
            + "sudo dnf install gtk3 (Fedora, RHEL), sudo zypper install libgtk-3-0 (openSUSE), sudo pacman -S gtk3 (Arch)";

    /**
     * The toolkit refused to start although a display was named. JavaFX says "Unable to load glass
     * GTK library" when GTK 3 is not installed (or one of its libraries is missing): then the line
     * names the package to install.
     */
    static String cannotOpen(String why, String display) {
        String where = display == null || display.isBlank() ? "" : " on display " + display;
        String reason = why == null ? "the toolkit did not start" : why;
        if (why != null && why.toLowerCase(Locale.ROOT).contains("gtk")) {
            return "memwall-explorer: cannot open the window" + where + ": GTK 3 is missing (" + reason + "); "
                    + GTK_PACKAGES + "; meanwhile " + WHAT_WORKS;
        }
        return "memwall-explorer: cannot open the window" + where + " (" + reason + "); " + WHAT_WORKS;
    }
}
