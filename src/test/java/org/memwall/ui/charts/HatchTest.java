package org.memwall.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.junit.jupiter.api.Test;
import org.memwall.core.sim.Bound;

/** Each bound has its own pattern over its bars, drawn inside the bar. */
class HatchTest {
    @Test
    void everyBoundHasItsOwnPatternAndComputeNone() {
        Set<Hatch.Pattern> seen = EnumSet.noneOf(Hatch.Pattern.class);
        for (Bound b : Bound.values()) {
            seen.add(Hatch.of(b));
        }
        assertEquals(Bound.values().length, seen.size());
        assertEquals(Hatch.Pattern.NONE, Hatch.of(Bound.COMPUTE));
    }

    @Test
    void theLinesStayInsideTheBar() {
        for (Hatch.Pattern p : Hatch.Pattern.values()) {
            List<PathElement> elements = Hatch.elements(p, 40, 13);
            assertEquals(p == Hatch.Pattern.NONE, elements.isEmpty(), p.name());
            for (PathElement e : elements) {
                double x = e instanceof MoveTo m ? m.getX() : ((LineTo) e).getX();
                double y = e instanceof MoveTo m ? m.getY() : ((LineTo) e).getY();
                assertTrue(x >= -1 && x <= 41 && y >= -1 && y <= 14, p + " at " + x + "," + y);
            }
        }
        assertTrue(Hatch.elements(Hatch.Pattern.CROSS, 40, 13).size() > Hatch.elements(Hatch.Pattern.STRIPES, 40, 13).size());
    }
}
