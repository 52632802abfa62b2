package org.memwall.presets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.sim.FidelityTable;
import org.memwall.core.sim.ValidationReport;

/**
 * Maps {@code presets/fidelity.json} (written by {@code calibrate}) onto a {@link FidelityTable}:
 * per family and serving stack, the median error on runs left out of the fit and how many runs.
 */
final class FidelityReader {
    private FidelityReader() {
    }

    static Optional<FidelityTable> read(FileContext context) {
        ObjectReader root = context.root();
        root.text("method");
        Map<ValidationReport.Group, Fidelity> groups = new LinkedHashMap<>();
        for (ObjectReader g : root.objects("groups", false)) {
            ArchitectureFamily family = HardwareReader.enumValue(g, "family", ArchitectureFamily.class);
            String stack = g.text("stack");
            double median = g.nonNegative("crossValidatedMedianErrorPercent");
            int runs = g.positiveInt("runs");
            g.nonNegative("inSampleMedianErrorPercent");
            g.finish();
            if (family != null && !stack.isEmpty() && Double.isFinite(median) && runs > 0) {
                groups.put(new ValidationReport.Group(family, stack), Fidelity.crossValidated(median / 100, runs));
            }
        }
        Optional<Fidelity> overall = root.optObject("overall").map(o -> {
            double median = o.nonNegative("crossValidatedMedianErrorPercent");
            int runs = o.positiveInt("runs");
            o.nonNegative("inSampleMedianErrorPercent");
            o.optText("withinTwentyFivePercent");
            o.finish();
            return Fidelity.crossValidated(median / 100, runs);
        });
        Map<String, Double> byRun = new LinkedHashMap<>();
        for (ObjectReader r : root.objects("runs", false)) {
            String id = r.text("id");
            double predicted = r.positive("crossValidatedPredicted");
            r.finish();
            if (!id.isEmpty() && predicted > 0) {
                byRun.put(id, predicted);
            }
        }
        Optional<Fidelity> energy = root.optObject("energy").map(o -> {
            double median = o.nonNegative("crossValidatedMedianErrorPercent");
            int runs = o.positiveInt("runs");
            o.nonNegative("inSampleMedianErrorPercent");
            o.optText("withinThirtyPercent");
            o.finish();
            return Fidelity.crossValidated(median / 100, runs);
        });
        Provenance.readNotes(root, context);
        Provenance.readSources(root);
        root.finish();
        Provenance.checkCoverage(context);
        return context.hasProblems() ? Optional.empty() : Optional.of(new FidelityTable(groups, overall, byRun, energy));
    }
}
