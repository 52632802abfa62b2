package org.memwall.lessons;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the claims in one language: statement, the article's value, the verdict and the
 * sentence that explains it with the numbers. English and Simplified Chinese, from
 * {@code claims.properties} and {@code claims_zh.properties} beside this class.
 */
public final class ClaimTexts {
    private final ResourceBundle bundle;

    private ClaimTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The texts for a locale: Chinese for any Chinese locale, English otherwise. */
    public static ClaimTexts of(Locale locale) {
        Locale l = locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return new ClaimTexts(ResourceBundle.getBundle(ClaimTexts.class.getPackageName() + ".claims", l,
                ClaimTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public static ClaimTexts english() {
        return of(Locale.ENGLISH);
    }

    /** The text for a key; a missing key shows as itself, so a gap is visible, not fatal. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String name(Claim claim) {
        return get(claim.id() + ".name");
    }

    /** What the article says, in words ("nearly 30x"). */
    public String article(Claim claim) {
        return get(claim.id() + ".article");
    }

    public String verdict(Verdict v) {
        return get("verdict." + v.id().replace(' ', '-'));
    }

    /** The numbers behind the verdict, in a sentence; an argument "@key" is a word looked up in these texts. */
    public String detail(Check check) {
        Object[] args = check.args().stream().map(a -> a.startsWith("@") ? get(a.substring(1)) : a).toArray();
        return String.format(Locale.ROOT, get(check.detailKey()), args);
    }

    /** The badge's sentence: verdict, numbers, and what the article said. */
    public String sentence(Check check) {
        return String.format(Locale.ROOT, get("sentence"), verdict(check.verdict()), detail(check), article(check.claim()));
    }
}
