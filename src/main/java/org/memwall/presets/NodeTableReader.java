package org.memwall.presets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memwall.core.scaling.NodeEntry;
import org.memwall.core.scaling.ProcessNodeTable;

/**
 * Maps {@code presets/process-nodes.json} onto a {@link ProcessNodeTable}. Each node carries its
 * own {@code sources}, whose {@code covers} name that node's fields.
 */
final class NodeTableReader {
    private NodeTableReader() {
    }

    static Optional<ProcessNodeTable> read(FileContext context) {
        ObjectReader root = context.root();
        root.positive("referenceNodeNm");
        Provenance.readNotes(root, context);
        if (root.node().has(Provenance.SOURCES)) {
            Provenance.readSources(root);
        }
        List<NodeEntry> entries = new ArrayList<>();
        for (ObjectReader node : root.objects("nodes", true)) {
            double nm = node.positive("nm");
            String name = node.text("name");
            double density = node.positive("logicDensityMTrPerMm2");
            double bitcell = node.positive("sramBitcellUm2");
            double energy = node.positive("relativeEnergyPerOp");
            double clock = node.positive("relativeClock");
            Provenance.readNotes(node, context);
            List<String> sources = Provenance.readSources(node);
            node.finish();
            if (!context.hasProblems()) {
                try {
                    entries.add(new NodeEntry(nm, name, density, bitcell, energy, clock, sources));
                } catch (IllegalArgumentException e) {
                    context.constructorProblem(node.path(), e);
                }
            }
        }
        root.finish();
        Provenance.checkCoverage(context);
        if (context.hasProblems()) {
            return Optional.empty();
        }
        double reference = root.positive("referenceNodeNm");
        Optional<NodeEntry> referenceEntry = entries.stream().filter(e -> e.nm() == reference).findFirst();
        if (referenceEntry.isEmpty()) {
            context.problem("referenceNodeNm", "no node in 'nodes' has nm " + reference);
        } else if (referenceEntry.get().relativeEnergyPerOp() != 1 || referenceEntry.get().relativeClock() != 1) {
            context.problem("referenceNodeNm", "the reference node's relativeEnergyPerOp and relativeClock must both be 1");
        }
        if (context.hasProblems()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProcessNodeTable(entries));
        } catch (IllegalArgumentException e) {
            context.problem("nodes", e.getMessage());
            return Optional.empty();
        }
    }
}
