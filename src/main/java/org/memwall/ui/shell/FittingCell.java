package org.memwall.ui.shell;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A picker's button cell that shows the item's full name when it fits and its short name when not
 * ("Digital SRAM-CIM chip" for "Digital SRAM-CIM chip (12 nm, built from published macros)"), with
 * the full name in a tooltip: never a name cut off in the middle with an ellipsis.
 */
final class FittingCell<T> extends ListCell<T> {
    private final Function<T, String> fullName;
    private final Function<T, String> shortName;
    private final Tooltip tip = new Tooltip();

    FittingCell(Function<T, String> fullName, Function<T, String> shortName) {
        this.fullName = fullName;
        this.shortName = shortName;
        tip.setWrapText(true);
        tip.setMaxWidth(360);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
        } else {
            setText(fullName.apply(item));
            tip.setText(fullName.apply(item));
            setTooltip(tip);
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        T item = getItem();
        if (item != null && !isEmpty()) {
            String full = fullName.apply(item);
            double room = getWidth() - snappedLeftInset() - snappedRightInset();
            String wanted = room <= 0 || width(full) <= room ? full : shortName.apply(item);
            if (!wanted.equals(getText())) {
                setText(wanted);
            }
        }
        super.layoutChildren();
    }

    private double width(String text) {
        Text t = new Text(text);
        t.setFont(getFont());
        return t.getLayoutBounds().getWidth();
    }
}
