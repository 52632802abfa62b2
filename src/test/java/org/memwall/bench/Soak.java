package org.memwall.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.memwall.app.ExplorerFactory;
import org.memwall.ui.shell.ExplorerWindow;
import org.memwall.ui.theme.Theme;

/**
 * The frame-rate harness's soak ({@code FrameRateBench --minutes=60}): the real explorer window at
 * 1600x900 with three chips, its animation playing for the whole time, as a teacher leaves it
 * running through a lesson. Once a minute (after a 30 s warm-up, then every {@code --sample-seconds})
 * it collects the garbage, then prints the heap in use, the nodes in the scene graph, the open
 * windows, and the frames of the minute gone. At the end it says whether the heap after GC stayed
 * within 5% of its median (first sample left out: caches fill during the first minute) and whether
 * the node count moved.
 */
final class Soak extends AnimationTimer {
    /** The heap after GC may move this much around its median before the soak counts it as growth. */
    static final double HEAP_TOLERANCE = 0.05;
    private static final double WARM_UP_SECONDS = 30;

    private final double minutes;
    private final double sampleSeconds;
    private final Scene scene;
    private final ExplorerWindow window;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<Sample> samples = new ArrayList<>();
    private final List<Double> frameMillis = new ArrayList<>();
    private long start = -1;
    private long last = -1;
    private double nextSampleAt = WARM_UP_SECONDS;
    /** Collections left in the sample being taken (one per pulse), and the least heap they left. */
    private int collectionsLeft;
    private double leastHeapMb;
    private double[] sampledFrames;
    private double sampledTotalMillis;

    record Sample(double minute, double heapMb, int nodes, int windows, int frames, double fps, double p99Ms, double load) {
        String line() {
            return String.format(Locale.ROOT, "| %.1f | %.1f MB | %,d | %d | %,d | %.1f | %.1f ms | %.1f |",
                    minute, heapMb, nodes, windows, frames, fps, p99Ms, load);
        }
    }

    private Soak(double minutes, double sampleSeconds, Scene scene, ExplorerWindow window) {
        this.minutes = minutes;
        this.sampleSeconds = sampleSeconds;
        this.scene = scene;
        this.window = window;
    }

    /** Opens the window on {@code stage} and starts the soak. */
    static void run(Stage stage, double minutes, double sampleSeconds) {
        ExplorerFactory factory = ExplorerFactory.load(Optional.empty());
        ExplorerWindow window = factory.window(factory.defaultSettings().withCompareIds(
                List.of("groq-lpu", "sram-cim")), Theme.LIGHT);
        Scene scene = new Scene(window, 1600, 900);
        stage.setScene(scene);
        stage.setTitle("Soak: the animating window for " + minutes + " minutes");
        stage.show();
        window.animation().start();
        window.animation().playingProperty().set(true);
        System.out.printf(Locale.ROOT, "soak: %.0f minutes, a sample every %.0f s after %.0f s of warm-up, max heap %d MB%n",
                minutes, sampleSeconds, WARM_UP_SECONDS, Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| minute | heap after GC | live nodes | windows | frames | fps | p99 frame | load |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        new Soak(minutes, sampleSeconds, scene, window).start();
    }

    @Override
    public void handle(long now) {
        if (start < 0) {
            start = now;
        } else {
            frameMillis.add((now - last) / 1e6);
        }
        last = now;
        double elapsed = (now - start) / 1e9;
        if (collectionsLeft > 0) {
            collect();
            if (collectionsLeft == 0) {
                sample(elapsed);
                if (elapsed >= minutes * 60) {
                    stop();
                    window.animation().stop();
                    summary();
                    Platform.exit();
                }
            }
            return;
        }
        if (elapsed >= nextSampleAt) {
            beginSample();
            nextSampleAt += sampleSeconds;
        }
    }

    /**
     * The frames of the minute gone are set aside, then the heap is collected on each of the next
     * {@value #COLLECTIONS} pulses: a frame in flight holds its pixel buffers (tens of MB at
     * 1600x900) on the render thread, so one collection can land while they are held; the least of
     * a few is what the window itself keeps.
     */
    private void beginSample() {
        sampledFrames = frameMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        sampledTotalMillis = frameMillis.stream().mapToDouble(Double::doubleValue).sum();
        frameMillis.clear();
        leastHeapMb = Double.MAX_VALUE;
        collectionsLeft = COLLECTIONS;
        collect();
    }

    private static final int COLLECTIONS = 4;

    private void collect() {
        System.gc();
        leastHeapMb = Math.min(leastHeapMb, memory.getHeapMemoryUsage().getUsed() / 1e6);
        collectionsLeft--;
    }

    private void sample(double elapsed) {
        double[] frames = sampledFrames;
        double total = sampledTotalMillis;
        frameMillis.clear();
        Sample s = new Sample(elapsed / 60, leastHeapMb, count(scene.getRoot()),
                Window.getWindows().size(), frames.length, frames.length == 0 ? 0 : 1000.0 * frames.length / total,
                frames.length == 0 ? 0 : frames[Math.min(frames.length - 1, (int) Math.ceil(frames.length * 0.99) - 1)],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        samples.add(s);
        System.out.println(s.line());
        // after the GC pause, so the pause is not counted as a frame of the next minute
        last = System.nanoTime();
    }

    private static int count(Node node) {
        int n = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }

    /**
     * Flat means the level the heap returns to does not climb: the median of the first ten samples
     * after the first against the median of the last ten, within {@link #HEAP_TOLERANCE}. Single
     * samples a few MB up (a frame's pixel buffer the renderer kept across the collections) are
     * counted and shown, not taken for growth: a leak raises every sample after it.
     */
    private void summary() {
        List<Sample> steady = samples.size() > 2 ? samples.subList(1, samples.size()) : samples;
        int window = Math.max(1, Math.min(10, steady.size() / 3));
        double first = median(steady.subList(0, window));
        double last = median(steady.subList(steady.size() - window, steady.size()));
        double growth = (last - first) / first;
        double[] heap = steady.stream().mapToDouble(Sample::heapMb).sorted().toArray();
        double median = heap[heap.length / 2];
        long spikes = steady.stream().filter(x -> x.heapMb() > median * (1 + HEAP_TOLERANCE / 2)).count();
        int minNodes = steady.stream().mapToInt(Sample::nodes).min().orElse(0);
        int maxNodes = steady.stream().mapToInt(Sample::nodes).max().orElse(0);
        System.out.println();
        System.out.printf(Locale.ROOT, "heap after GC from minute %.1f on: first %d samples' median %.1f MB, last %d samples' median %.1f MB:"
                        + " %+.1f%% (%s within %.0f%%); range %.1f to %.1f MB, %d single samples more than %.1f%% above the median %.1f MB;"
                        + " least-squares trend %+.2f MB per hour%n",
                steady.get(0).minute(), window, first, window, last, growth * 100,
                Math.abs(growth) <= HEAP_TOLERANCE ? "flat" : "NOT flat", HEAP_TOLERANCE * 100, heap[0], heap[heap.length - 1],
                spikes, HEAP_TOLERANCE * 50, median, slopeMbPerHour(steady));
        System.out.printf(Locale.ROOT, "live nodes: %,d to %,d (%s)%n", minNodes, maxNodes,
                minNodes == maxNodes ? "no growth" : "CHANGED by " + (maxNodes - minNodes));
    }

    private static double median(List<Sample> s) {
        double[] v = s.stream().mapToDouble(Sample::heapMb).sorted().toArray();
        return v[v.length / 2];
    }

    /** Least-squares slope of heap after GC against time. */
    private static double slopeMbPerHour(List<Sample> s) {
        double mx = s.stream().mapToDouble(Sample::minute).average().orElse(0);
        double my = s.stream().mapToDouble(Sample::heapMb).average().orElse(0);
        double num = 0;
        double den = 0;
        for (Sample x : s) {
            num += (x.minute() - mx) * (x.heapMb() - my);
            den += (x.minute() - mx) * (x.minute() - mx);
        }
        return den == 0 ? 0 : num / den * 60;
    }
}
