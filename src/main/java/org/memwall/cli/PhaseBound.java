package org.memwall.cli;

import java.util.EnumMap;
import java.util.Map;
import org.memwall.core.sim.Bound;
import org.memwall.core.energy.Energy;
import org.memwall.core.sim.OperatorResult;
import org.memwall.core.sim.PhaseResult;

/**
 * What limits a phase: the bound that takes most of its time, and for memory the level that does.
 *
 * @param level          the memory level behind most memory-bound time, or "" when not memory bound
 * @param shareOfTime    share of the step's time spent in operators with this bound
 * @param secondsByBound time per bound over the step
 */
public record PhaseBound(Bound bound, String level, double shareOfTime, Map<Bound, Double> secondsByBound) {

    public static PhaseBound of(PhaseResult phase) {
        Map<Bound, Double> byBound = new EnumMap<>(Bound.class);
        Map<String, Double> memoryByLevel = new java.util.HashMap<>();
        double total = 0;
        for (OperatorResult o : phase.operators()) {
            byBound.merge(o.bound(), o.totalSeconds(), Double::sum);
            total += o.totalSeconds();
            if (o.bound() == Bound.MEMORY && o.boundLevel() != null && !o.boundLevel().isEmpty()) {
                memoryByLevel.merge(o.boundLevel(), o.totalSeconds(), Double::sum);
            }
        }
        Bound top = byBound.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Bound.LATENCY);
        String level = top == Bound.MEMORY
                ? memoryByLevel.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("")
                : "";
        double share = total > 0 ? byBound.getOrDefault(top, 0.0) / total : 0;
        return new PhaseBound(top, level, share, byBound);
    }

    /** "memory (HBM3)" or "compute". */
    public String label() {
        return level.isEmpty() ? bound.id() : bound.id() + " (" + level + ")";
    }

    /** Whether moving data or computing costs more energy per token, and which level costs the most. */
    public record EnergyBound(String dominant, double dataMovementShare, String largestLevel) {
        public static EnergyBound of(Energy e) {
            double total = e.joulesPerToken();
            double share = total > 0 ? e.dataMovementJoulesPerToken() / total : 0;
            String largest = e.byLevelJoulesPerToken().entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            return new EnergyBound(e.dataMovementJoulesPerToken() >= e.computeJoulesPerToken() ? "data-movement" : "compute",
                    share, largest);
        }

        public String label() {
            return dominant.equals("data-movement") && !largestLevel.isEmpty()
                    ? "data movement (" + largestLevel + ")"
                    : dominant.replace('-', ' ');
        }
    }
}
