package org.memwall.ui.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.memwall.core.model.Workload;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.Units;
import org.memwall.ui.model.ExplorerSettings;

/**
 * What an export shows, so a picture or a numbers file can say how it was made: the chips with
 * their serving software, the model and formats, every slider, the guided scenario and its step,
 * the chart in front, the time within the step, the program's version and when it was made. PNG
 * text chunks, the SVG's description, the GIF's comment and the CSV's settings columns all come
 * from here, and so does the file name an export dialog suggests.
 *
 * @param results        the results on screen, main chip first
 * @param scenarioId     the guided scenario on screen, if any
 * @param scenarioChanged whether a setting was moved away from the scenario's
 * @param step           the scenario's step on screen (1-based), where scenarios have steps
 * @param chart          id of the chart in front below the canvas ("" when none)
 * @param shownAtSeconds simulated time within the step the picture shows
 */
public record ShownState(
        ExplorerSettings settings,
        List<Result> results,
        Optional<String> scenarioId,
        boolean scenarioChanged,
        OptionalInt step,
        String chart,
        double shownAtSeconds,
        String version,
        Instant time) {

    public ShownState {
        Objects.requireNonNull(settings, "settings");
        results = List.copyOf(results);
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(time, "time");
    }

    /** The program's version from the jar's manifest ("development build" when run from the sources). */
    public static String programVersion() {
        String v = ShownState.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** The ids of the chips shown, main chip first. */
    public List<String> chipIds() {
        List<String> ids = new ArrayList<>();
        ids.add(settings.hardwareId());
        ids.addAll(settings.compareIds());
        return ids;
    }

    /**
     * A file name from what is shown: {@code h100-sxm-vs-groq-lpu_llama-2-70b}, with the scenario's
     * id in front while it is shown unchanged and {@code what} after ("roofline", "canvas").
     */
    public String fileStem(String what) {
        List<String> parts = new ArrayList<>();
        scenarioId.filter(id -> !scenarioChanged).ifPresent(parts::add);
        parts.add(String.join("-vs-", chipIds()));
        parts.add(settings.modelId());
        if (what != null && !what.isBlank()) {
            parts.add(what);
        }
        return parts.stream().map(ShownState::safe).collect(Collectors.joining("_"));
    }

    /** Letters, digits, dots and dashes only: a preset id can hold anything a file name cannot. */
    static String safe(String part) {
        String s = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.\\-]+", "-").replaceAll("-{2,}", "-");
        s = s.replaceAll("^[-.]+|[-.]+$", "");
        return s.isEmpty() ? "x" : s;
    }

    /**
     * The settings as text entries, keyword to value, in the order a reader lists them: PNG's
     * standard keywords (Title, Software, Creation Time, Description, Source) and one per setting.
     */
    public Map<String, String> textEntries() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("Title", title());
        t.put("Software", "Memory Wall Explorer " + version);
        t.put("Creation Time", DateTimeFormatter.RFC_1123_DATE_TIME.format(time.atOffset(ZoneOffset.UTC)));
        t.put("Description", description());
        t.put("Source", "memwall-explorer screenshot " + String.join(" ", commandLine()));
        t.put("memwall.chips", chipsText());
        t.put("memwall.model", settings.modelId());
        t.put("memwall.formats", formatsText());
        t.put("memwall.stack", stacksText());
        t.put("memwall.sliders", slidersText());
        t.put("memwall.scenario", scenarioId.map(id -> id + (scenarioChanged ? " (changed)" : "")).orElse("none"));
        t.put("memwall.step", step.isPresent() ? Integer.toString(step.getAsInt()) : "none");
        t.put("memwall.chart", chart.isEmpty() ? "none" : chart);
        t.put("memwall.time", Units.seconds(shownAtSeconds) + " into the step");
        t.put("memwall.version", version);
        return t;
    }

    public String title() {
        String chips = results.isEmpty() ? String.join(" vs ", chipIds())
                : results.stream().map(r -> r.hardware().name()).collect(Collectors.joining(" vs "));
        String model = results.isEmpty() ? settings.modelId() : results.get(0).scenario().workload().model().name();
        return "Memory Wall Explorer: " + chips + " on " + model;
    }

    /** One line a slide's notes can carry. */
    public String description() {
        return title() + "; " + formatsText() + "; " + slidersText()
                + scenarioId.map(id -> "; scenario " + id + (scenarioChanged ? " (changed)" : "")).orElse("");
    }

    public String chipsText() {
        if (results.isEmpty()) {
            return String.join(", ", chipIds());
        }
        return results.stream().map(r -> r.hardware().id() + " (" + r.scenario().stack().id() + ", " + r.chips()
                + (r.chips() == 1 ? " chip" : " chips") + ")").collect(Collectors.joining(", "));
    }

    public String formatsText() {
        if (results.isEmpty()) {
            return "weights " + settings.weightPrecision().id();
        }
        Workload w = results.get(0).scenario().workload();
        return "weights " + w.weightPrecision().id() + ", compute " + w.computePrecision().id() + ", KV cache "
                + w.kvPrecision().id();
    }

    public String stacksText() {
        return results.isEmpty() ? settings.stackId().orElse("usual")
                : results.stream().map(r -> r.scenario().stack().id()).distinct().collect(Collectors.joining(", "));
    }

    public String slidersText() {
        List<String> parts = new ArrayList<>();
        parts.add("batch " + settings.batch());
        parts.add("prompt " + settings.promptTokens() + " + output " + settings.generatedTokens() + " tokens");
        settings.processNodeNm().ifPresent(nm -> parts.add(String.format(Locale.ROOT, "node %.0f nm", nm)));
        settings.hbmBandwidthBytesPerSecond().ifPresent(b -> parts.add("HBM " + Units.bytesPerSecond(b)));
        settings.sramBandwidthBytesPerSecond().ifPresent(b -> parts.add("SRAM " + Units.bytesPerSecond(b)));
        parts.add("chips " + (settings.chips() == 0 ? "auto" : Integer.toString(settings.chips())));
        if (settings.concurrentStreams() != 1) {
            parts.add("streams " + settings.concurrentStreams());
        }
        return String.join(", ", parts);
    }

    /** The screenshot command's options that show the same settings again. */
    public List<String> commandLine() {
        List<String> args = new ArrayList<>();
        scenarioId.ifPresent(id -> args.addAll(List.of("--scenario", id)));
        args.addAll(List.of("--hardware", settings.hardwareId()));
        args.addAll(List.of("--compare", settings.compareIds().isEmpty() ? "none" : String.join(",", settings.compareIds())));
        args.addAll(List.of("--model", settings.modelId(), "--precision", settings.weightPrecision().id()));
        args.addAll(List.of("--batch", Integer.toString(settings.batch())));
        args.addAll(List.of("--prompt", Integer.toString(settings.promptTokens()),
                "--output", Integer.toString(settings.generatedTokens())));
        settings.processNodeNm().ifPresent(nm -> args.addAll(List.of("--node", number(nm))));
        settings.hbmBandwidthBytesPerSecond().ifPresent(b -> args.addAll(List.of("--hbm-bandwidth", number(b / 1e12))));
        settings.sramBandwidthBytesPerSecond().ifPresent(b -> args.addAll(List.of("--sram-bandwidth", number(b / 1e12))));
        if (settings.chips() > 0) {
            args.addAll(List.of("--chips", Integer.toString(settings.chips())));
        }
        settings.stackId().ifPresent(id -> args.addAll(List.of("--stack", id)));
        if (!chart.isEmpty()) {
            args.addAll(List.of("--chart", chart));
        }
        return args;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** The settings as CSV columns (name to value), the same on every line of a numbers file. */
    public Map<String, Object> settingsColumns(Result r) {
        Map<String, Object> c = new LinkedHashMap<>();
        Workload w = r.scenario().workload();
        c.put("scenario", scenarioId.orElse(""));
        c.put("scenario_changed", scenarioId.isPresent() && scenarioChanged);
        c.put("stack", r.scenario().stack().id());
        c.put("weights_precision", w.weightPrecision().id());
        c.put("compute_precision", w.computePrecision().id());
        c.put("kv_precision", w.kvPrecision().id());
        c.put("batch", w.batch());
        c.put("prompt_tokens", w.promptTokens());
        c.put("output_tokens", w.outputTokens());
        c.put("concurrent_streams", w.concurrentStreams());
        c.put("chips_asked", r.scenario().chips() == 0 ? "auto" : Integer.toString(r.scenario().chips()));
        c.put("process_node_nm", optional(r.scenario().processNodeNm()));
        c.put("hbm_bandwidth_bytes_per_second", optional(r.scenario().dramBandwidthBytesPerSecond()));
        c.put("sram_bandwidth_bytes_per_second", optional(r.scenario().sramBandwidthBytesPerSecond()));
        c.put("program_version", version);
        c.put("exported_at", time.toString());
        return c;
    }

    private static Object optional(OptionalDouble v) {
        return v.isPresent() ? (Object) v.getAsDouble() : "";
    }
}
