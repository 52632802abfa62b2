package org.memwall.presets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document together with the line every field path starts on. The tree is built while
 * streaming so checks made after parsing (ranges, sources, constructor checks) can still name a line.
 */
record LocatedJson(JsonNode root, Map<String, Integer> lines) {

    private static final JsonFactory FACTORY = JsonLimits.FACTORY;

    /** Line of a field path, or of the nearest enclosing path that has one; 0 if none. */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = parentOf(p);
        }
    }

    static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Parses a whole document; syntax errors come out as {@link JsonParseException} with their location. */
    static LocatedJson parse(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(BoundedText.withoutByteOrderMark(text))) {
            try {
                if (p.nextToken() == null) {
                    throw new JsonParseException(p, "the file is empty");
                }
                Map<String, Integer> lines = new HashMap<>();
                JsonNode root = read(p, "", lines);
                if (p.nextToken() != null) {
                    throw new JsonParseException(p, "unexpected content after the end of the document");
                }
                return new LocatedJson(root, Map.copyOf(lines));
            } catch (StreamConstraintsException e) {
                // Jackson's own exception carries no line: the parser still knows where it is
                throw new JsonParseException(p, JsonLimits.exceeded(e.getOriginalMessage()));
            }
        }
    }

    private static JsonNode read(JsonParser p, String path, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String childPath = child(path, name);
                    lines.put(childPath, p.currentTokenLocation().getLineNr());
                    p.nextToken();
                    object.set(name, read(p, childPath, lines));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p, element(path, index++), lines));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? nodes.numberNode(p.getBigIntegerValue())
                        : nodes.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new JsonParseException(p, "unexpected token " + token);
        }
    }
}
