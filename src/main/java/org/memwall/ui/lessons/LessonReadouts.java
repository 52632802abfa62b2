package org.memwall.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.memwall.economics.CostOfOwnership;
import org.memwall.economics.PriceBasis;
import org.memwall.lessons.CostReadout;
import org.memwall.lessons.Highlight;
import org.memwall.lessons.Numbers;
import org.memwall.lessons.Readouts;
import org.memwall.ui.format.ChipNames;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.LessonViewModel;

/**
 * The numbers the scenario narratives refer to, one line per chip on screen: bytes per generated
 * token from HBM, time to the first token, and chips for the weights alone against weights plus KV
 * cache; then the cost of ownership on the price basis chosen (hardware, energy over the years,
 * cost per million tokens) and where the SRAM dataflow system becomes cheaper per token/s than a
 * full GPU server. A step that points at them outlines them.
 */
public final class LessonReadouts extends VBox {
    public static final String HIGHLIGHTED = "mw-highlighted";
    static final String STYLESHEET = "/org/memwall/ui/lessons/lessons.css";
    private final Messages m = Messages.of(LessonReadouts.class);
    private final LessonViewModel lessons;
    private final VBox readouts = new VBox(1);
    private final VBox ownership = new VBox(1);
    private final Label breakEven = new Label();

    public LessonReadouts(LessonViewModel lessons) {
        super(4);
        getStylesheets().add(java.util.Objects.requireNonNull(LessonReadouts.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        this.lessons = lessons;
        setId("readouts");
        getStyleClass().add("mw-readouts");
        readouts.setId("readouts-chips");
        ownership.setId("readouts-ownership");
        Label costTitle = new Label();
        costTitle.getStyleClass().add("mw-readouts-title");
        costTitle.setId("readouts-ownership-title");
        costTitle.setWrapText(true);
        costTitle.setMinHeight(Region.USE_PREF_SIZE);
        breakEven.setId("readouts-break-even");
        breakEven.setWrapText(true);
        breakEven.setMinHeight(Region.USE_PREF_SIZE);
        breakEven.getStyleClass().add("mw-readouts-line");
        getChildren().addAll(readouts, costTitle, ownership, breakEven);
        lessons.readoutsProperty().addListener((obs, old, now) -> update());
        lessons.ownershipProperty().addListener((obs, old, now) -> update());
        lessons.breakEvenProperty().addListener((obs, old, now) -> update());
        lessons.highlightsProperty().addListener((obs, old, now) -> highlight(now));
        costTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.format("ownership.title",
                m.get(lessons.costs().basis() == PriceBasis.BOM ? "ownership.bom" : "ownership.list"),
                Numbers.plain(lessons.prices().operating().years()),
                Numbers.plain(lessons.prices().operating().usdPerKilowattMonth())), lessons.costsProperty()));
        update();
        highlight(lessons.highlightsProperty().get());
    }

    /** The panel's title, for the pane that folds it. */
    public String title() {
        return m.get("readouts.title");
    }

    private void highlight(List<Highlight> on) {
        mark(readouts, on.contains(Highlight.READOUTS));
        mark(ownership, on.contains(Highlight.OWNERSHIP));
        mark(breakEven, on.contains(Highlight.OWNERSHIP));
    }

    private static void mark(Region r, boolean on) {
        if (on && !r.getStyleClass().contains(HIGHLIGHTED)) {
            r.getStyleClass().add(HIGHLIGHTED);
        } else if (!on) {
            r.getStyleClass().remove(HIGHLIGHTED);
        }
    }

    private String name(String hardwareId) {
        return lessons.explorer().hardware(hardwareId).map(ChipNames::shortName).orElse(hardwareId);
    }

    private void update() {
        List<Label> lines = new ArrayList<>();
        for (Readouts r : lessons.readoutsProperty().get()) {
            String hbm = Double.isNaN(r.hbmBytesPerToken()) ? m.get("readouts.noHbm")
                    : m.format("readouts.hbm", Units.bytes(r.hbmBytesPerToken()));
            lines.add(line(m.format("readouts.chip", name(r.hardwareId()), hbm, Units.seconds(r.timeToFirstTokenSeconds()),
                    r.chipsForWeightsAlone(), r.chipsNeeded())));
        }
        setLines(readouts, lines);
        List<Label> costs = new ArrayList<>();
        for (CostReadout c : lessons.ownershipProperty().get()) {
            Optional<CostOfOwnership> own = c.ownership();
            String streams = c.streams() > 1 ? m.format("ownership.streams", c.streams()) : "";
            costs.add(own.map(o -> line(m.format("ownership.chip", name(c.hardwareId()), c.chips(), Numbers.usd(o.hardwareUsd()),
                            Numbers.usd(o.energyUsd()), Numbers.of(o.usdPerMillionTokens()), streams)))
                    .orElseGet(() -> line(m.format("ownership.noPrice", name(c.hardwareId()),
                            m.get(lessons.costs().basis() == PriceBasis.BOM ? "ownership.bom" : "ownership.list")))));
            c.price().ifPresent(p -> costs.get(costs.size() - 1).setTooltip(new Tooltip(p.kind() + ", " + p.date() + ": " + p.source())));
        }
        setLines(ownership, costs);
        breakEven.setText(lessons.breakEvenProperty().get().map(b -> b.reachable()
                ? m.format("breakEven.reachable", b.streams(), b.mostStreams())
                : m.format("breakEven.unreachable", b.mostStreams())).orElse(""));
        breakEven.setVisible(!breakEven.getText().isEmpty());
        breakEven.setManaged(breakEven.isVisible());
    }

    private static void setLines(VBox box, List<Label> lines) {
        List<String> now = box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        if (!now.equals(lines.stream().map(Label::getText).toList())) {
            box.getChildren().setAll(lines);
        }
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("mw-readouts-line");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

}
