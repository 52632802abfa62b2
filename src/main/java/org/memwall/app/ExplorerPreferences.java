package org.memwall.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.function.Predicate;
import org.memwall.core.model.Precision;
import org.memwall.economics.PriceBasis;
import org.memwall.ui.model.CostChoice;
import org.memwall.io.SafeFiles;
import org.memwall.io.SetAside;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.theme.Theme;

/**
 * What the window remembers between runs: its size, the theme, the language and the last
 * scenario, in a small properties file in the user's {@code ~/.memwall-explorer} folder.
 *
 * <p>A missing file, or one from an older version without some of the keys, gives the defaults for
 * what is missing. A damaged file (not UTF-8, a broken escape, a value that does not read back, such
 * as {@code window.width=NaN}) is neither used half-read in silence nor fatal: it is set aside as
 * {@code window.properties.corrupt-<date>-<time>} and {@link #problem()} says so, once; the values
 * that did read back are kept. Saving goes through {@link SafeFiles}: a failed write keeps the old file.
 */
public final class ExplorerPreferences {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 720;
    /** The largest window size kept; a bigger one (a damaged file) opens at the screen's size anyway. */
    static final double MAX_SIZE = 16384;
    /** Larger than any file the window writes (under 1 kB) by far; a bigger one is not its own. */
    static final int MAX_FILE_BYTES = 64 * 1024;

    /** Keys the window writes, and what each must read back as. */
    private static final List<Key> KEYS = List.of(
            new Key("window.width", ExplorerPreferences::isSize),
            new Key("window.height", ExplorerPreferences::isSize),
            new Key("theme", v -> v.equals("light") || v.equals("dark")),
            new Key("language", v -> Language.parse(v).isPresent()),
            new Key("scenario.hardware", v -> !v.isBlank()),
            new Key("scenario.model", v -> !v.isBlank()),
            new Key("scenario.compare", v -> true),
            new Key("scenario.processNodeNm", ExplorerPreferences::isPositive),
            new Key("scenario.hbmBandwidthBytesPerSecond", ExplorerPreferences::isPositive),
            new Key("scenario.sramBandwidthBytesPerSecond", ExplorerPreferences::isPositive),
            new Key("scenario.batch", v -> isInt(v, 1, 1_000_000)),
            new Key("scenario.contextTokens", v -> isInt(v, 1, 1_000_000_000)),
            new Key("scenario.outputTokens", v -> isInt(v, 1, 1_000_000_000)),
            new Key("scenario.precision", ExplorerPreferences::isPrecision),
            new Key("scenario.chips", v -> isInt(v, 0, 10_000_000)));

    private record Key(String name, Predicate<String> readsBack) {
    }

    /**
     * A damaged file that was set aside: why ({@code reason} is a key of this package's messages,
     * {@code detail} the keys or error it names), and where it went (empty when it could not be moved).
     */
    public record SetAsideFile(Path file, String reason, String detail, Optional<Path> movedTo) {
        /** In the language the window is built in. */
        public String message() {
            Messages m = Messages.of(ExplorerPreferences.class);
            String why = m.format(reason, detail);
            return movedTo.map(p -> m.format("preferences.setAside", file.getFileName(), why, p.getFileName()))
                    .orElseGet(() -> m.format("preferences.notSetAside", file.getFileName(), why));
        }
    }

    /** Why a file is damaged: a message key and what it names. */
    private record Damage(String reason, String detail) {
    }

    private final Path file;
    private final Properties values = new Properties();
    private final Optional<SetAsideFile> problem;

    public ExplorerPreferences(Path file) {
        this.file = file;
        this.problem = load().map(damage -> setAside(file, damage));
    }

    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".memwall-explorer", "window.properties");
    }

    /** The damaged file set aside while this one was read, if any; said once, the next run finds a good file. */
    public Optional<SetAsideFile> problem() {
        return problem;
    }

    /** Reads the file into {@link #values}; why it is damaged, if it is. */
    private Optional<Damage> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(new Damage("preferences.notAFile", ""));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            // unreadable (permissions): nothing to set aside that a rename could fix; use the defaults
            return Optional.empty();
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return Optional.of(new Damage("preferences.tooLarge", Integer.toString(MAX_FILE_BYTES / 1024)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.of(new Damage("preferences.notUtf8", ""));
        }
        try {
            values.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            values.clear();
            return Optional.of(new Damage("preferences.notProperties", ""));
        }
        List<String> unreadable = KEYS.stream()
                .filter(k -> values.getProperty(k.name()) != null && !k.readsBack().test(values.getProperty(k.name()).strip()))
                .map(Key::name).toList();
        unreadable.forEach(values::remove);
        return unreadable.isEmpty() ? Optional.empty()
                : Optional.of(new Damage("preferences.badValues", String.join(", ", unreadable)));
    }

    private static SetAsideFile setAside(Path file, Damage damage) {
        try {
            return new SetAsideFile(file, damage.reason(), damage.detail(), Optional.of(SetAside.file(file)));
        } catch (IOException e) {
            return new SetAsideFile(file, damage.reason(), damage.detail(), Optional.empty());
        }
    }

    public double width() {
        return number("window.width").orElse(DEFAULT_WIDTH);
    }

    public double height() {
        return number("window.height").orElse(DEFAULT_HEIGHT);
    }

    public Theme theme() {
        return Theme.parse(values.getProperty("theme", "light"));
    }

    /** The language chosen in the window, if one was; otherwise the system's decides. */
    public Optional<Language> language() {
        return Language.parse(values.getProperty("language"));
    }

    public void rememberLanguage(Language language) {
        values.setProperty("language", language.id());
    }

    /** Whether the first-run hint was shown (it is shown once). */
    public boolean hintShown() {
        return Boolean.parseBoolean(values.getProperty("hint.shown", "false"));
    }

    public void rememberHintShown() {
        values.setProperty("hint.shown", "true");
    }

    /** The folder the last export went to, if it is still there: the save dialog opens in it. */
    public Optional<Path> exportFolder() {
        try {
            return Optional.ofNullable(values.getProperty("export.folder")).map(Path::of).filter(Files::isDirectory);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The window's scale (1 is 100 %) and the presenter scale, as they were left. */
    public double zoom() {
        return number("window.zoom").orElse(1);
    }

    public double presenterScale() {
        return number("presenter.scale").orElse(1.5);
    }

    public void rememberView(Optional<Path> exportFolder, double zoom, double presenterScale) {
        exportFolder.ifPresentOrElse(f -> values.setProperty("export.folder", f.toString()), () -> values.remove("export.folder"));
        values.setProperty("window.zoom", Double.toString(zoom));
        values.setProperty("presenter.scale", Double.toString(presenterScale));
    }

    /**
     * The last scenario, if one was saved with its chip and model. A file from an older version
     * that lacks the later keys gets the defaults for them.
     */
    public Optional<ExplorerSettings> settings() {
        String hardware = values.getProperty("scenario.hardware");
        String model = values.getProperty("scenario.model");
        if (hardware == null || model == null) {
            return Optional.empty();
        }
        String compare = values.getProperty("scenario.compare", "");
        List<String> compareIds = compare.isBlank() ? List.of()
                : Arrays.stream(compare.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            return Optional.of(new ExplorerSettings(hardware.strip(), compareIds, model.strip(),
                    number("scenario.processNodeNm"), number("scenario.hbmBandwidthBytesPerSecond"),
                    number("scenario.sramBandwidthBytesPerSecond"),
                    integer("scenario.batch", 1), integer("scenario.contextTokens", 1024),
                    integer("scenario.outputTokens", 128),
                    Precision.parse(values.getProperty("scenario.precision", "fp16").strip()),
                    integer("scenario.chips", 0))
                    .withStack(Optional.ofNullable(values.getProperty("scenario.stack")).map(String::strip).filter(id -> !id.isEmpty()))
                    .withConcurrentStreams(integer("scenario.streams", 1)));
        } catch (IllegalArgumentException e) {
            // the settings' own rules (output within the context, at most three chips) refused them
            return Optional.empty();
        }
    }

    public void remember(double width, double height, Theme theme, ExplorerSettings s) {
        values.setProperty("window.width", Double.toString(width));
        values.setProperty("window.height", Double.toString(height));
        values.setProperty("theme", theme.name().toLowerCase(Locale.ROOT));
        values.setProperty("scenario.hardware", s.hardwareId());
        values.setProperty("scenario.compare", String.join(",", s.compareIds()));
        values.setProperty("scenario.model", s.modelId());
        put("scenario.processNodeNm", s.processNodeNm());
        put("scenario.hbmBandwidthBytesPerSecond", s.hbmBandwidthBytesPerSecond());
        put("scenario.sramBandwidthBytesPerSecond", s.sramBandwidthBytesPerSecond());
        values.setProperty("scenario.batch", Integer.toString(s.batch()));
        values.setProperty("scenario.contextTokens", Integer.toString(s.contextTokens()));
        values.setProperty("scenario.outputTokens", Integer.toString(s.outputTokens()));
        values.setProperty("scenario.precision", s.weightPrecision().id());
        values.setProperty("scenario.chips", Integer.toString(s.chips()));
        // the serving software chosen for the main chip (none: the chip's usual one) and the streams in flight
        s.stackId().ifPresentOrElse(id -> values.setProperty("scenario.stack", id), () -> values.remove("scenario.stack"));
        values.setProperty("scenario.streams", Integer.toString(s.concurrentStreams()));
    }

    /** The guided scenario and step on screen when the window closed, if any. */
    public record OpenScenario(String id, int step) {
    }

    public Optional<OpenScenario> scenario() {
        String id = values.getProperty("guide.scenario");
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OpenScenario(id, Math.max(0, Integer.parseInt(values.getProperty("guide.step", "0")))));
        } catch (NumberFormatException e) {
            return Optional.of(new OpenScenario(id, 0));
        }
    }

    /** The price basis chosen last, if it reads back. */
    public Optional<CostChoice> costs() {
        return PriceBasis.parse(values.getProperty("costs.basis")).map(CostChoice::new);
    }

    /** Remembers the scenario and step on screen (none: the guide was closed) and the cost choice. */
    public void rememberLesson(Optional<OpenScenario> scenario, CostChoice costs) {
        if (scenario.isPresent()) {
            values.setProperty("guide.scenario", scenario.get().id());
            values.setProperty("guide.step", Integer.toString(scenario.get().step()));
        } else {
            values.remove("guide.scenario");
            values.remove("guide.step");
        }
        values.setProperty("costs.basis", costs.basis().id());
    }

    /** Writes the file in one step; returns the problem when it cannot (the window closes anyway, the old file stays). */
    public Optional<String> save() {
        try {
            Files.createDirectories(file.getParent());
            StringWriter text = new StringWriter();
            values.store(text, "Memory Wall Explorer window");
            SafeFiles.write(file, SafeFiles.Overwrite.REPLACE, text.toString().getBytes(StandardCharsets.UTF_8));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not save preferences to " + file + ": " + e.getMessage());
        }
    }

    private void put(String key, OptionalDouble value) {
        if (value.isPresent()) {
            values.setProperty(key, Double.toString(value.getAsDouble()));
        } else {
            values.remove(key);
        }
    }

    private OptionalDouble number(String key) {
        String v = values.getProperty(key);
        if (v == null || !isPositive(v.strip())) {
            return OptionalDouble.empty();
        }
        double d = Double.parseDouble(v.strip());
        return OptionalDouble.of(key.startsWith("window.") ? Math.min(d, MAX_SIZE) : d);
    }

    private int integer(String key, int fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Integer.parseInt(v.strip());
    }

    private static boolean isPositive(String v) {
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) && d > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isSize(String v) {
        return isPositive(v);
    }

    private static boolean isInt(String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            return n >= min && n <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isPrecision(String v) {
        try {
            Precision.parse(v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
