package org.memwall.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.memwall.core.sim.Measurement;
import org.memwall.presets.MeasurementsCsv;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;
import org.memwall.presets.PresetProblem;

/** The presets and measurements the program ships with, plus the user's preset folder. */
public final class PresetEnvironment implements CliEnvironment {

    @Override
    public Catalog loadCatalog(Optional<Path> extraDir) {
        extraDir.ifPresent(dir -> {
            if (!Files.isDirectory(dir)) {
                throw new CliProblem("--presets " + dir + " is not a folder");
            }
        });
        PresetCatalog c = PresetLoader.load(extraDir);
        return new Catalog(c.hardware(), c.models(), c.stacks(), c.nodes(), c.trends(), c.fidelity(),
                c.problems().stream().map(PresetProblem::toString).toList(), c.notices());
    }

    @Override
    public LessonMaterial loadLessons(Optional<Path> extraDir) {
        PresetCatalog c = PresetLoader.load(extraDir);
        return new LessonMaterial(c.scenarios(), c.prices(), c.history());
    }

    @Override
    public List<Measurement> builtInMeasurements() {
        return MeasurementsCsv.loadBuiltIn();
    }

    @Override
    public List<Measurement> loadMeasurements(Path file) {
        if (!Files.isReadable(file)) {
            throw new CliProblem("cannot read measurements file " + file + ": " + (Files.exists(file) ? "not readable" : "no such file"));
        }
        try {
            return MeasurementsCsv.load(file);
        } catch (RuntimeException e) {
            // A bad row names file and line; an I/O failure names the file. Either way one line.
            throw new CliProblem("cannot read measurements file " + file + ": " + e.getMessage(), e);
        }
    }
}
