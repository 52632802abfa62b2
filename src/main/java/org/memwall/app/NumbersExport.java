package org.memwall.app;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.memwall.cli.CompareCommand;
import org.memwall.core.sim.Result;
import org.memwall.ui.export.ResultsExport;
import org.memwall.ui.export.ShownState;

/**
 * The window's "Export numbers": the command line's {@code compare --format csv|json}, with the
 * settings they were made at. The CSV gets one column per setting after the command line's
 * columns (the same on each chip's line but for the chip's own stack and chips); the JSON gets the
 * scenario's id, its step and the settings beside the results.
 */
final class NumbersExport implements ResultsExport {
    /** Quotes only cells that need it, like the command line's CSV (by default Jackson quotes every long cell). */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String render(List<Result> results, Format format, ShownState shown) {
        try {
            return switch (format) {
                case CSV -> csv(results, shown);
                case JSON -> json(results, shown);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(List<Result> results, ShownState shown) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(CompareCommand.csv(results))) {
            while (lines.hasNext()) {
                rows.add(new ArrayList<>(List.of(lines.next())));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> columns = shown.settingsColumns(results.get(Math.max(0, i - 1)));
            if (i == 0) {
                rows.get(0).addAll(columns.keySet());
            } else {
                List<String> row = rows.get(i);
                columns.values().forEach(v -> row.add(String.valueOf(v)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(CSV.writeValueAsString(row.toArray(String[]::new)));
        }
        return out.toString();
    }

    private static String json(List<Result> results, ShownState shown) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(CompareCommand.json(results.get(0).scenario().workload().model(), results));
        if (shown.scenarioId().isPresent()) {
            root.put("scenario", shown.scenarioId().get());
        } else {
            root.putNull("scenario");
        }
        root.put("scenario_changed", shown.scenarioId().isPresent() && shown.scenarioChanged());
        if (shown.step().isPresent()) {
            root.put("step", shown.step().getAsInt());
        } else {
            root.putNull("step");
        }
        ObjectNode settings = root.putObject("settings");
        shown.settingsColumns(results.get(0)).forEach((k, v) -> settings.putPOJO(k, v));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
    }
}
