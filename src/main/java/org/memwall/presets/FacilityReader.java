package org.memwall.presets;

import java.util.List;
import java.util.Optional;
import org.memwall.core.energy.Facility;

/** Maps a {@code presets/facilities/<id>.json} document onto a {@link Facility} (the wall-plug view). */
final class FacilityReader {
    private FacilityReader() {
    }

    static Optional<Facility> read(FileContext context) {
        ObjectReader root = context.root();
        String id = root.text("id");
        String name = root.text("name");
        String description = root.optText("description").orElse("");
        double host = root.nonNegative("hostShareOfAccelerator");
        double pue = root.positive("powerUsageEffectiveness");
        Provenance.readNotes(root, context);
        List<String> sources = Provenance.readSources(root);
        root.finish();
        Provenance.checkCoverage(context);
        if (context.hasProblems()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Facility(id, name, description, host, pue, sources));
        } catch (IllegalArgumentException e) {
            context.constructorProblem("", e);
            return Optional.empty();
        }
    }
}
