package org.memwall.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import org.memwall.core.model.Precision;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.theme.Theme;

/**
 * What the window remembers between runs: its size, the theme and the last scenario, in a small
 * properties file in the user's {@code ~/.memwall-explorer} folder. A missing or damaged file
 * gives the defaults; it never stops the window from opening.
 */
public final class ExplorerPreferences {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 720;

    private final Path file;
    private final Properties values = new Properties();

    public ExplorerPreferences(Path file) {
        this.file = file;
        if (Files.isReadable(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".memwall-explorer", "window.properties");
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

    /** The last scenario, if one was saved and reads back whole. */
    public Optional<ExplorerSettings> settings() {
        try {
            String hardware = values.getProperty("scenario.hardware");
            String model = values.getProperty("scenario.model");
            if (hardware == null || model == null) {
                return Optional.empty();
            }
            String compare = values.getProperty("scenario.compare", "");
            List<String> compareIds = compare.isBlank() ? List.of() : Arrays.asList(compare.split(","));
            return Optional.of(new ExplorerSettings(hardware, compareIds, model,
                    number("scenario.processNodeNm"), number("scenario.hbmBandwidthBytesPerSecond"),
                    number("scenario.sramBandwidthBytesPerSecond"),
                    Integer.parseInt(values.getProperty("scenario.batch")),
                    Integer.parseInt(values.getProperty("scenario.contextTokens")),
                    Integer.parseInt(values.getProperty("scenario.outputTokens")),
                    Precision.parse(values.getProperty("scenario.precision")),
                    Integer.parseInt(values.getProperty("scenario.chips"))));
        } catch (RuntimeException e) {
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
    }

    /** Writes the file; returns the problem when it cannot (the window closes anyway). */
    public Optional<String> save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, "Memory Wall Explorer window");
            }
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
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) && d > 0 ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
