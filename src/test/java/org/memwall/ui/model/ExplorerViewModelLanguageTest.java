package org.memwall.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memwall.ui.i18n.InLanguage.in;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memwall.core.sim.Result;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.i18n.Language;

/** The banner's sentences in Chinese, and unchanged in English. */
class ExplorerViewModelLanguageTest {

    private static String bigModelProblem(ExplorerViewModel vm) {
        vm.update(Setting.CHIPS, s -> s.withChips(1));
        vm.update(Setting.MODEL, s -> s.withModel("big"));
        return vm.problemProperty().get();
    }

    @Test
    void aModelThatDoesNotFitSaysWhyInChinese() {
        ExplorerViewModel vm = in(Language.CHINESE, UiFixtures::viewModel);
        String problem = bigModelProblem(vm);
        Result expected = UiFixtures.expected(vm.settings());
        assertTrue(problem.startsWith(expected.hardware().name() + "：Big（"), problem);
        assertTrue(problem.contains("放不进 1 x " + expected.hardware().name()), problem);
        assertTrue(problem.contains("至少需要 " + expected.chipsNeeded() + " 颗芯片"), problem);
        assertTrue(problem.contains("GB 权重和 KV 缓存，fp16 精度"), problem);
        assertTrue(problem.contains("每芯片可用"), problem);
        assertFalse(problem.contains("does not fit"), problem);
    }

    @Test
    void inEnglishTheProblemIsTheCoresOwnSentence() {
        ExplorerViewModel vm = in(Language.ENGLISH, UiFixtures::viewModel);
        String problem = bigModelProblem(vm);
        Result expected = UiFixtures.expected(vm.settings());
        assertFalse(expected.fits());
        assertEquals(expected.hardware().name() + ": " + expected.fitMessage(), problem);
    }

    @Test
    void aContextTooLongIsNoticedInEitherLanguage() {
        ExplorerViewModel zh = in(Language.CHINESE, UiFixtures::viewModel);
        zh.update(Setting.CONTEXT, s -> s.withContext(8192));
        assertTrue(zh.noticeProperty().get().contains("上下文长度上限为 4096 个 token"), zh.noticeProperty().get());

        ExplorerViewModel en = in(Language.ENGLISH, UiFixtures::viewModel);
        en.update(Setting.CONTEXT, s -> s.withContext(8192));
        assertTrue(en.noticeProperty().get().contains("at most 4096 tokens"), en.noticeProperty().get());
    }

    @Test
    void buildingInChineseRestoresTheDisplayLanguageAfterwards() {
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        in(Language.CHINESE, UiFixtures::viewModel);
        assertEquals(before, Locale.getDefault(Locale.Category.DISPLAY));
    }
}
