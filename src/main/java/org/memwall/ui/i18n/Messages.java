package org.memwall.ui.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one view package in the current {@link Language}: {@code <package>/messages.properties}
 * and {@code messages_zh.properties} (UTF-8). Patterns take {@link String#format} arguments
 * ({@code %s}, {@code %d}), formatted without locale so numbers read the same in both languages.
 */
public final class Messages {
    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle beside {@code anchor}'s class, e.g. {@code Messages.of(ControlPanel.class)}. */
    public static Messages of(Class<?> anchor) {
        return new Messages(ResourceBundle.getBundle(baseName(anchor), Language.current().locale(),
                anchor.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    static String baseName(Class<?> anchor) {
        return anchor.getPackageName() + ".messages";
    }

    /** The text for {@code key}; a missing key shows as itself, so a gap is visible, not fatal. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The pattern for {@code key} with {@code args} filled in. */
    public String format(String key, Object... args) {
        return String.format(Locale.ROOT, get(key), args);
    }
}
