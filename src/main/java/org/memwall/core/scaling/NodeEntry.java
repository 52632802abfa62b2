package org.memwall.core.scaling;

import java.util.List;
import org.memwall.core.model.Checks;

/**
 * Published figures for one process node, relative where only ratios are published.
 *
 * @param relativeEnergyPerOp energy of the same operation relative to the table's reference node
 * @param relativeClock       clock at the same power relative to the reference node
 */
public record NodeEntry(
        double nm,
        String name,
        double logicDensityMTrPerMm2,
        double sramBitcellUm2,
        double relativeEnergyPerOp,
        double relativeClock,
        List<String> sources) {

    public NodeEntry {
        Checks.positive("nm", nm);
        Checks.positive("logicDensityMTrPerMm2", logicDensityMTrPerMm2);
        Checks.positive("sramBitcellUm2", sramBitcellUm2);
        Checks.positive("relativeEnergyPerOp", relativeEnergyPerOp);
        Checks.positive("relativeClock", relativeClock);
        sources = List.copyOf(sources);
    }
}
