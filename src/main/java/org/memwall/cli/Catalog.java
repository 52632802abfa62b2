package org.memwall.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.memwall.core.energy.Facility;
import org.memwall.core.energy.FamilyPower;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.scaling.MemoryWallTrends;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.sim.FidelityTable;
import org.memwall.core.stack.ServingStack;

/**
 * What the command line needs from the presets: chips, models, serving stacks, the process-node
 * table, the memory-wall growth rates, the fidelity table, the family power figures, the facilities
 * of the wall-plug view, and what went wrong or was overridden
 * while loading them (already written as one line each).
 */
public record Catalog(
        List<Hardware> hardware,
        List<TransformerModel> models,
        List<ServingStack> stacks,
        ProcessNodeTable nodes,
        Optional<MemoryWallTrends> trends,
        FidelityTable fidelity,
        FamilyPower power,
        List<Facility> facilities,
        List<String> problems,
        List<String> notices) {

    /** A catalog without family power figures or facilities (tests, older callers). */
    public Catalog(List<Hardware> hardware, List<TransformerModel> models, List<ServingStack> stacks, ProcessNodeTable nodes,
                   Optional<MemoryWallTrends> trends, FidelityTable fidelity, List<String> problems, List<String> notices) {
        this(hardware, models, stacks, nodes, trends, fidelity, FamilyPower.none(), List.of(), problems, notices);
    }

    public Catalog {
        java.util.Objects.requireNonNull(power, "power");
        facilities = List.copyOf(facilities);
        hardware = List.copyOf(hardware);
        models = List.copyOf(models);
        stacks = List.copyOf(stacks);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public Optional<Hardware> findHardware(String id) {
        return hardware.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Optional<TransformerModel> findModel(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<ServingStack> findStack(String id) {
        return stacks.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The stack with this id, or a problem that lists the known ids. */
    public ServingStack stack(String id) {
        return findStack(id).orElseThrow(() -> new CliProblem("unknown serving stack '" + id + "'; known: "
                + stacks.stream().map(ServingStack::id).collect(Collectors.joining(", "))));
    }

    /** The chip's usual stack. */
    public ServingStack defaultStack(Hardware chip) {
        return stack(chip.defaultStack());
    }

    /** The facility with this id (the wall-plug view), or a problem that lists the known ids. */
    public Facility facility(String id) {
        return facilities.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new CliProblem(
                "unknown facility '" + id + "'; known: " + facilities.stream().map(Facility::id).collect(Collectors.joining(", "))));
    }

    /** The chip with this id, or a problem that lists the known ids. */
    public Hardware hardware(String id) {
        return findHardware(id).orElseThrow(() -> new CliProblem("unknown hardware '" + id + "'; known: "
                + hardware.stream().map(Hardware::id).collect(Collectors.joining(", "))));
    }

    /** The model with this id, or a problem that lists the known ids. */
    public TransformerModel model(String id) {
        return findModel(id).orElseThrow(() -> new CliProblem("unknown model '" + id + "'; known: "
                + models.stream().map(TransformerModel::id).collect(Collectors.joining(", "))));
    }
}
