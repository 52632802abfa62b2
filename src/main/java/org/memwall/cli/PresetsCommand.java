package org.memwall.cli;

import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import picocli.CommandLine.Command;

@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "Lists the hardware and model presets, and any problems found while loading them.")
public class PresetsCommand extends WorkbenchCommand implements Callable<Integer> {

    public PresetsCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        Catalog c = workbench().catalog();
        out().println("hardware:");
        TextTable hw = new TextTable("id", "name", "family", ">node", "weights in", ">capacity", ">bandwidth",
                ">peak", ">board limit", ">idle", ">price");
        c.hardware().stream().sorted(Comparator.comparing(Hardware::family).thenComparing(Hardware::id)).forEach(h -> {
            MemoryLevel weights = weightLevel(h);
            Precision p = h.compute().bestFor(Precision.FP16);
            hw.row(h.id(), h.name(), h.family().label(), Units.plain(h.processNodeNm()) + " nm", weights.name(),
                    Units.bytes(weights.capacityBytes()), Units.bandwidth(weights.bandwidthBytesPerSecond()),
                    Units.significant(h.compute().peakOpsPerSecond().get(p) / 1e12) + " T" + (p.isInteger() ? "OPS " : "FLOPS ") + p.id(),
                    Units.significant(h.powerWatts()) + " W", Units.significant(h.power().idleWatts()) + " W",
                    h.priceUsd().isPresent() ? Units.usd(h.priceUsd().getAsDouble()) : "unknown");
        });
        out().print(hw.render());

        out().println();
        out().println("models:");
        TextTable models = new TextTable("id", "name", ">params", ">layers", ">hidden", ">heads/kv", ">experts", ">context");
        c.models().stream().sorted(Comparator.comparing(TransformerModel::id)).forEach(m -> models.row(
                m.id(), m.name(), Units.significant(m.totalParameters() / 1e9) + " B", Integer.toString(m.layers()),
                Integer.toString(m.hiddenSize()), m.attentionHeads() + "/" + m.kvHeads(),
                m.isMixtureOfExperts() ? m.expertsPerToken() + " of " + m.experts() : "dense",
                Integer.toString(m.maxContext())));
        out().print(models.render());

        out().println();
        out().println("serving stacks (--stack; each chip's usual one is marked in its preset as defaultStack):");
        TextTable stacks = new TextTable("id", "name", "fitted to", "what it is");
        c.stacks().forEach(st -> stacks.row(st.id(), st.name(),
                st.idealised() ? "idealised" : st.calibration().fittedTo().isEmpty() ? "stated figures"
                        : st.calibration().fittedTo().size() + " runs" + st.calibration().inheritFrom().map(p -> " of " + p).orElse(""),
                st.description()));
        out().print(stacks.render());
        if (!c.facilities().isEmpty()) {
            out().println();
            out().println("facilities (--facility: energy at the wall = accelerators x (1 + host share) x PUE):");
            TextTable f = new TextTable("id", "name", ">host share", ">PUE");
            c.facilities().forEach(x -> f.row(x.id(), x.name(), Units.plain(x.hostShareOfAccelerator()), Units.plain(x.powerUsageEffectiveness())));
            out().print(f.render());
        }
        c.power().families().forEach((family, fig) -> out().printf(Locale.ROOT,
                "%nchips of the %s family without figures of their own: clocked power %s of the board limit, %s pJ per bit"
                        + " to carry HBM traffic across the die%s%n", family.label(), Units.plain(fig.clockedShareOfBoardLimit()),
                Units.significant(fig.dramPathEnergyPerBitJoules() * 1e12),
                c.power().calibration().fittedTo().isEmpty() ? "" : " (fitted to " + c.power().calibration().fittedTo().size() + " energy runs)"));
        out().println();
        out().printf("process nodes: %s to %s nm (%d in the table)%n", Units.plain(c.nodes().smallestNm()),
                Units.plain(c.nodes().largestNm()), c.nodes().entries().size());
        c.trends().ifPresent(t -> out().printf(
                "memory-wall trends: %d to %d, every two years compute x%s, memory bandwidth x%s, interconnect x%s%n",
                t.fromYear(), t.toYear(), Units.plain(t.compute().factorPerTwoYears()),
                Units.plain(t.memoryBandwidth().factorPerTwoYears()), Units.plain(t.interconnectBandwidth().factorPerTwoYears())));
        if (!c.notices().isEmpty()) {
            out().println();
            out().println("notices:");
            c.notices().forEach(n -> out().println("  " + n));
        }
        if (!c.problems().isEmpty()) {
            out().println();
            out().println("problems (these presets were not loaded):");
            c.problems().forEach(p -> out().println("  " + p));
        }
        return 0;
    }

    /** The level that holds the weights for this family (what decides chips needed and decode speed). */
    private static MemoryLevel weightLevel(Hardware h) {
        MemoryKind kind = h.family() == ArchitectureFamily.VON_NEUMANN_HBM ? MemoryKind.OFF_CHIP_DRAM
                : h.family() == ArchitectureFamily.SRAM_DATAFLOW ? MemoryKind.ON_CHIP_SRAM : MemoryKind.CIM_ARRAY;
        return h.level(kind).orElse(h.memory().get(h.memory().size() - 1));
    }
}
