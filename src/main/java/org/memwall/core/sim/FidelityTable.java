package org.memwall.core.sim;

import java.util.Map;
import java.util.Optional;
import org.memwall.core.model.ArchitectureFamily;

/**
 * The fidelity each family and serving stack states: the cross-validated error written by
 * calibration (a shipped preset), so that a result states it without re-running the fit.
 */
public record FidelityTable(Map<ValidationReport.Group, Fidelity> byGroup, Optional<Fidelity> overall) {
    public FidelityTable {
        byGroup = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byGroup));
        java.util.Objects.requireNonNull(overall, "overall");
    }

    public FidelityTable(Map<ValidationReport.Group, Fidelity> byGroup) {
        this(byGroup, Optional.empty());
    }

    public static FidelityTable empty() {
        return new FidelityTable(Map.of(), Optional.empty());
    }

    /** The group's figure; "not validated" for a group with no cross-validated runs (every CIM chip). */
    public Fidelity fidelityFor(ArchitectureFamily family, String stack) {
        return Optional.ofNullable(byGroup.get(new ValidationReport.Group(family, stack))).orElse(Fidelity.notValidated());
    }
}
