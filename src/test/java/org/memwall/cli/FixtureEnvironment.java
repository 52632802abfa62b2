package org.memwall.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memwall.core.sim.Measurement;

/** An environment of test chips that remembers which extra preset folder it was asked for. */
class FixtureEnvironment implements CliEnvironment {
    final List<Optional<Path>> requestedDirs = new ArrayList<>();
    private final Catalog catalog;
    private final List<Measurement> measurements;

    FixtureEnvironment() {
        this(TestChips.catalog(), TestChips.measurements());
    }

    FixtureEnvironment(Catalog catalog, List<Measurement> measurements) {
        this.catalog = catalog;
        this.measurements = measurements;
    }

    @Override
    public Catalog loadCatalog(Optional<Path> extraDir) {
        requestedDirs.add(extraDir);
        return catalog;
    }

    @Override
    public List<Measurement> builtInMeasurements() {
        return measurements;
    }

    @Override
    public List<Measurement> loadMeasurements(Path file) {
        throw new CliProblem("the test environment reads no measurement files (" + file + ")");
    }
}
