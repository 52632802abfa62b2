package org.memwall.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memwall.presets.ScenarioPreset;

/** Every shipped scenario is told in steps whose claims can all be checked, in both languages. */
class ShippedStepsTest {

    @Test
    void everyGuidedScenarioHasTwoToFiveStepsAndEveryStepsClaimsGetAVerdict() {
        Set<String> checked = new HashSet<>();
        for (ScenarioPreset p : ShippedLessons.CATALOG.scenarios()) {
            Lesson lesson = p.lesson();
            assertTrue(lesson.steps().size() >= 2 && lesson.steps().size() <= 5, p.id() + ": " + lesson.steps().size() + " steps");
            for (int i = 0; i < lesson.steps().size(); i++) {
                Step step = lesson.steps().get(i);
                assertTrue(step.narrativeZh().isPresent(), p.id() + " step " + (i + 1) + " has no Chinese narrative");
                List<Check> checks = ShippedLessons.atStep(p.id(), i);
                assertEquals(step.claimIds(), checks.stream().map(Check::claimId).toList());
                for (Check c : checks) {
                    // the one reason a shipped step may give no verdict: the core cannot hold the
                    // model on the chips it may use (then the step says so, with the core's words)
                    if (c.verdict() == Verdict.CANNOT_CHECK) {
                        assertEquals("missing.run", c.detailKey(), p.id() + " step " + (i + 1) + ": " + c);
                        assertTrue(c.args().get(0).contains("does not fit"), c.args().toString());
                        continue;
                    }
                    checked.add(c.claimId());
                }
            }
        }
        Set<String> all = new HashSet<>();
        Claims.all().forEach(c -> all.add(c.id()));
        assertEquals(all, checked, "every claim is checked by some step");
    }

    @Test
    void everyClaimHasItsWordsInEnglishAndChineseAndEverySentenceFillsItsNumbers() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ClaimTexts texts = ClaimTexts.of(locale);
            for (Claim c : Claims.all()) {
                assertNotEquals(c.id() + ".name", texts.name(c), locale + " " + c.id());
                assertNotEquals(c.id() + ".article", texts.article(c), locale + " " + c.id());
            }
            for (ScenarioPreset p : ShippedLessons.CATALOG.scenarios()) {
                for (int i = 0; i < p.lesson().steps().size(); i++) {
                    for (Check c : ShippedLessons.atStep(p.id(), i)) {
                        String sentence = texts.sentence(c);
                        assertFalse(sentence.contains(c.detailKey()), locale + ": no text for " + c.detailKey());
                        assertFalse(sentence.matches("(?s).*%(\\d+\\$)?[sd].*"), locale + ": " + sentence);
                        assertTrue(sentence.startsWith(texts.verdict(c.verdict())), sentence);
                    }
                }
            }
        }
    }

    @Test
    void theChineseSentenceIsChineseAndKeepsTheNumbers() {
        Check c = ShippedLessons.only(ShippedLessons.atStep("default", 0), "sram-30x-hbm");
        String zh = ClaimTexts.of(Locale.SIMPLIFIED_CHINESE).sentence(c);
        String en = ClaimTexts.english().sentence(c);
        assertTrue(zh.startsWith("部分成立"), zh);
        assertTrue(en.startsWith("Partly"), en);
        assertTrue(zh.contains("23.9") && en.contains("23.9"), zh + " / " + en);
    }

    @Test
    void aStepsSettingsAreTheBaseWithEveryChangeUpToItApplied() {
        Lesson hbm = ShippedLessons.lesson("hbm-near-memory");
        assertEquals(1, hbm.setupAt(0).batch());
        assertEquals(256, hbm.setupAt(1).batch());
        assertEquals(1, hbm.setupAt(2).batch());
        assertTrue(hbm.setupAt(2).hbmBandwidthBytesPerSecond().isPresent());
        assertTrue(hbm.setupAt(1).hbmBandwidthBytesPerSecond().isEmpty());
        Lesson lpu = ShippedLessons.lesson("default");
        assertEquals("mixtral-8x7b", lpu.setupAt(2).modelId());
        assertEquals("llama-2-7b", lpu.setupAt(3).modelId());
    }
}
