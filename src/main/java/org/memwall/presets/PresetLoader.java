package org.memwall.presets;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.memwall.core.energy.Facility;
import org.memwall.core.energy.FamilyPower;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.FidelityTable;
import org.memwall.core.stack.ServingStack;
import org.memwall.economics.PriceBook;
import org.memwall.history.MemoryWallHistory;
import org.memwall.core.scaling.MemoryWallTrends;
import org.memwall.core.scaling.ProcessNodeTable;

/**
 * Loads presets in three layers, each overriding the one before by id: the built-ins shipped in
 * the jar (listed in {@code /presets/index.json}), the user's folder
 * ({@code ~/.memwall-explorer/presets}) and an optional extra folder. A folder holds
 * {@code hardware/}, {@code models/}, {@code stacks/}, {@code scenarios/} and {@code facilities/}
 * with one {@code <id>.json} each, and optionally {@code process-nodes.json},
 * {@code memory-wall-trends.json}, {@code fidelity.json} and {@code power.json}. A file that fails to load becomes a {@link PresetProblem};
 * every other file still loads.
 */
public final class PresetLoader {
    /** Where the built-in presets live on the classpath. */
    public static final String CLASSPATH_ROOT = "/presets/";
    static final String INDEX = "index.json";
    static final String PROCESS_NODES = "process-nodes.json";
    static final String TRENDS = "memory-wall-trends.json";
    static final String ECONOMICS = "economics.json";
    static final String HISTORY = "memory-wall-history.json";
    static final String FIDELITY = "fidelity.json";
    static final String POWER = "power.json";

    private final Path userPresetDir;

    /** @param userPresetDir the user's own preset folder; it need not exist */
    public PresetLoader(Path userPresetDir) {
        this.userPresetDir = userPresetDir;
    }

    /** The user's preset folder under {@code user.home}. */
    public static Path defaultUserPresetDir() {
        return Path.of(System.getProperty("user.home"), ".memwall-explorer", "presets");
    }

    /** Built-ins, then the user's folder, then {@code extraDir}. */
    public static PresetCatalog load(Optional<Path> extraDir) {
        return new PresetLoader(defaultUserPresetDir()).read(extraDir);
    }

    public PresetCatalog read(Optional<Path> extraDir) {
        Assembly assembly = new Assembly();
        assembly.addLayer("built-in", PresetFiles.builtIn(assembly.problems));
        assembly.addLayer("user", PresetFiles.inFolder(userPresetDir, assembly.problems, true));
        extraDir.ifPresent(dir -> {
            if (!Files.isDirectory(dir)) {
                assembly.problems.add(new PresetProblem(dir.toString(), "", 0, "the preset folder does not exist"));
            } else {
                assembly.addLayer("extra", PresetFiles.inFolder(dir, assembly.problems, false));
            }
        });
        return assembly.finish();
    }

    enum Kind {
        HARDWARE("hardware"), MODELS("models"), STACKS("stacks"), SCENARIOS("scenarios"), FACILITIES("facilities"),
        PROCESS_NODES(""), TRENDS(""), FIDELITY(""), POWER(""), ECONOMICS(""), HISTORY("");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        static Optional<Kind> ofRelativePath(String relative) {
            if (relative.equals(PresetLoader.PROCESS_NODES)) {
                return Optional.of(PROCESS_NODES);
            }
            if (relative.equals(PresetLoader.TRENDS)) {
                return Optional.of(TRENDS);
            }
            if (relative.equals(PresetLoader.FIDELITY)) {
                return Optional.of(FIDELITY);
            }
            if (relative.equals(PresetLoader.POWER)) {
                return Optional.of(POWER);
            }
            if (relative.equals(PresetLoader.ECONOMICS)) {
                return Optional.of(ECONOMICS);
            }
            if (relative.equals(PresetLoader.HISTORY)) {
                return Optional.of(HISTORY);
            }
            for (Kind k : values()) {
                if (!k.folder.isEmpty() && relative.startsWith(k.folder + "/") && relative.endsWith(".json")) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A preset file to read: its kind, the name problems use, the id its name promises, and its
     * text; {@code ownFile} is there for a file of the user's own folder, which is set aside when
     * it cannot be parsed at all.
     */
    record PresetFile(Kind kind, String displayName, String idFromName, Optional<String> text, Optional<Path> ownFile) {
        PresetFile(Kind kind, String displayName, String idFromName, Optional<String> text) {
            this(kind, displayName, idFromName, text, Optional.empty());
        }
    }

    /** Relative paths the built-in index lists ({@code hardware/h100-sxm.json}, ...). */
    public static List<String> builtInIndex() {
        return PresetFiles.builtInIndex();
    }

    static Optional<String> readResource(String resource) {
        return PresetFiles.readResource(resource);
    }

    /** Collects the layers' presets by id; later layers override earlier ones. */
    private static final class Assembly {
        final List<PresetProblem> problems = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        final Map<String, Loaded<Hardware>> hardware = new LinkedHashMap<>();
        final Map<String, Loaded<TransformerModel>> models = new LinkedHashMap<>();
        final Map<String, Loaded<ServingStack>> stacks = new LinkedHashMap<>();
        final Map<String, Loaded<ScenarioPreset>> scenarios = new LinkedHashMap<>();
        final Map<String, Loaded<Facility>> facilities = new LinkedHashMap<>();
        Loaded<FamilyPower> power;
        Loaded<ProcessNodeTable> nodes;
        Loaded<MemoryWallTrends> trends;
        Loaded<FidelityTable> fidelity;
        Loaded<PriceBook> economics;
        Loaded<MemoryWallHistory> history;

        /** A preset and the one of an earlier layer it replaced, if any (kept in case this one fails a later check). */
        record Loaded<T>(T value, String layer, FileContext context, Loaded<T> replaced) {
        }

        void addLayer(String layer, List<PresetFile> files) {
            for (PresetFile file : files) {
                if (file.text().isEmpty()) {
                    continue;
                }
                Optional<FileContext> context = parse(file);
                if (context.isEmpty()) {
                    continue;
                }
                switch (file.kind()) {
                    case HARDWARE -> put(hardware, layer, file, context.get(), HardwareReader.read(context.get()), Hardware::id);
                    case MODELS -> put(models, layer, file, context.get(), ModelReader.read(context.get()), TransformerModel::id);
                    case STACKS -> put(stacks, layer, file, context.get(), StackReader.read(context.get()), ServingStack::id);
                    case SCENARIOS -> put(scenarios, layer, file, context.get(), ScenarioReader.read(context.get()), ScenarioPreset::id);
                    case PROCESS_NODES -> nodes = single(nodes, "process-node table", layer, file, context.get(),
                            NodeTableReader.read(context.get()));
                    case TRENDS -> trends = single(trends, "memory-wall trends file", layer, file, context.get(),
                            TrendsReader.read(context.get()));
                    case FIDELITY -> fidelity = single(fidelity, "fidelity table", layer, file, context.get(),
                            FidelityReader.read(context.get()));
                    case POWER -> power = single(power, "family power figures", layer, file, context.get(),
                            PowerReader.read(context.get()));
                    case FACILITIES -> put(facilities, layer, file, context.get(), FacilityReader.read(context.get()), Facility::id);
                    case ECONOMICS -> economics = single(economics, "prices file", layer, file, context.get(),
                            EconomicsReader.read(context.get()));
                    case HISTORY -> history = single(history, "memory-wall history", layer, file, context.get(),
                            HistoryReader.read(context.get()));
                }
            }
        }

        /** A preset there is one of (the node table, the trends): a later layer's replaces it, with a notice. */
        private <T> Loaded<T> single(Loaded<T> current, String what, String layer, PresetFile file, FileContext context,
                Optional<T> read) {
            problems.addAll(context.problems());
            if (read.isEmpty()) {
                return current;
            }
            if (current != null) {
                notices.add(layer + " " + what + " " + file.displayName() + " overrides the " + current.layer() + " one");
            }
            return new Loaded<>(read.get(), layer, context, current);
        }

        private Optional<FileContext> parse(PresetFile file) {
            String message;
            int line = 0;
            try {
                return Optional.of(new FileContext(file.displayName(), LocatedJson.parse(file.text().get())));
            } catch (JsonProcessingException e) {
                line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                message = "not valid JSON: " + JsonLimits.plain(e.getOriginalMessage());
            } catch (IOException e) {
                message = "not valid JSON: " + JsonLimits.plain(String.valueOf(e.getMessage()));
            }
            if (file.ownFile().isPresent()) {
                message = SetAsideFiles.setAside(file.ownFile().get(), message);
            }
            problems.add(new PresetProblem(file.displayName(), "", line, message));
            return Optional.empty();
        }

        private <T> void put(Map<String, Loaded<T>> into, String layer, PresetFile file, FileContext context,
                Optional<T> value, Function<T, String> id) {
            if (value.isPresent() && !PresetIds.valid(id.apply(value.get()))) {
                context.problem("id", PresetIds.rule(id.apply(value.get())));
                value = Optional.empty();
            }
            if (value.isPresent() && !id.apply(value.get()).equals(file.idFromName())) {
                context.problem("id", "the id '" + id.apply(value.get()) + "' must match the file name '" + file.idFromName() + ".json'");
                value = Optional.empty();
            }
            problems.addAll(context.problems());
            if (value.isEmpty()) {
                return;
            }
            String key = id.apply(value.get());
            Loaded<T> previous = into.get(key);
            if (previous != null) {
                notices.add(layer + " preset " + key + " (" + file.displayName() + ") overrides the " + previous.layer() + " one");
            }
            into.put(key, new Loaded<>(value.get(), layer, context, previous));
        }

        PresetCatalog finish() {
            if (nodes == null) {
                problems.add(new PresetProblem(PROCESS_NODES, "", 0, "no process-node table could be loaded"));
            }
            if (trends == null) {
                problems.add(new PresetProblem(TRENDS, "", 0, "no memory-wall trends could be loaded: the history chart stays empty"));
            }
            if (power == null) {
                problems.add(new PresetProblem(POWER, "", 0,
                        "no family power figures could be loaded: chips without their own clocked share count none"));
            }
            FamilyPower family = power == null ? FamilyPower.none() : power.value();
            if (economics == null) {
                problems.add(new PresetProblem(ECONOMICS, "", 0, "no prices could be loaded: costs show as unknown"));
            }
            if (history == null) {
                problems.add(new PresetProblem(HISTORY, "", 0, "no memory-wall history could be loaded: the chart shows no chips"));
            }
            List<Hardware> chips = new ArrayList<>();
            for (Loaded<Hardware> latest : hardware.values()) {
                usableChip(latest, family).ifPresent(chips::add);
            }
            List<ScenarioPreset> usable = new ArrayList<>();
            for (Loaded<ScenarioPreset> latest : scenarios.values()) {
                usableScenario(latest).ifPresent(usable::add);
            }
            return new PresetCatalog(
                    chips,
                    models.values().stream().map(Loaded::value).toList(),
                    stacks.values().stream().map(Loaded::value).toList(),
                    usable,
                    nodes == null ? null : nodes.value(),
                    Optional.ofNullable(trends).map(Loaded::value),
                    fidelity == null ? FidelityTable.empty() : fidelity.value(),
                    family, facilities.values().stream().map(Loaded::value).toList(),
                    Optional.ofNullable(economics).map(Loaded::value),
                    Optional.ofNullable(history).map(Loaded::value),
                    problems, notices);
        }

        /**
         * The chip, with its family's power figures where it has none of its own, if its serving
         * stack loaded and its power adds up; else the one it replaced (a built-in chip stays when a
         * user's copy is wrong).
         */
        private Optional<Hardware> usableChip(Loaded<Hardware> latest, FamilyPower family) {
            for (Loaded<Hardware> h = latest; h != null; h = h.replaced()) {
                FileContext context = h.context();
                Optional<Hardware> chip = Optional.empty();
                try {
                    chip = Optional.of(family.apply(h.value()));
                } catch (IllegalArgumentException e) {
                    context.problem("power", e.getMessage() + " (with its family's clocked share from " + POWER + ")");
                }
                if (chip.isPresent() && stacks.containsKey(chip.get().defaultStack())) {
                    return chip;
                }
                if (chip.isPresent()) {
                    context.problem("defaultStack", "no serving-stack preset has the id '" + h.value().defaultStack() + "'");
                }
                problems.addAll(context.problems().subList(context.problems().size() - 1, context.problems().size()));
            }
            return Optional.empty();
        }

        /**
         * The scenario, checked against the chips, model and node table loaded; when an override
         * fails, the one it replaced (a built-in scenario stays when a user's copy of it is wrong).
         */
        private Optional<ScenarioPreset> usableScenario(Loaded<ScenarioPreset> latest) {
            for (Loaded<ScenarioPreset> s = latest; s != null; s = s.replaced()) {
                FileContext context = s.context();
                ScenarioPreset scenario = s.value();
                ScenarioReferences.check(scenario, context, hardware::containsKey, models::containsKey, stacks::containsKey);
                ScenarioChecks.check(scenario, context, Optional.ofNullable(hardware.get(scenario.hardwareId())).map(Loaded::value),
                        Optional.ofNullable(models.get(scenario.modelId())).map(Loaded::value),
                        Optional.ofNullable(nodes).map(Loaded::value));
                if (!context.hasProblems()) {
                    return Optional.of(scenario);
                }
                problems.addAll(context.problems());
            }
            return Optional.empty();
        }
    }
}
