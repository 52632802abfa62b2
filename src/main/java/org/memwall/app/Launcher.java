package org.memwall.app;

import java.io.PrintWriter;
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
        if (args.length == 0) {
            StartupTrace trace = StartupTrace.fromSystemProperty();
            trace.mark("main entered");
            openWindow(trace);
            return;
        }
        int code = MemwallCli.execute(new PresetEnvironment(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /** Without a display (a server, a terminal over ssh) say so in one line and point to the command line. */
    private static void openWindow(StartupTrace trace) {
        try {
            ExplorerApplication.launch(trace);
        } catch (RuntimeException e) {
            System.err.println("memwall-explorer: cannot open the window (" + e.getMessage()
                    + "); the command line works without one: memwall-explorer --help");
            System.exit(1);
        }
    }
}
