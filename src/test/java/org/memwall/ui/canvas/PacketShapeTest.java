package org.memwall.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.trace.Payload;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Each payload has its own packet shape, told apart without colour. */
@ExtendWith(ApplicationExtension.class)
class PacketShapeTest {
    private static List<Integer> rowWidths(PacketShape shape, int size) {
        List<Integer> widths = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            widths.add(size - 2 * shape.inset(row, size));
        }
        return widths;
    }

    @Test
    void squaresDiamondsAndCircles() {
        assertEquals(List.of(7, 7, 7, 7, 7, 7, 7), rowWidths(PacketShape.SQUARE, 7));
        assertEquals(List.of(1, 3, 5, 7, 5, 3, 1), rowWidths(PacketShape.DIAMOND, 7));
        assertEquals(List.of(3, 5, 7, 7, 7, 5, 3), rowWidths(PacketShape.CIRCLE, 7));
        assertEquals(List.of(1, 3, 5, 7, 9, 7, 5, 3, 1), rowWidths(PacketShape.DIAMOND, 9), "the outline around a diamond");
    }

    @Test
    void everyPayloadHasItsOwnShape() {
        Set<PacketShape> seen = EnumSet.noneOf(PacketShape.class);
        for (Payload p : Payload.values()) {
            seen.add(PacketShape.of(p));
        }
        assertEquals(Payload.values().length, seen.size());
        assertNotEquals(PacketShape.of(Payload.WEIGHTS), PacketShape.of(Payload.KV_CACHE));
    }

    @Test
    void aDiamondIsDrawnAsOne(FxRobot robot) {
        int[] rows = new int[2];
        robot.interact(() -> {
            PacketRaster raster = new PacketRaster();
            raster.resize(20, 20);
            raster.setOverlay(new int[0]);
            raster.begin();
            raster.fill(10, 10, 7, PacketShape.DIAMOND, 0xFFFF0000);
            for (int x = 0; x < 20; x++) {
                rows[0] += raster.pixelAt(x, 9) == 0xFFFF0000 ? 1 : 0;
                rows[1] += raster.pixelAt(x, 6) == 0xFFFF0000 ? 1 : 0;
            }
        });
        assertEquals(7, rows[0], "the middle row is the full width");
        assertEquals(1, rows[1], "the top is a point");
    }
}
