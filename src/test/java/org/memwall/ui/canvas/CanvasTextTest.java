package org.memwall.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.UnitShape;
import org.memwall.core.sim.Operator;
import org.memwall.ui.i18n.Language;

/** The canvas's names for core operators, families and preset memory levels, in both languages. */
class CanvasTextTest {
    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault(Locale.Category.DISPLAY);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.DISPLAY, before);
    }

    @Test
    void inEnglishTheCoreLabelsShowUnchanged() {
        Language.ENGLISH.use();
        CanvasText text = CanvasText.current();
        for (Operator o : Operator.values()) {
            assertEquals(o.label(), text.operator(o));
        }
        for (ArchitectureFamily f : ArchitectureFamily.values()) {
            assertEquals(f.label(), text.family(f));
        }
        for (String level : new String[] {"L2 cache", "SRAM (MEM slices)", "distributed SRAM", "activation and KV buffer SRAM",
                "SRAM-CIM arrays", "ReRAM-CIM arrays", "HBM3", "VMEM"}) {
            assertEquals(level, text.level(level));
        }
        assertEquals("SMs", text.unit(UnitShape.SIMT_TENSOR_CORE, 132));
        assertEquals("systolic array", text.unit(UnitShape.SYSTOLIC_ARRAY, 1));
        assertEquals("t = 1 µs of 2 µs  ·  waiting",
                text.format("clock.line", "1 µs", "2 µs", text.get("clock.waiting")));
    }

    @Test
    void inChineseEveryOperatorFamilyAndShippedLevelHasItsOwnName() {
        Language.CHINESE.use();
        CanvasText text = CanvasText.current();
        for (Operator o : Operator.values()) {
            if (o != Operator.LM_HEAD) {
                assertNotEquals(o.label(), text.operator(o), o.name());
            }
        }
        for (ArchitectureFamily f : ArchitectureFamily.values()) {
            assertNotEquals(f.label(), text.family(f), f.name());
        }
        assertEquals("L2 缓存", text.level("L2 cache"));
        assertEquals("HBM3", text.level("HBM3"), "names the bundle does not list stay as they are");
        assertEquals("冯·诺依曼 + HBM", text.family(ArchitectureFamily.VON_NEUMANN_HBM));
    }

    @Test
    void levelKeysAreTheNameInLowerCaseWithWordsJoinedByDashes() {
        assertEquals("l2-cache", CanvasText.slug("L2 cache"));
        assertEquals("sram-mem-slices", CanvasText.slug("SRAM (MEM slices)"));
        assertEquals("reram-cim-arrays", CanvasText.slug("ReRAM-CIM arrays"));
    }
}
