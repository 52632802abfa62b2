package org.memwall.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.sim.FidelityTable;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.ValidationReport;
import org.memwall.core.sim.ValidationRow;
import org.memwall.fitting.CrossValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs every published measurement through the simulation and prints how far it is off:",
                "in-sample (on the runs the figures were fitted to) and cross-validated (each source left out of the fit",
                "and predicted), per family and serving stack."})
public class ValidateCommand extends WorkbenchCommand implements Callable<Integer> {

    @Option(names = "--measurements", paramLabel = "FILE",
            description = "A measurements CSV (default: the one shipped with the program); it is cross-validated afresh.")
    Path measurementsFile;

    @Option(names = "--cross-validate",
            description = "Refit and cross-validate now instead of reading the shipped fidelity table (takes a few seconds).")
    boolean crossValidate;

    @Option(names = "--stack", paramLabel = "ID", description = "Only the runs of this serving stack (see 'presets').")
    String stackId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public ValidateCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        List<Measurement> measurements = measurementsFile == null
                ? environment.builtInMeasurements()
                : environment.loadMeasurements(measurementsFile);
        if (measurements.isEmpty()) {
            throw new CliProblem("no measurements to validate against"
                    + (measurementsFile == null ? "" : " in " + measurementsFile));
        }
        Workbench wb = workbench();
        List<Measurement> speed = measurements.stream().filter(m -> !m.metric().isEnergy()).toList();
        List<Measurement> energyRuns = new ArrayList<>(measurements.stream().filter(m -> m.metric().isEnergy()).toList());
        if (measurementsFile == null) {
            energyRuns.addAll(environment.builtInEnergyMeasurements());
        }
        if (stackId != null) {
            wb.catalog().stack(stackId);
            java.util.function.Predicate<Measurement> onStack = m -> wb.catalog().findHardware(m.hardwareId())
                    .map(h -> org.memwall.core.sim.Validation.stackIdOf(m, h)).orElse("").equals(stackId);
            speed = speed.stream().filter(onStack).toList();
            energyRuns = new ArrayList<>(energyRuns.stream().filter(onStack).toList());
            if (speed.isEmpty() && energyRuns.isEmpty()) {
                throw new CliProblem("no measured run used the stack '" + stackId + "'");
            }
        }
        ValidationReport report = wb.validate(speed);
        ValidationReport energy = wb.validate(energyRuns);
        Optional<CrossValidation.Outcome> live = Optional.empty();
        Optional<ValidationReport> energyLive = Optional.empty();
        FidelityTable table = wb.catalog().fidelity();
        if (crossValidate || measurementsFile != null) {
            CrossValidation cv = new CrossValidation(wb.simulator(), wb.lookup());
            CrossValidation.Outcome o = cv.run(speed, wb.catalog().stacks());
            live = Optional.of(o);
            table = o.fidelity();
            if (!energyRuns.isEmpty()) {
                energyLive = Optional.of(cv.runEnergy(energyRuns, o.fits(), wb.catalog().power()).outOfSample());
            }
        }
        switch (format) {
            case CSV -> {
                printCsv(report, live.map(CrossValidation.Outcome::outOfSample));
                printCsvRows(energy, energyLive, false);
            }
            case JSON -> out().println(json(report, table, live, energy, energyLive));
            case TABLE -> {
                printTable(wb.catalog(), report);
                printGroups(out(), report, table, live.orElse(null));
                if (!energyRuns.isEmpty()) {
                    out().println();
                    printEnergyTable(energy);
                    printEnergy(out(), energy, energyLive, table.energyFidelity());
                }
            }
        }
        return 0;
    }

    private void printEnergyTable(ValidationReport report) {
        out().println("energy per output token (" + EnergyJson.COUNTS + "), scored apart from speed:");
        TextTable table = new TextTable("id", "hardware", "model", ">chips", ">batch", "stack", ">published", ">predicted", ">error");
        List<String> notes = new ArrayList<>();
        for (ValidationRow row : report.rows()) {
            Measurement m = row.measurement();
            table.row(m.id(), m.hardwareId(), m.modelId(), m.chips() == 0 ? "auto" : Integer.toString(m.chips()),
                    Integer.toString(m.batch()), row.stack(), Units.significant(m.value()) + " J",
                    row.ran() ? Units.significant(row.predicted().getAsDouble()) + " J" : "-",
                    row.ran() ? Units.signedPercent(row.relativeError().getAsDouble()) : "-");
            if (!row.problem().isEmpty()) {
                notes.add(m.id() + ": could not run: " + row.problem());
            }
        }
        out().print(table.render());
        notes.forEach(n -> out().println("note: " + n));
    }

    /** The energy runs' summary: in-sample (the figures were fitted to them) and cross-validated. */
    static void printEnergy(PrintWriter out, ValidationReport inSample, Optional<ValidationReport> outOfSample, Fidelity shipped) {
        out.printf(Locale.ROOT, "energy in-sample (power figures fitted to these runs): median %s over %d runs, %s within 30%%%n",
                inSample.medianError().isPresent() ? Units.percent(inSample.medianError().getAsDouble()) : "-",
                inSample.rows().stream().filter(ValidationRow::ran).count(), Units.percent(inSample.shareWithin(0.30)));
        if (outOfSample.isPresent()) {
            ValidationReport o = outOfSample.get();
            out.printf(Locale.ROOT, "energy cross-validated (each source left out and predicted): median %s, %s within 30%%%n",
                    o.medianError().isPresent() ? Units.percent(o.medianError().getAsDouble()) : "-", Units.percent(o.shareWithin(0.30)));
        } else if (shipped.validated()) {
            out.printf(Locale.ROOT, "energy cross-validated (each source left out and predicted): median %s over %d runs"
                    + " (shipped table; --cross-validate refits now)%n", Units.percent(shipped.medianErrorFraction().getAsDouble()), shipped.runs());
        }
    }

    /** A run the model cannot describe as measured: a context longer than it attends to, more chips than it splits over. */
    private static Optional<String> beyondTheModel(Catalog catalog, Measurement m) {
        var model = catalog.findModel(m.modelId());
        if (model.isEmpty()) {
            return Optional.empty();
        }
        long tokens = (long) m.promptTokens() + m.outputTokens();
        if (tokens > model.get().maxContext()) {
            return Optional.of(String.format(Locale.ROOT, "prompt %d plus output %d is %d tokens, more than %s's context of %d",
                    m.promptTokens(), m.outputTokens(), tokens, m.modelId(), model.get().maxContext()));
        }
        var chip = catalog.findHardware(m.hardwareId());
        if (chip.isPresent() && m.chips() > InputRules.mostChips(chip.get(), model.get())) {
            return Optional.of(m.chips() + " chips: " + InputRules.mostChipsReason(chip.get(), model.get()));
        }
        return Optional.empty();
    }

    private void printTable(Catalog catalog, ValidationReport report) {
        TextTable table = new TextTable("id", "hardware", "model", ">chips", "stack", "metric", ">published", ">predicted", ">error");
        List<String> notes = new ArrayList<>();
        for (ValidationRow row : report.rows()) {
            Measurement m = row.measurement();
            table.row(m.id(), m.hardwareId(), m.modelId(), m.chips() == 0 ? "auto" : Integer.toString(m.chips()), row.stack(),
                    m.metric().id(), Units.significant(m.value()) + " " + m.unit(),
                    row.ran() ? Units.significant(row.predicted().getAsDouble()) + " " + m.unit() : "-",
                    row.ran() ? Units.signedPercent(row.relativeError().getAsDouble()) : "-");
            if (!row.problem().isEmpty()) {
                notes.add(m.id() + ": could not run: " + row.problem());
            } else if (!row.note().isEmpty()) {
                notes.add(m.id() + ": " + row.note());
            }
            beyondTheModel(catalog, m).ifPresent(n -> notes.add(m.id() + ": " + n));
        }
        out().print(table.render());
        notes.forEach(n -> out().println("note: " + n));
        out().println();
    }

    /**
     * Per family and stack: runs, in-sample median, cross-validated median; then every run together.
     * The cross-validated figure is what the program calls its fidelity.
     */
    static void printGroups(PrintWriter out, ValidationReport inSample, FidelityTable table, CrossValidation.Outcome live) {
        TextTable t = new TextTable("family", "stack", ">runs", ">in-sample median", ">cross-validated median");
        for (Map.Entry<ValidationReport.Group, List<ValidationRow>> e : inSample.byGroup().entrySet()) {
            ValidationReport.Group g = e.getKey();
            OptionalDouble in = ValidationReport.median(e.getValue().stream()
                    .mapToDouble(r -> r.absoluteRelativeError().getAsDouble()).toArray());
            Fidelity f = table.fidelityFor(g.family(), g.stack());
            t.row(g.family().label(), g.stack(), Integer.toString(e.getValue().size()),
                    in.isPresent() ? Units.percent(in.getAsDouble()) : "-",
                    f.validated() ? Units.percent(f.medianErrorFraction().getAsDouble()) : "not validated");
        }
        out.print(t.render());
        long ran = inSample.rows().stream().filter(ValidationRow::ran).count();
        out.println();
        out.printf(Locale.ROOT, "in-sample (fitted to these runs): median %s over %d of %d runs, %s within 25%%%n",
                inSample.medianError().isPresent() ? Units.percent(inSample.medianError().getAsDouble()) : "-", ran,
                inSample.rows().size(), Units.percent(inSample.shareWithin(0.25)));
        if (live != null) {
            ValidationReport out2 = live.outOfSample();
            out.printf(Locale.ROOT, "cross-validated (each source left out and predicted): median %s, %s within 25%%%n",
                    out2.medianError().isPresent() ? Units.percent(out2.medianError().getAsDouble()) : "-",
                    Units.percent(out2.shareWithin(0.25)));
        } else {
            table.overall().ifPresent(f -> out.printf(Locale.ROOT,
                    "cross-validated (each source left out and predicted): median %s over %d runs (shipped table; --cross-validate refits now)%n",
                    Units.percent(f.medianErrorFraction().getAsDouble()), f.runs()));
        }
        out.println("compute-in-memory chips have no published runs: their results say \"not validated\"");
    }

    private void printCsv(ValidationReport report, Optional<ValidationReport> live) {
        printCsvRows(report, live, true);
    }

    private void printCsvRows(ValidationReport report, Optional<ValidationReport> live, boolean header) {
        if (header) {
            out().println(Csv.line(List.of("id", "hardware", "model", "chips", "stack", "family", "metric", "published", "predicted",
                    "relative_error", "cross_validated_predicted", "cross_validated_error", "note", "problem", "source")));
        }
        for (int i = 0; i < report.rows().size(); i++) {
            ValidationRow row = report.rows().get(i);
            Measurement m = row.measurement();
            Optional<ValidationRow> cv = live.map(ValidationReport::rows).flatMap(rows -> rows.stream()
                    .filter(r -> r.measurement().id().equals(m.id())).findFirst());
            out().println(Csv.line(Arrays.asList(m.id(), m.hardwareId(), m.modelId(), m.chips(), row.stack(),
                    row.family().map(f -> f.name()).orElse(""), m.metric().id(), m.value(),
                    row.ran() ? row.predicted().getAsDouble() : null,
                    row.ran() ? row.relativeError().getAsDouble() : null,
                    cv.filter(ValidationRow::ran).map(r -> (Object) r.predicted().getAsDouble()).orElse(null),
                    cv.filter(ValidationRow::ran).map(r -> (Object) r.relativeError().getAsDouble()).orElse(null),
                    row.note(), row.problem(), m.source())));
        }
    }

    private static String json(ValidationReport report, FidelityTable table, Optional<CrossValidation.Outcome> live,
                               ValidationReport energy, Optional<ValidationReport> energyLive) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        runs(root.putArray("runs"), report, live.map(CrossValidation.Outcome::outOfSample));
        if (!energy.rows().isEmpty()) {
            ObjectNode e = root.putObject("energy");
            e.put("counts", EnergyJson.COUNTS);
            runs(e.putArray("runs"), energy, energyLive);
            energy.medianError().ifPresent(v -> e.put("inSampleMedianErrorPercent", v * 100));
            e.put("inSampleShareWithinThirtyPercent", energy.shareWithin(0.30));
            if (energyLive.isPresent()) {
                energyLive.get().medianError().ifPresent(v -> e.put("crossValidatedMedianErrorPercent", v * 100));
                e.put("crossValidatedShareWithinThirtyPercent", energyLive.get().shareWithin(0.30));
            } else {
                table.energyFidelity().medianErrorPercent().ifPresent(v -> e.put("crossValidatedMedianErrorPercent", v));
            }
        }
        groups(root, report, table, live);
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("could not write JSON", ex);
        }
    }

    private static void runs(ArrayNode rows, ValidationReport report, Optional<ValidationReport> live) {
        for (ValidationRow row : report.rows()) {
            Measurement m = row.measurement();
            ObjectNode r = rows.addObject();
            r.put("id", m.id());
            r.put("hardware", m.hardwareId());
            r.put("model", m.modelId());
            r.put("chips", m.chips());
            r.put("batch", m.batch());
            r.put("prompt", m.promptTokens());
            r.put("output", m.outputTokens());
            r.put("precision", m.precision().id());
            r.put("stack", row.stack());
            row.family().ifPresent(f -> r.put("family", f.name()));
            r.put("metric", m.metric().id());
            r.put("published", m.value());
            r.put("unit", m.unit());
            if (row.ran()) {
                r.put("predicted", row.predicted().getAsDouble());
                r.put("relativeError", row.relativeError().getAsDouble());
            }
            live.flatMap(o -> o.rows().stream().filter(x -> x.measurement().id().equals(m.id())).findFirst())
                    .filter(ValidationRow::ran)
                    .ifPresent(x -> {
                        r.put("crossValidatedPredicted", x.predicted().getAsDouble());
                        r.put("crossValidatedError", x.relativeError().getAsDouble());
                    });
            r.put("conditions", m.conditions());
            r.put("source", m.source());
            if (!row.note().isEmpty()) {
                r.put("note", row.note());
            }
            if (!row.problem().isEmpty()) {
                r.put("problem", row.problem());
            }
        }
    }

    private static void groups(ObjectNode root, ValidationReport report, FidelityTable table, Optional<CrossValidation.Outcome> live) {
        ArrayNode groups = root.putArray("groups");
        report.byGroup().forEach((g, list) -> {
            ObjectNode o = groups.addObject();
            o.put("family", g.family().name());
            o.put("stack", g.stack());
            o.put("runs", list.size());
            ValidationReport.median(list.stream().mapToDouble(r -> r.absoluteRelativeError().getAsDouble()).toArray())
                    .ifPresent(v -> o.put("inSampleMedianErrorPercent", v * 100));
            Fidelity f = table.fidelityFor(g.family(), g.stack());
            o.put("method", f.method().id());
            f.medianErrorPercent().ifPresent(v -> o.put("crossValidatedMedianErrorPercent", v));
        });
        report.medianError().ifPresent(v -> root.put("inSampleMedianErrorPercent", v * 100));
        root.put("inSampleShareWithinTwentyFivePercent", report.shareWithin(0.25));
        live.ifPresent(o -> {
            o.outOfSample().medianError().ifPresent(v -> root.put("crossValidatedMedianErrorPercent", v * 100));
            root.put("crossValidatedShareWithinTwentyFivePercent", o.outOfSample().shareWithin(0.25));
        });
        if (live.isEmpty()) {
            table.overall().ifPresent(f -> f.medianErrorPercent().ifPresent(v -> root.put("crossValidatedMedianErrorPercent", v)));
        }
    }
}
