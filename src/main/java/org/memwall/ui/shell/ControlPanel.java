package org.memwall.ui.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.stack.ServingStack;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.Setting;
import org.memwall.ui.theme.StyleClasses;

/**
 * The left panel: pickers for the chips and the model, and the sliders. Every user change goes to
 * the view model as one {@link Setting}; the panel shows back whatever the view model holds.
 */
public final class ControlPanel extends VBox {
    public static final String INVALID = "mw-invalid";

    private static final double TB = 1e12;

    private final Messages m = Messages.of(ControlPanel.class);
    private final ExplorerViewModel viewModel;
    private final ComboBox<Hardware> hardwarePicker = new ComboBox<>();
    private final CheckBox compareBox = new CheckBox(m.get("controls.compare"));
    private final ComboBox<Hardware> comparePicker = new ComboBox<>();
    private final CheckBox thirdBox = new CheckBox(m.get("controls.andWith"));
    private final ComboBox<Hardware> thirdPicker = new ComboBox<>();
    private final ComboBox<TransformerModel> modelPicker = new ComboBox<>();
    private final ComboBox<ServingStack> stackPicker = new ComboBox<>();
    private final Tooltip stackTip = new Tooltip();
    private final ToggleGroup precisionGroup = new ToggleGroup();
    private final SliderRow batch;
    private final SliderRow context;
    private final SliderRow node;
    private final SliderRow hbm;
    private final SliderRow sram;
    private final SliderRow chips;
    private final CheckBox autoChips = new CheckBox(m.get("controls.auto"));
    private final Label mainChipTitle = new Label();
    private final Map<Setting, Node> rows = new EnumMap<>(Setting.class);
    private boolean refreshing;

    public ControlPanel(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClasses.CONTROL_PANEL);
        setId("control-panel");
        setSpacing(6);

        configurePicker(hardwarePicker, "hardware", viewModel.hardware(), hardwareNames());
        configurePicker(comparePicker, "compare-hardware", viewModel.hardware(), hardwareNames());
        configurePicker(thirdPicker, "third-hardware", viewModel.hardware(), hardwareNames());
        for (ComboBox<Hardware> picker : List.of(hardwarePicker, comparePicker, thirdPicker)) {
            picker.setButtonCell(new FittingCell<>(Hardware::name, ControlPanel::withoutDetails));
        }
        configurePicker(modelPicker, "model", viewModel.models(), new Names<>(TransformerModel::name));
        configurePicker(stackPicker, "stack", viewModel.stacks(), new Names<>(ServingStack::name));
        stackTip.setWrapText(true);
        stackTip.setMaxWidth(360);
        stackPicker.setTooltip(stackTip);
        compareBox.setId("compare");
        thirdBox.setId("third");
        autoChips.setId("chips-auto");

        batch = new SliderRow("batch", m.get("controls.batch"), m.get("controls.batch.tip"),
                SliderRow.Scale.log2(1, 256), v -> Math.round(v), v -> Integer.toString((int) v),
                v -> user(Setting.BATCH, s -> s.withBatch((int) v)));
        batch.slider().setMajorTickUnit(1);
        batch.slider().setMinorTickCount(0);
        batch.slider().setSnapToTicks(true);
        batch.slider().setBlockIncrement(1);
        context = new SliderRow("context", m.get("controls.context"), m.get("controls.context.tip"),
                SliderRow.Scale.log2(128, 32768), v -> Math.max(128, Math.round(v / 128) * 128), this::contextText,
                v -> user(Setting.CONTEXT, s -> s.withContext((int) v)));
        node = new SliderRow("node", m.get("controls.node"), m.get("controls.node.tip"),
                SliderRow.Scale.log10(viewModel.nodes().smallestNm(), viewModel.nodes().largestNm()),
                v -> Math.max(viewModel.nodes().smallestNm(), Math.min(viewModel.nodes().largestNm(), Math.round(v))),
                v -> String.format(Locale.ROOT, "%.0f nm", v),
                v -> user(Setting.PROCESS_NODE, s -> s.withProcessNode(OptionalDouble.of(v))));
        hbm = new SliderRow("hbm", m.get("controls.hbm"), m.get("controls.hbm.tip"),
                SliderRow.Scale.linear(0.5, 10), v -> Math.round(v * 20) / 20.0, v -> Units.bytesPerSecond(v * TB),
                v -> user(Setting.HBM_BANDWIDTH, s -> s.withHbmBandwidth(OptionalDouble.of(v * TB))));
        sram = new SliderRow("sram", m.get("controls.sram"), m.get("controls.sram.tip"),
                SliderRow.Scale.log10(1, 200), v -> v >= 10 ? Math.round(v) : Math.round(v * 10) / 10.0,
                v -> Units.bytesPerSecond(v * TB),
                v -> user(Setting.SRAM_BANDWIDTH, s -> s.withSramBandwidth(OptionalDouble.of(v * TB))));
        chips = new SliderRow("chips", m.get("controls.chipCount"), m.get("controls.chipCount.tip"),
                SliderRow.Scale.log2(1, 1024), v -> Math.max(1, Math.round(v)), v -> Integer.toString((int) v),
                v -> user(Setting.CHIPS, s -> s.withChips((int) v)));

        HBox precisionRow = new HBox(4);
        precisionRow.setId("precision");
        for (Precision p : Precision.values()) {
            ToggleButton b = new ToggleButton(p.id());
            b.setId("precision-" + p.id());
            b.setUserData(p);
            b.setToggleGroup(precisionGroup);
            b.setTooltip(new Tooltip(m.format("controls.precision.tip", p.id(), p.bits())));
            precisionRow.getChildren().add(b);
        }
        precisionGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A precision is always chosen: clicking the selected button again keeps it.
                old.setSelected(true);
                return;
            }
            user(Setting.PRECISION, s -> s.withPrecision((Precision) now.getUserData()));
        });

        hardwarePicker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                user(Setting.HARDWARE, s -> s.withHardware(now.id()));
            }
        });
        modelPicker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                user(Setting.MODEL, s -> s.withModel(now.id()));
            }
        });
        stackPicker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                stackTip.setText(StackText.describe(m, now));
                Hardware chip = viewModel.selectedHardware();
                // the chip's usual stack is stored as "none chosen", so a new chip brings its own
                user(Setting.STACK, s -> s.withStack(now.id().equals(chip.defaultStack())
                        ? java.util.Optional.empty() : java.util.Optional.of(now.id())));
            }
        });
        compareBox.selectedProperty().addListener((obs, old, now) -> compareChanged());
        thirdBox.selectedProperty().addListener((obs, old, now) -> compareChanged());
        comparePicker.valueProperty().addListener((obs, old, now) -> compareChanged());
        thirdPicker.valueProperty().addListener((obs, old, now) -> compareChanged());
        autoChips.selectedProperty().addListener((obs, old, now) ->
                user(Setting.CHIPS, s -> s.withChips(now ? 0 : (int) chips.value())));

        Button resetChip = new Button(m.get("controls.resetChip"));
        resetChip.setId("reset-chip");
        resetChip.setTooltip(new Tooltip(m.get("controls.resetChip.tip")));
        resetChip.setOnAction(e -> user(Setting.HARDWARE, s -> s.withHardware(s.hardwareId())));

        HBox chipsHead = new HBox(8, autoChips);
        mainChipTitle.getStyleClass().add(StyleClasses.SECTION_TITLE);
        mainChipTitle.setWrapText(true);
        mainChipTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(
                section(m.get("controls.chips")), hardwarePicker, compareBox, comparePicker, thirdBox, thirdPicker,
                section(m.get("controls.model")), modelPicker, new Label(m.get("controls.weightsStoredAs")), precisionRow, batch, context,
                mainChipTitle, new Label(m.get("controls.stack")), stackPicker, node, hbm, sram, chips, chipsHead, resetChip);
        rows.put(Setting.HARDWARE, hardwarePicker);
        rows.put(Setting.COMPARE, comparePicker);
        rows.put(Setting.MODEL, modelPicker);
        rows.put(Setting.STACK, stackPicker);
        rows.put(Setting.PRECISION, precisionRow);
        rows.put(Setting.BATCH, batch);
        rows.put(Setting.CONTEXT, context);
        rows.put(Setting.PROCESS_NODE, node);
        rows.put(Setting.HBM_BANDWIDTH, hbm);
        rows.put(Setting.SRAM_BANDWIDTH, sram);
        rows.put(Setting.CHIPS, chips);

        viewModel.settingsProperty().addListener((obs, old, now) -> refresh());
        viewModel.resultsProperty().addListener((obs, old, now) -> refresh());
        viewModel.problemSettingProperty().addListener((obs, old, now) -> markProblem(now));
        refresh();
    }

    /** The row that shows a setting (for decorations and tests). */
    public Node row(Setting setting) {
        return rows.get(setting);
    }

    private void compareChanged() {
        if (refreshing) {
            return;
        }
        comparePicker.setDisable(!compareBox.isSelected());
        thirdBox.setDisable(!compareBox.isSelected());
        thirdPicker.setDisable(!compareBox.isSelected() || !thirdBox.isSelected());
        List<String> ids = new ArrayList<>();
        if (compareBox.isSelected() && comparePicker.getValue() != null) {
            ids.add(comparePicker.getValue().id());
            if (thirdBox.isSelected() && thirdPicker.getValue() != null) {
                ids.add(thirdPicker.getValue().id());
            }
        }
        user(Setting.COMPARE, s -> s.withCompareIds(ids));
    }

    private void user(Setting setting, java.util.function.UnaryOperator<ExplorerSettings> change) {
        if (!refreshing) {
            viewModel.update(setting, change);
        }
    }

    /** Shows the view model's settings; the main chip's sliders show its preset values until moved. */
    private void refresh() {
        refreshing = true;
        try {
            ExplorerSettings s = viewModel.settings();
            Hardware chip = viewModel.selectedHardware();
            hardwarePicker.setValue(chip);
            viewModel.model(s.modelId()).ifPresent(modelPicker::setValue);
            ServingStack stack = viewModel.stackFor(chip, true);
            stackPicker.setValue(stack);
            stackTip.setText(StackText.describe(m, stack));
            List<String> ids = s.compareIds();
            compareBox.setSelected(!ids.isEmpty());
            thirdBox.setSelected(ids.size() > 1);
            if (!ids.isEmpty()) {
                viewModel.hardware(ids.get(0)).ifPresent(comparePicker::setValue);
            } else if (comparePicker.getValue() == null) {
                comparePicker.setValue(firstOther(chip, null));
            }
            if (ids.size() > 1) {
                viewModel.hardware(ids.get(1)).ifPresent(thirdPicker::setValue);
            } else if (thirdPicker.getValue() == null) {
                thirdPicker.setValue(viewModel.hardware().stream()
                        .filter(h -> h.family() == ArchitectureFamily.COMPUTE_IN_MEMORY && h != chip && h != comparePicker.getValue())
                        .findFirst().orElse(firstOther(chip, comparePicker.getValue())));
            }
            comparePicker.setDisable(ids.isEmpty());
            thirdBox.setDisable(ids.isEmpty());
            thirdPicker.setDisable(ids.size() < 2);
            precisionGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == s.weightPrecision()));
            batch.show(s.batch());
            context.show(s.contextTokens());

            mainChipTitle.setText(m.format("controls.mainChip", org.memwall.ui.format.ChipNames.name(effectiveChip(chip))));
            Optional<Result> shown = viewModel.results().isEmpty() ? Optional.empty() : Optional.of(viewModel.results().get(0));
            Hardware effective = shown.filter(r -> r.scenario().hardware().id().equals(chip.id()))
                    .map(Result::hardware).orElse(chip);
            node.show(s.processNodeNm().orElse(clampNode(chip.processNodeNm())));
            Optional<MemoryLevel> dram = chip.level(MemoryKind.OFF_CHIP_DRAM);
            hbm.setDisable(dram.isEmpty());
            hbm.show(s.hbmBandwidthBytesPerSecond().orElse(dram.map(MemoryLevel::bandwidthBytesPerSecond).orElse(0.5 * TB)) / TB);
            Optional<MemoryLevel> sramLevel = effective.level(MemoryKind.ON_CHIP_SRAM);
            sram.setDisable(sramLevel.isEmpty());
            sram.show(s.sramBandwidthBytesPerSecond().orElse(sramLevel.map(MemoryLevel::bandwidthBytesPerSecond).orElse(TB)) / TB);
            autoChips.setSelected(s.chips() == 0);
            chips.setDisable(s.chips() == 0);
            chips.show(s.chips() > 0 ? s.chips() : shown.map(Result::chips).orElse(1));
        } finally {
            refreshing = false;
        }
    }

    /** "550 + 150": the prompt and output the core runs at this context, exactly as a scenario or the command line set them. */
    private String contextText(double tokens) {
        ExplorerSettings s = viewModel.settings().withContext((int) tokens);
        return m.format("controls.context.value", Units.tokens(s.promptTokens()), Units.tokens(s.generatedTokens()));
    }

    /** The main chip as the core ran it (at the node the slider chose), or its preset before a result. */
    private Hardware effectiveChip(Hardware preset) {
        return viewModel.results().isEmpty() ? preset : viewModel.results().stream().findFirst()
                .filter(r -> r.scenario().hardware().id().equals(preset.id())).map(Result::hardware).orElse(preset);
    }

    private double clampNode(double nm) {
        return Math.max(viewModel.nodes().smallestNm(), Math.min(viewModel.nodes().largestNm(), nm));
    }

    private Hardware firstOther(Hardware a, Hardware b) {
        return viewModel.hardware().stream().filter(h -> h != a && h != b).findFirst().orElse(a);
    }

    private void markProblem(Optional<Setting> setting) {
        rows.values().forEach(n -> n.getStyleClass().remove(INVALID));
        setting.map(rows::get).ifPresent(n -> n.getStyleClass().add(INVALID));
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(StyleClasses.SECTION_TITLE);
        return l;
    }

    private static <T> void configurePicker(ComboBox<T> box, String id, List<T> items, StringConverter<T> names) {
        box.setId(id);
        Pickers.openOnlyOnPurpose(box);
        box.getItems().setAll(items);
        box.setConverter(names);
        box.setMaxWidth(Double.MAX_VALUE);
    }

    /** A chip's name without what its brackets add: "Digital SRAM-CIM chip" rather than "... (12 nm, ...)". */
    static String withoutDetails(Hardware chip) {
        int paren = chip.name().indexOf(" (");
        return paren > 0 ? chip.name().substring(0, paren) : chip.name();
    }

    private static Names<Hardware> hardwareNames() {
        return new Names<>(Hardware::name);
    }

    /** Shows an item by its name; pickers are not editable, so nothing is parsed back. */
    private static final class Names<T> extends StringConverter<T> {
        private final java.util.function.Function<T, String> name;

        Names(java.util.function.Function<T, String> name) {
            this.name = name;
        }

        @Override
        public String toString(T item) {
            return item == null ? "" : name.apply(item);
        }

        @Override
        public T fromString(String text) {
            throw new UnsupportedOperationException("pickers are not editable");
        }
    }
}
