package org.memwall.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memwall.economics.PriceBook;
import org.memwall.history.MemoryWallHistory;

/** Checks claims: at the results on screen, or at a scenario step's settings run from scratch. */
public final class Verdicts {
    private Verdicts() {
    }

    /** Each named claim checked against the evidence; unknown ids are skipped (presets are validated on load). */
    public static List<Check> check(Evidence evidence, List<String> claimIds) {
        List<Check> checks = new ArrayList<>();
        for (String id : claimIds) {
            Claims.byId(id).ifPresent(c -> checks.add(c.check(evidence)));
        }
        return checks;
    }

    /**
     * The claims of one step of a lesson, at that step's settings. When the settings cannot be
     * simulated (a chip, model or stack missing, a model the chips cannot hold) every claim of the
     * step says so instead of a verdict.
     */
    public static List<Check> atStep(Lesson lesson, int step, Probe probe, PriceBook prices, Optional<MemoryWallHistory> history) {
        Setup setup = lesson.setupAt(step);
        List<String> ids = lesson.steps().get(step).claimIds();
        List<org.memwall.core.sim.Result> results;
        try {
            results = Runs.results(setup, probe);
        } catch (IllegalArgumentException e) {
            return unavailable(ids, e.getMessage());
        }
        Optional<org.memwall.core.sim.Result> notHeld = results.stream().filter(r -> !r.fits()).findFirst();
        if (notHeld.isPresent()) {
            return unavailable(ids, notHeld.get().fitMessage());
        }
        CostSettings costs = new CostSettings(setup.priceBasis(), prices.operating());
        return check(new Evidence(results, probe, prices, costs, history), ids);
    }

    /** Every named claim as "cannot check", with the reason the settings cannot be simulated. */
    public static List<Check> unavailable(List<String> claimIds, String reason) {
        List<Check> checks = new ArrayList<>();
        for (String id : claimIds) {
            Claims.byId(id).ifPresent(c -> checks.add(new Check(c, Double.NaN, Verdict.CANNOT_CHECK, "missing.run",
                    List.of(reason == null ? "" : reason))));
        }
        return checks;
    }
}
