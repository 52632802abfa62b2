package org.memwall.ui.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The window's two languages. The texts of each view package live in its own
 * {@code messages.properties} (English) and {@code messages_zh.properties} (Simplified Chinese)
 * beside its classes; numbers and units keep one format in both.
 */
public enum Language {
    ENGLISH("en", "English", Locale.ENGLISH),
    CHINESE("zh", "简体中文", Locale.SIMPLIFIED_CHINESE);

    private final String id;
    private final String nativeName;
    private final Locale locale;

    Language(String id, String nativeName, Locale locale) {
        this.id = id;
        this.nativeName = nativeName;
        this.locale = locale;
    }

    public String id() {
        return id;
    }

    /** The language's name in itself, as the menu lists it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** "en" or "zh" (also "zh-CN", "zh_CN", any case). */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (t.equals(l.id) || t.startsWith(l.id + "-") || t.startsWith(l.id + "_")) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language the views are built in now: the JVM's display locale, English unless it is Chinese. */
    public static Language current() {
        return Locale.getDefault(Locale.Category.DISPLAY).getLanguage().equals("zh") ? CHINESE : ENGLISH;
    }

    /**
     * Makes this the language views built from now on use. Views read their texts when they are
     * built, so a window switches language by being built again.
     */
    public void use() {
        Locale.setDefault(Locale.Category.DISPLAY, locale);
    }
}
