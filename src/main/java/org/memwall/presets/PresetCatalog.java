package org.memwall.presets;

import java.util.List;
import java.util.Optional;
import org.memwall.core.energy.Facility;
import org.memwall.core.energy.FamilyPower;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.scaling.MemoryWallTrends;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.sim.FidelityTable;
import org.memwall.core.stack.ServingStack;
import org.memwall.economics.PriceBook;
import org.memwall.history.MemoryWallHistory;

/**
 * Everything the presets offer once loaded: chips, models, serving stacks, guided scenarios, the
 * process-node table and the fidelity table, plus the problems of files that did not load and notices (such as overrides) for the user.
 * Immutable.
 */
public final class PresetCatalog {
    private final List<Hardware> hardware;
    private final List<TransformerModel> models;
    private final List<ServingStack> stacks;
    private final List<ScenarioPreset> scenarios;
    private final ProcessNodeTable nodes;
    private final Optional<MemoryWallTrends> trends;
    private final FidelityTable fidelity;
    private final FamilyPower power;
    private final List<Facility> facilities;
    private final Optional<PriceBook> prices;
    private final Optional<MemoryWallHistory> history;
    private final List<PresetProblem> problems;
    private final List<String> notices;

    PresetCatalog(List<Hardware> hardware, List<TransformerModel> models, List<ServingStack> stacks,
            List<ScenarioPreset> scenarios, ProcessNodeTable nodes, Optional<MemoryWallTrends> trends,
            FidelityTable fidelity, FamilyPower power, List<Facility> facilities, Optional<PriceBook> prices,
            Optional<MemoryWallHistory> history, List<PresetProblem> problems, List<String> notices) {
        this.power = power;
        this.facilities = List.copyOf(facilities);
        this.hardware = List.copyOf(hardware);
        this.models = List.copyOf(models);
        this.stacks = List.copyOf(stacks);
        this.fidelity = fidelity;
        this.scenarios = List.copyOf(scenarios);
        this.nodes = nodes;
        this.trends = trends;
        this.prices = prices;
        this.history = history;
        this.problems = List.copyOf(problems);
        this.notices = List.copyOf(notices);
    }

    /** Chips in the order of the built-in index, user additions after them. */
    public List<Hardware> hardware() {
        return hardware;
    }

    public List<TransformerModel> models() {
        return models;
    }

    /** Serving-software presets, built-ins first. */
    public List<ServingStack> stacks() {
        return stacks;
    }

    public Optional<ServingStack> stack(String id) {
        return stacks.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The cross-validated fidelity per family and stack written by calibration; empty when none loaded. */
    public FidelityTable fidelity() {
        return fidelity;
    }

    /** The power figures chips of a family share (the clocked share calibration fits); applied to {@link #hardware()} already. */
    public FamilyPower power() {
        return power;
    }

    /** Facilities for the wall-plug view of energy (host share and PUE). */
    public List<Facility> facilities() {
        return facilities;
    }

    public Optional<Facility> facility(String id) {
        return facilities.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public List<ScenarioPreset> scenarios() {
        return scenarios;
    }

    public Optional<Hardware> hardware(String id) {
        return hardware.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Optional<TransformerModel> model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<ScenarioPreset> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The process-node table.
     *
     * @throws IllegalStateException when not even the built-in table loaded (its problems say why)
     */
    public ProcessNodeTable nodes() {
        if (nodes == null) {
            throw new IllegalStateException("no process-node table loaded: " + problems);
        }
        return nodes;
    }

    /** Growth of compute against memory and interconnect bandwidth, for the memory-wall chart; empty if it did not load. */
    public Optional<MemoryWallTrends> trends() {
        return trends;
    }

    /** Sourced prices (list and bill of materials) and operating costs; empty if they did not load. */
    public Optional<PriceBook> prices() {
        return prices;
    }

    /** The chips of the memory-wall history by year; empty if it did not load. */
    public Optional<MemoryWallHistory> history() {
        return history;
    }

    /** Files or fields that were not loaded, each naming file, field and line. */
    public List<PresetProblem> problems() {
        return problems;
    }

    /** Things the user should know that are not errors, e.g. "user preset h100-sxm overrides the built-in one". */
    public List<String> notices() {
        return notices;
    }
}
