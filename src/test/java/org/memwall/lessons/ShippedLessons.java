package org.memwall.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Simulator;
import org.memwall.economics.PriceBasis;
import org.memwall.presets.MeasurementsCsv;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;
import org.memwall.presets.ScenarioPreset;

/** The shipped presets (no user folder) and what checking their claims needs. */
final class ShippedLessons {
    static final PresetCatalog CATALOG = new PresetLoader(Path.of("target", "no-user-presets")).read(Optional.empty());
    static final Probe PROBE = new Probe(new Simulator(CATALOG.nodes()), CATALOG.hardware(), CATALOG.models(), CATALOG.stacks(),
            MeasurementsCsv.loadBuiltInPublished());

    private ShippedLessons() {
    }

    static ScenarioPreset scenario(String id) {
        return CATALOG.scenario(id).orElseThrow(() -> new AssertionError("no shipped scenario " + id));
    }

    static Lesson lesson(String id) {
        return scenario(id).lesson();
    }

    /** The checks of one step (0-based) as shipped. */
    static List<Check> atStep(String scenario, int step) {
        return Verdicts.atStep(lesson(scenario), step, PROBE, CATALOG.prices().orElseThrow(), CATALOG.history());
    }

    /** One claim checked at a setup with another price basis and number of streams in flight. */
    static Check check(String claimId, Setup setup, PriceBasis basis, int streams) {
        Setup s = new Setup(setup.hardwareId(), setup.compareIds(), setup.modelId(), setup.weightPrecision(), setup.batch(),
                setup.contextTokens(), setup.outputTokens(), setup.chips(), setup.processNodeNm(),
                setup.hbmBandwidthBytesPerSecond(), setup.sramBandwidthBytesPerSecond(), streams, basis, setup.stackId());
        List<Result> results = Runs.results(s, PROBE);
        var prices = CATALOG.prices().orElseThrow();
        Evidence e = new Evidence(results, PROBE, prices, new CostSettings(basis, prices.operating()), CATALOG.history());
        return Claims.byId(claimId).orElseThrow().check(e);
    }

    static Check only(List<Check> checks, String claimId) {
        return checks.stream().filter(c -> c.claimId().equals(claimId)).findFirst()
                .orElseThrow(() -> new AssertionError("no check of " + claimId + " in " + checks));
    }
}
