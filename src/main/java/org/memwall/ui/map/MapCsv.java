package org.memwall.ui.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.memwall.core.map.MapGrid;
import org.memwall.core.sim.Metrics;
import org.memwall.io.SafeFiles;

/**
 * The map's grid as CSV: one row per cell with its two axis values (in SI units: bytes/s, nm,
 * tokens, chips) and every metric, so a spreadsheet can redraw any of the map's views. Empty
 * fields where a cell has no figure.
 */
public final class MapCsv {
    private static final CsvMapper MAPPER = new CsvMapper();
    static final List<String> METRIC_COLUMNS = List.of("chips", "fits", "tokens_per_second_per_user", "tokens_per_second",
            "ttft_seconds", "joules_per_token", "cost_usd_per_token_per_second", "decode_bound");

    private MapCsv() {
    }

    /** The column of an axis: its name in lower case with underscores ("hbm_bandwidth"). */
    static String column(MapAxis axis) {
        return axis.name().toLowerCase(Locale.ROOT);
    }

    public static String text(MapModel.MapView view) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        schema.addColumn(column(view.x()), CsvSchema.ColumnType.NUMBER);
        schema.addColumn(column(view.y()), CsvSchema.ColumnType.NUMBER);
        METRIC_COLUMNS.forEach(schema::addColumn);
        MapGrid g = view.grid();
        List<List<Object>> rows = new ArrayList<>();
        for (int j = 0; j < g.rows(); j++) {
            for (int i = 0; i < g.columns(); i++) {
                List<Object> row = new ArrayList<>();
                row.add(g.x(i));
                row.add(g.y(j));
                Metrics m = g.cell(i, j).orElse(null);
                if (m == null) {
                    for (int k = 0; k < METRIC_COLUMNS.size(); k++) {
                        row.add("");
                    }
                } else {
                    boolean ok = m.fits();
                    row.add(m.chips());
                    row.add(m.fits());
                    row.add(ok ? m.tokensPerSecondPerUser() : "");
                    row.add(ok ? m.tokensPerSecond() : "");
                    row.add(ok ? m.timeToFirstTokenSeconds() : "");
                    row.add(ok ? m.joulesPerToken() : "");
                    row.add(ok && m.hasCost() ? m.costUsdPerTokenPerSecond() : "");
                    row.add(ok ? m.decodeBound().id() : "");
                }
                rows.add(row);
            }
        }
        try {
            return MAPPER.writer(schema.build()).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the CSV whole or not at all; an existing file is replaced only when {@code replace} says so. */
    public static void write(Path file, MapModel.MapView view, boolean replace) throws IOException {
        SafeFiles.write(file, replace ? SafeFiles.Overwrite.REPLACE : SafeFiles.Overwrite.REFUSE,
                text(view).getBytes(StandardCharsets.UTF_8));
    }
}
