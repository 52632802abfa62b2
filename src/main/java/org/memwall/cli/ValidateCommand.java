package org.memwall.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.ValidationReport;
import org.memwall.core.sim.ValidationRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs every published measurement through the simulation and prints how far it is off.")
public class ValidateCommand extends WorkbenchCommand implements Callable<Integer> {

    @Option(names = "--measurements", paramLabel = "FILE",
            description = "A measurements CSV (default: the one shipped with the program).")
    Path measurementsFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public ValidateCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        if (format == OutputFormat.JSON) {
            throw new CliProblem("validate prints table or csv, not json");
        }
        List<Measurement> measurements = measurementsFile == null
                ? environment.builtInMeasurements()
                : environment.loadMeasurements(measurementsFile);
        if (measurements.isEmpty()) {
            throw new CliProblem("no measurements to validate against"
                    + (measurementsFile == null ? "" : " in " + measurementsFile));
        }
        ValidationReport report = workbench().validate(measurements);
        if (format == OutputFormat.CSV) {
            printCsv(report);
        } else {
            printTable(report);
        }
        return 0;
    }

    private void printTable(ValidationReport report) {
        TextTable table = new TextTable("id", "hardware", "model", "metric", ">published", ">predicted", ">error");
        List<String> notes = new ArrayList<>();
        for (ValidationRow row : report.rows()) {
            Measurement m = row.measurement();
            table.row(m.id(), m.hardwareId(), m.modelId(), m.metric().id(),
                    Units.significant(m.value()) + " " + m.unit(),
                    row.ran() ? Units.significant(row.predicted().getAsDouble()) + " " + m.unit() : "-",
                    row.ran() ? Units.signedPercent(row.relativeError().getAsDouble()) : "-");
            if (!row.problem().isEmpty()) {
                notes.add(m.id() + ": could not run: " + row.problem());
            } else if (!row.note().isEmpty()) {
                notes.add(m.id() + ": " + row.note());
            }
        }
        out().print(table.render());
        notes.forEach(n -> out().println("note: " + n));
        out().println();
        long ran = report.rows().stream().filter(ValidationRow::ran).count();
        out().println(report.medianError().isPresent()
                ? String.format(Locale.ROOT, "median absolute error: %s over %d of %d runs",
                        Units.percent(report.medianError().getAsDouble()), ran, report.rows().size())
                : "median absolute error: none (no measurement could run)");
        for (ArchitectureFamily f : ArchitectureFamily.values()) {
            Fidelity fid = report.fidelityFor(f);
            out().println("  " + f.label() + ": " + (fid.validated()
                    ? String.format(Locale.ROOT, "median %s over %d run%s", Units.percent(fid.medianErrorFraction().getAsDouble()),
                            fid.measurements(), fid.measurements() == 1 ? "" : "s")
                    : "not validated"));
        }
    }

    private void printCsv(ValidationReport report) {
        out().println(Csv.line(List.of("id", "hardware", "model", "family", "metric", "published", "predicted",
                "relative_error", "problem")));
        for (ValidationRow row : report.rows()) {
            Measurement m = row.measurement();
            out().println(Csv.line(java.util.Arrays.asList(m.id(), m.hardwareId(), m.modelId(),
                    row.family().map(ArchitectureFamily::name).orElse(""), m.metric().id(), m.value(),
                    row.ran() ? row.predicted().getAsDouble() : null,
                    row.ran() ? row.relativeError().getAsDouble() : null, row.problem())));
        }
    }
}
