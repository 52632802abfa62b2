package org.memwall.presets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a preset file may be, set on purpose rather than left to Jackson's defaults, and Jackson's
 * complaints said in a preset author's words. The shipped presets are at most 15 kB, four levels
 * deep, with numbers of a dozen digits; the limits leave room for a hundred times that, and no
 * more, so a huge or hostile file is refused in milliseconds instead of stalling every command.
 */
final class JsonLimits {
    static final long MAX_FILE_BYTES = 1 << 20;
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 40;
    static final int MAX_TEXT_LENGTH = 64 * 1024;
    static final int MAX_NAME_LENGTH = 256;
    static final long MAX_TOKENS = 200_000;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_TEXT_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .build();

    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?\\[Source:[^\\]]*\\]\\)?");
    // "(code 51)" and, for a character past ASCII, "(code 19977 / 0x4e09)": the character itself is quoted before it
    private static final Pattern CODE = Pattern.compile(" \\(code \\d+[^)]*\\)");

    private JsonLimits() {
    }

    /** A limit Jackson enforced, from its message, as the sentence to show. */
    static String exceeded(String jacksonMessage) {
        String m = jacksonMessage.toLowerCase(Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "is nested more than " + MAX_NESTING_DEPTH + " levels deep";
        }
        if (m.contains("number value length") || m.contains("number length")) {
            return "has a number longer than " + MAX_NUMBER_LENGTH + " characters";
        }
        if (m.contains("string value length") || m.contains("string length")) {
            return "has a text longer than " + MAX_TEXT_LENGTH + " characters";
        }
        if (m.contains("name length")) {
            return "has a field name longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (m.contains("token count")) {
            return "has more than " + MAX_TOKENS + " values, more than a preset needs";
        }
        if (m.contains("document length")) {
            return "is larger than " + BoundedText.size(MAX_FILE_BYTES) + ", more than a preset needs";
        }
        return "is beyond what a preset file may be";
    }

    /** A syntax error in words: no Jackson option names, no "[Source: ...]", no character codes. */
    static String plain(String jacksonMessage) {
        String first = jacksonMessage.lines().findFirst().orElse(jacksonMessage);
        Matcher token = NON_STANDARD.matcher(first);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a number JSON allows: write a finite number";
        }
        if (first.contains("StreamReadConstraints")) {
            return exceeded(first);
        }
        if (first.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of " + (first.contains("Array") ? "a list" : first.contains("Object") ? "an object"
                    : first.contains("String") || first.contains("string") ? "a text" : "a value") + " (was it cut short?)";
        }
        if (first.contains("Duplicate") && first.contains("'")) {
            String name = first.substring(first.indexOf('\'') + 1);
            name = name.contains("'") ? name.substring(0, name.indexOf('\'')) : name;
            return "the field '" + name + "' appears twice";
        }
        if (first.contains("Duplicate") && first.contains("\"")) {
            String name = first.substring(first.indexOf('"') + 1);
            name = name.contains("\"") ? name.substring(0, name.indexOf('"')) : name;
            return "the field '" + name + "' appears twice";
        }
        if (first.contains("comment?")) {
            return "a comment: JSON has none (put the remark in the preset's notes)";
        }
        if (first.startsWith("Illegal unquoted character")) {
            return "a control character inside a text: write a line break as \\n and a tab as \\t";
        }
        if (first.startsWith("Illegal character")) {
            return "a character that may not stand here: only spaces, tabs and line breaks may stand between values";
        }
        // the rest of Jackson's sentences are plain enough once its option names are gone
        String cleaned = CODE.matcher(SOURCE.matcher(first).replaceAll("")).replaceAll("");
        Matcher advice = ADVICE.matcher(cleaned);
        if (advice.find()) {
            cleaned = cleaned.substring(0, advice.start());
        }
        return cleaned.strip();
    }

    /** Where Jackson starts to advise one of its options: "; enable `JsonReadFeature...`", "(consider enabling ...". */
    private static final Pattern ADVICE = Pattern.compile("[;:,(]?\\s*\\(?\\s*(consider )?enabl(e|ing)\\b|`[A-Za-z]*Feature|\\(?not recognized as one since Feature");
}
