package org.memwall.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.memwall.core.energy.Facility;
import org.memwall.core.sim.Result;

/** The optional wall-plug view of energy in tables and CSV (JSON: {@link EnergyJson#addWallPlug}). */
final class WallPlug {
    private WallPlug() {
    }

    static List<Object> csvHeader(Optional<Facility> f) {
        return f.isPresent() ? List.of("facility", "wall_plug_joules_per_token") : List.of();
    }

    static List<Object> csvValues(Optional<Facility> f, Result r) {
        return f.isPresent() ? List.of(f.get().id(), f.get().wallPlugJoulesPerToken(r.energy())) : List.of();
    }

    /** One line under a result: energy at the wall and what it adds. */
    static String line(Facility f, Result r) {
        return String.format(Locale.ROOT, "energy at the wall (%s): %s per output token = accelerators x (1 + %s host share) x PUE %s",
                f.name(), Units.energy(f.wallPlugJoulesPerToken(r.energy())), Units.plain(f.hostShareOfAccelerator()),
                Units.plain(f.powerUsageEffectiveness()));
    }
}
