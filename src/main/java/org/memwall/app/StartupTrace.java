package org.memwall.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Milestones of start-up, in milliseconds since the process started, printed to standard error
 * when the program runs with {@code -Dmemwall.startupTrace=true}; silent (and free) otherwise.
 *
 * <p>Reads the process's age from {@code /proc} (elsewhere from {@link ProcessHandle}, whose start
 * time can be a second off on Linux) and its CPU time from {@link ProcessHandle}, not from the
 * management beans: loading those took about half a second of start-up, so a traced run was much
 * slower than the start-up it was meant to show.
 */
final class StartupTrace {
    static final String PROPERTY = "memwall.startupTrace";

    private final boolean enabled;
    private final PrintStream out;
    /** {@link System#nanoTime()} when the process started. */
    private final long processStartNanos;

    StartupTrace(boolean enabled, PrintStream out) {
        this.enabled = enabled;
        this.out = out;
        this.processStartNanos = enabled ? System.nanoTime() - processAgeNanos() : 0;
    }

    private static long processAgeNanos() {
        try {
            // /proc/self/stat field 22 is the start in clock ticks (100 a second) since boot;
            // /proc/uptime is the time since boot: both to 10 ms
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double startSeconds = Long.parseLong(fields[19]) / 100.0;
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return (long) ((uptimeSeconds - startSeconds) * 1e9);
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toNanos()).orElse(0L);
        }
    }

    static StartupTrace fromSystemProperty() {
        return new StartupTrace(Boolean.getBoolean(PROPERTY), System.err);
    }

    boolean enabled() {
        return enabled;
    }

    void mark(String milestone) {
        if (enabled) {
            long sinceStart = (System.nanoTime() - processStartNanos) / 1_000_000;
            // on a busy machine the CPU time the program has used says more than the wall clock
            long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            out.printf("startup %6d ms  %s  [%s; process CPU %d ms]%n", sinceStart, milestone,
                    Thread.currentThread().getName(), cpuMillis);
        }
    }
}
