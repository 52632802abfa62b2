package org.memwall.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memwall.cli.Catalog;
import org.memwall.cli.CliEnvironment;
import org.memwall.cli.PresetEnvironment;
import org.memwall.core.sim.Measurement;
import org.memwall.presets.PresetLoader;

/** Files the fuzz cases point at (a folder, a pipe, a device, a preset folder) and the real presets, loaded once. */
final class Fixtures {
    static final Path ROOT = Path.of(System.getProperty("memwall.fuzz.dir", "target/fuzz"));

    private Fixtures() {
    }

    /**
     * The shipped presets as the jar has them, the catalog without --presets loaded once; of the
     * shipped measurements every fifth run. {@code validate --cross-validate} fits every serving
     * stack once per source left out: 14 s of CPU on the 61 shipped runs, a fraction of a second on
     * these twelve, which still span the families and stacks. The fuzz tests the answers to input,
     * not the fit.
     */
    static final class CachedEnvironment implements CliEnvironment {
        private final PresetEnvironment real = new PresetEnvironment();
        private Catalog builtIn;
        private List<Measurement> measurements;

        @Override
        public synchronized Catalog loadCatalog(Optional<Path> extraDir) {
            if (extraDir.isPresent()) {
                return real.loadCatalog(extraDir);
            }
            if (builtIn == null) {
                builtIn = real.loadCatalog(extraDir);
            }
            return builtIn;
        }

        @Override
        public synchronized List<Measurement> builtInMeasurements() {
            if (measurements == null) {
                List<Measurement> all = real.builtInMeasurements();
                measurements = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % 5 == 0).mapToObj(all::get).toList();
            }
            return measurements;
        }

        @Override
        public List<Measurement> loadMeasurements(Path file) {
            return real.loadMeasurements(file);
        }
    }

    static final CachedEnvironment ENVIRONMENT = new CachedEnvironment();

    /** A fresh folder under {@link #ROOT}. */
    static Path freshDir(String prefix) {
        try {
            Files.createDirectories(ROOT);
            return Files.createTempDirectory(ROOT, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths a path option may be given: some usable, most not. */
    static List<String> paths() {
        return PATHS;
    }

    private static final List<String> PATHS = makePaths();

    private static List<String> makePaths() {
        try {
            Path dir = freshDir("paths-");
            List<String> paths = new ArrayList<>();
            Path fifo = dir.resolve("pipe");
            boolean madeFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
            if (madeFifo) {
                paths.add(fifo.toString());
            }
            Path presets = Files.createDirectories(dir.resolve("presets/hardware"));
            Files.writeString(presets.resolve("h100-sxm.json"),
                    PresetLoader.class.getResource("/presets/hardware/h100-sxm.json") == null ? "{}"
                            : new String(PresetLoader.class.getResourceAsStream("/presets/hardware/h100-sxm.json").readAllBytes(),
                                    java.nio.charset.StandardCharsets.UTF_8));
            Path csv = dir.resolve("measurements.csv");
            // the header and six runs: validate --measurements cross-validates what it is given
            List<String> shipped = new String(PresetLoader.class.getResourceAsStream("/presets/measurements.csv").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            Files.write(csv, shipped.subList(0, Math.min(7, shipped.size())));
            Path text = Files.writeString(dir.resolve("notes.txt"), "not a CSV\n");
            Path empty = Files.createFile(dir.resolve("empty.csv"));
            Path emptyDir = Files.createDirectories(dir.resolve("empty-folder"));
            // only paths inside the fixture folder, devices that swallow writes, and names no file has: a
            // command added later that writes where it is told must not write into the source tree or /
            paths.addAll(List.of(dir.resolve("presets").toString(), csv.toString(), text.toString(), empty.toString(),
                    emptyDir.toString(), dir.resolve("missing").toString(), dir.resolve("missing/deeper/x.csv").toString(),
                    "/dev/zero", "/dev/null", "", " ", "a\u0000b", "@/dev/zero", dir.resolve("ü 芯片").toString()));
            return List.copyOf(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
