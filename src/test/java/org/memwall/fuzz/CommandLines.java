package org.memwall.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.memwall.cli.Catalog;
import org.memwall.cli.MemwallCli;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Argument vectors for every subcommand and option the command line has, found in picocli's
 * {@link CommandSpec} rather than listed here, so a subcommand or option added later is fuzzed
 * without a change to this class. A vector starts, most of the time, from the subcommand's required
 * options with usable values (so the cases reach the simulation, not only the parser) and adds
 * options with values drawn by the option's type: usable ones, out of range, non-finite, huge,
 * negative, empty, repeated and Unicode.
 */
final class CommandLines {
    /**
     * Subcommands not fuzzed in process: {@code screenshot} starts the JavaFX toolkit and renders
     * for seconds; {@code calibrate} fits for tens of seconds and writes preset files (into
     * {@code ./presets} by default: the source tree, when run from it). Each has tests of its own.
     */
    static final List<String> NOT_IN_PROCESS = List.of("screenshot", "calibrate");

    private final List<CommandSpec> subcommands;
    private final List<String> ids;

    CommandLines(Catalog catalog) {
        CommandLine root = MemwallCli.commandLine(Fixtures.ENVIRONMENT);
        subcommands = new ArrayList<>();
        subcommands.add(root.getCommandSpec());
        root.getSubcommands().values().stream().map(CommandLine::getCommandSpec)
                .filter(s -> !NOT_IN_PROCESS.contains(s.name())).forEach(subcommands::add);
        ids = Stream.concat(catalog.hardware().stream().map(h -> h.id()), catalog.models().stream().map(m -> m.id())).toList();
    }

    /** The subcommands found, by name ("" for the root). */
    List<String> names() {
        return subcommands.stream().map(s -> s.parent() == null ? "" : s.name()).toList();
    }

    List<String> next(Random r) {
        CommandSpec spec = subcommands.get(r.nextInt(subcommands.size()));
        List<List<String>> groups = new ArrayList<>();
        boolean usable = r.nextDouble() < 0.8;
        for (OptionSpec o : spec.options()) {
            if (o.required() && (usable || r.nextDouble() < 0.5)) {
                groups.add(use(o, r, usable));
            }
        }
        // exclusive groups that need one member (sweep's --values or --range)
        spec.argGroups().forEach(g -> {
            if (g.multiplicity().min() > 0 && (usable || r.nextBoolean())) {
                List<OptionSpec> members = new ArrayList<>(g.options());
                groups.add(use(members.get(r.nextInt(members.size())), r, usable));
            }
        });
        List<OptionSpec> all = new ArrayList<>(spec.options());
        spec.argGroups().forEach(g -> all.addAll(g.options()));
        int extra = r.nextInt(5);
        for (int i = 0; i < extra && !all.isEmpty(); i++) {
            groups.add(use(all.get(r.nextInt(all.size())), r, r.nextDouble() < 0.5));
        }
        if (r.nextDouble() < 0.1) {
            groups.add(List.of(pick(r, HOSTILE_TOKENS)));
        }
        Collections.shuffle(groups, r);
        List<String> args = new ArrayList<>();
        if (spec.parent() != null) {
            args.add(r.nextDouble() < 0.03 ? spec.name().toUpperCase(Locale.ROOT) : spec.name());
        }
        groups.forEach(args::addAll);
        return args;
    }

    private List<String> use(OptionSpec o, Random r, boolean usable) {
        String name = o.names()[r.nextInt(o.names().length)];
        if (o.arity().max() == 0) {
            return List.of(name);
        }
        String value = value(o, r, usable);
        if (r.nextDouble() < 0.15 && name.startsWith("--")) {
            return List.of(name + "=" + value);
        }
        return List.of(name, value);
    }

    private String value(OptionSpec o, Random r, boolean usable) {
        Class<?> type = o.auxiliaryTypes().length > 0 && Collection.class.isAssignableFrom(o.type()) ? o.auxiliaryTypes()[0] : o.type();
        String split = o.splitRegex();
        if (!split.isEmpty() && r.nextDouble() < 0.6) {
            int n = 1 + r.nextInt(usable ? 3 : 6);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(single(o, type, r, usable));
            }
            return String.join(",", parts);
        }
        return single(o, type, r, usable);
    }

    private String single(OptionSpec o, Class<?> type, Random r, boolean usable) {
        if (!usable && r.nextDouble() < 0.25) {
            return pick(r, HOSTILE_TOKENS);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return usable ? Integer.toString(1 << r.nextInt(8)) : pick(r, INTEGERS);
        }
        if (type == Double.class || type == double.class) {
            return usable ? pick(r, USABLE_DOUBLES) : pick(r, DOUBLES);
        }
        if (Path.class.isAssignableFrom(type)) {
            return pick(r, Fixtures.paths());
        }
        List<String> candidates = candidates(o, type);
        if (o.paramLabel().contains(":")) {
            return range(r, usable);
        }
        if (!candidates.isEmpty() && (usable || r.nextDouble() < 0.5)) {
            return pick(r, candidates);
        }
        return usable || r.nextBoolean() ? pick(r, ids) : pick(r, HOSTILE_TOKENS);
    }

    /** Known values of an option: enum constants (as named and as command-line words), or picocli's candidates. */
    private static List<String> candidates(OptionSpec o, Class<?> type) {
        List<String> out = new ArrayList<>();
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                String n = ((Enum<?>) c).name().toLowerCase(Locale.ROOT);
                out.add(n);
                out.add(n.replace('_', '-'));
            }
        }
        if (o.completionCandidates() != null) {
            o.completionCandidates().forEach(out::add);
        }
        return out;
    }

    private static String range(Random r, boolean usable) {
        if (usable) {
            int from = r.nextInt(8) + 1;
            return from + ":" + (from + r.nextInt(64)) + ":" + (1 + r.nextInt(8));
        }
        return pick(r, DOUBLES) + ":" + pick(r, DOUBLES) + ":" + pick(r, DOUBLES);
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static final List<String> INTEGERS = List.of("0", "-1", "1", "2", "7", "255", "1024", "65536", "2147483647", "2147483648",
            "-2147483648", "99999999999999999999", "1e3", "0x10", "1.5", "", " 8", "٣", "+4", "1_000");
    static final List<String> USABLE_DOUBLES = List.of("0.5", "1", "2", "3.35", "4.8", "7", "12", "16", "28", "100");
    static final List<String> DOUBLES = List.of("0", "-0", "-1", "1e-310", "4.9e-324", "1e-12", "0.001", "1e6", "1e15", "1e308",
            "1.7976931348623157e308", "1e400", "-1e400", "NaN", "nan", "Infinity", "-Infinity", "+Infinity", "1e9999999",
            "1e-9999999", "0x1p3", "1,5", "", "   ", "1e", "e5", "3.35TB", "１", "1d", "1f");
    static final List<String> HOSTILE_TOKENS = List.of("", " ", "-", "--", "---", "--presets", "--help", "-V", "@/dev/zero",
            "@", "@@x", "@/tmp", "芯片", "h100-sxm\u202e", "é", "\u0000", "a\nb", "\t", "'", "\"", "\\", "../../x", "/dev/null",
            "${DEFAULT-VALUE}", "%s%n%d", "x".repeat(10_000), "-1", "NaN", "null", "true", "h100-sxm,h100-sxm,h100-sxm,h100-sxm",
            "llama-2-70b", "H100-SXM", " h100-sxm ");
}
