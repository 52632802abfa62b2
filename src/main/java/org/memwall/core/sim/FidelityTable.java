package org.memwall.core.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.model.ArchitectureFamily;

/**
 * The fidelity each family and serving stack states: the cross-validated error written by
 * calibration (a shipped preset), so that a result states it without re-running the fit; each
 * run's out-of-sample prediction, for the fidelity chart; and the cross-validated error of energy
 * per output token.
 *
 * @param crossValidatedByRun each run's prediction with its source left out of the fit, by run id
 * @param energy              the cross-validated error of energy per output token over the measured energy runs
 */
public record FidelityTable(Map<ValidationReport.Group, Fidelity> byGroup, Optional<Fidelity> overall,
                            Map<String, Double> crossValidatedByRun, Optional<Fidelity> energy) {
    public FidelityTable {
        byGroup = Collections.unmodifiableMap(new LinkedHashMap<>(byGroup));
        Objects.requireNonNull(overall, "overall");
        crossValidatedByRun = Collections.unmodifiableMap(new LinkedHashMap<>(crossValidatedByRun));
        Objects.requireNonNull(energy, "energy");
    }

    public FidelityTable(Map<ValidationReport.Group, Fidelity> byGroup, Optional<Fidelity> overall,
                         Map<String, Double> crossValidatedByRun) {
        this(byGroup, overall, crossValidatedByRun, Optional.empty());
    }

    public FidelityTable(Map<ValidationReport.Group, Fidelity> byGroup) {
        this(byGroup, Optional.empty(), Map.of());
    }

    public static FidelityTable empty() {
        return new FidelityTable(Map.of());
    }

    /** Energy per output token's figure; "not validated" when calibration wrote none. */
    public Fidelity energyFidelity() {
        return energy.orElse(Fidelity.notValidated());
    }

    /** The group's figure; "not validated" for a group with no cross-validated runs (every CIM chip). */
    public Fidelity fidelityFor(ArchitectureFamily family, String stack) {
        return Optional.ofNullable(byGroup.get(new ValidationReport.Group(family, stack))).orElse(Fidelity.notValidated());
    }

    /** A run's out-of-sample prediction, where calibration recorded one. */
    public OptionalDouble crossValidated(String runId) {
        Double v = crossValidatedByRun.get(runId);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
