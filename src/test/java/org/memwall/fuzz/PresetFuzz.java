package org.memwall.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;
import org.memwall.presets.PresetProblem;

/**
 * Preset files fuzzed from every shipped preset ({@link PresetMutations}) and loaded as an extra
 * preset folder. Properties: loading never throws, hangs or balloons; every shipped chip and model
 * still loads; every problem names the file and a field or a line, in words of ours; and a mutant
 * that loads is then simulated on the command line, which must answer cleanly (exit 0 with finite
 * figures, or one line and exit 2).
 */
class PresetFuzz {
    private static final FuzzTally TALLY = new FuzzTally("preset files");
    private static final Path NO_USER_PRESETS = Fixtures.freshDir("no-user-presets-");
    private static final List<String> SHIPPED_CHIPS = PresetMutations.SHIPPED.stream()
            .filter(s -> s.folder().equals("hardware")).map(PresetMutations.Shipped::id).toList();
    private static final List<String> SHIPPED_MODELS = PresetMutations.SHIPPED.stream()
            .filter(s -> s.folder().equals("models")).map(PresetMutations.Shipped::id).toList();
    /** Problems about a file as a whole carry no field; they must say what is wrong with the file. */
    private static final List<String> FILE_LEVEL = List.of("larger than", "not a regular file", "cannot read", "the file is empty");
    private static final List<String> JACKSON_WORDS = List.of("JsonReadFeature", "StreamReadConstraints", "Input length",
            "[Source", "com.fasterxml", "(code ", "JsonToken", "Feature", "ALLOW_", "enabling");

    @Provide
    Arbitrary<PresetMutations.Mutant> mutants() {
        return Arbitraries.randomValue(PresetMutations::next);
    }

    @Property
    void oneBadPresetNeverStopsTheOthers(@ForAll("mutants") PresetMutations.Mutant mutant) throws IOException {
        Path dir = Fixtures.freshDir("preset-");
        try {
            Path file = dir.resolve(mutant.relative());
            Files.createDirectories(file.getParent());
            Files.write(file, mutant.bytes());
            String what = mutant.relative() + " after " + mutant.steps();
            FuzzCase.Ran<PresetCatalog> ran = FuzzCase.run(what, () -> new PresetLoader(NO_USER_PRESETS).read(Optional.of(dir)));
            PresetCatalog catalog = ran.value();
            for (String id : SHIPPED_CHIPS) {
                require(catalog.hardware(id).isPresent(), "shipped chip " + id + " still loads", what, catalog);
            }
            for (String id : SHIPPED_MODELS) {
                require(catalog.model(id).isPresent(), "shipped model " + id + " still loads", what, catalog);
            }
            require(catalog.nodes() != null, "a node table", what, catalog);
            for (PresetProblem p : catalog.problems()) {
                wellFormed(p, file, what, catalog);
            }
            boolean refused = catalog.problems().stream().anyMatch(p -> p.file().equals(file.toString()));
            if (refused) {
                TALLY.count("refused", ran);
                return;
            }
            FuzzCase.Ran<CliOutcome> cli = CliOutcome.run(Fixtures.ENVIRONMENT, commandFor(mutant, dir, catalog));
            cli.value().check(new String(mutant.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1), file);
            TALLY.count("loaded, then " + cli.value().kind(), ran);
        } finally {
            delete(dir);
        }
    }

    /** A command that uses the mutant: simulate a mutated chip or model; otherwise list the presets. */
    private static List<String> commandFor(PresetMutations.Mutant mutant, Path dir, PresetCatalog catalog) {
        String stem = mutant.relative().substring(mutant.relative().lastIndexOf('/') + 1).replace(".json", "");
        List<String> args = new ArrayList<>();
        if (mutant.relative().startsWith("hardware/") && catalog.hardware(stem).isPresent()) {
            args.addAll(List.of("simulate", "--hardware", stem, "--model", "llama-2-7b"));
        } else if (mutant.relative().startsWith("models/") && catalog.model(stem).isPresent()) {
            args.addAll(List.of("compare", "--hardware", "h100-sxm,groq-lpu", "--model", stem));
        } else if (mutant.relative().equals("process-nodes.json")) {
            args.addAll(List.of("sweep", "--hardware", "h100-sxm", "--model", "llama-2-7b", "--param", "node", "--values",
                    Double.toString(catalog.nodes().smallestNm()) + "," + catalog.nodes().largestNm()));
        } else {
            args.add("presets");
        }
        args.addAll(List.of("--presets", dir.toString()));
        if (!args.get(0).equals("presets") && mutant.bytes().length % 2 == 0) {
            args.addAll(List.of("--format", "json"));
        }
        return args;
    }

    private static void wellFormed(PresetProblem p, Path file, String what, PresetCatalog catalog) {
        String s = p.toString();
        require(!p.file().isBlank(), "a file named", what, catalog);
        require(p.line() > 0 || !p.field().isEmpty() || FILE_LEVEL.stream().anyMatch(p.message()::contains),
                "a field or a line: " + s, what, catalog);
        require(!s.contains("::"), "no '::' in " + s, what, catalog);
        for (String jackson : JACKSON_WORDS) {
            require(!s.contains(jackson), "no Jackson words in " + s, what, catalog);
        }
        require(s.length() < 2000, "a problem of reasonable length, got " + s.length(), what, catalog);
        require(p.file().equals(file.toString()) || p.file().startsWith("scenarios/"),
                "a problem about the mutated file (or a scenario that used it): " + s, what, catalog);
    }

    private static void require(boolean ok, String property, String what, PresetCatalog catalog) {
        if (!ok) {
            throw new AssertionError("expected " + property + ", for " + what + "\nproblems:\n"
                    + String.join("\n", catalog.problems().stream().map(PresetProblem::toString).toList()));
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void report() {
        TALLY.report();
    }
}
