package org.memwall.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * Milestones of start-up, in milliseconds since the JVM started, printed to standard error when
 * the program runs with {@code -Dmemwall.startupTrace=true}; silent (and free) otherwise.
 */
final class StartupTrace {
    static final String PROPERTY = "memwall.startupTrace";

    private final boolean enabled;
    private final PrintStream out;

    StartupTrace(boolean enabled, PrintStream out) {
        this.enabled = enabled;
        this.out = out;
    }

    /** Reads the system property; the management classes load only when tracing is on. */
    static StartupTrace fromSystemProperty() {
        return new StartupTrace(Boolean.getBoolean(PROPERTY), System.err);
    }

    boolean enabled() {
        return enabled;
    }

    void mark(String milestone) {
        if (enabled) {
            long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
            // on a busy machine the thread's own CPU time says more than the wall clock
            long threadCpuMillis = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            out.printf("startup %6d ms  %s  [%s, %d ms of CPU]%n", sinceJvmStart, milestone,
                    Thread.currentThread().getName(), threadCpuMillis);
        }
    }
}
