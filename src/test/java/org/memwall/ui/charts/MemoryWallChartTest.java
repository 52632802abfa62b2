package org.memwall.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.ui.UiFixtures;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MemoryWallChartTest {
    private MemoryWallChart chart;
    private MemoryWallChart empty;

    @Start
    void start(Stage stage) {
        chart = new MemoryWallChart(Optional.of(UiFixtures.TRENDS));
        empty = new MemoryWallChart(Optional.empty());
        stage.setScene(new Scene(new StackPane(chart), 500, 300));
        stage.show();
    }

    @Test
    void drawsEachTrendAsItsGrowthSinceTheFirstYearOnALogScale() {
        List<XYChart.Series<Number, Number>> series = chart.chart().getData();
        assertEquals(4, series.size(), "compute, memory bandwidth, interconnect and the gap");
        // 21 points, 2003..2023; the first at growth 1 (log10 = 0)
        assertEquals(21, series.get(0).getData().size());
        assertEquals(2003, series.get(0).getData().get(0).getXValue().intValue());
        assertEquals(0, series.get(0).getData().get(0).getYValue().doubleValue(), 1e-12);
        // 2023: compute 3.0^10 = 59,049 -> log10 4.771; DRAM 1.6^10 = 109.95 -> 2.041;
        // interconnect 1.4^10 = 28.93 -> 1.461; gap 59,049 / 109.95 = 537.0 -> 2.730
        double[] expected = {4.7712, 2.0412, 1.4614, 2.7300};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], series.get(i).getData().get(20).getYValue().doubleValue(), 1e-3, "series " + i);
        }
        // 2013, ten years in: compute 3^5 = 243 -> 2.3856
        assertEquals(2.3856, series.get(0).getData().get(10).getYValue().doubleValue(), 1e-3);
    }

    @Test
    void theLegendGivesEachGrowthOverTheSpanAndTheTipTheRates() {
        List<String> texts = chart.legend().getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of("compute x59,049", "memory BW x110", "links x28.9", "gap x537"), texts);
        assertTrue(chart.tipText().contains("1.37x a year"), chart.tipText());
        assertTrue(chart.tipText().contains("From 2003 to 2023 compute grew 3.0x every two years, memory bandwidth 1.6x"),
                chart.tipText());
    }

    @Test
    void withoutTrendsItSaysWhatIsMissingInsteadOfAnEmptyPlot() {
        assertEquals(1, empty.getChildren().size());
        assertTrue(((Label) empty.getChildren().get(0)).getText().contains("memory-wall-trends.json"));
    }
}
