package org.memwall.core.model;

/** Argument checks shared by the value types; messages name the field so presets can report it. */
public final class Checks {
    private Checks() {
    }

    public static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive number, got " + value);
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be zero or more, got " + value);
        }
        return value;
    }

    public static double fraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be in (0, 1], got " + value);
        }
        return value;
    }

    public static int positive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be a positive whole number, got " + value);
        }
        return value;
    }

    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be zero or more, got " + value);
        }
        return value;
    }

    /** {@link #positive(String, double)} for one entry of a map: the field's name is built only for the message. */
    public static double positive(String map, String key, double value) {
        return value > 0 && !Double.isInfinite(value) ? value : positive(map + "." + key, value);
    }

    /** {@link #nonNegative(String, double)} for one entry of a map (checked on every run: no text unless it fails). */
    public static double nonNegative(String map, String key, double value) {
        return value >= 0 && !Double.isInfinite(value) ? value : nonNegative(map + "." + key, value);
    }

    /** {@link #fraction(String, double)} for one entry of a map. */
    public static double fraction(String map, String key, double value) {
        return value > 0 && value <= 1 ? value : fraction(map + "." + key, value);
    }
}
