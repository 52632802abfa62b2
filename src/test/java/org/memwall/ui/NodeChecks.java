package org.memwall.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** For tests: what a user sees of a scene graph, read from its nodes. */
public final class NodeChecks {
    private NodeChecks() {
    }

    /** The node and every ancestor visible, and the node of some size inside its scene. */
    public static boolean seen(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        if (n.getScene() == null) {
            return false;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getWidth() > 0 && b.getHeight() > 0 && b.getMaxX() > 0 && b.getMaxY() > 0
                && b.getMinX() < n.getScene().getWidth() && b.getMinY() < n.getScene().getHeight();
    }

    public static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /**
     * Every label, button, cell and tab title on screen whose text the skin had to shorten (it then
     * shows a shorter string, ending in an ellipsis, than the control holds) or that runs off the
     * window's right edge, described for a message.
     */
    public static List<String> truncated(Node root) {
        List<String> out = new ArrayList<>();
        for (Node n : all(root)) {
            if (!(n instanceof Labeled l) || l.getText() == null || l.getText().isBlank() || !seen(l)) {
                continue;
            }
            Bounds inScene = l.localToScene(l.getLayoutBounds());
            if (inScene.getMaxX() > l.getScene().getWidth() + 1) {
                out.add(describe(l) + " runs off the window's right edge: '" + l.getText() + "'");
            }
            // a titled pane's words are one level down, in its title bar
            List<Node> shown = new ArrayList<>(l.getChildrenUnmodifiable());
            if (l instanceof javafx.scene.control.TitledPane && l.lookup(".title") instanceof Parent title) {
                shown.addAll(title.getChildrenUnmodifiable());
            }
            for (Node c : shown) {
                if (c instanceof Text t && t.isVisible() && !l.getText().equals(t.getText())
                        && !stripMnemonic(l.getText()).equals(t.getText())) {
                    out.add(describe(l) + " shows '" + t.getText() + "' of '" + l.getText() + "'");
                }
            }
        }
        return out;
    }

    private static String stripMnemonic(String text) {
        return text.replace("_", "");
    }

    public static String describe(Node n) {
        StringBuilder path = new StringBuilder();
        for (Node p = n; p != null; p = p.getParent()) {
            String name = p.getId() != null ? "#" + p.getId() : p.getClass().getSimpleName();
            path.insert(0, path.length() == 0 ? name : name + " > ");
            if (p.getId() != null && p != n) {
                break;
            }
        }
        return path.toString();
    }
}
