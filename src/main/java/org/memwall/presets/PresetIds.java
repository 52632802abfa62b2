package org.memwall.presets;

import java.util.regex.Pattern;

/**
 * What a preset id may be: it names the file, appears in file names the window writes and is typed
 * on the command line, so letters (any script), digits, '.', '_' and '-', starting with a letter
 * or digit, at most 64 characters. No path characters, spaces or control characters.
 */
final class PresetIds {
    static final int MAX_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0," + (MAX_LENGTH - 1) + "}");

    private PresetIds() {
    }

    static boolean valid(String id) {
        return ID.matcher(id).matches();
    }

    static String rule(String id) {
        String shown = id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) + "..." : id;
        return "the id \"" + shown.replaceAll("\\p{Cntrl}", "?") + "\" must be letters, digits, '.', '_' or '-' (starting with a letter or digit),"
                + " at most " + MAX_LENGTH + " characters";
    }
}
