package org.memwall.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.memwall.cli.CliEnvironment;
import org.memwall.cli.MemwallCli;

/**
 * One in-process run of the command line through its picocli entry point, with captured streams,
 * and the properties every run must have: exit 0 with finite, non-negative figures, or exit 2
 * with one line on stderr that names an option, a value given or a file; never a stack trace,
 * "internal error", another exit code, a hang or a huge allocation.
 */
record CliOutcome(List<String> args, int code, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    /** Words that mean a fault of ours, whatever the user typed (unless the user typed them). */
    private static final List<String> FAULTS = List.of("internal error", "Exception", "\tat ", "Caused by", "java.lang.");
    /**
     * Fields that may be null in JSON: no price known, no fidelity measured. Any other null is a
     * figure that was not finite ({@code ResultJson} writes those as null).
     */
    private static final Set<String> MAY_BE_NULL = Set.of("hardwareCostUsd", "costUsdPerTokenPerSecond", "medianError",
            "medianErrorPercent");

    static FuzzCase.Ran<CliOutcome> run(CliEnvironment env, List<String> args) {
        return FuzzCase.run(shown(args), () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            // what a library prints on the process's own stderr is part of the answer a user sees
            java.io.PrintStream before = System.err;
            java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
            System.setErr(new java.io.PrintStream(stray, true, java.nio.charset.StandardCharsets.UTF_8));
            int code;
            try {
                code = MemwallCli.execute(env, new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
            } finally {
                System.setErr(before);
            }
            return new CliOutcome(args, code, out.toString(), stray.toString(java.nio.charset.StandardCharsets.UTF_8) + err);
        });
    }

    static String shown(List<String> args) {
        String s = String.join(" ", args.stream().map(a -> a.length() > 80 ? a.substring(0, 80) + "...(" + a.length() + ")" : a)
                .map(a -> "'" + a.replace("\n", "\\n") + "'").toList());
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }

    /** The outcome's name for the tally. */
    String kind() {
        return code == 0 ? "exit 0" : "exit " + code;
    }

    /** Checks the properties. */
    void check() {
        check("");
    }

    /**
     * Checks the properties; {@code written} is text the case put in files (a preset naming a
     * memory level "NaN" may see it printed), {@code files} paths a message may name instead of an argument.
     */
    void check(String written, Path... files) {
        String what = shown(args) + "\nexit " + code + "\nstdout:\n" + clip(out) + "\nstderr:\n" + clip(err);
        String typed = String.join(" ", args) + written;
        for (String fault : FAULTS) {
            if (!typed.contains(fault)) {
                require(!out.contains(fault) && !err.contains(fault), "a fault (" + fault.strip() + ") in the output", what);
            }
        }
        require(code == 0 || code == MemwallCli.EXIT_USAGE, "exit 0 or 2", what);
        if (code == 0) {
            finiteFigures(what, typed);
            return;
        }
        List<String> lines = err.strip().lines().toList();
        require(lines.size() == 1 && !lines.get(0).isBlank(), "one line on stderr", what);
        require(out.isEmpty(), "nothing on stdout", what);
        require(err.length() < 1200, "a short line", what);
        require(namesSomething(lines.get(0), files), "the line names an option, a value given or the file", what);
    }

    private boolean namesSomething(String line, Path... files) {
        if (line.contains("--") || line.contains("'")) {
            return true;
        }
        for (String a : args) {
            String flat = a.replaceAll("\\p{Cntrl}", "?").strip();
            String head = flat.length() > 12 ? flat.substring(0, 12) : flat;
            if (head.length() >= 2 && line.contains(head)) {
                return true;
            }
        }
        for (Path f : files) {
            if (line.contains(f.getFileName().toString())) {
                return true;
            }
        }
        return false;
    }

    private void finiteFigures(String what, String typed) {
        for (String bad : List.of("NaN", "Infinity", "∞")) {
            if (!typed.contains(bad)) {
                require(!out.contains(bad), "no '" + bad + "' in the output", what);
            }
        }
        Matcher m = NUMBER.matcher(out);
        while (m.find()) {
            require(m.group().length() <= 40, "no number of " + m.group().length() + " characters", what);
        }
        Optional<JsonNode> json = json();
        json.ifPresent(root -> walk(root, "", what));
    }

    private Optional<JsonNode> json() {
        String text = out.strip();
        if (!text.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(text));
        } catch (IOException e) {
            throw new AssertionError("--format json printed text that is not JSON (" + e.getMessage() + "):\n" + clip(out));
        }
    }

    private static void walk(JsonNode node, String name, String what) {
        if (node.isNumber()) {
            double v = node.asDouble();
            require(Double.isFinite(v), name + " finite", what);
            require(v >= 0 || name.toLowerCase().contains("error") || name.equals("value"), name + " not negative: " + v, what);
        } else if (node.isNull()) {
            require(MAY_BE_NULL.contains(name), name + " is null", what);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walk(e.getValue(), e.getKey(), what);
            }
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, name, what));
        }
    }

    private static void require(boolean ok, String property, String what) {
        if (!ok) {
            throw new AssertionError("expected " + property + ", for\n" + what);
        }
    }

    private static String clip(String s) {
        return s.length() > 3000 ? s.substring(0, 3000) + "\n...(" + s.length() + " characters)" : s;
    }
}
