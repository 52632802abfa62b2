package org.memwall.core.sim;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.memwall.core.model.ArchitectureFamily;

/** Every measurement with its prediction: median absolute relative error overall and per family and stack. */
public record ValidationReport(List<ValidationRow> rows) {
    public ValidationReport {
        rows = List.copyOf(rows);
    }

    /** A family and a serving stack: the unit fidelity is stated for. */
    public record Group(ArchitectureFamily family, String stack) {
        public String label() {
            return family.label() + ", " + stack;
        }
    }

    /** Median absolute relative error over every row that ran. */
    public OptionalDouble medianError() {
        return medianError(r -> true);
    }

    public OptionalDouble medianError(Predicate<ValidationRow> which) {
        return median(rows.stream().filter(ValidationRow::ran).filter(which)
                .mapToDouble(r -> r.absoluteRelativeError().getAsDouble()).toArray());
    }

    /** Median over the rows of one family that ran. */
    public OptionalDouble medianError(ArchitectureFamily family) {
        return medianError(r -> r.family().filter(family::equals).isPresent());
    }

    public int runsOf(ArchitectureFamily family) {
        return (int) rows.stream().filter(ValidationRow::ran).filter(r -> r.family().filter(family::equals).isPresent()).count();
    }

    /** Share of the rows that ran whose error is at most {@code limit} (0.25 for "within 25%"). */
    public double shareWithin(double limit) {
        long ran = rows.stream().filter(ValidationRow::ran).count();
        if (ran == 0) {
            return 0;
        }
        return rows.stream().filter(ValidationRow::ran).filter(r -> r.absoluteRelativeError().getAsDouble() <= limit).count()
                / (double) ran;
    }

    /** The rows of each family and stack that ran, in a stable order. */
    public Map<Group, List<ValidationRow>> byGroup() {
        return rows.stream().filter(ValidationRow::ran).filter(r -> r.family().isPresent())
                .sorted(Comparator.comparing((ValidationRow r) -> r.family().get()).thenComparing(ValidationRow::stack))
                .collect(Collectors.groupingBy(r -> new Group(r.family().get(), r.stack()), LinkedHashMap::new, Collectors.toList()));
    }

    public static OptionalDouble median(double[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
    }
}
