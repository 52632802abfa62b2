package org.memwall.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.scaling.MemoryWallTrends;
import org.memwall.core.scaling.ProcessNodeTable;

/**
 * What the command line needs from the presets: chips, models, the process-node table, the
 * memory-wall growth rates, and what went wrong or was overridden while loading them (already
 * written as one line each).
 */
public record Catalog(
        List<Hardware> hardware,
        List<TransformerModel> models,
        ProcessNodeTable nodes,
        Optional<MemoryWallTrends> trends,
        List<String> problems,
        List<String> notices) {

    public Catalog {
        hardware = List.copyOf(hardware);
        models = List.copyOf(models);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public Optional<Hardware> findHardware(String id) {
        return hardware.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Optional<TransformerModel> findModel(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
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
