package org.memwall.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.sim.OperatorResult;
import org.memwall.core.sim.Result;
import org.memwall.core.trace.Trace;

/** One result as a page of aligned text: what was run, the headline figures, the decode operators. */
public final class ResultText {
    private ResultText() {
    }

    public static String of(Result r) {
        var w = r.scenario().workload();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s on %s (%s, %s nm)%n", w.model().name(), r.hardware().name(),
                r.hardware().family().label(), Units.plain(r.hardware().processNodeNm())));
        out.append(String.format(Locale.ROOT, "weights %s, compute %s, KV cache %s; batch %d, prompt %d, output %d tokens%n",
                w.weightPrecision().id(), w.computePrecision().id(), w.kvPrecision().id(), w.batch(), w.promptTokens(),
                w.outputTokens()));
        out.append("fidelity: ").append(r.fidelity().label()).append("\n\n");

        TextTable figures = new TextTable("figure", "value");
        int expertGroups = r.parallelism().expertParallel();
        figures.row("chips", String.format(Locale.ROOT, "%d (needs %d; %d in use: tensor parallel %s x %spipeline stages %d)",
                r.chips(), r.chipsNeeded(), r.parallelism().chipsUsed(), Units.plain(r.parallelism().tensorParallel()),
                expertGroups > 1 ? "expert groups " + expertGroups + " x " : "", r.parallelism().pipelineStages()));
        if (!r.fits()) {
            figures.row("fits", "no: " + r.fitMessage());
        }
        figures.row("tokens/s per user", Units.tokensPerSecond(r.tokensPerSecondPerUser()));
        figures.row("tokens/s total", Units.tokensPerSecond(r.tokensPerSecond()));
        figures.row("time per output token", Units.millis(r.secondsPerToken()));
        figures.row("time to first token", Units.millis(r.timeToFirstTokenSeconds()));
        figures.row("energy per output token", String.format(Locale.ROOT, "%s (static %s, compute %s, data movement %s; %s)",
                Units.energy(r.energy().acceleratorJoulesPerOutputToken()), Units.energy(r.energy().staticJoulesPerToken()),
                Units.energy(r.energy().computeJoulesPerToken() + r.energy().convertersJoulesPerToken()),
                Units.energy(r.energy().dataMovementJoulesPerToken()), EnergyJson.COUNTS));
        figures.row("power per chip", String.format(Locale.ROOT, "decode %s W, prefill %s W of a %s W board limit (%s W idle)%s",
                Units.plain(Math.round(r.energy().decode().averageWatts())), Units.plain(Math.round(r.energy().prefill().averageWatts())),
                Units.plain(r.hardware().power().boardLimitWatts()), Units.plain(r.hardware().power().idleWatts()),
                r.energy().powerLimited() ? "; power-limited" + (r.hardware().power().clockThrottles() ? ", the clock throttles" : "") : ""));
        r.energy().otherStreams().ifPresent(v -> figures.row(v.streams() == 1 ? "energy with 1 stream" : "energy with " + v.streams() + " streams",
                Units.energy(v.energy().acceleratorJoulesPerOutputToken()) + " per output token (the pipeline's idle power shared over "
                        + v.streams() + (v.streams() == 1 ? " stream)" : " streams in flight)")));
        figures.row("bytes per token", r.bytesPerToken().entrySet().stream()
                .map(e -> e.getKey() + " " + Units.bytes(e.getValue())).collect(Collectors.joining(", ")));
        figures.row("bound", String.format(Locale.ROOT, "decode %s, prefill %s, energy %s",
                PhaseBound.of(r.decode()).label(), PhaseBound.of(r.prefill()).label(),
                PhaseBound.EnergyBound.of(r.energy()).label()));
        figures.row("compute utilisation", Units.percent(r.computeUtilisation()));
        figures.row("cost per tok/s", r.costUsdPerTokenPerSecond().isPresent()
                ? Units.usd(r.costUsdPerTokenPerSecond().getAsDouble()) + " of hardware per token/s"
                : "unknown (no price in the preset)");
        out.append(figures.renderBody()).append('\n');

        out.append("one decode step on one chip, by operator:\n");
        List<String> headers = new ArrayList<>(List.of("operator", ">runs", ">time/run", ">total", "bound"));
        List<String> levels = r.hardware().memory().stream().map(MemoryLevel::name).toList();
        levels.forEach(l -> headers.add(">" + l + "/run"));
        headers.add(">" + Trace.LINK + "/run");
        TextTable ops = new TextTable(headers.toArray(String[]::new));
        for (OperatorResult op : r.decode().operators()) {
            List<String> row = new ArrayList<>(List.of(op.operator().label(), Integer.toString(op.occurrences()),
                    Units.millis(op.seconds()), Units.millis(op.totalSeconds()),
                    op.boundLevel() == null || op.boundLevel().isEmpty() ? op.bound().id() : op.bound().id() + " (" + op.boundLevel() + ")"));
            levels.forEach(l -> row.add(Units.bytes(op.bytes(l))));
            row.add(Units.bytes(op.linkBytes()));
            ops.row(row);
        }
        out.append(ops.render());
        return out.toString();
    }
}
