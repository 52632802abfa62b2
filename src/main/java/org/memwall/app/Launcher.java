package org.memwall.app;

import java.io.PrintWriter;
import javafx.application.Application;
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
            Application.launch(ExplorerApplication.class, args);
            return;
        }
        int code = MemwallCli.execute(new PresetEnvironment(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
        System.exit(code);
    }
}
