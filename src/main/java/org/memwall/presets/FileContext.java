package org.memwall.presets;

import java.util.ArrayList;
import java.util.List;

/** One preset file being read: its name, its parsed document and the problems found so far. */
final class FileContext {
    private final String file;
    private final LocatedJson doc;
    private final List<PresetProblem> problems = new ArrayList<>();

    FileContext(String file, LocatedJson doc) {
        this.file = file;
        this.doc = doc;
    }

    String file() {
        return file;
    }

    LocatedJson doc() {
        return doc;
    }

    ObjectReader root() {
        return new ObjectReader(this, doc.root(), "");
    }

    void problem(String path, String message) {
        problems.add(new PresetProblem(file, path, doc.lineOf(path), message));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<PresetProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * A core constructor refused the values. Its message starts with the field name it checked
     * ({@code "capacityBytes must be ..."}), so the problem is pinned to that field when the object has it.
     */
    void constructorProblem(String objectPath, IllegalArgumentException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int space = message.indexOf(' ');
        String head = space > 0 ? message.substring(0, space) : "";
        head = head.endsWith(":") ? head.substring(0, head.length() - 1) : head;
        String candidate = LocatedJson.child(objectPath, head);
        if (!head.isEmpty() && doc.lines().containsKey(candidate)) {
            problem(candidate, message.substring(space + 1).trim());
        } else {
            problem(objectPath, message);
        }
    }
}
