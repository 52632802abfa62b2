package org.memwall.core.map;

import java.util.Optional;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.sim.Scenario;

/**
 * The scenario of one map cell: the current settings with the two axes' settings moved to
 * {@code x} and {@code y}. Throws {@link IllegalArgumentException} for a combination that cannot
 * run (the cell is then left empty).
 */
@FunctionalInterface
public interface CellScenarios {
    Scenario at(double x, double y);

    /**
     * The memory level whose peak bandwidth {@code x} sets (in bytes per second), when it sets
     * nothing else: the cells of a row then share their operators, built once (the numbers are the
     * same as one run per cell).
     */
    default Optional<MemoryKind> xBandwidth() {
        return Optional.empty();
    }

    /** The same for {@code y}: the cells of a column share their operators. */
    default Optional<MemoryKind> yBandwidth() {
        return Optional.empty();
    }
}
