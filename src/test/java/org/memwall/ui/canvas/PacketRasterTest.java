package org.memwall.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Packets go under the labels baked into the buffer, and the labels come back when they move on. */
@ExtendWith(ApplicationExtension.class)
class PacketRasterTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final int ORANGE = 0xFFE07000;
    /** Black at half coverage, premultiplied: a label's anti-aliased edge. */
    private static final int HALF_BLACK = 0x80000000;

    @Test
    void packetsAreDrawnUnderTheOverlayAndTheOverlayIsRestoredNextFrame(FxRobot robot) {
        robot.interact(() -> {
            PacketRaster raster = new PacketRaster();
            raster.resize(20, 10);
            int[] overlay = new int[20 * 10];
            overlay[5 * 20 + 5] = HALF_BLACK;
            overlay[5 * 20 + 6] = 0xFF000000;
            raster.setOverlay(overlay);

            raster.begin();
            raster.square(6, 5.5, 5, ORANGE);
            raster.commit();
            assertEquals(ORANGE, raster.pixelAt(4, 5), "a packet pixel with no label above it");
            assertEquals(0xFF000000, raster.pixelAt(6, 5), "an opaque label pixel hides the packet");
            assertEquals(PacketRaster.under(HALF_BLACK, ORANGE), raster.pixelAt(5, 5), "a half-covered pixel mixes both");
            assertEquals(0xFF703800, raster.pixelAt(5, 5), "half of each orange channel shows through");

            raster.begin();
            raster.square(15, 5.5, 3, WHITE);
            raster.commit();
            assertEquals(0, raster.pixelAt(4, 5), "last frame's packet is gone");
            assertEquals(HALF_BLACK, raster.pixelAt(5, 5), "the label pixel is back on its own");
            assertEquals(WHITE, raster.pixelAt(15, 5));
        });
    }
}
