package org.memwall.cli;

import java.util.List;
import java.util.function.Function;
import org.memwall.core.sim.Result;

/**
 * One headline figure of a result, twice: for people (a table cell with its unit) and for
 * machines (a CSV column in SI units). compare, sweep and simulate's CSV share the list.
 */
public record SummaryColumn(String title, String csvName, Function<Result, String> text, Function<Result, Object> value) {

    public static final List<SummaryColumn> ALL = List.of(
            new SummaryColumn("chips", "chips", r -> Integer.toString(r.chips()), Result::chips),
            new SummaryColumn("chips needed", "chips_needed", r -> Integer.toString(r.chipsNeeded()), Result::chipsNeeded),
            new SummaryColumn("fits", "fits", r -> r.fits() ? "yes" : "no", Result::fits),
            new SummaryColumn("serving software", "stack", r -> r.scenario().stack().id(), r -> r.scenario().stack().id()),
            new SummaryColumn("tok/s per user", "tokens_per_second_per_user",
                    r -> Units.tokensPerSecond(r.tokensPerSecondPerUser()), Result::tokensPerSecondPerUser),
            new SummaryColumn("tok/s total", "tokens_per_second",
                    r -> Units.tokensPerSecond(r.tokensPerSecond()), Result::tokensPerSecond),
            new SummaryColumn("time per token", "seconds_per_token",
                    r -> Units.millis(r.secondsPerToken()), Result::secondsPerToken),
            new SummaryColumn("time to first token", "ttft_seconds",
                    r -> Units.millis(r.timeToFirstTokenSeconds()), Result::timeToFirstTokenSeconds),
            new SummaryColumn("energy per output token", "joules_per_token",
                    r -> Units.energy(r.energy().acceleratorJoulesPerOutputToken()), r -> r.energy().acceleratorJoulesPerOutputToken()),
            new SummaryColumn("static energy", "static_joules_per_token",
                    r -> Units.energy(r.energy().staticJoulesPerToken()), r -> r.energy().staticJoulesPerToken()),
            new SummaryColumn("compute energy", "compute_joules_per_token",
                    r -> Units.energy(r.energy().computeJoulesPerToken()), r -> r.energy().computeJoulesPerToken()),
            new SummaryColumn("data movement energy", "data_movement_joules_per_token",
                    r -> Units.energy(r.energy().dataMovementJoulesPerToken()), r -> r.energy().dataMovementJoulesPerToken()),
            new SummaryColumn("energy counts", "energy_counts", r -> EnergyJson.COUNTS, r -> EnergyJson.COUNTS),
            new SummaryColumn("power per chip", "decode_watts_per_chip",
                    r -> Units.plain(Math.round(r.energy().decode().averageWatts())) + " W of " + Units.plain(r.hardware().power().boardLimitWatts())
                            + (r.energy().powerLimited() ? " (power-limited)" : ""),
                    r -> r.energy().decode().averageWatts()),
            new SummaryColumn("cost per tok/s", "cost_usd_per_token_per_second",
                    r -> r.costUsdPerTokenPerSecond().isPresent() ? Units.usd(r.costUsdPerTokenPerSecond().getAsDouble()) : "unknown",
                    r -> r.costUsdPerTokenPerSecond().isPresent() ? (Object) r.costUsdPerTokenPerSecond().getAsDouble() : null),
            new SummaryColumn("decode bound", "decode_bound", r -> PhaseBound.of(r.decode()).label(),
                    r -> PhaseBound.of(r.decode()).bound().id()),
            new SummaryColumn("prefill bound", "prefill_bound", r -> PhaseBound.of(r.prefill()).label(),
                    r -> PhaseBound.of(r.prefill()).bound().id()),
            new SummaryColumn("fidelity", "fidelity", r -> r.fidelity().label(), r -> r.fidelity().label()));

    /** The figures a sweep row shows (its chips, speed, latency, energy and bound). */
    public static final List<SummaryColumn> SWEEP = ALL.stream()
            .filter(c -> !c.csvName().equals("fidelity") && !c.csvName().equals("compute_joules_per_token")
                    && !c.csvName().equals("data_movement_joules_per_token") && !c.csvName().equals("prefill_bound")
                    && !c.csvName().equals("static_joules_per_token") && !c.csvName().equals("energy_counts"))
            .toList();
}
