package org.memwall.presets;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.stack.ServingStack;
import org.memwall.io.SafeFiles;

/**
 * Writes what calibration found back into preset files: the fitted figures and the runs they came
 * from into {@code stacks/<id>.json} (every other field, note and source kept as it was), and the
 * cross-validated fidelity into {@code fidelity.json}. A stack file missing from the folder starts
 * from the built-in one.
 */
public final class CalibrationWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CalibrationWriter() {
    }

    /** A fitted figure: its field path in the preset and its value. */
    public record FittedValue(String field, double value) {
    }

    /** One row of the fidelity table. */
    public record FidelityRow(String familyId, String stack, Fidelity crossValidated, double inSampleMedianFraction) {
    }

    /** Updates {@code dir/stacks/<id>.json}; returns the file written. */
    public static Path writeStack(Path dir, ServingStack fitted, List<FittedValue> values) throws IOException {
        Path file = dir.resolve("stacks").resolve(fitted.id() + ".json");
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8)
                : PresetLoader.readResource(PresetLoader.CLASSPATH_ROOT + "stacks/" + fitted.id() + ".json")
                        .orElseThrow(() -> new IOException("no preset file for stack " + fitted.id() + " in " + dir + " or built in"));
        ObjectNode root = (ObjectNode) MAPPER.readTree(text);
        for (FittedValue v : values) {
            set(root, v.field(), round(v.value()));
        }
        ObjectNode calibration = root.has("calibration") ? (ObjectNode) root.get("calibration") : root.putObject("calibration");
        ArrayNode ids = MAPPER.createArrayNode();
        fitted.calibration().fittedTo().forEach(ids::add);
        calibration.set("fittedTo", ids);
        Files.createDirectories(file.getParent());
        SafeFiles.write(file, SafeFiles.Overwrite.REPLACE, pretty(root));
        return file;
    }

    /** The energy runs' row of the fidelity table: cross-validated and in-sample medians over them. */
    public record EnergyFidelityRow(Fidelity crossValidated, double inSampleMedianFraction, String withinThirtyPercent) {
    }

    /** Updates {@code dir/power.json} with the fitted family figures and the runs they came from; returns the file. */
    public static Path writePower(Path dir, List<FittedValue> values, List<String> fittedTo) throws IOException {
        Path file = dir.resolve(PresetLoader.POWER);
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8)
                : PresetLoader.readResource(PresetLoader.CLASSPATH_ROOT + PresetLoader.POWER)
                        .orElseThrow(() -> new IOException("no " + PresetLoader.POWER + " in " + dir + " or built in"));
        ObjectNode root = (ObjectNode) MAPPER.readTree(text);
        for (FittedValue v : values) {
            set(root, v.field(), round(v.value()));
        }
        ObjectNode calibration = root.has("calibration") ? (ObjectNode) root.get("calibration") : root.putObject("calibration");
        ArrayNode ids = MAPPER.createArrayNode();
        fittedTo.forEach(ids::add);
        calibration.set("fittedTo", ids);
        Files.createDirectories(dir);
        SafeFiles.write(file, SafeFiles.Overwrite.REPLACE, pretty(root));
        return file;
    }

    /** Writes {@code dir/fidelity.json}; returns the file written. */
    public static Path writeFidelity(Path dir, List<FidelityRow> rows, FidelityRow overall, String within, String method,
                                     java.util.Map<String, Double> crossValidatedByRun) throws IOException {
        return writeFidelity(dir, rows, overall, within, method, crossValidatedByRun, java.util.Optional.empty());
    }

    /** Writes {@code dir/fidelity.json}, with the energy runs' row when given; returns the file written. */
    public static Path writeFidelity(Path dir, List<FidelityRow> rows, FidelityRow overall, String within, String method,
                                     java.util.Map<String, Double> crossValidatedByRun,
                                     java.util.Optional<EnergyFidelityRow> energy) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("method", method);
        ObjectNode all = root.putObject("overall");
        all.put("crossValidatedMedianErrorPercent", round(overall.crossValidated().medianErrorPercent().orElse(0)));
        all.put("runs", overall.crossValidated().runs());
        all.put("inSampleMedianErrorPercent", round(overall.inSampleMedianFraction() * 100));
        all.put("withinTwentyFivePercent", within);
        ArrayNode groups = root.putArray("groups");
        for (FidelityRow r : rows) {
            ObjectNode g = groups.addObject();
            g.put("family", r.familyId());
            g.put("stack", r.stack());
            g.put("crossValidatedMedianErrorPercent", round(r.crossValidated().medianErrorPercent().orElse(0)));
            g.put("runs", r.crossValidated().runs());
            g.put("inSampleMedianErrorPercent", round(r.inSampleMedianFraction() * 100));
        }
        ArrayNode runs = root.putArray("runs");
        crossValidatedByRun.forEach((id, v) -> {
            ObjectNode r = runs.addObject();
            r.put("id", id);
            r.put("crossValidatedPredicted", round(v));
        });
        energy.ifPresent(e -> {
            ObjectNode n = root.putObject("energy");
            n.put("crossValidatedMedianErrorPercent", round(e.crossValidated().medianErrorPercent().orElse(0)));
            n.put("runs", e.crossValidated().runs());
            n.put("inSampleMedianErrorPercent", round(e.inSampleMedianFraction() * 100));
            n.put("withinThirtyPercent", e.withinThirtyPercent());
        });
        ObjectNode notes = root.putObject("notes");
        notes.put("general", "Written by 'memwall-explorer calibrate' from measurements.csv: per family and serving stack, the median"
                + " |predicted - published| / published over the runs, each predicted with its source left out of the fit."
                + " Rerun calibrate after changing a preset or the measurements; a test checks this file is current.");
        ArrayNode sources = root.putArray("sources");
        ObjectNode s = sources.addObject();
        s.put("id", "calibrate");
        s.put("title", "Computed by 'memwall-explorer calibrate' (leave-one-source-out cross-validation over measurements.csv)");
        s.putArray("covers").add("groups").add("overall").add("runs");
        if (energy.isPresent()) {
            notes.put("energy", "energy per output token over energy.csv: each run predicted with its source left out of the fit of"
                    + " the family power figures (power.json)");
            s.withArray("covers").add("energy");
        }
        Path file = dir.resolve(PresetLoader.FIDELITY);
        Files.createDirectories(dir);
        SafeFiles.write(file, SafeFiles.Overwrite.REPLACE, pretty(root));
        return file;
    }

    private static void set(ObjectNode root, String path, double value) throws IOException {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (child == null || !child.isObject()) {
                throw new IOException("the stack preset has no object '" + parts[i] + "' for " + path);
            }
            node = (ObjectNode) child;
        }
        node.put(parts[parts.length - 1], value);
    }

    /** Four significant digits: enough for a fitted figure, and stable from one run to the next. */
    static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    private static byte[] pretty(JsonNode root) throws IOException {
        // two-space indents and "key": value, as the presets are written by hand
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String text = MAPPER.writer(printer).writeValueAsString(root);
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
