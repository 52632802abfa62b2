package org.memwall.ui.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.memwall.ui.canvas.CanvasPalette;
import org.memwall.ui.theme.ColourVision.Deficiency;

/**
 * Every pair of colours a viewer must tell apart (payloads, bounds, memories and energy parts,
 * memory-wall series, canvas blocks) stays apart with deuteranopia and protanopia, in both themes.
 */
class ColourVisionTest {
    /** CIEDE2000 below which two chart colours are hard to tell apart at a glance. */
    static final double MIN_DISTANCE = 12;
    /** A colour against the surface it is drawn on. */
    static final double MIN_DISTANCE_FROM_SURFACE = 15;

    private static final Map<String, List<Function<Palette, Color>>> GROUPS = Map.of(
            "packets by payload", List.of(Palette::weights, Palette::kv, Palette::activations),
            "time by bound", List.of(Palette::compute, Palette::hbm, Palette::link, Palette::latency),
            "energy by part", List.of(Palette::compute, Palette::hbm, Palette::sram, Palette::activations, Palette::link),
            "memory-wall series", List.of(Palette::compute, Palette::hbm, Palette::link),
            "canvas blocks", List.of(Palette::hbm, Palette::sram, Palette::compute, Palette::link));

    @Test
    void theSimulationAndTheDistanceAgreeWithTheirSources() {
        // CIEDE2000 test data (Sharma, Wu and Dalal 2005), pairs 1 and 3
        assertEquals(2.0425, ColourVision.deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(1.0000, ColourVision.deltaE2000(new double[] {50, -1.3802, -84.2814}, new double[] {50, 0, -82.7485}), 1e-4);
        // each matrix row sums to one: white and greys look the same to everyone
        for (Deficiency d : Deficiency.values()) {
            assertArrayEquals(new double[] {1, 1, 1}, ColourVision.seen(Color.WHITE, d), 1e-5, d.name());
            assertEquals(0, ColourVision.distance(Color.gray(0.4), Color.gray(0.4), d), 1e-9);
        }
        // the old weights and activations packets: far apart to most eyes, both olive with deuteranopia
        Color oldWeights = Color.web("#b45309");
        Color oldActivations = Color.web("#15803d");
        assertTrue(ColourVision.distance(oldWeights, oldActivations, Deficiency.NONE) > 40);
        assertTrue(ColourVision.distance(oldWeights, oldActivations, Deficiency.DEUTERANOPIA) < MIN_DISTANCE);
        assertTrue(ColourVision.distance(oldWeights, oldActivations, Deficiency.PROTANOPIA) < MIN_DISTANCE);
    }

    @Test
    void everyPairThatMustBeToldApartStaysApartInBothThemes() {
        List<String> tooClose = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            Palette p = theme.palette();
            GROUPS.forEach((group, colours) -> {
                for (int i = 0; i < colours.size(); i++) {
                    for (int j = i + 1; j < colours.size(); j++) {
                        for (Deficiency d : Deficiency.values()) {
                            double distance = ColourVision.distance(colours.get(i).apply(p), colours.get(j).apply(p), d);
                            if (distance < MIN_DISTANCE) {
                                tooClose.add(String.format("%s %s: %s and %s, %s, %.1f", theme, group,
                                        Palette.hex(colours.get(i).apply(p)), Palette.hex(colours.get(j).apply(p)), d, distance));
                            }
                        }
                    }
                }
                for (Function<Palette, Color> c : colours) {
                    for (Deficiency d : Deficiency.values()) {
                        double distance = ColourVision.distance(c.apply(p), p.surface(), d);
                        if (distance < MIN_DISTANCE_FROM_SURFACE) {
                            tooClose.add(String.format("%s %s: %s on the surface, %s, %.1f", theme, group,
                                    Palette.hex(c.apply(p)), d, distance));
                        }
                    }
                }
            });
        }
        assertEquals(List.of(), tooClose);
    }

    @Test
    void theCanvasDrawsWithTheThemesColoursWhenNoThemeStylesIt() {
        assertEquals(Theme.LIGHT.palette().weights(), CanvasPalette.LIGHT.weights());
        assertEquals(Theme.LIGHT.palette().kv(), CanvasPalette.LIGHT.kvCache());
        assertEquals(Theme.LIGHT.palette().activations(), CanvasPalette.LIGHT.activations());
        assertEquals(Theme.DARK.palette().hbm(), CanvasPalette.DARK.hbm());
        assertEquals(Theme.DARK.palette().compute(), CanvasPalette.DARK.compute());
    }
}
