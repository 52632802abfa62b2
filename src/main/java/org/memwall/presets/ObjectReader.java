package org.memwall.presets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the fields of one JSON object by name, checking type and range, and remembers which fields
 * were read so that {@link #finish()} can report the ones nobody expected (a typo in a field name
 * would otherwise silently drop a value). A missing or wrong field becomes a problem in the file's
 * context and a harmless placeholder is returned, so one pass reports every problem in the file.
 */
final class ObjectReader {
    private final FileContext context;
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    ObjectReader(FileContext context, JsonNode node, String path) {
        this.context = context;
        this.node = node;
        this.path = path;
        if (!node.isObject()) {
            context.problem(path, "must be an object {...}, got " + describe(node));
        }
    }

    String path() {
        return path;
    }

    JsonNode node() {
        return node;
    }

    FileContext context() {
        return context;
    }

    String pathOf(String name) {
        return LocatedJson.child(path, name);
    }

    private Optional<JsonNode> field(String name, boolean required) {
        read.add(name);
        JsonNode value = node.isObject() ? node.get(name) : null;
        if (value == null || value.isNull()) {
            if (required && node.isObject()) {
                context.problem(path, "missing field '" + name + "'");
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    String text(String name) {
        return optText(name, true).orElse("");
    }

    Optional<String> optText(String name) {
        return optText(name, false);
    }

    private Optional<String> optText(String name, boolean required) {
        Optional<JsonNode> value = field(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isTextual() || value.get().asText().isBlank()) {
            context.problem(pathOf(name), "must be non-empty text, got " + describe(value.get()));
            return Optional.empty();
        }
        return Optional.of(value.get().asText());
    }

    /** An optional true/false field; {@code otherwise} when absent. */
    boolean bool(String name, boolean otherwise) {
        Optional<JsonNode> value = field(name, false);
        if (value.isEmpty()) {
            return otherwise;
        }
        if (!value.get().isBoolean()) {
            context.problem(pathOf(name), "must be true or false, got " + describe(value.get()));
            return otherwise;
        }
        return value.get().asBoolean();
    }

    double positive(String name) {
        return number(name, Range.POSITIVE, true).orElse(Double.NaN);
    }

    double nonNegative(String name) {
        return number(name, Range.NON_NEGATIVE, true).orElse(Double.NaN);
    }

    double fraction(String name) {
        return number(name, Range.FRACTION, true).orElse(Double.NaN);
    }

    OptionalDouble optNonNegative(String name) {
        return number(name, Range.NON_NEGATIVE, false);
    }

    OptionalDouble optPositive(String name) {
        return number(name, Range.POSITIVE, false);
    }

    int positiveInt(String name) {
        return integer(name, true).orElse(0);
    }

    OptionalInt optPositiveInt(String name) {
        return integer(name, false);
    }

    private OptionalInt integer(String name, boolean required) {
        OptionalDouble value = number(name, Range.POSITIVE, required);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        double v = value.getAsDouble();
        if (v != Math.rint(v) || v > Integer.MAX_VALUE) {
            context.problem(pathOf(name), "must be a positive whole number, got " + node.get(name).asText());
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) v);
    }

    /** A number read from an already fetched node (map values such as {@code peakOpsPerSecond.fp16}). */
    OptionalDouble numberAt(JsonNode value, String valuePath, Range range) {
        if (!value.isNumber()) {
            context.problem(valuePath, "must be a number, got " + describe(value));
            return OptionalDouble.empty();
        }
        double v = value.asDouble();
        if (!range.accepts(v)) {
            context.problem(valuePath, range.expectation + ", got " + value.asText());
            return OptionalDouble.empty();
        }
        Optional<String> physical = PhysicalRange.of(valuePath).problem(v);
        if (physical.isPresent()) {
            context.problem(valuePath, physical.get());
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(v);
    }

    private OptionalDouble number(String name, Range range, boolean required) {
        Optional<JsonNode> value = field(name, required);
        return value.isEmpty() ? OptionalDouble.empty() : numberAt(value.get(), pathOf(name), range);
    }

    ObjectReader object(String name) {
        return optObject(name, true).orElseGet(() -> new ObjectReader(context, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), pathOf(name)));
    }

    Optional<ObjectReader> optObject(String name) {
        return optObject(name, false);
    }

    private Optional<ObjectReader> optObject(String name, boolean required) {
        Optional<JsonNode> value = field(name, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isObject()) {
            context.problem(pathOf(name), "must be an object {...}, got " + describe(value.get()));
            return Optional.empty();
        }
        return Optional.of(new ObjectReader(context, value.get(), pathOf(name)));
    }

    /** An array of objects; {@code required} arrays must also be non-empty. */
    List<ObjectReader> objects(String name, boolean required) {
        List<ObjectReader> result = new ArrayList<>();
        Optional<JsonNode> value = field(name, required);
        if (value.isEmpty()) {
            return result;
        }
        if (!value.get().isArray()) {
            context.problem(pathOf(name), "must be a list [...], got " + describe(value.get()));
            return result;
        }
        if (required && value.get().isEmpty()) {
            context.problem(pathOf(name), "must list at least one entry");
        }
        for (int i = 0; i < value.get().size(); i++) {
            result.add(new ObjectReader(context, value.get().get(i), LocatedJson.element(pathOf(name), i)));
        }
        return result;
    }

    List<String> texts(String name, boolean required) {
        List<String> result = new ArrayList<>();
        Optional<JsonNode> value = field(name, required);
        if (value.isEmpty()) {
            return result;
        }
        if (!value.get().isArray()) {
            context.problem(pathOf(name), "must be a list of text, got " + describe(value.get()));
            return result;
        }
        for (int i = 0; i < value.get().size(); i++) {
            JsonNode item = value.get().get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                context.problem(LocatedJson.element(pathOf(name), i), "must be non-empty text, got " + describe(item));
            } else {
                result.add(item.asText());
            }
        }
        if (required && result.isEmpty()) {
            context.problem(pathOf(name), "must list at least one entry");
        }
        return result;
    }

    /** The raw members of an object-valued field used as a map (precision -> number). */
    Map<String, JsonNode> members(String name) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        optObject(name, true).ifPresent(child -> {
            child.node.properties().forEach(e -> result.put(e.getKey(), e.getValue()));
            child.read.addAll(result.keySet());
        });
        return result;
    }

    /** Reports fields this object has but nobody read. Call after reading every expected field. */
    void finish() {
        if (!node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!read.contains(name)) {
                context.problem(pathOf(name), "unknown field '" + name + "'");
            }
        });
    }

    static String describe(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            return "\"" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "\"";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.toString();
    }

    enum Range {
        POSITIVE("must be a positive number") {
            @Override
            boolean accepts(double v) {
                return v > 0 && Double.isFinite(v);
            }
        },
        NON_NEGATIVE("must be zero or a positive number") {
            @Override
            boolean accepts(double v) {
                return v >= 0 && Double.isFinite(v);
            }
        },
        // below a thousandth no chip or stack runs: a figure like 1e-30 only makes numbers without end
        FRACTION("must be a fraction from 0.001 to 1") {
            @Override
            boolean accepts(double v) {
                return v >= 1e-3 && v <= 1;
            }
        };

        final String expectation;

        Range(String expectation) {
            this.expectation = expectation;
        }

        abstract boolean accepts(double v);
    }
}
