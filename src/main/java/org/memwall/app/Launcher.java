package org.memwall.app;

import java.io.FileDescriptor;
import java.util.Optional;
import org.memwall.cli.MemwallCli;
import org.memwall.cli.PresetEnvironment;

/**
 * Entry point of the jar. With no arguments it opens the window; with arguments it runs the
 * command line and exits with its code. A separate class from the JavaFX Application so the jar
 * starts on a plain classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        JavaFxWarnings.dropClassPathWarning();
        if (args.length == 0) {
            StartupTrace trace = StartupTrace.fromSystemProperty();
            trace.mark("main entered");
            openWindow(trace);
            return;
        }
        int code = MemwallCli.execute(new PresetEnvironment(), MemwallCli.standard(FileDescriptor.out),
                MemwallCli.standard(FileDescriptor.err), args);
        System.exit(code);
    }

    /** Without a display (a server, a terminal over ssh) say so in one line and point to the command line. */
    private static void openWindow(StartupTrace trace) {
        Optional<String> noDisplay = NoDisplay.reason(System.getProperty("os.name", ""), System.getenv());
        if (noDisplay.isPresent()) {
            System.err.println(noDisplay.get());
            System.exit(MemwallCli.EXIT_USAGE);
        }
        try {
            ExplorerApplication.launch(trace);
        } catch (RuntimeException e) {
            System.err.println(NoDisplay.cannotOpen(e.getMessage(), System.getenv("DISPLAY")));
            System.exit(MemwallCli.EXIT_USAGE);
        }
    }
}
