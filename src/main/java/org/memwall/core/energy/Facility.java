package org.memwall.core.energy;

import java.util.List;
import java.util.Objects;
import org.memwall.core.model.Checks;

/**
 * Where the accelerators run, for the wall-plug view: the host around them (CPUs, memory,
 * network, idle spare machines) as a share of the accelerators' own energy, and the building's
 * overhead (power usage effectiveness, PUE: facility energy over IT energy).
 *
 * @param hostShareOfAccelerator host energy per joule the accelerators draw
 * @param powerUsageEffectiveness facility energy over IT energy (1 or more)
 */
public record Facility(String id, String name, String description, double hostShareOfAccelerator,
                       double powerUsageEffectiveness, List<String> sources) {

    public Facility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Checks.nonNegative("hostShareOfAccelerator", hostShareOfAccelerator);
        if (!(powerUsageEffectiveness >= 1) || Double.isInfinite(powerUsageEffectiveness)) {
            throw new IllegalArgumentException("powerUsageEffectiveness must be 1 or more (facility over IT energy), got "
                    + powerUsageEffectiveness);
        }
        sources = List.copyOf(sources);
    }

    /** Energy per output token at the wall: accelerators plus host, times the building's overhead. */
    public double wallPlugJoulesPerToken(Energy accelerators) {
        return accelerators.acceleratorJoulesPerOutputToken() * (1 + hostShareOfAccelerator) * powerUsageEffectiveness;
    }
}
