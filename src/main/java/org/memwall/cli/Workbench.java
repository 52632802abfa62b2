package org.memwall.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.Validation;
import org.memwall.core.sim.ValidationReport;

/**
 * What one command works with: the loaded presets, a simulator on their node table, and the
 * fidelity every result states (validation against the shipped measurements, run once, on demand).
 */
public final class Workbench {
    private final CliEnvironment environment;
    private final Catalog catalog;
    private final Simulator simulator;

    public Workbench(CliEnvironment environment, Catalog catalog) {
        this.environment = environment;
        this.catalog = catalog;
        this.simulator = new Simulator(catalog.nodes());
    }

    public static Workbench open(CliEnvironment environment, Optional<Path> presetsDir) {
        return new Workbench(environment, environment.loadCatalog(presetsDir));
    }

    public Catalog catalog() {
        return catalog;
    }

    public Simulator simulator() {
        return simulator;
    }

    public ValidationReport validate(List<Measurement> measurements) {
        return Validation.run(simulator, lookup(), measurements);
    }

    /** How the catalog's presets are found by id. */
    public Validation.Lookup lookup() {
        return new Validation.Lookup(catalog::findHardware, catalog::findModel, catalog::findStack);
    }

    /** The cross-validated fidelity of a family and stack (from the shipped table); "not validated" when it has none. */
    public Fidelity fidelityFor(Scenario scenario) {
        return catalog.fidelity().fidelityFor(scenario.hardware().family(), scenario.stack().id());
    }

    /**
     * Runs a scenario and attaches its fidelity. When the user fixed the chip count and the model
     * does not fit on it, that is a problem to report, not a result to print.
     */
    public Result run(Scenario scenario) {
        Result r = runUnchecked(scenario);
        if (!r.fits() && r.chipsNeeded() > Simulator.maxChips(r.hardware(), scenario.workload().model())) {
            // the core's own sentence names no option; the user needs to know which of theirs asks too much
            throw new CliProblem(tooManyChips(scenario, r.chipsNeeded()));
        }
        if (scenario.chips() > 0 && !r.fits()) {
            throw new CliProblem("--chips " + scenario.chips() + ": " + doesNotFit(r));
        }
        return r;
    }

    /**
     * Runs a scenario that may not fit (a sweep row); the caller shows {@link #doesNotFit}. A model
     * that needs more chips than it can be split over, or settings that give a figure no number
     * can hold, are problems to report, not results.
     */
    public Result runUnchecked(Scenario scenario) {
        Result r = simulator.run(scenario);
        ResultCheck.requireFinite(r);
        return r.withFidelity(fidelityFor(scenario));
    }

    private static String tooManyChips(Scenario s, int needed) {
        var w = s.workload();
        return String.format(Locale.ROOT, "%s needs %s %s chips to hold its weights and KV cache at --batch %d, --prompt %d, "
                        + "--output %d and --precision %s; %s",
                w.model().id(), needed == Integer.MAX_VALUE ? "more than 2 billion" : String.format(Locale.ROOT, "%,d", needed),
                s.hardware().id(), w.batch(), w.promptTokens(), w.outputTokens(),
                w.weightPrecision().id(), InputRules.mostChipsReason(s.hardware(), w.model()));
    }

    /** The simulator's own explanation when it gives one (it names chips needed and capacity), else ours. */
    public static String doesNotFit(Result r) {
        if (r.fitMessage() != null && !r.fitMessage().isBlank()) {
            return r.fitMessage().strip();
        }
        return String.format(Locale.ROOT, "%s does not fit on %d %s chip%s: it needs %d",
                r.scenario().workload().model().id(), r.chips(), r.scenario().hardware().id(), r.chips() == 1 ? "" : "s",
                r.chipsNeeded());
    }
}
