package org.memwall.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every view package's English texts have Chinese ones with the same keys and the same arguments. */
class MessagesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/memwall");
    private static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static List<String> specifiers(String pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = SPECIFIER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
    }

    @Test
    void everyEnglishTextHasAChineseOneWithTheSameArguments() throws IOException {
        List<Path> bundles = englishBundles();
        assertFalse(bundles.isEmpty());
        for (Path english : bundles) {
            Path chinese = english.resolveSibling("messages_zh.properties");
            assertTrue(Files.isRegularFile(chinese), "no Chinese texts beside " + english);
            Properties en = load(english);
            Properties zh = load(chinese);
            assertEquals(en.stringPropertyNames(), zh.stringPropertyNames(), "keys of " + english + " and " + chinese);
            for (String key : en.stringPropertyNames()) {
                String e = en.getProperty(key);
                String z = zh.getProperty(key);
                assertFalse(e.isBlank() || z.isBlank(), key + " is empty in " + english.getParent());
                assertEquals(specifiers(e), specifiers(z), key + " in " + english.getParent() + ": the same arguments in both");
                // every argument is used by String.format without error
                String.format(Locale.ROOT, e, sample(specifiers(e)));
                String.format(Locale.ROOT, z, sample(specifiers(z)));
            }
        }
    }

    private static Object[] sample(List<String> specifiers) {
        return specifiers.stream().filter(s -> !s.equals("%%") && !s.equals("%n"))
                .map(s -> switch (Character.toLowerCase(s.charAt(s.length() - 1))) {
                    case 'd', 'x' -> (Object) 1;
                    case 'f', 'e', 'g' -> (Object) 1.5;
                    default -> (Object) "x";
                }).toArray();
    }

    @Test
    void theWindowTitleFollowsTheLanguage() {
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Language.CHINESE.use();
            assertEquals(Language.CHINESE, Language.current());
            assertEquals("内存墙探索器", Messages.of(org.memwall.app.Launcher.class).get("window.title"));
            Language.ENGLISH.use();
            assertEquals("Memory Wall Explorer", Messages.of(org.memwall.app.Launcher.class).get("window.title"));
            assertEquals("no.such.key", Messages.of(org.memwall.app.Launcher.class).get("no.such.key"));
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }

    @Test
    void languagesParseFromTheirIdsAndLocaleNames() {
        assertEquals(Language.CHINESE, Language.parse("zh_CN").orElseThrow());
        assertEquals(Language.CHINESE, Language.parse("ZH").orElseThrow());
        assertEquals(Language.ENGLISH, Language.parse("en-GB").orElseThrow());
        assertTrue(Language.parse("fr").isEmpty());
    }
}
