package org.memwall.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.memwall.core.energy.Facility;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Two or three chips side by side on the same model and workload.")
public class CompareCommand extends WorkbenchCommand implements Callable<Integer> {

    @Option(names = "--hardware", required = true, split = ",", paramLabel = "ID",
            description = "Two or three hardware preset ids, comma-separated.")
    List<String> hardwareIds;

    @Option(names = "--model", required = true, paramLabel = "ID", description = "Model preset id (see 'presets').")
    String modelId;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public CompareCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        if (hardwareIds.size() < 2 || hardwareIds.size() > 3) {
            throw new CliProblem("--hardware needs two or three ids to compare, got " + hardwareIds.size());
        }
        Workbench wb = workbench();
        TransformerModel model = wb.catalog().model(modelId);
        List<Hardware> chips = hardwareIds.stream().map(id -> wb.catalog().hardware(id.strip())).toList();
        ScenarioSettings settings = options.settings();
        requireSomeChipHas(chips, settings);
        Optional<Facility> facility = options.facility(wb.catalog());
        List<String> notes = new ArrayList<>();
        settings.warnings(model).forEach(w -> notes.add("warning: " + w));

        List<Result> results = new ArrayList<>();
        for (Hardware chip : chips) {
            results.add(wb.run(settingsFor(chip, settings, notes).scenario(chip, model, wb.catalog())));
        }
        // only once every chip ran: a problem with the last chip is then the one line on stderr
        notes.forEach(err()::println);
        switch (format) {
            case TABLE -> {
                printTable(model, results);
                facility.ifPresent(f -> results.forEach(r -> out().println(r.hardware().id() + ": " + WallPlug.line(f, r))));
            }
            case CSV -> out().print(csv(results, facility));
            case JSON -> out().println(json(model, results, facility));
        }
        return 0;
    }

    /** A bandwidth option must apply to at least one chip; chips without that memory are left as they are. */
    private void requireSomeChipHas(List<Hardware> chips, ScenarioSettings s) {
        if (s.hbmTbPerSecond().isPresent() && chips.stream().noneMatch(ScenarioSettings::hasHbm)) {
            throw new CliProblem("none of " + hardwareIds + " has off-chip DRAM (HBM), so --hbm-bandwidth does not apply");
        }
        if (s.sramTbPerSecond().isPresent() && chips.stream().noneMatch(ScenarioSettings::hasSram)) {
            throw new CliProblem("none of " + hardwareIds + " has an on-chip SRAM level, so --sram-bandwidth does not apply");
        }
    }

    private ScenarioSettings settingsFor(Hardware chip, ScenarioSettings s, List<String> notes) {
        ScenarioSettings out = s;
        if (s.hbmTbPerSecond().isPresent() && !ScenarioSettings.hasHbm(chip)) {
            notes.add("note: --hbm-bandwidth left out for " + chip.id() + " (it has no off-chip DRAM)");
            out = new ScenarioSettings(out.chips(), out.batch(), out.promptTokens(), out.outputTokens(), out.weightPrecision(),
                    out.computePrecision(), out.kvPrecision(), out.processNodeNm(), OptionalDouble.empty(), out.sramTbPerSecond(),
                    out.stackId(), out.concurrentStreams());
        }
        if (s.sramTbPerSecond().isPresent() && !ScenarioSettings.hasSram(chip)) {
            notes.add("note: --sram-bandwidth left out for " + chip.id() + " (it has no on-chip SRAM level)");
            out = new ScenarioSettings(out.chips(), out.batch(), out.promptTokens(), out.outputTokens(), out.weightPrecision(),
                    out.computePrecision(), out.kvPrecision(), out.processNodeNm(), out.hbmTbPerSecond(), OptionalDouble.empty(),
                    out.stackId(), out.concurrentStreams());
        }
        return out;
    }

    private void printTable(TransformerModel model, List<Result> results) {
        var w = results.get(0).scenario().workload();
        out().printf("%s, weights %s, batch %d, prompt %d, output %d tokens%n%n", model.name(), w.weightPrecision().id(),
                w.batch(), w.promptTokens(), w.outputTokens());
        List<String> headers = new ArrayList<>(List.of(""));
        results.forEach(r -> headers.add(">" + r.hardware().id()));
        TextTable table = new TextTable(headers.toArray(String[]::new));
        List<String> names = new ArrayList<>(List.of("name"));
        results.forEach(r -> names.add(r.hardware().name()));
        table.row(names);
        List<String> family = new ArrayList<>(List.of("family"));
        results.forEach(r -> family.add(r.hardware().family().label()));
        table.row(family);
        for (SummaryColumn c : SummaryColumn.ALL) {
            List<String> row = new ArrayList<>(List.of(c.title()));
            results.forEach(r -> row.add(c.text().apply(r)));
            table.row(row);
        }
        out().print(table.render());
    }

    /** A header and one line per chip, in SI units; also what the window's "Export numbers" writes. */
    public static String csv(List<Result> results) {
        return csv(results, Optional.empty());
    }

    /** The same, with energy at the wall in a facility when one is named. */
    public static String csv(List<Result> results, Optional<Facility> facility) {
        StringBuilder text = new StringBuilder();
        List<Object> header = new ArrayList<>(List.of("hardware", "model"));
        SummaryColumn.ALL.forEach(c -> header.add(c.csvName()));
        header.addAll(WallPlug.csvHeader(facility));
        text.append(Csv.line(header)).append(System.lineSeparator());
        for (Result r : results) {
            List<Object> row = new ArrayList<>(List.of(r.hardware().id(), r.scenario().workload().model().id()));
            SummaryColumn.ALL.forEach(c -> row.add(c.value().apply(r)));
            row.addAll(WallPlug.csvValues(facility, r));
            text.append(Csv.line(row)).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** One JSON object: the model and each chip's full result; also what the window's "Export numbers" writes. */
    public static String json(TransformerModel model, List<Result> results) {
        return json(model, results, Optional.empty());
    }

    /** The same, with energy at the wall in a facility when one is named. */
    public static String json(TransformerModel model, List<Result> results, Optional<Facility> facility) {
        ResultJson json = new ResultJson();
        ObjectNode root = json.mapper().createObjectNode();
        root.put("model", model.id());
        ArrayNode list = root.putArray("results");
        for (Result r : results) {
            ObjectNode n = json.of(r);
            EnergyJson.addWallPlug(n, facility, r);
            list.add(n);
        }
        return json.write(root);
    }
}
