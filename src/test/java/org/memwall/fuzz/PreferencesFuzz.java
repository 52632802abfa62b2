package org.memwall.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.memwall.app.ExplorerPreferences;
import org.memwall.core.model.Precision;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.theme.Theme;

/**
 * The window's preferences file, written as the window writes it and then damaged: truncated,
 * bytes flipped, broken escapes, keys dropped (a file from an older version) or renamed, values
 * made absurd, not UTF-8. Properties: reading never throws; what is read is usable (a finite
 * window size, a theme); a damaged file is set aside with every byte kept and said once; a file
 * that is not damaged stays where it is; and saving afterwards gives a file that reads back the same.
 */
class PreferencesFuzz {
    private static final FuzzTally TALLY = new FuzzTally("window preferences");
    private static final List<String> KEYS = List.of("window.width", "window.height", "theme", "language", "scenario.hardware",
            "scenario.model", "scenario.compare", "scenario.processNodeNm", "scenario.hbmBandwidthBytesPerSecond",
            "scenario.batch", "scenario.contextTokens", "scenario.outputTokens", "scenario.precision", "scenario.chips");
    private static final List<String> VALUES = List.of("", " ", "NaN", "-1", "0", "1e308", "Infinity", "2147483648", "many",
            "dark", "light", "purple", "zh", "en", "fp8", "fp3", "h100-sxm", "a,b,c,d", "\\u12", "\\", "芯片", "1e-320", "16384",
            "100000");

    record Damaged(byte[] bytes, List<String> steps) {
    }

    @Provide
    Arbitrary<Damaged> files() {
        return Arbitraries.randomValue(PreferencesFuzz::next);
    }

    static Damaged next(Random r) {
        List<String> lines = new ArrayList<>(written(r).lines().toList());
        List<String> steps = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n && !lines.isEmpty(); i++) {
            int at = r.nextInt(lines.size());
            switch (r.nextInt(5)) {
                case 0 -> {
                    steps.add("drop " + lines.remove(at));
                }
                case 1 -> {
                    String key = CommandLines.pick(r, KEYS);
                    lines.add(key + "=" + CommandLines.pick(r, VALUES));
                    steps.add("set " + key);
                }
                case 2 -> {
                    lines.set(at, lines.get(at).replaceFirst("^scenario", "scene"));
                    steps.add("rename key at " + at);
                }
                case 3 -> {
                    lines.add(at, lines.get(at));
                    steps.add("duplicate line " + at);
                }
                default -> {
                    lines.set(at, lines.get(at) + "\\");
                    steps.add("continuation at " + at);
                }
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        switch (r.nextInt(6)) {
            case 0 -> {
                bytes = Arrays.copyOf(bytes, bytes.length == 0 ? 0 : r.nextInt(bytes.length));
                steps.add("truncated");
            }
            case 1 -> {
                if (bytes.length > 0) {
                    bytes[r.nextInt(bytes.length)] = (byte) (0x80 + r.nextInt(128));
                    steps.add("flipped byte");
                }
            }
            case 2 -> {
                bytes = new byte[r.nextInt(3) == 0 ? 70_000 : r.nextInt(64)];
                r.nextBytes(bytes);
                steps.add("noise");
            }
            default -> {
                // as written, or with only the line-level changes above
            }
        }
        return new Damaged(bytes, steps);
    }

    /** A file as the window writes it, for random settings. */
    private static String written(Random r) {
        try {
            Path dir = Fixtures.freshDir("prefs-source-");
            Path file = dir.resolve("window.properties");
            ExplorerPreferences p = new ExplorerPreferences(file);
            p.remember(800 + r.nextInt(1200), 600 + r.nextInt(600), r.nextBoolean() ? Theme.DARK : Theme.LIGHT,
                    new ExplorerSettings("h100-sxm", r.nextBoolean() ? List.of("groq-lpu") : List.of(), "llama-2-70b",
                            OptionalDouble.of(7), OptionalDouble.empty(), OptionalDouble.empty(), 1 << r.nextInt(8), 4096, 256,
                            Precision.FP16, r.nextInt(9)));
            p.save().ifPresent(problem -> {
                throw new AssertionError(problem);
            });
            String text = Files.readString(file);
            PresetFuzz.delete(dir);
            return text;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property
    void aDamagedPreferencesFileIsSetAsideNeverFatalAndNothingIsLost(@ForAll("files") Damaged damaged) throws IOException {
        Path dir = Fixtures.freshDir("prefs-");
        try {
            Path file = dir.resolve("window.properties");
            Files.write(file, damaged.bytes());
            String what = damaged.steps() + ": " + new String(damaged.bytes(), StandardCharsets.ISO_8859_1);
            FuzzCase.Ran<ExplorerPreferences> ran = FuzzCase.run(what, () -> {
                ExplorerPreferences p = new ExplorerPreferences(file);
                p.settings();
                return p;
            });
            ExplorerPreferences p = ran.value();
            require(Double.isFinite(p.width()) && p.width() > 0 && p.width() <= 16384, "a usable width", what);
            require(Double.isFinite(p.height()) && p.height() > 0 && p.height() <= 16384, "a usable height", what);
            require(p.theme() != null, "a theme", what);
            Optional<ExplorerPreferences.SetAsideFile> problem = p.problem();
            if (problem.isPresent()) {
                Path aside = problem.get().movedTo().orElseThrow(() -> new AssertionError("not set aside: " + what));
                require(Arrays.equals(damaged.bytes(), Files.readAllBytes(aside)), "every byte kept in " + aside, what);
                require(!Files.exists(file), "the damaged file moved", what);
                require(!problem.get().message().isBlank() && problem.get().message().lines().count() == 1, "one line", what);
            } else {
                require(Arrays.equals(damaged.bytes(), Files.readAllBytes(file)), "a readable file left as it was", what);
            }
            require(p.save().isEmpty(), "saving works", what);
            ExplorerPreferences again = new ExplorerPreferences(file);
            require(again.problem().isEmpty(), "said once: the saved file reads back", what);
            require(again.width() == p.width() && again.height() == p.height() && again.theme() == p.theme()
                    && again.settings().equals(p.settings()) && again.language().equals(p.language()), "the same values back", what);
            TALLY.count(problem.isPresent() ? "set aside" : "read", ran);
        } finally {
            PresetFuzz.delete(dir);
        }
    }

    private static void require(boolean ok, String property, String what) {
        if (!ok) {
            throw new AssertionError("expected " + property + ", for " + what);
        }
    }

    @AfterContainer
    static void report() {
        TALLY.report();
    }
}
