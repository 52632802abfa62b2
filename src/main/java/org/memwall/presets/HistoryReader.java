package org.memwall.presets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.history.HistoryChip;
import org.memwall.history.MemoryWallHistory;
import org.memwall.history.NodeYear;

/**
 * Maps {@code presets/memory-wall-history.json} onto {@link MemoryWallHistory}: chips by year with
 * peak compute, DRAM bandwidth and interconnect bandwidth, each covered by a source.
 */
final class HistoryReader {
    private HistoryReader() {
    }

    static Optional<MemoryWallHistory> read(FileContext context) {
        ObjectReader root = context.root();
        List<HistoryChip> chips = new ArrayList<>();
        for (ObjectReader c : root.objects("chips", true)) {
            String id = c.text("id");
            String name = c.text("name");
            c.text("date");
            double year = c.positive("year");
            String kind = c.text("kind");
            Optional<String> hardware = c.optText("hardware");
            OptionalDouble compute = c.optPositive("peakComputeFlopsPerSecond");
            OptionalDouble dram = c.optPositive("dramBandwidthBytesPerSecond");
            OptionalDouble link = c.optPositive("interconnectRelativeToPcie1");
            OptionalDouble linkBytes = c.optPositive("interconnectBandwidthBytesPerSecond");
            c.optText("computePrecision");
            c.finish();
            if (!kind.isEmpty() && !kind.equals("figure") && !kind.equals("datasheet")) {
                context.problem(c.pathOf("kind"), "must be \"figure\" or \"datasheet\", got \"" + kind + "\"");
            }
            if (context.hasProblems()) {
                continue;
            }
            try {
                chips.add(new HistoryChip(id, name, year, compute, dram, link, linkBytes, kind.equals("figure"), hardware));
            } catch (IllegalArgumentException e) {
                context.problem(c.path(), e.getMessage());
            }
        }
        List<NodeYear> nodes = new ArrayList<>();
        for (ObjectReader n : root.objects("nodeYears", false)) {
            double nm = n.positive("nm");
            String name = n.text("name");
            int year = n.positiveInt("hvmYear");
            n.finish();
            if (!context.hasProblems()) {
                nodes.add(new NodeYear(nm, name, year));
            }
        }
        Provenance.readNotes(root, context);
        List<String> sources = Provenance.readSources(root);
        root.finish();
        Provenance.checkCoverage(context);
        if (context.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new MemoryWallHistory(chips, nodes, sources));
    }
}
