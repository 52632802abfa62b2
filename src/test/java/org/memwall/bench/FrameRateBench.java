package org.memwall.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.memwall.core.sim.Operator;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;
import org.memwall.core.trace.ComputeEvent;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;
import org.memwall.core.trace.Trace;
import org.memwall.core.trace.TraceEvent;
import org.memwall.core.trace.TransferEvent;
import org.memwall.ui.canvas.ArchitectureCanvas;
import org.memwall.ui.canvas.CanvasFixtures;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.playback.PlaybackDriver;

/**
 * Frame-rate benchmark of the architecture canvas (a program, not a unit test): an H100 at
 * 1600x900 playing a synthetic decode layer whose four transfers run the whole loop, with the
 * packet density raised to about 1,000 and then 10,000 packets in flight. Each measurement warms
 * up 2 s and records 10 s of frames; {@code --runs=N} repeats the pair N times (default 3) and the
 * summary keeps the run with the most frames per second, since on a shared machine other processes
 * only ever make frames slower (the median alone sits at the 60 Hz cap once frames are cheap). Run it under Xvfb (see README).
 *
 * <p>{@code --minutes=N} (or {@code --minutes N}) runs the soak instead: the real window animating
 * for N minutes, heap after GC and live nodes sampled every minute (see {@link Soak}).
 *
 * <p>Besides wall frame times it reports where the time goes, which other load does not distort
 * much: the canvas's own redraw per frame (wall time of its clock listener), and the CPU time per
 * frame of the JavaFX application thread (events, animation, redraw, scene sync) and of the
 * render thread (software rasterising and blending of the scene, and handing the window's pixels
 * to the X server), and of the X server itself.
 */
public final class FrameRateBench {
    private FrameRateBench() {
    }

    public static void main(String[] args) {
        Application.launch(BenchApp.class, args);
    }

    public static final class BenchApp extends Application {
        private static final double WARM_UP_SECONDS = 2;
        private static final double MEASURE_SECONDS = 10;
        private static final int[] TARGET_PACKETS = {1_000, 10_000};
        private static final int TRANSFERS = 4;

        @Override
        public void start(Stage stage) {
            Optional<String> minutes = option("minutes");
            if (minutes.isPresent()) {
                Soak.run(stage, Double.parseDouble(minutes.get()),
                        Double.parseDouble(option("sample-seconds").orElse("60")));
                return;
            }
            int runs = getParameters().getNamed().containsKey("runs")
                    ? Integer.parseInt(getParameters().getNamed().get("runs")) : 3;
            PlaybackClock clock = new PlaybackClock();
            RedrawTimer redraw = new RedrawTimer();
            // listeners run in the order they were added: this one before the canvas's, the next after it
            clock.simulatedSecondsProperty().addListener(redraw.before);
            ArchitectureCanvas canvas = new ArchitectureCanvas(clock);
            clock.simulatedSecondsProperty().addListener(redraw.after);
            stage.setScene(new Scene(new StackPane(canvas), 1600, 900));
            stage.setTitle("Frame-rate benchmark");
            stage.show();
            Result result = synthetic(CanvasFixtures.run(CanvasFixtures.h100(), CanvasFixtures.llama2x70b()));
            canvas.show(List.of(result));
            clock.speedProperty().set(clock.loopSeconds() / 8);
            clock.playingProperty().set(true);
            PlaybackDriver driver = new PlaybackDriver(clock);
            driver.start();
            new Runner(canvas, driver, redraw, runs).start();
        }

        /** {@code --name=value} or {@code --name value}. */
        private Optional<String> option(String name) {
            List<String> raw = getParameters().getRaw();
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).startsWith("--" + name + "=")) {
                    return Optional.of(raw.get(i).substring(name.length() + 3));
                }
                if (raw.get(i).equals("--" + name) && i + 1 < raw.size()) {
                    return Optional.of(raw.get(i + 1));
                }
            }
            return Optional.empty();
        }

        /** The real result with a decode trace of four transfers and a compute event spanning 400 µs. */
        private static Result synthetic(Result r) {
            double loop = 400e-6;
            double rate = 2e12;
            List<TraceEvent> events = new ArrayList<>();
            Endpoint[][] paths = {{Endpoint.DRAM, Endpoint.SRAM}, {Endpoint.SRAM, Endpoint.COMPUTE},
                {Endpoint.DRAM, Endpoint.SRAM}, {Endpoint.COMPUTE, Endpoint.NEXT_CHIP}};
            Payload[] payloads = {Payload.WEIGHTS, Payload.WEIGHTS, Payload.KV_CACHE, Payload.ACTIVATIONS};
            String[] levels = {"HBM3", "L2", "HBM3", Trace.LINK};
            for (int i = 0; i < TRANSFERS; i++) {
                events.add(new TransferEvent(Operator.FFN, paths[i][0], paths[i][1], payloads[i], levels[i], rate * loop, 0, loop));
            }
            events.add(new ComputeEvent(Operator.FFN, 1e9, 0.3, 0, loop));
            Trace trace = new Trace(Phase.DECODE, events, List.of("L2", "HBM3"));
            return new Result(r.scenario(), r.hardware(), r.parallelism(), r.chipsNeeded(), r.fits(), r.fitMessage(),
                    r.prefill(), r.decode(), r.timeToFirstTokenSeconds(), r.energy(), r.hardwareCostUsd(), r.roofline(),
                    trace, r.prefillTrace(), r.fidelity());
        }

        /** Wall time of the canvas's redraw, bracketed by a listener before and one after the canvas's own. */
        private static final class RedrawTimer {
            private long startNanos;
            private long lastNanos;
            final InvalidationListener before = o -> startNanos = System.nanoTime();
            final InvalidationListener after = o -> lastNanos = System.nanoTime() - startNanos;

            long takeNanos() {
                long n = lastNanos;
                lastNanos = 0;
                return n;
            }
        }

        /** One measurement: frame times and per-frame costs at one packet density. */
        private record Measurement(int target, long meanInFlight, int frames, double medianMs, double p99Ms,
                double fps, double redrawMedianMs, double redrawP99Ms, double fxCpuMsPerFrame,
                double renderCpuMsPerFrame, double xServerCpuMsPerFrame, double loadBefore, double loadAfter) {

            String line() {
                return String.format(Locale.ROOT,
                        "target %,6d packets: in flight %,6d | frames %4d | frame median %.2f ms, p99 %.2f ms | fps %.1f"
                                + " | redraw median %.2f ms, p99 %.2f ms | CPU per frame: FX thread %.2f ms, render thread %.2f ms, X server %.2f ms"
                                + " | load %.1f -> %.1f",
                        target, meanInFlight, frames, medianMs, p99Ms, fps, redrawMedianMs, redrawP99Ms,
                        fxCpuMsPerFrame, renderCpuMsPerFrame, xServerCpuMsPerFrame, loadBefore, loadAfter);
            }

            String row() {
                return String.format(Locale.ROOT, "| %,d | %.1f ms | %.1f ms | %.1f | %.2f ms | %.1f ms | %.1f ms | %.1f ms | %.1f-%.1f |",
                        meanInFlight, medianMs, p99Ms, fps, redrawMedianMs, fxCpuMsPerFrame, renderCpuMsPerFrame,
                        xServerCpuMsPerFrame, loadBefore, loadAfter);
            }
        }

        private static final class Runner extends AnimationTimer {
            private final ArchitectureCanvas canvas;
            private final PlaybackDriver driver;
            private final RedrawTimer redraw;
            private final int runs;
            private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            private final long renderThreadId = renderThreadId();
            private final ProcessHandle xServer = xServer();
            private final List<Double> frameMillis = new ArrayList<>();
            private final List<Double> redrawMillis = new ArrayList<>();
            private final List<Measurement> done = new ArrayList<>();
            private long runStart = -1;
            private long last = -1;
            private int step;
            private long packetSum;
            private boolean measuring;
            private long fxCpuStart;
            private long renderCpuStart;
            private long xServerCpuStart;
            private double loadBefore;

            Runner(ArchitectureCanvas canvas, PlaybackDriver driver, RedrawTimer redraw, int runs) {
                this.canvas = canvas;
                this.driver = driver;
                this.redraw = redraw;
                this.runs = runs;
                canvas.setPacketDensity(target() / TRANSFERS);
            }

            private int target() {
                return TARGET_PACKETS[step % TARGET_PACKETS.length];
            }

            private static long renderThreadId() {
                for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
                    if (info.getThreadName().startsWith("QuantumRenderer")) {
                        return info.getThreadId();
                    }
                }
                return -1;
            }

            /** The X server showing this window (Xvfb started for the display in DISPLAY), if it can be found. */
            private static ProcessHandle xServer() {
                String display = System.getenv("DISPLAY");
                if (display == null) {
                    return null;
                }
                return ProcessHandle.allProcesses()
                        .filter(p -> p.info().command().map(c -> c.endsWith("Xvfb")).orElse(false))
                        .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(display)).orElse(false))
                        .findFirst().orElse(null);
            }

            private long xServerCpuNanos() {
                return xServer == null ? -1
                        : xServer.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
            }

            @Override
            public void handle(long now) {
                long redrawNanos = redraw.takeNanos();
                if (runStart < 0) {
                    runStart = now;
                }
                double elapsed = (now - runStart) / 1e9;
                if (!measuring && elapsed >= WARM_UP_SECONDS) {
                    measuring = true;
                    fxCpuStart = threads.getCurrentThreadCpuTime();
                    renderCpuStart = renderThreadId >= 0 ? threads.getThreadCpuTime(renderThreadId) : 0;
                    xServerCpuStart = xServerCpuNanos();
                    loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                } else if (measuring) {
                    frameMillis.add((now - last) / 1e6);
                    redrawMillis.add(redrawNanos / 1e6);
                    packetSum += canvas.packetsInFlight();
                }
                last = now;
                if (elapsed >= WARM_UP_SECONDS + MEASURE_SECONDS) {
                    finish();
                    step++;
                    if (step == runs * TARGET_PACKETS.length) {
                        summary();
                        stop();
                        driver.stop();
                        Platform.exit();
                        return;
                    }
                    canvas.setPacketDensity(target() / TRANSFERS);
                    frameMillis.clear();
                    redrawMillis.clear();
                    packetSum = 0;
                    measuring = false;
                    runStart = now;
                }
            }

            private void finish() {
                int frames = frameMillis.size();
                double fxCpu = (threads.getCurrentThreadCpuTime() - fxCpuStart) / 1e6 / frames;
                double renderCpu = renderThreadId >= 0
                        ? (threads.getThreadCpuTime(renderThreadId) - renderCpuStart) / 1e6 / frames : Double.NaN;
                long xServerCpuEnd = xServerCpuNanos();
                double xServerCpu = xServerCpuStart >= 0 && xServerCpuEnd >= 0
                        ? (xServerCpuEnd - xServerCpuStart) / 1e6 / frames : Double.NaN;
                double total = frameMillis.stream().mapToDouble(Double::doubleValue).sum();
                double[] frame = sorted(frameMillis);
                double[] redrawn = sorted(redrawMillis);
                Measurement m = new Measurement(target(), packetSum / Math.max(1, frames), frames, median(frame),
                        p99(frame), 1000.0 * frames / total, median(redrawn), p99(redrawn), fxCpu, renderCpu, xServerCpu,
                        loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                done.add(m);
                System.out.println(m.line());
            }

            private void summary() {
                System.out.println();
                System.out.printf(Locale.ROOT, "Best of %d run(s) per density (most frames per second), 1600x900, prism %s:%n",
                        runs, System.getProperty("prism.order", "default"));
                System.out.println("| packets in flight | median frame | p99 frame | fps | redraw median"
                        + " | FX thread CPU/frame | render thread CPU/frame | X server CPU/frame | load average |");
                System.out.println("|---|---|---|---|---|---|---|---|---|");
                for (int target : TARGET_PACKETS) {
                    done.stream().filter(m -> m.target() == target)
                            .max((a, b) -> Double.compare(a.fps(), b.fps()))
                            .ifPresent(m -> System.out.println(m.row()));
                }
            }

            private static double[] sorted(List<Double> values) {
                double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
                Arrays.sort(a);
                return a;
            }

            private static double median(double[] sorted) {
                return sorted[sorted.length / 2];
            }

            private static double p99(double[] sorted) {
                return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
            }
        }
    }
}
