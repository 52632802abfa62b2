package org.memwall.ui.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memwall.ui.i18n.InLanguage.in;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.Setting;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tiles built in Chinese say everything in Chinese but numbers, units and chip names; English stays as it was. */
@ExtendWith(ApplicationExtension.class)
class DashboardTilesLanguageTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Builds tiles for {@code vm} in {@code language}, shows them, then restores the display language. */
    private DashboardTiles build(FxRobot robot, Language language, ExplorerViewModel vm) {
        DashboardTiles[] out = new DashboardTiles[1];
        robot.interact(() -> {
            out[0] = in(language, () -> new DashboardTiles(vm, Theme.LIGHT.palette()));
            stage.setScene(new Scene(new StackPane(out[0]), 420, 560));
            stage.show();
        });
        return out[0];
    }

    private static Tile tile(DashboardTiles tiles, String id) {
        return (Tile) tiles.lookup("#" + id);
    }

    private static String note(DashboardTiles tiles, String id) {
        return ((Label) tiles.lookup("#" + id + "-note")).getText();
    }

    @Test
    void chineseTilesForOneChip(FxRobot robot) {
        ExplorerViewModel vm = UiFixtures.viewModel();
        DashboardTiles tiles = build(robot, Language.CHINESE, vm);
        assertEquals(List.of("速度", "能耗", "算力", "芯片", "成本"), List.of(tile(tiles, DashboardTiles.SPEED).getTitle(),
                tile(tiles, DashboardTiles.ENERGY).getTitle(), tile(tiles, DashboardTiles.COMPUTE).getTitle(),
                tile(tiles, DashboardTiles.CHIPS).getTitle(), tile(tiles, DashboardTiles.COST).getTitle()));
        assertEquals("每用户 token/s\n未经验证", tile(tiles, DashboardTiles.SPEED).getDescription());
        assertTrue(note(tiles, DashboardTiles.SPEED).matches("共 .+ tok/s（批大小 1）"), note(tiles, DashboardTiles.SPEED));
        assertTrue(tile(tiles, DashboardTiles.ENERGY).getDescription().matches("每输出 token\n静态 \\d+%，计算 \\d+%，数据 \\d+%"),
                tile(tiles, DashboardTiles.ENERGY).getDescription());
        assertTrue(tile(tiles, DashboardTiles.BANDWIDTH).getDescription().startsWith("每芯片峰值 "));
        assertEquals("峰值利用率", note(tiles, DashboardTiles.BANDWIDTH));
        assertTrue(tile(tiles, DashboardTiles.COMPUTE).getDescription().matches("(算力|内存|互连|延迟)受限"),
                tile(tiles, DashboardTiles.COMPUTE).getDescription());
        assertTrue(tile(tiles, DashboardTiles.CHIPS).getDescription().matches(
                "容纳模型所需\n用 \\d+ 颗：\\d+ 路张量 x \\d+ 级流水"), tile(tiles, DashboardTiles.CHIPS).getDescription());
        assertTrue(tile(tiles, DashboardTiles.COST).getDescription().startsWith("每 token/s 美元\n"));
        assertTrue(tile(tiles, DashboardTiles.SPEED).getTooltip().getText().contains("解码"));
        assertTrue(tile(tiles, DashboardTiles.BANDWIDTH).getTooltip().getText().contains("接近 100% 说明"),
                tile(tiles, DashboardTiles.BANDWIDTH).getTooltip().getText());
    }

    @Test
    void chineseNotesForComparedChipsKeepNamesAndNumbers(FxRobot robot) {
        ExplorerViewModel vm = UiFixtures.viewModel();
        robot.interact(() -> vm.update(Setting.COMPARE, s -> s.withCompareIds(List.of("test-lpu", "test-cim"))));
        DashboardTiles tiles = build(robot, Language.CHINESE, vm);
        String bandwidth = note(tiles, DashboardTiles.BANDWIDTH);
        assertTrue(bandwidth.contains("CIM 阵列") || bandwidth.contains("SRAM"), bandwidth);
        assertTrue(note(tiles, DashboardTiles.SPEED).contains(" tok/s"), note(tiles, DashboardTiles.SPEED));
        // the compared chips' energy per output token, one line each, and what is counted in Chinese
        String energy = note(tiles, DashboardTiles.ENERGY);
        for (var r : vm.results().subList(1, vm.results().size())) {
            assertTrue(energy.contains(org.memwall.ui.format.ChipNames.shortName(r.hardware()) + ": "
                    + org.memwall.ui.format.Units.joules(r.energy().acceleratorJoulesPerOutputToken())), energy);
        }
        assertTrue(tile(tiles, DashboardTiles.ENERGY).getTooltip().getText().contains("只计加速器，含空闲功耗"),
                tile(tiles, DashboardTiles.ENERGY).getTooltip().getText());
    }

    @Test
    void englishTilesAreUnchanged(FxRobot robot) {
        ExplorerViewModel vm = UiFixtures.viewModel();
        DashboardTiles tiles = build(robot, Language.ENGLISH, vm);
        assertEquals("Speed", tile(tiles, DashboardTiles.SPEED).getTitle());
        assertEquals("tokens/s per user\nnot validated", tile(tiles, DashboardTiles.SPEED).getDescription());
        assertTrue(note(tiles, DashboardTiles.SPEED).matches(".+ tok/s in total at batch 1"), note(tiles, DashboardTiles.SPEED));
        assertTrue(tile(tiles, DashboardTiles.ENERGY).getDescription().matches("per output token\nstatic \\d+%, compute \\d+%, data \\d+%"),
                tile(tiles, DashboardTiles.ENERGY).getDescription());
        // the tooltip says what is counted
        assertTrue(tile(tiles, DashboardTiles.ENERGY).getTooltip().getText().contains("accelerators only, idle power included"),
                tile(tiles, DashboardTiles.ENERGY).getTooltip().getText());
        assertEquals("share of peak in use", note(tiles, DashboardTiles.BANDWIDTH));
        assertTrue(tile(tiles, DashboardTiles.COMPUTE).getDescription().matches("bound by (compute|memory|link|latency)"));
        assertTrue(tile(tiles, DashboardTiles.CHIPS).getDescription().matches(
                "to hold the model\n\\d+ used: [\\d.]+-way tensor x \\d+ stages"));
        assertEquals("Share of the busiest memory's peak bandwidth that decode keeps busy. Near 100% means the chip waits on memory.",
                tile(tiles, DashboardTiles.BANDWIDTH).getTooltip().getText());
    }
}
