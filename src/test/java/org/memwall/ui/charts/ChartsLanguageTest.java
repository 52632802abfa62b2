package org.memwall.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memwall.ui.i18n.InLanguage.in;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.sim.Operator;
import org.memwall.core.sim.Result;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.Setting;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Charts built in Chinese: titles, axes, legends and tips in Chinese; English as before. */
@ExtendWith(ApplicationExtension.class)
class ChartsLanguageTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }


    private static List<Result> results() {
        ExplorerViewModel vm = UiFixtures.viewModel();
        vm.update(Setting.COMPARE, s -> s.withCompareIds(List.of("test-lpu", "test-cim")));
        return vm.results();
    }

    private static List<String> legend(Legend legend) {
        return legend.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static String tip(Node node) {
        return ((Tooltip) node.getProperties().get("javafx.scene.control.Tooltip")).getText();
    }

    private <T extends javafx.scene.Parent> T shown(FxRobot robot, Language language, Supplier<T> build, java.util.function.Consumer<T> show) {
        Object[] out = new Object[1];
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            T chart = in(language, build);
            show.accept(chart);
            stage.setScene(new Scene(new HBox(chart), 600, 300));
            stage.show();
            out[0] = chart;
        });
        @SuppressWarnings("unchecked")
        T chart = (T) out[0];
        return chart;
    }

    @Test
    void timeChartInChinese(FxRobot robot) {
        List<Result> results = results();
        TimeBreakdownChart zh = shown(robot, Language.CHINESE, TimeBreakdownChart::new, c -> c.show(results));
        assertTrue(zh.chart().getTitle().matches("每 token 时间（(µs|ms)）"), zh.chart().getTitle());
        assertEquals(List.of("算力受限", "内存受限", "互连受限", "延迟"), legend((Legend) zh.getChildren().get(1)));
        String segment = tip(zh.chart().getData().get(1).getData().get(0).getNode());
        assertTrue(segment.matches("QKV 投影：每 token .+，(算力|内存|互连|延迟)受限(（.+）)?"), segment);

        TimeBreakdownChart en = shown(robot, Language.ENGLISH, TimeBreakdownChart::new, c -> c.show(results));
        assertTrue(en.chart().getTitle().matches("Time per token \\((µs|ms)\\)"), en.chart().getTitle());
        assertEquals(List.of("compute-bound", "memory-bound", "link-bound", "latency"), legend((Legend) en.getChildren().get(1)));
        String english = tip(en.chart().getData().get(1).getData().get(0).getNode());
        assertTrue(english.matches("QKV projection: .+ per token, (compute|memory|link|latency)-bound( \\(.+\\))?"), english);
    }

    @Test
    void energyChartInChinese(FxRobot robot) {
        List<Result> results = results();
        EnergyChart zh = shown(robot, Language.CHINESE, EnergyChart::new, c -> c.show(results));
        assertTrue(zh.chart().getTitle().matches("每输出 token 能耗（m?J(，对数坐标)?）"), zh.chart().getTitle());
        assertEquals(List.of("静态（空闲 + 时钟）", "计算", "存算转换器", "HBM / DRAM", "SRAM", "CIM 阵列", "芯片间互连"),
                legend((Legend) zh.getChildren().get(1)));
        assertTrue(tip(zh.chart().getData().get(1).getData().get(0).getNode()).matches("计算：每输出 token .+J"));

        EnergyChart en = shown(robot, Language.ENGLISH, EnergyChart::new, c -> c.show(results));
        assertTrue(en.chart().getTitle().matches("Energy per output token \\(m?J(, log scale)?\\)"), en.chart().getTitle());
        assertEquals(List.of("static (idle + clocked)", "compute", "CIM converters", "HBM / DRAM", "SRAM", "CIM arrays", "chip links"),
                legend((Legend) en.getChildren().get(1)));
        assertTrue(tip(en.chart().getData().get(1).getData().get(0).getNode()).matches("compute: .+J per output token"));
    }

    @Test
    void rooflineInChinese(FxRobot robot) {
        List<Result> results = results();
        RooflineChart zh = shown(robot, Language.CHINESE, RooflineChart::new, c -> c.show(results));
        assertEquals("Roofline 模型", zh.chart().getTitle());
        assertEquals("每字节运算数", zh.chart().getXAxis().getLabel());
        assertEquals("运算/秒", zh.chart().getYAxis().getLabel());
        List<String> legend = legend((Legend) zh.getChildren().get(1));
        assertTrue(legend.contains("HBM") && legend.contains("互连") && legend.contains("CIM 阵列"), legend.toString());
        String point = zh.chart().getData().stream().filter(s -> s.getName().endsWith("operators")).findFirst().orElseThrow()
                .getData().stream().map(d -> tip(d.getNode())).filter(t -> t.contains("解码")).findFirst().orElseThrow();
        assertTrue(point.matches(".+，解码 .+：.+ 运算/字节，.+op/s，(算力|内存|互连|延迟)受限"), point);

        RooflineChart en = shown(robot, Language.ENGLISH, RooflineChart::new, c -> c.show(results));
        assertEquals("Roofline", en.chart().getTitle());
        assertEquals("ops per byte", en.chart().getXAxis().getLabel());
        assertTrue(legend((Legend) en.getChildren().get(1)).contains("link"));
        String english = en.chart().getData().stream().filter(s -> s.getName().endsWith("operators")).findFirst().orElseThrow()
                .getData().stream().map(d -> tip(d.getNode())).filter(t -> t.contains(" decode ")).findFirst().orElseThrow();
        assertTrue(english.matches(".+, decode .+: .+ ops/byte, .+op/s, (compute|memory|link|latency)-bound"), english);
    }

    @Test
    void memoryWallInChinese(FxRobot robot) {
        MemoryWallChart zh = shown(robot, Language.CHINESE, () -> new MemoryWallChart(Optional.of(UiFixtures.TRENDS)), c -> { });
        assertEquals("2003 年以来的内存墙", zh.chart().getTitle());
        assertEquals(List.of("算力 x59,049", "内存带宽 x110", "互连 x28.9", "差距 x537"), legend(zh.legend()));
        assertTrue(zh.tipText().contains("2003 年到 2023 年间，算力每两年增长 3.0x，内存带宽 1.6x，互连带宽 1.4x"), zh.tipText());
        assertTrue(zh.tipText().contains("1.37x"), zh.tipText());
        MemoryWallChart missing = shown(robot, Language.CHINESE, () -> new MemoryWallChart(Optional.empty()), c -> { });
        String text = ((Label) missing.getChildren().get(0)).getText();
        assertTrue(text.startsWith("未加载内存墙趋势数据") && text.contains("memory-wall-trends.json"), text);

        MemoryWallChart en = shown(robot, Language.ENGLISH, () -> new MemoryWallChart(Optional.of(UiFixtures.TRENDS)), c -> { });
        assertEquals("Memory wall since 2003", en.chart().getTitle());
        assertEquals(List.of("compute x59,049", "memory BW x110", "links x28.9", "gap x537"), legend(en.legend()));
        assertTrue(en.tipText().contains("From 2003 to 2023 compute grew 3.0x every two years, memory bandwidth 1.6x"), en.tipText());
    }

    @Test
    void theEnglishOperatorNamesAreTheCoresLabels() {
        Messages en = in(Language.ENGLISH, () -> Messages.of(TimeBreakdownChart.class));
        for (Operator op : Operator.values()) {
            assertEquals(op.label(), TimeBreakdownChart.operator(en, op));
        }
    }
}
