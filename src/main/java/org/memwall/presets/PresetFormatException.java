package org.memwall.presets;

/** A data file the program cannot use; the message names the file and line. */
public final class PresetFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String reason;

    public PresetFormatException(String file, int line, String message) {
        super(file + (line > 0 ? " line " + line : "") + ": " + message);
        this.file = file;
        this.line = line;
        this.reason = message;
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
