package org.memwall.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.memwall.core.energy.Facility;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Result;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one chip and model for each value of one parameter: one row per value.",
                "With --param2, for every pair of values of two parameters: one CSV row per pair."})
public class SweepCommand extends WorkbenchCommand implements Callable<Integer> {
    /** More rows than anyone reads, and a guard against a typo like 1:1000000:1. */
    static final int MAX_VALUES = 10_000;

    @Option(names = "--hardware", required = true, paramLabel = "ID", description = "Hardware preset id (see 'presets').")
    String hardwareId;

    @Option(names = "--model", required = true, paramLabel = "ID", description = "Model preset id (see 'presets').")
    String modelId;

    @Option(names = "--param", required = true, paramLabel = "NAME", converter = SweepParameter.Converter.class,
            description = "batch, chips, prompt, output, node, hbm-bandwidth or sram-bandwidth.")
    SweepParameter parameter;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Values values;

    static class Values {
        @Option(names = "--values", split = ",", paramLabel = "V", description = "Values, comma-separated: 1,2,4,8.")
        List<String> list;

        @Option(names = "--range", paramLabel = "FROM:TO:STEP", description = "Values from FROM to TO (inclusive) by STEP.")
        String range;
    }

    @Option(names = "--param2", paramLabel = "NAME", converter = SweepParameter.Converter.class,
            description = "A second parameter: every pair of values, printed as CSV (the first parameter fastest).")
    SweepParameter parameter2;

    @ArgGroup(exclusive = true)
    Values2 values2;

    static class Values2 {
        @Option(names = "--values2", split = ",", paramLabel = "V", description = "The second parameter's values.")
        List<String> list;

        @Option(names = "--range2", paramLabel = "FROM:TO:STEP", description = "The second parameter's values, FROM to TO by STEP.")
        String range;
    }

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that compute the points (default: all cores).")
    Integer threads;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv or json (default: table; csv with --param2, which prints csv only).")
    OutputFormat format;

    public SweepCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        List<Double> points = values.list != null ? parseList(values.list) : parseRange(values.range);
        Optional<GridSweep> grid = grid(points);
        OutputFormat shown = format != null ? format : grid.isPresent() ? OutputFormat.CSV : OutputFormat.TABLE;
        if (grid.isPresent() && shown != OutputFormat.CSV) {
            throw new CliProblem("a sweep over two parameters prints CSV only (--format csv), not " + shown.name().toLowerCase(Locale.ROOT));
        }
        int threadCount = SweepThreads.count(threads);
        Workbench wb = workbench();
        Hardware chip = wb.catalog().hardware(hardwareId);
        TransformerModel model = wb.catalog().model(modelId);
        ScenarioSettings base = options.settings();
        base.warnings(model).forEach(w -> err().println("warning: " + w));
        try (SweepThreads pool = new SweepThreads(threadCount)) {
            if (grid.isPresent()) {
                grid.get().check(base, chip, model, wb.catalog());
                grid.get().printCsv(out(), base, chip, model, wb.catalog(), wb.simulator(), pool.evaluator());
                return 0;
            }
            List<ScenarioSettings> settings = new ArrayList<>();
            for (double v : points) {
                settings.add(parameter.apply(base, v));
            }
            List<org.memwall.core.sim.Scenario> scenarios = new ArrayList<>();
            for (ScenarioSettings s : settings) {
                scenarios.add(s.scenario(chip, model, wb.catalog()));
            }
            List<Result> results = pool.evaluator().evaluateNow(scenarios.size(), i -> wb.runUnchecked(scenarios.get(i)));
            print(shown, chip, model, points, results, options.facility(wb.catalog()));
        }
        return 0;
    }

    private Optional<GridSweep> grid(List<Double> points) {
        if (parameter2 == null) {
            if (values2 != null) {
                throw new CliProblem("--values2 and --range2 go with --param2");
            }
            return Optional.empty();
        }
        if (values2 == null) {
            throw new CliProblem("--param2 needs its values: --values2 V,V,... or --range2 FROM:TO:STEP");
        }
        List<Double> second = values2.list != null ? SweepThreads.renamed("--values", "--values2", () -> parseList(values2.list))
                : SweepThreads.renamed("--range", "--range2", () -> parseRange(values2.range));
        return Optional.of(new GridSweep(parameter, points, parameter2, second));
    }

    private void print(OutputFormat shown, Hardware chip, TransformerModel model, List<Double> points, List<Result> results,
                       Optional<Facility> facility) {
        switch (shown) {
            case TABLE -> printTable(chip, model, points, results);
            case CSV -> printCsv(points, results, facility);
            case JSON -> printJson(chip, model, points, results, facility);
        }
    }

    static List<Double> parseList(List<String> texts) {
        if (texts.isEmpty()) {
            throw new CliProblem("--values needs at least one number, for example --values 1,2,4,8");
        }
        List<Double> out = new ArrayList<>();
        for (String t : texts) {
            out.add(number("--values", t));
        }
        if (out.size() > MAX_VALUES) {
            throw new CliProblem("--values has " + out.size() + " values, at most " + MAX_VALUES + " are allowed");
        }
        return out;
    }

    /** FROM:TO:STEP, both ends included; decimal arithmetic so 0.1 steps land on 0.3, not 0.30000000000000004. */
    static List<Double> parseRange(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new CliProblem("--range must look like FROM:TO:STEP (for example 1:8:1), got " + InputRules.quote(text));
        }
        BigDecimal from = decimal(parts[0]);
        BigDecimal to = decimal(parts[1]);
        BigDecimal step = decimal(parts[2]);
        if (step.signum() <= 0) {
            throw new CliProblem("--range step must be positive, got " + InputRules.quote(parts[2].strip()));
        }
        if (to.compareTo(from) < 0) {
            throw new CliProblem("--range must go upwards (FROM <= TO), got " + InputRules.quote(parts[0].strip()) + " to "
                    + InputRules.quote(parts[1].strip()));
        }
        BigDecimal count = to.subtract(from).divideToIntegralValue(step).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) > 0) {
            throw new CliProblem("--range " + InputRules.quote(text) + " gives " + count.toPlainString() + " values, at most "
                    + MAX_VALUES + " are allowed");
        }
        List<Double> out = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            out.add(v.doubleValue());
        }
        return out;
    }

    private static double number(String option, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CliProblem(option + ": " + InputRules.quote(text) + " is not a finite number");
        }
    }

    /** Range ends and steps: decimals between 1e-12 and 1e15 in size (or 0), so counting them stays quick. */
    static final int SMALLEST_EXPONENT = -12;
    static final int LARGEST_EXPONENT = 15;

    private static BigDecimal decimal(String text) {
        BigDecimal v;
        try {
            v = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new CliProblem("--range: " + InputRules.quote(text) + " is not a number");
        }
        // the position of the leading digit: 1e-9999999 is -9999999, and dividing by it takes minutes
        long magnitude = (long) v.precision() - v.scale() - 1;
        if (v.signum() != 0 && (magnitude < SMALLEST_EXPONENT || magnitude >= LARGEST_EXPONENT)) {
            throw new CliProblem("--range: " + InputRules.quote(text) + " is out of range (numbers from 1e" + SMALLEST_EXPONENT
                    + " to 1e" + LARGEST_EXPONENT + ")");
        }
        return v;
    }

    private void printTable(Hardware chip, TransformerModel model, List<Double> points, List<Result> results) {
        out().printf("%s on %s, sweeping %s%n%n", model.name(), chip.name(), parameter.id());
        List<String> headers = new ArrayList<>(List.of(">" + parameter.heading()));
        SummaryColumn.SWEEP.forEach(c -> headers.add(">" + c.title()));
        TextTable table = new TextTable(headers.toArray(String[]::new));
        List<String> misfits = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Result r = results.get(i);
            List<String> row = new ArrayList<>(List.of(Units.plain(points.get(i))));
            for (SummaryColumn c : SummaryColumn.SWEEP) {
                row.add(r.fits() || isFitColumn(c) ? c.text().apply(r) : "-");
            }
            table.row(row);
            if (!r.fits()) {
                misfits.add(parameter.id() + " " + Units.plain(points.get(i)) + ": " + Workbench.doesNotFit(r));
            }
        }
        out().print(table.render());
        misfits.forEach(m -> out().println("note: " + m));
        out().println("fidelity: " + results.get(0).fidelity().label());
    }

    private void printCsv(List<Double> points, List<Result> results, Optional<Facility> facility) {
        List<Object> header = new ArrayList<>(List.of(parameter.csvName()));
        SummaryColumn.SWEEP.forEach(c -> header.add(c.csvName()));
        header.addAll(WallPlug.csvHeader(facility));
        out().println(Csv.line(header));
        for (int i = 0; i < points.size(); i++) {
            Result r = results.get(i);
            List<Object> row = new ArrayList<>(List.of(Units.plain(points.get(i))));
            SummaryColumn.SWEEP.forEach(c -> row.add(r.fits() || isFitColumn(c) ? c.value().apply(r) : null));
            row.addAll(WallPlug.csvValues(facility, r));
            out().println(Csv.line(row));
        }
    }

    private void printJson(Hardware chip, TransformerModel model, List<Double> points, List<Result> results,
                           Optional<Facility> facility) {
        ResultJson json = new ResultJson();
        ObjectNode root = json.mapper().createObjectNode();
        root.put("hardware", chip.id());
        root.put("model", model.id());
        root.put("param", parameter.id());
        ArrayNode rows = root.putArray("rows");
        for (int i = 0; i < points.size(); i++) {
            ObjectNode row = json.of(results.get(i));
            EnergyJson.addWallPlug(row, facility, results.get(i));
            ResultJson.number(row, "value", points.get(i));
            rows.add(row);
        }
        out().println(json.write(root));
    }

    /** Chips, chips needed and fits stay visible on a row that does not fit; the speeds would be fiction. */
    private static boolean isFitColumn(SummaryColumn c) {
        return c.csvName().equals("chips") || c.csvName().equals("chips_needed") || c.csvName().equals("fits");
    }
}
