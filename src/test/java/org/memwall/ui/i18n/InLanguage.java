package org.memwall.ui.i18n;

import java.util.Locale;
import java.util.function.Supplier;

/** For tests: builds something with a language as the display language, then restores the one before. */
public final class InLanguage {
    private InLanguage() {
    }

    public static <T> T in(Language language, Supplier<T> build) {
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        language.use();
        try {
            return build.get();
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }
}
