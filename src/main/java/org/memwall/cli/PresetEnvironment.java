package org.memwall.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.memwall.core.sim.Measurement;
import org.memwall.presets.MeasurementsCsv;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetFormatException;
import org.memwall.presets.PresetLoader;
import org.memwall.presets.PresetProblem;

/** The presets and measurements the program ships with, plus the user's preset folder. */
public final class PresetEnvironment implements CliEnvironment {

    @Override
    public Catalog loadCatalog(Optional<Path> extraDir) {
        extraDir.ifPresent(dir -> {
            if (dir.toString().isBlank()) {
                throw new CliProblem("--presets needs a folder, got an empty name (use --presets . for the current folder)");
            }
            if (!Files.isDirectory(dir)) {
                throw new CliProblem("--presets " + dir + " is not a folder");
            }
            if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
                throw new CliProblem("--presets " + dir + ": cannot read the folder (permission denied)");
            }
        });
        PresetCatalog c = PresetLoader.load(extraDir);
        return new Catalog(c.hardware(), c.models(), c.stacks(), c.nodes(), c.trends(), c.fidelity(), c.power(), c.facilities(),
                c.problems().stream().map(PresetProblem::toString).toList(), c.notices());
    }

    @Override
    public LessonMaterial loadLessons(Optional<Path> extraDir) {
        PresetCatalog c = PresetLoader.load(extraDir);
        return new LessonMaterial(c.scenarios(), c.prices(), c.history(), MeasurementsCsv.loadBuiltInPublished());
    }

    @Override
    public List<Measurement> builtInMeasurements() {
        return MeasurementsCsv.loadBuiltIn();
    }

    @Override
    public List<Measurement> builtInEnergyMeasurements() {
        return MeasurementsCsv.loadBuiltInEnergy();
    }

    @Override
    public List<Measurement> loadMeasurements(Path file) {
        if (Files.isDirectory(file)) {
            throw new CliProblem("--measurements " + file + " is a folder, not a CSV file");
        }
        if (!Files.exists(file)) {
            throw new CliProblem("--measurements " + file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            // a FIFO would block the read forever, a device such as /dev/zero never ends
            throw new CliProblem("--measurements " + file + " is not a regular file (a pipe or a device cannot be read as a CSV)");
        }
        if (!Files.isReadable(file)) {
            throw new CliProblem("--measurements " + file + ": cannot read the file (permission denied)");
        }
        try {
            return MeasurementsCsv.load(file);
        } catch (PresetFormatException e) {
            // names file and line already
            throw new CliProblem("--measurements: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new CliProblem("--measurements " + file + ": " + e.getMessage(), e);
        }
    }
}
