package org.memwall.presets;

import java.util.List;
import java.util.Optional;
import org.memwall.core.scaling.GrowthTrend;
import org.memwall.core.scaling.MemoryWallTrends;

/**
 * Maps {@code presets/memory-wall-trends.json} onto {@link MemoryWallTrends}: a span of years
 * and three growth rates (compute, memory bandwidth, interconnect bandwidth), each with its own
 * {@code sources}.
 */
final class TrendsReader {
    private TrendsReader() {
    }

    static Optional<MemoryWallTrends> read(FileContext context) {
        ObjectReader root = context.root();
        int from = root.positiveInt("fromYear");
        int to = root.positiveInt("toYear");
        GrowthTrend compute = trend(root.object("compute"), context);
        GrowthTrend memory = trend(root.object("memoryBandwidth"), context);
        GrowthTrend interconnect = trend(root.object("interconnectBandwidth"), context);
        Provenance.readNotes(root, context);
        Provenance.readSources(root);
        root.finish();
        Provenance.checkCoverage(context);
        if (context.hasProblems()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MemoryWallTrends(from, to, compute, memory, interconnect));
        } catch (IllegalArgumentException e) {
            context.problem("toYear", e.getMessage());
            return Optional.empty();
        }
    }

    private static GrowthTrend trend(ObjectReader node, FileContext context) {
        String name = node.text("name");
        double factor = node.positive("growthFactorPer2Years");
        Provenance.readNotes(node, context);
        List<String> sources = Provenance.readSources(node);
        node.finish();
        // a placeholder lets the other fields be read when this one failed; the problem already
        // reported makes read() return nothing
        return new GrowthTrend(name, factor > 0 ? factor : 1, sources);
    }
}
