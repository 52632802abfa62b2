package org.memwall.app;

/**
 * Entry point of the jar. With no arguments it opens the window; with a subcommand it runs the
 * command line. A separate class from the JavaFX Application so the jar starts on a plain classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Memory Wall Explorer: the window and command line are on their way.");
    }
}
