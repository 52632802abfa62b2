package org.memwall.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.memwall.lessons.Check;
import org.memwall.lessons.ClaimTexts;
import org.memwall.lessons.Verdict;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.model.LessonViewModel;

/**
 * The verdicts of the step on screen, one line per claim: a coloured badge (holds, partly, does not
 * hold) and one sentence with the numbers and what the article said. Rebuilt on every change of the
 * checks; a line whose verdict and words stay the same is left alone, so a slider tick that does
 * not change a verdict changes only the numbers.
 */
final class VerdictBadges extends VBox {
    static final String ROW = "mw-verdict-row";
    static final String BADGE = "mw-verdict";
    private final ClaimTexts texts = ClaimTexts.of(Language.current().locale());
    private final List<Row> rows = new ArrayList<>();

    /** One claim's line; the badge's style class says its verdict. */
    record Row(HBox box, Label badge, Label sentence) {
    }

    VerdictBadges(LessonViewModel lessons) {
        super(2);
        setId("guide-verdicts");
        getStyleClass().add("mw-guide-verdicts");
        lessons.checksProperty().addListener((obs, old, now) -> show(now));
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(getChildren()));
        managedProperty().bind(visibleProperty());
        show(lessons.checks());
    }

    static String styleOf(Verdict v) {
        return BADGE + "-" + v.id().replace(' ', '-');
    }

    private void show(List<Check> checks) {
        while (rows.size() > checks.size()) {
            rows.remove(rows.size() - 1);
        }
        while (rows.size() < checks.size()) {
            rows.add(row(rows.size()));
        }
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            Row r = rows.get(i);
            String style = styleOf(c.verdict());
            if (!r.badge().getStyleClass().contains(style)) {
                r.badge().getStyleClass().removeIf(s -> s.startsWith(BADGE + "-"));
                r.badge().getStyleClass().add(style);
            }
            set(r.badge(), texts.verdict(c.verdict()));
            set(r.sentence(), texts.name(c.claim()) + " — " + texts.detail(c) + " (" + article() + texts.article(c.claim()) + ")");
            r.box().setUserData(c.claimId());
            r.sentence().getTooltip().setText(c.claim().source());
        }
        List<HBox> boxes = rows.stream().map(Row::box).toList();
        if (!getChildren().equals(boxes)) {
            getChildren().setAll(boxes);
        }
    }

    private String article() {
        return Language.current() == Language.CHINESE ? "文章：" : "the article: ";
    }

    private static void set(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }

    private static Row row(int index) {
        Label badge = new Label();
        badge.getStyleClass().add(BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setId("verdict-" + index);
        Label sentence = new Label();
        sentence.setId("verdict-sentence-" + index);
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.setMaxWidth(Double.MAX_VALUE);
        sentence.setPrefWidth(200);
        sentence.setTooltip(new Tooltip());
        HBox.setHgrow(sentence, Priority.ALWAYS);
        HBox box = new HBox(6, badge, sentence);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add(ROW);
        return new Row(box, badge, sentence);
    }

    /** The verdict ids shown, in order (tests). */
    List<String> verdicts() {
        return rows.stream().map(r -> r.badge().getStyleClass().stream().filter(s -> s.startsWith(BADGE + "-"))
                .findFirst().orElse("").substring(BADGE.length() + 1).replace('-', ' ').toLowerCase(Locale.ROOT)).toList();
    }
}
