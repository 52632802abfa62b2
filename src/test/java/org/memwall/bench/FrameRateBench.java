package org.memwall.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
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
 * packet density raised to about 1,000 and then 10,000 packets in flight. Frame times come from an
 * AnimationTimer; each run warms up 2 s and measures 10 s. Run it under Xvfb (see README).
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
            PlaybackClock clock = new PlaybackClock();
            ArchitectureCanvas canvas = new ArchitectureCanvas(clock);
            stage.setScene(new Scene(new StackPane(canvas), 1600, 900));
            stage.setTitle("Frame-rate benchmark");
            stage.show();
            Result result = synthetic(CanvasFixtures.run(CanvasFixtures.h100(), CanvasFixtures.llama2x70b()));
            canvas.show(List.of(result));
            clock.speedProperty().set(clock.loopSeconds() / 8);
            clock.playingProperty().set(true);
            PlaybackDriver driver = new PlaybackDriver(clock);
            driver.start();
            new Runner(canvas, driver).start();
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

        private static final class Runner extends AnimationTimer {
            private final ArchitectureCanvas canvas;
            private final PlaybackDriver driver;
            private final List<Double> frameMillis = new ArrayList<>();
            private long runStart = -1;
            private long last = -1;
            private int run;
            private long packetSum;

            Runner(ArchitectureCanvas canvas, PlaybackDriver driver) {
                this.canvas = canvas;
                this.driver = driver;
                canvas.setPacketDensity(TARGET_PACKETS[0] / TRANSFERS);
            }

            @Override
            public void handle(long now) {
                if (runStart < 0) {
                    runStart = now;
                }
                double elapsed = (now - runStart) / 1e9;
                if (elapsed >= WARM_UP_SECONDS && last >= 0) {
                    frameMillis.add((now - last) / 1e6);
                    packetSum += canvas.packetsInFlight();
                }
                last = now;
                if (elapsed >= WARM_UP_SECONDS + MEASURE_SECONDS) {
                    report(TARGET_PACKETS[run]);
                    run++;
                    if (run == TARGET_PACKETS.length) {
                        stop();
                        driver.stop();
                        Platform.exit();
                        return;
                    }
                    canvas.setPacketDensity(TARGET_PACKETS[run] / TRANSFERS);
                    frameMillis.clear();
                    packetSum = 0;
                    runStart = now;
                }
            }

            private void report(int target) {
                List<Double> sorted = new ArrayList<>(frameMillis);
                sorted.sort(Double::compare);
                double median = sorted.get(sorted.size() / 2);
                double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
                double total = frameMillis.stream().mapToDouble(Double::doubleValue).sum();
                System.out.printf(Locale.ROOT,
                        "target %,6d packets: mean in flight %,6d | frames %4d | median %.2f ms | p99 %.2f ms | fps %.1f (median %.1f)%n",
                        target, packetSum / Math.max(1, frameMillis.size()), frameMillis.size(), median, p99,
                        1000.0 * frameMillis.size() / total, 1000.0 / median);
            }
        }
    }
}
