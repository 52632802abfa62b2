package org.memwall.presets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.memwall.io.SafeFiles;
import org.memwall.lessons.Setup;

/**
 * The user's own scenarios: saved from the window's settings into the user's scenario folder
 * ({@code ~/.memwall-explorer/presets/scenarios}), where the preset loader finds them on every
 * start, and opened from a file someone else wrote, checked as the loader checks a preset and
 * copied into that folder. A file that does not read gives every problem with its field and line
 * and nothing is copied.
 */
public final class UserScenarios {
    /** What opening a file gave: the scenario, or why not. */
    public record Opened(Optional<ScenarioPreset> scenario, List<PresetProblem> problems) {
        public Opened {
            Objects.requireNonNull(scenario, "scenario");
            problems = List.copyOf(problems);
        }
    }

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param userPresetDir the user's preset folder (its {@code scenarios} folder holds the scenarios) */
    public UserScenarios(Path userPresetDir) {
        this.folder = userPresetDir.resolve(PresetLoader.Kind.SCENARIOS.folder);
    }

    public Path folder() {
        return folder;
    }

    /** Reads and checks a scenario file against the loaded chips and models; nothing is written. */
    public Opened read(Path file, PresetCatalog catalog) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > PresetLoaderLimits.MAX_SCENARIO_BYTES) {
                return failed(name, 0, "the file is larger than a scenario can be (" + PresetLoaderLimits.MAX_SCENARIO_BYTES / 1024 + " KB)");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return failed(name, 0, "cannot read the file: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        FileContext context;
        try {
            context = new FileContext(name, LocatedJson.parse(text));
        } catch (JsonProcessingException e) {
            return failed(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return failed(name, 0, "not valid JSON: " + e.getMessage());
        }
        Optional<ScenarioPreset> read = ScenarioReader.read(context);
        read.ifPresent(s -> ScenarioReferences.check(s, context, id -> catalog.hardware(id).isPresent(),
                id -> catalog.model(id).isPresent(), id -> catalog.stack(id).isPresent()));
        if (context.hasProblems()) {
            return new Opened(Optional.empty(), context.problems());
        }
        return new Opened(read, List.of());
    }

    private static Opened failed(String file, int line, String message) {
        return new Opened(Optional.empty(), List.of(new PresetProblem(file, "", line, message)));
    }

    /**
     * Copies an opened scenario into the user's folder as {@code <id>.json}; an id already taken by a
     * file there gets a number added. Returns the file written.
     */
    public Path importScenario(Path file, ScenarioPreset scenario) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (Files.exists(folder.resolve(scenario.id() + ".json"))) {
            String id = freeId(scenario.id());
            ObjectNode node = (ObjectNode) json.readTree(text);
            node.put("id", id);
            text = json.writeValueAsString(node);
            return write(id, text);
        }
        return write(scenario.id(), text);
    }

    /**
     * Saves settings as a scenario of the user's own: title, narrative and optional claim text, the
     * chips, model, format, sliders and cost settings. Returns the file written; its id is made from
     * the title and never replaces a file already there.
     */
    public Path save(String title, String narrative, Optional<String> claimText, Setup s) throws IOException {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a title");
        }
        String id = freeId(slug(title));
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("title", title.strip());
        o.put("narrative", narrative == null || narrative.isBlank() ? title.strip() : narrative.strip());
        claimText.filter(t -> !t.isBlank()).ifPresent(t -> o.put("claimText", t.strip()));
        o.put("hardware", s.hardwareId());
        var compare = o.putArray("compareWith");
        s.compareIds().forEach(compare::add);
        o.put("model", s.modelId());
        o.put("precision", s.weightPrecision().id());
        o.put("batch", s.batch());
        o.put("promptTokens", s.promptTokens());
        o.put("outputTokens", s.generatedTokens());
        if (s.chips() > 0) {
            o.put("chips", s.chips());
        }
        s.processNodeNm().ifPresent(v -> o.put("processNodeNm", v));
        s.hbmBandwidthBytesPerSecond().ifPresent(v -> o.put("dramBandwidthBytesPerSecond", v));
        s.sramBandwidthBytesPerSecond().ifPresent(v -> o.put("sramBandwidthBytesPerSecond", v));
        o.put("concurrentStreams", s.concurrentStreams());
        o.put("priceBasis", s.priceBasis().id());
        s.stackId().ifPresent(stack -> o.put("stack", stack));
        return write(id, json.writeValueAsString(o));
    }

    private Path write(String id, String text) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(id + ".json");
        SafeFiles.write(target, SafeFiles.Overwrite.REFUSE, text.getBytes(StandardCharsets.UTF_8));
        return target;
    }

    private String freeId(String base) {
        String id = base;
        for (int n = 2; Files.exists(folder.resolve(id + ".json")); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** "My H100 test!" becomes "my-h100-test"; a title with no Latin letters or digits becomes "scenario". */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "scenario" : slug;
    }

}
