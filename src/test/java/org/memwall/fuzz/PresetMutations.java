package org.memwall.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.memwall.presets.PresetLoader;

/**
 * A shipped preset, mutated: fields deleted, retyped or nulled; numbers made NaN, infinite,
 * negative, zero, 1e308 or subnormal; huge lists and deep nesting; duplicate keys, a BOM,
 * truncation, Latin-1; ids with path characters or colliding with other shipped ones; scenarios
 * naming missing chips or models; heads that do not divide the hidden size; more active experts
 * than experts; process nodes out of order or twice. One to three mutations per case.
 */
final class PresetMutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One shipped preset: where it goes in a preset folder, its id, its text. */
    record Shipped(String relative, String id, String text) {
        String folder() {
            return relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        }
    }

    /** The mutated file: where it goes, and its bytes; {@code steps} says what was done. */
    record Mutant(String relative, byte[] bytes, List<String> steps) {
    }

    static final List<Shipped> SHIPPED = PresetLoader.builtInIndex().stream().filter(f -> f.endsWith(".json")).map(f -> {
        String text = new String(read("/presets/" + f), StandardCharsets.UTF_8);
        String stem = f.substring(f.lastIndexOf('/') + 1, f.length() - ".json".length());
        return new Shipped(f, stem, text);
    }).toList();

    private static byte[] read(String resource) {
        try (var in = PresetLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> IDS = SHIPPED.stream().map(Shipped::id).toList();

    static Mutant next(Random r) {
        Shipped base = SHIPPED.get(r.nextInt(SHIPPED.size()));
        List<String> steps = new ArrayList<>();
        JsonNode tree;
        try {
            tree = JSON.readTree(base.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int mutations = 1 + r.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            tree = mutateTree(tree, r, steps, base);
        }
        String text;
        try {
            text = r.nextBoolean() ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) : JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = r.nextDouble() < 0.35 ? mutateText(text, r, steps) : text.getBytes(StandardCharsets.UTF_8);
        String relative = base.relative();
        if (!base.folder().isEmpty() && tree.isObject() && tree.get("id") != null && tree.get("id").isTextual()
                && r.nextDouble() < 0.7) {
            String id = tree.get("id").asText();
            // an id that names no file keeps the shipped name (the loader reports the mismatch)
            if (!id.isEmpty() && id.length() < 100 && id.matches("[^/\\\\\\u0000]+") && !id.equals(".") && !id.equals("..")) {
                relative = base.folder() + "/" + id + ".json";
            }
        }
        return new Mutant(relative, bytes, steps);
    }

    private static JsonNode mutateTree(JsonNode root, Random r, List<String> steps, Shipped base) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", null, null, -1, slots);
        // a third of the steps scale a number, so more mutants load and reach the simulation
        int kind = r.nextDouble() < 0.3 ? 8 : r.nextInt(12);
        if (kind == 0 && root.isObject() && root.has("id")) {
            String id = pick(r, List.of("../etc/passwd", "a/b", "a\\b", "", " ", "x".repeat(300), "芯片-1", "CON", ".", "..",
                    "h100-sxm", "llama-2-7b", "default", "id with space", "\u0000", pick(r, IDS)));
            ((ObjectNode) root).put("id", id);
            steps.add("id=" + id);
            return root;
        }
        if (kind == 1 && root.isObject() && base.folder().equals("scenarios")) {
            String field = pick(r, List.of("hardware", "model"));
            ((ObjectNode) root).put(field, pick(r, List.of("no-such-chip", "", "h100-sxm", "llama-2-7b", "x".repeat(70))));
            steps.add("scenario " + field);
            return root;
        }
        if (kind == 2 && root.isObject() && base.folder().equals("models")) {
            ObjectNode m = (ObjectNode) root;
            switch (r.nextInt(3)) {
                case 0 -> m.put("attentionHeads", m.path("hiddenSize").asInt() / 2 + 1);
                case 1 -> m.put("expertsPerToken", m.path("experts").asInt() + 1 + r.nextInt(4));
                default -> m.put("kvHeads", m.path("attentionHeads").asInt() + 1);
            }
            steps.add("model shape");
            return root;
        }
        if (kind == 3 && root.isObject() && root.get("nodes") instanceof ArrayNode nodes && nodes.size() > 1) {
            int a = r.nextInt(nodes.size());
            int b = r.nextInt(nodes.size());
            if (r.nextBoolean()) {
                ((ObjectNode) nodes.get(a)).set("nm", nodes.get(b).get("nm"));
                steps.add("duplicate node");
            } else {
                JsonNode x = nodes.get(a);
                nodes.set(a, nodes.get(b));
                nodes.set(b, x);
                steps.add("unsorted nodes");
            }
            return root;
        }
        if (slots.isEmpty()) {
            return root;
        }
        Slot slot = slots.get(r.nextInt(slots.size()));
        JsonNode replacement;
        switch (kind) {
            case 4 -> {
                slot.remove();
                steps.add("delete " + slot.path);
                return root;
            }
            case 5 -> replacement = NODES.nullNode();
            case 6 -> replacement = retyped(slot.value, r);
            case 7 -> replacement = slot.value.isNumber() || r.nextBoolean() ? number(r) : slot.value;
            case 8 -> replacement = slot.value.isNumber()
                    // plausible but extreme: a thousand or a million times larger or smaller, which often still loads
                    ? NODES.numberNode(slot.value.asDouble() * Math.pow(10, pick(r, List.of(-6, -3, -1, 1, 3, 6))))
                    : number(r);
            case 9 -> {
                ArrayNode huge = NODES.arrayNode();
                int n = pick(r, List.of(10, 1000, 50_000));
                for (int i = 0; i < n; i++) {
                    huge.add(r.nextBoolean() ? NODES.numberNode(i) : NODES.textNode("x" + i));
                }
                replacement = huge;
            }
            case 10 -> {
                JsonNode deep = slot.value;
                int depth = pick(r, List.of(5, 31, 40, 200));
                for (int i = 0; i < depth; i++) {
                    deep = r.nextBoolean() ? NODES.arrayNode().add(deep) : NODES.objectNode().set("x", deep);
                }
                replacement = deep;
            }
            default -> replacement = NODES.textNode(pick(r, List.of("", " ", "NaN", "1e308", "芯片", "\u202e", "x".repeat(70_000))));
        }
        slot.set(replacement);
        steps.add("set " + slot.path + " " + describe(replacement));
        return root;
    }

    private static JsonNode retyped(JsonNode v, Random r) {
        if (v.isNumber()) {
            return r.nextBoolean() ? NODES.textNode(v.asText()) : NODES.booleanNode(true);
        }
        if (v.isTextual()) {
            return r.nextBoolean() ? NODES.numberNode(7) : NODES.arrayNode().add(v);
        }
        if (v.isObject()) {
            return NODES.arrayNode().add(v);
        }
        if (v.isArray()) {
            return NODES.objectNode();
        }
        return NODES.textNode(v.toString());
    }

    private static JsonNode number(Random r) {
        return switch (r.nextInt(14)) {
            case 0 -> NODES.numberNode(-1);
            case 1 -> NODES.numberNode(0);
            case 2 -> NODES.numberNode(1e308);
            case 3 -> NODES.numberNode(1e-320);
            case 4 -> NODES.numberNode(Double.MIN_VALUE);
            case 5 -> NODES.numberNode(2147483648L);
            case 6 -> NODES.numberNode(Long.MAX_VALUE);
            case 7 -> NODES.numberNode(new java.math.BigInteger("9".repeat(60)));
            case 8 -> NODES.numberNode(0.5);
            case 9 -> NODES.numberNode(1e-30);
            case 10 -> NODES.numberNode(1e30);
            case 11 -> NODES.numberNode(-0.0);
            case 12 -> NODES.numberNode(r.nextInt(100_000));
            default -> NODES.numberNode(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
        };
    }

    /** Text-level damage the tree cannot express. */
    private static byte[] mutateText(String text, Random r, List<String> steps) {
        switch (r.nextInt(10)) {
            case 0 -> {
                steps.add("BOM");
                return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                steps.add("truncated");
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 2 -> {
                steps.add("Latin-1");
                return text.replaceFirst("\"name\"\\s*:\\s*\"", "$0Grüße ").getBytes(StandardCharsets.ISO_8859_1);
            }
            case 3 -> {
                steps.add("duplicate key");
                int brace = text.indexOf('{');
                return (text.substring(0, brace + 1) + "\"id\": \"dup\"," + text.substring(brace + 1)).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                steps.add("NaN literal");
                return text.replaceFirst(":\\s*[0-9][0-9.eE+-]*", ": " + pick(r, List.of("NaN", "Infinity", "-Infinity", "1e99999", "0x10", "01")))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> {
                steps.add("flipped byte");
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                return b;
            }
            case 6 -> {
                steps.add("CRLF and trailing garbage");
                return (text.replace("\n", "\r\n") + pick(r, List.of("", "}", " x", "\u0000", "\n{}"))).getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> {
                steps.add("empty");
                return pick(r, List.of("", " ", "\n", "null", "[]", "\"text\"", "0")).getBytes(StandardCharsets.UTF_8);
            }
            case 8 -> {
                steps.add("comments");
                return ("// a comment\n" + text).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                steps.add("large");
                StringBuilder s = new StringBuilder(text.substring(0, text.lastIndexOf('}')));
                s.append(", \"padding\": \"");
                int n = pick(r, List.of(1000, 1_100_000));
                s.append("y".repeat(n)).append("\"}");
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** A place in the tree that holds a value: an object's field or a list's element. */
    private record Slot(String path, JsonNode value, JsonNode parent, String field, int index) {
        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(field, v);
            } else if (parent instanceof ArrayNode a) {
                a.set(index, v);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else if (parent instanceof ArrayNode a) {
                a.remove(index);
            }
        }
    }

    private static void collect(JsonNode node, String path, JsonNode parent, String field, int index, List<Slot> out) {
        if (parent != null) {
            out.add(new Slot(path, node, parent, field, index));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), node, e.getKey(), -1, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", node, null, i, out);
            }
        }
    }

    private static String describe(JsonNode v) {
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
