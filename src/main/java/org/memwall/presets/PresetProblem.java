package org.memwall.presets;

import java.util.Objects;

/**
 * Why one preset file, or one field of it, was not loaded.
 *
 * @param file    the file as the user knows it (a built-in's path inside the presets folder, or the path on disk)
 * @param field   the field path inside the file ({@code memory[1].bandwidthBytesPerSecond}), empty for the whole file
 * @param line    1-based line of the field in the file, 0 when unknown
 * @param message what is wrong, in words a preset author can act on
 */
public record PresetProblem(String file, String field, int line, String message) {
    public PresetProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /**
     * {@code h100-sxm.json: memory[1].bandwidthBytesPerSecond (line 23): must be a positive number, got -1};
     * for the file as a whole {@code h100-sxm.json (line 3): not valid JSON: ...}.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (!field.isEmpty()) {
            s.append(": ").append(field);
        }
        if (line > 0) {
            s.append(" (line ").append(line).append(')');
        }
        return s.append(": ").append(message).toString();
    }
}
