package org.memwall.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.memwall.app.ExplorerFactory;
import org.memwall.ui.shell.ExplorerWindow;
import org.memwall.ui.theme.Theme;

/**
 * Slider-tick benchmark of the whole explorer window (a program, not a unit test): the real
 * window at 1600x900 with its animation playing, three chips (the default scenario plus a CIM
 * chip), and the batch, HBM bandwidth, process node and context sliders moved in turn from code.
 *
 * <p>Each tick happens at the start of a pulse (in an AnimationTimer, where a key or mouse event
 * would have been handled just before), so the time from the value change to the end of that
 * pulse's CSS and layout pass is what the user waits for before the next frame can be drawn. It
 * is split into the listeners' own work (core runs, charts, tiles, canvas: the {@code setValue}
 * call) and the CSS + layout pass that follows. The frame time is the time to the start of the
 * next pulse, which also waits for the render thread to finish drawing the changed frame. A tick
 * is made every third pulse so the pulses between let the render thread catch up.
 *
 * <p>{@code --ticks=N} measured ticks (default 400) after {@code --warmup=N} (default 100);
 * {@code --runs=N} repeats (default 1). Run it under Xvfb with the software pipeline (see README).
 */
public final class SliderTickBench {
    private SliderTickBench() {
    }

    public static void main(String[] args) {
        Application.launch(BenchApp.class, args);
    }

    public static final class BenchApp extends Application {
        private static final String[] SLIDERS = {"batch-slider", "hbm-slider", "node-slider", "context-slider"};
        private static final int PULSES_PER_TICK = 3;

        private final List<double[]> ticks = new ArrayList<>();
        private int warmup;
        private int measured;
        private int runs;
        private int run;
        private int tickCount;
        private int pulse;
        private long changeNanos;
        private long handledNanos;
        private long preLayoutNanos;
        private long postLayoutNanos;
        private boolean awaitingLayout;
        private boolean awaitingNextPulse;
        private double loadBefore;

        @Override
        public void start(Stage stage) {
            warmup = named("warmup", 100);
            measured = named("ticks", 400);
            runs = named("runs", 1);
            ExplorerFactory factory = ExplorerFactory.load(Optional.empty());
            ExplorerWindow window = factory.window(factory.defaultSettings().withCompareIds(
                    List.of("groq-lpu", "sram-cim")), Theme.LIGHT);
            Scene scene = new Scene(window, 1600, 900);
            stage.setScene(scene);
            stage.setTitle("Slider-tick benchmark");
            stage.show();
            window.animation().start();
            window.animation().playingProperty().set(true);

            if (getParameters().getUnnamed().contains("--map")) {
                addMap(window, scene);
            }
            List<Slider> sliders = Arrays.stream(SLIDERS).map(id -> (Slider) scene.lookup("#" + id)).toList();
            boolean diagnose = getParameters().getUnnamed().contains("--diagnose");
            scene.addPreLayoutPulseListener(() -> {
                if (awaitingLayout) {
                    if (diagnose && tickCount > warmup && tickCount <= warmup + 8) {
                        CssDiagnosis.print(scene.getRoot(), tickCount);
                    }
                    preLayoutNanos = System.nanoTime();
                }
            });
            scene.addPostLayoutPulseListener(() -> {
                if (awaitingLayout) {
                    postLayoutNanos = System.nanoTime();
                    awaitingLayout = false;
                    awaitingNextPulse = true;
                }
            });
            loadBefore = load();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (awaitingNextPulse) {
                        long next = System.nanoTime();
                        awaitingNextPulse = false;
                        if (tickCount > warmup) {
                            ticks.add(new double[] {ms(postLayoutNanos - changeNanos), ms(handledNanos - changeNanos),
                                ms(postLayoutNanos - preLayoutNanos), ms(next - changeNanos)});
                        }
                        if (tickCount == warmup + measured) {
                            report();
                            ticks.clear();
                            tickCount = 0;
                            loadBefore = load();
                            if (++run == runs) {
                                stop();
                                window.animation().stop();
                                Platform.exit();
                                return;
                            }
                        }
                    }
                    if (++pulse % PULSES_PER_TICK != 0) {
                        return;
                    }
                    Slider slider = sliders.get(tickCount % sliders.size());
                    // Sweep each slider up and down its range in twelve steps: every tick is a new value.
                    int step = (tickCount / sliders.size()) % 24;
                    double fraction = (step < 12 ? step : 24 - step) / 12.0;
                    double position = slider.getMin() + fraction * (slider.getMax() - slider.getMin());
                    tickCount++;
                    changeNanos = System.nanoTime();
                    slider.setValue(position);
                    handledNanos = System.nanoTime();
                    awaitingLayout = true;
                }
            }.start();
        }

        /**
         * With {@code --map}: the window's own design-space map (64 x 64, HBM bandwidth x node, on
         * every core) brought forward among the charts and recomputed on every tick; reports from
         * each change to the map's new grid drawn.
         */
        private void addMap(ExplorerWindow window, Scene scene) {
            org.memwall.ui.charts.ChartHost host = (org.memwall.ui.charts.ChartHost) scene.lookup("#charts");
            host.select(org.memwall.ui.shell.Dashboard.MAP);
            org.memwall.ui.map.MapChart map = (org.memwall.ui.map.MapChart) host.chart(org.memwall.ui.shell.Dashboard.MAP)
                    .orElseThrow();
            map.model().shownProperty().addListener(o -> {
                if (tickCount > warmup) {
                    mapDrawn.add(ms(System.nanoTime() - changeNanos));
                }
            });
            mapShown = true;
        }

        private final List<Double> mapDrawn = new ArrayList<>();
        private boolean mapShown;

        private void report() {
            double loadAfter = load();
            System.out.printf(Locale.ROOT, "run %d: %d ticks, 3 chips at 1600x900, load average %.1f -> %.1f%n",
                    run + 1, ticks.size(), loadBefore, loadAfter);
            String[] names = {"change to end of layout", "  listeners (setValue)", "  CSS + layout pass",
                "change to next pulse (frame)"};
            for (int k = 0; k < names.length; k++) {
                double[] values = new double[ticks.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ticks.get(i)[k];
                }
                Arrays.sort(values);
                System.out.printf(Locale.ROOT, "%-30s median %6.2f ms   p90 %6.2f ms   p99 %6.2f ms%n",
                        names[k], percentile(values, 0.5), percentile(values, 0.9), percentile(values, 0.99));
            }
            if (mapShown) {
                double[] values = mapDrawn.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "%-30s median %6.2f ms   p90 %6.2f ms   p99 %6.2f ms   (%d of %d ticks drawn)%n",
                        "change to map drawn", percentile(values, 0.5), percentile(values, 0.9), percentile(values, 0.99),
                        values.length, ticks.size());
                mapDrawn.clear();
            }
        }

        /**
         * With {@code --diagnose} (and {@code --add-opens javafx.graphics/javafx.scene=ALL-UNNAMED}):
         * after a tick, which nodes wait for CSS to be re-applied or updated, and which need layout.
         */
        private static final class CssDiagnosis {
            static void print(javafx.scene.Parent root, int tick) {
                java.util.Map<String, Integer> css = new java.util.TreeMap<>();
                java.util.Map<String, Integer> layout = new java.util.TreeMap<>();
                walk(root, css, layout);
                System.out.println("tick " + tick + " css: " + css);
                System.out.println("tick " + tick + " layout: " + layout);
            }

            private static void walk(javafx.scene.Node n, java.util.Map<String, Integer> css, java.util.Map<String, Integer> layout) {
                try {
                    java.lang.reflect.Field f = javafx.scene.Node.class.getDeclaredField("cssFlag");
                    f.setAccessible(true);
                    String flag = String.valueOf(f.get(n));
                    if (flag.equals("REAPPLY") || flag.equals("UPDATE")) {
                        css.merge(flag + " " + name(n), 1, Integer::sum);
                    }
                    if (n instanceof javafx.scene.Parent p) {
                        java.lang.reflect.Field lf = javafx.scene.Parent.class.getDeclaredField("layoutFlag");
                        lf.setAccessible(true);
                        String lflag = String.valueOf(lf.get(p));
                        if (lflag.equals("NEEDS_LAYOUT")) {
                            layout.merge(name(n), 1, Integer::sum);
                        }
                        for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                            walk(c, css, layout);
                        }
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }

            private static String name(javafx.scene.Node n) {
                javafx.scene.Node named = n;
                while (named != null && named.getId() == null) {
                    named = named.getParent();
                }
                return n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : named == null ? "" : " in #" + named.getId());
            }
        }

        private int named(String name, int fallback) {
            String v = getParameters().getNamed().get(name);
            return v == null ? fallback : Integer.parseInt(v);
        }

        private static double load() {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }

        private static double percentile(double[] sorted, double q) {
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }
}
