package org.memwall.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what the fuzz cases of one category ended in (exit 0, exit 2, loaded, refused, ...) and
 * the slowest and largest case, printed when the category's properties are done and appended to
 * {@code target/fuzz-report.md}: the figures the README quotes.
 */
final class FuzzTally {
    private final String category;
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final LongAdder cases = new LongAdder();
    private volatile long slowestMillis;
    private volatile long largestBytes;

    FuzzTally(String category) {
        this.category = category;
    }

    synchronized void count(String outcome, FuzzCase.Ran<?> ran) {
        cases.increment();
        outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
        slowestMillis = Math.max(slowestMillis, ran.millis());
        largestBytes = Math.max(largestBytes, ran.allocatedBytes());
    }

    long cases() {
        return cases.sum();
    }

    /** One line: cases, outcomes, 0 defects (a defect fails the property before this is printed). */
    String line() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "| %s | %,d |", category, cases.sum()));
        Map<String, Long> sorted = new TreeMap<>();
        outcomes.forEach((k, v) -> sorted.put(k, v.sum()));
        s.append(' ');
        sorted.forEach((k, v) -> s.append(String.format(Locale.ROOT, "%s %,d; ", k, v)));
        s.setLength(s.length() - 2);
        s.append(String.format(Locale.ROOT, " | 0 | %,d ms | %,d MB |", slowestMillis, largestBytes >> 20));
        return s.toString();
    }

    void report() {
        if (cases.sum() == 0) {
            return;
        }
        String line = line();
        System.out.println("fuzz " + line);
        Path report = Path.of(System.getProperty("memwall.fuzz.report", "target/fuzz-report.md"));
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("fuzz report not written: " + e);
        }
    }
}
