package org.memwall.core.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.memwall.core.model.ArchitectureFamily;

/** Every measurement with its prediction, and the median absolute relative error overall and per family. */
public record ValidationReport(List<ValidationRow> rows) {
    public ValidationReport {
        rows = List.copyOf(rows);
    }

    /** Median absolute relative error over every row that ran. */
    public OptionalDouble medianError() {
        return median(rows.stream()
                .filter(ValidationRow::ran)
                .mapToDouble(r -> r.absoluteRelativeError().getAsDouble())
                .toArray());
    }

    /** Median absolute relative error over the rows of one family that ran. */
    public OptionalDouble medianError(ArchitectureFamily family) {
        return median(ranRows(family).mapToDouble(r -> r.absoluteRelativeError().getAsDouble()).toArray());
    }

    public int runsOf(ArchitectureFamily family) {
        return (int) ranRows(family).count();
    }

    /** What a result of this family states about itself; "not validated" when the family has no row that ran. */
    public Fidelity fidelityFor(ArchitectureFamily family) {
        OptionalDouble median = medianError(family);
        return median.isPresent() ? new Fidelity(median, runsOf(family)) : Fidelity.notValidated();
    }

    /** Fidelity of every family, in the enum's order, including the ones not validated. */
    public Map<ArchitectureFamily, Fidelity> fidelityByFamily() {
        Map<ArchitectureFamily, Fidelity> out = new EnumMap<>(ArchitectureFamily.class);
        for (ArchitectureFamily f : ArchitectureFamily.values()) {
            out.put(f, fidelityFor(f));
        }
        return out;
    }

    private java.util.stream.Stream<ValidationRow> ranRows(ArchitectureFamily family) {
        return rows.stream().filter(ValidationRow::ran).filter(r -> r.family().filter(family::equals).isPresent());
    }

    static OptionalDouble median(double[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
    }
}
