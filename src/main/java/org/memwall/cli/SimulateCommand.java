package org.memwall.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.memwall.core.energy.Facility;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Simulates one model served on one kind of chip: speed, latency, energy, bound, fidelity.")
public class SimulateCommand extends WorkbenchCommand implements Callable<Integer> {

    @Option(names = "--hardware", required = true, paramLabel = "ID", description = "Hardware preset id (see 'presets').")
    String hardwareId;

    @Option(names = "--model", required = true, paramLabel = "ID", description = "Model preset id (see 'presets').")
    String modelId;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public SimulateCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        Workbench wb = workbench();
        Hardware chip = wb.catalog().hardware(hardwareId);
        TransformerModel model = wb.catalog().model(modelId);
        ScenarioSettings settings = options.settings();
        Result r = wb.run(settings.scenario(chip, model, wb.catalog()));
        settings.warnings(model).forEach(w -> err().println("warning: " + w));
        Optional<Facility> facility = options.facility(wb.catalog());
        switch (format) {
            case JSON -> {
                ResultJson json = new ResultJson();
                ObjectNode node = json.of(r);
                EnergyJson.addWallPlug(node, facility, r);
                out().println(json.write(node));
            }
            case CSV -> {
                List<Object> header = new ArrayList<>(List.of("hardware", "model"));
                List<Object> row = new ArrayList<>(List.of(chip.id(), model.id()));
                for (SummaryColumn c : SummaryColumn.ALL) {
                    header.add(c.csvName());
                    row.add(c.value().apply(r));
                }
                header.addAll(WallPlug.csvHeader(facility));
                row.addAll(WallPlug.csvValues(facility, r));
                out().println(Csv.line(header));
                out().println(Csv.line(row));
            }
            case TABLE -> {
                out().print(ResultText.of(r));
                facility.ifPresent(f -> out().println(WallPlug.line(f, r)));
            }
        }
        return 0;
    }
}
