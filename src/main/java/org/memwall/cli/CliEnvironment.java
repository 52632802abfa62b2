package org.memwall.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.memwall.core.sim.Measurement;

/**
 * Where the command line gets its presets and measurements from. The jar wires the preset loader
 * in; tests pass their own.
 */
public interface CliEnvironment {

    /** Built-in presets, the user's preset folder, and {@code extraDir} when given. */
    Catalog loadCatalog(Optional<Path> extraDir);

    /** Scenarios, prices and the memory-wall history for {@code lessons}; none unless the environment loads presets. */
    default LessonMaterial loadLessons(Optional<Path> extraDir) {
        return new LessonMaterial(List.of(), Optional.empty(), Optional.empty());
    }

    /** The measured runs shipped with the program. */
    List<Measurement> builtInMeasurements();

    /** The measured energy runs shipped with the program (scored apart from speed; none by default). */
    default List<Measurement> builtInEnergyMeasurements() {
        return List.of();
    }

    /** A measurements CSV with the shipped file's columns; a {@link CliProblem} when it cannot be read. */
    List<Measurement> loadMeasurements(Path file);
}
