package org.memwall.app;

import java.io.FileDescriptor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.memwall.cli.CliEnvironment;
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
        System.exit(runCommandLine(new PresetEnvironment(), MemwallCli.standard(FileDescriptor.out),
                MemwallCli.standard(FileDescriptor.err), args));
    }

    /** The command line with the window's own subcommand, {@code screenshot}, added to it. */
    static int runCommandLine(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        return MemwallCli.execute(environment, List.of(new ScreenshotCommand()), out, err, args);
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
        } catch (RuntimeException | LinkageError e) {
            // a missing GTK 3 arrives as either, depending on where the toolkit notices it
            System.err.println(NoDisplay.cannotOpen(e.getMessage(), System.getenv("DISPLAY")));
            System.exit(MemwallCli.EXIT_USAGE);
        }
    }
}
