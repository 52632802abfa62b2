package org.memwall.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The canvas's colours as styleable properties, one per theme token ({@code -mw-canvas-hbm} ...):
 * the canvas's stylesheet points each at the theme's token of the same name without "canvas-",
 * and {@link #set(CanvasPalette)} sets all of them from code.
 */
final class CanvasColours {
    /** The theme tokens the canvas reads, each a styleable colour property. */
    enum Token {
        HBM("-mw-canvas-hbm", CanvasPalette::hbm),
        SRAM("-mw-canvas-sram", CanvasPalette::sram),
        COMPUTE("-mw-canvas-compute", CanvasPalette::compute),
        FLOW_READ("-mw-canvas-flow-read", CanvasPalette::flowRead),
        WEIGHTS("-mw-canvas-weights", CanvasPalette::weights),
        KV("-mw-canvas-kv", CanvasPalette::kvCache),
        ACTIVATIONS("-mw-canvas-activations", CanvasPalette::activations),
        LINK("-mw-canvas-link", CanvasPalette::link),
        TEXT("-mw-canvas-text", CanvasPalette::text),
        BACKGROUND("-mw-canvas-background", CanvasPalette::background);

        static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

        static {
            List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Region.getClassCssMetaData());
            for (Token t : values()) {
                list.add(t.meta);
            }
            CSS_META_DATA = Collections.unmodifiableList(list);
        }

        final String property;
        final Color fallback;
        final Function<CanvasPalette, Color> fromPalette;
        final CssMetaData<ArchitectureCanvas, Color> meta;

        Token(String property, Function<CanvasPalette, Color> fromPalette) {
            this.property = property;
            this.fromPalette = fromPalette;
            this.fallback = fromPalette.apply(CanvasPalette.LIGHT);
            Token self = this;
            this.meta = new CssMetaData<>(property, StyleConverter.getColorConverter(), fallback) {
                @Override
                public boolean isSettable(ArchitectureCanvas node) {
                    return !node.colours().property(self).isBound();
                }

                @Override
                public StyleableProperty<Color> getStyleableProperty(ArchitectureCanvas node) {
                    return node.colours().property(self);
                }
            };
        }
    }

    private final Map<Token, StyleableObjectProperty<Color>> colours = new EnumMap<>(Token.class);

    CanvasColours(ArchitectureCanvas owner) {
        for (Token t : Token.values()) {
            colours.put(t, new SimpleStyleableObjectProperty<>(t.meta, owner, t.property, t.fallback));
        }
    }

    StyleableObjectProperty<Color> property(Token t) {
        return colours.get(t);
    }

    void addListener(InvalidationListener l) {
        colours.values().forEach(p -> p.addListener(l));
    }

    void removeListener(InvalidationListener l) {
        colours.values().forEach(p -> p.removeListener(l));
    }

    void set(CanvasPalette palette) {
        for (Token t : Token.values()) {
            colours.get(t).set(t.fromPalette.apply(palette));
        }
    }

    CanvasPalette palette() {
        return new CanvasPalette(get(Token.HBM), get(Token.SRAM), get(Token.COMPUTE), get(Token.FLOW_READ),
                get(Token.WEIGHTS), get(Token.KV), get(Token.ACTIVATIONS), get(Token.LINK),
                get(Token.TEXT), get(Token.BACKGROUND));
    }

    private Color get(Token t) {
        return colours.get(t).get();
    }
}
