package org.memwall.core.map;

import org.memwall.core.sim.Scenario;

/**
 * The scenario of one map cell: the current settings with the two axes' settings moved to
 * {@code x} and {@code y}. Throws {@link IllegalArgumentException} for a combination that cannot
 * run (the cell is then left empty).
 */
@FunctionalInterface
public interface CellScenarios {
    Scenario at(double x, double y);
}
