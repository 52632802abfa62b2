package org.memwall.presets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code sources} and {@code notes} of a preset object. Every number in a preset must be
 * covered by a source: a source's {@code covers} lists field paths relative to the object that holds
 * the {@code sources} list, and a path covers everything below it ({@code "memory[0]"} covers
 * {@code memory[0].capacityBytes}). {@code notes} maps a field path (or {@code "general"}) to the
 * reasoning behind a value.
 */
final class Provenance {
    static final String SOURCES = "sources";
    static final String NOTES = "notes";
    private static final String GENERAL_NOTE = "general";

    private Provenance() {
    }

    /** Reads the object's {@code sources} list and returns one citation per source. */
    static List<String> readSources(ObjectReader owner) {
        List<String> citations = new ArrayList<>();
        for (ObjectReader source : owner.objects(SOURCES, true)) {
            source.text("id");
            String title = source.text("title");
            String citation = source.optText("url").map(url -> title + ", " + url).orElse(title);
            source.texts("covers", true);
            source.finish();
            citations.add(citation);
        }
        return citations;
    }

    /** Checks the object's {@code notes}: text values keyed by fields that exist. */
    static void readNotes(ObjectReader owner, FileContext context) {
        owner.optObject(NOTES).ifPresent(notes -> {
            for (Map.Entry<String, JsonNode> e : notes.node().properties()) {
                String notePath = notes.pathOf(e.getKey());
                if (!e.getValue().isTextual()) {
                    context.problem(notePath, "a note must be text, got " + ObjectReader.describe(e.getValue()));
                }
                if (!e.getKey().equals(GENERAL_NOTE) && !context.doc().lines().containsKey(LocatedJson.child(owner.path(), e.getKey()))) {
                    context.problem(notePath, "the note is about '" + e.getKey() + "', which is not a field of this file");
                }
            }
        });
    }

    /** Reports every number no source covers, and every {@code covers} entry that names no field. */
    static void checkCoverage(FileContext context) {
        Set<String> covers = new HashSet<>();
        collectCovers(context, context.doc().root(), "", covers);
        List<String> numbers = new ArrayList<>();
        collectNumbers(context.doc().root(), "", numbers);
        for (String number : numbers) {
            if (!covered(covers, number)) {
                context.problem(number, "this number has no source: name it, or an enclosing field, in the 'covers' of an entry in 'sources'");
            }
        }
    }

    /**
     * Whether the path or one of the paths enclosing it is covered: a look-up per enclosing path,
     * so a file with many numbers and many covers loads in linear time, not numbers x covers.
     */
    /** Whether one entry of a source's {@code covers} names this path or a field enclosing it. */
    static boolean coversPath(String cover, String path) {
        return path.equals(cover) || path.startsWith(cover + ".") || path.startsWith(cover + "[");
    }

    private static boolean covered(Set<String> covers, String path) {
        String p = path;
        while (!p.isEmpty()) {
            if (covers.contains(p)) {
                return true;
            }
            p = LocatedJson.parentOf(p);
        }
        return false;
    }

    private static void collectCovers(FileContext context, JsonNode node, String path, Set<String> covers) {
        if (node.isObject()) {
            JsonNode sources = node.get(SOURCES);
            if (sources != null && sources.isArray()) {
                for (int i = 0; i < sources.size(); i++) {
                    JsonNode list = sources.get(i).get("covers");
                    if (list == null || !list.isArray()) {
                        continue;
                    }
                    for (int j = 0; j < list.size(); j++) {
                        String relative = list.get(j).asText();
                        String full = LocatedJson.child(path, relative);
                        if (!context.doc().lines().containsKey(full)) {
                            String where = LocatedJson.element(LocatedJson.child(LocatedJson.element(LocatedJson.child(path, SOURCES), i), "covers"), j);
                            context.problem(where, "'" + relative + "' is not a field of this file");
                        }
                        covers.add(full);
                    }
                }
            }
            node.properties().forEach(e -> {
                if (!e.getKey().equals(SOURCES) && !e.getKey().equals(NOTES)) {
                    collectCovers(context, e.getValue(), LocatedJson.child(path, e.getKey()), covers);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectCovers(context, node.get(i), LocatedJson.element(path, i), covers);
            }
        }
    }

    private static void collectNumbers(JsonNode node, String path, List<String> numbers) {
        if (node.isNumber()) {
            numbers.add(path);
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                if (!e.getKey().equals(SOURCES) && !e.getKey().equals(NOTES)) {
                    collectNumbers(e.getValue(), LocatedJson.child(path, e.getKey()), numbers);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNumbers(node.get(i), LocatedJson.element(path, i), numbers);
            }
        }
    }
}
