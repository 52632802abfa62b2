package org.memwall.core.sim;

import java.util.Map;
import org.memwall.core.energy.Energy;
import org.memwall.core.energy.PhaseActivity;
import org.memwall.core.energy.PhaseEnergy;
import org.memwall.core.energy.PowerModel;
import org.memwall.core.energy.StreamsView;

/**
 * A run's power and the time it leaves each phase, the same for the full run and the metrics-only
 * one: every chip is switched on for the whole request; a phase that would draw more than the board
 * limit runs slower where the chip's clock throttles. Also the decode interval with streams in
 * flight through a pipeline, which both paths time with.
 */
final class RunPower {
    private RunPower() {
    }

    /** The terms of a timed phase's path: what its step time is made of. */
    interface PathTimes {
        Phase phase();

        /** The critical path of one pass (at least the host's launch time for an eager stack). */
        double path();

        /** One layer's operators, once each. */
        double layerSeconds();

        /** One pipeline hop. */
        double oneHop();
    }

    /** What the power model needs from a timed phase: its counts and the terms of its path. */
    interface TimedPhase extends PathTimes {
        ActivityCounter counter();

        Map<String, Double> bytesAllChips();

        double linkBytesAllChips();
    }

    /** The run's energy, and each phase's time after the board limit. */
    record Outcome(Energy energy, double prefillSeconds, double decodeSeconds) {
    }

    static Outcome of(RunContext c, TimedPhase prefill, TimedPhase decode) {
        int streams = streamsInFlight(c);
        int chips = c.par().chips();
        PhaseEnergy prefillEnergy = PowerModel.phase(c.chip(), chips, activity(c, prefill, 1));
        PhaseEnergy decodeEnergy = PowerModel.phase(c.chip(), chips, activity(c, decode, streams));
        int steps = c.w().outputTokens();
        int batch = c.w().batch();
        Energy energy = Energy.of(prefillEnergy, decodeEnergy, steps, batch, streams);
        if (c.par().pipelineStages() > 1) {
            // the other view: one stream if several are in flight, else as many as fill the pipeline
            int other = streams > 1 ? 1 : streamsThatFill(c, decode);
            PhaseEnergy otherDecode = PowerModel.phase(c.chip(), chips, activity(c, decode, other));
            energy = energy.withOtherStreams(new StreamsView(other,
                    Energy.of(prefillEnergy, otherDecode, steps, batch, other), otherDecode.seconds()));
        }
        return new Outcome(energy, prefillEnergy.seconds(), decodeEnergy.seconds());
    }

    /** The phase's activity with {@code streams} streams in flight (decode through a pipeline), else one pass. */
    static PhaseActivity activity(RunContext c, TimedPhase p, int streams) {
        double seconds = stepSeconds(c, p, streams);
        return p.counter().activity(seconds, streams, p.bytesAllChips(), p.linkBytesAllChips());
    }

    /** The phase's time at full clock: one pass for prefill, the decode interval for decode. */
    static double stepSeconds(RunContext c, PathTimes p, int streams) {
        return p.phase() == Phase.DECODE ? decodeInterval(c, streams, p.path(), p.layerSeconds(), p.oneHop()) : p.path();
    }

    /** Streams a pipeline holds before each stream's tokens slow down: every stage then always busy. */
    static int streamsThatFill(RunContext c, TimedPhase decode) {
        double step = decode.path() + c.stack().overheads().stepSeconds();
        double busiest = busiestStage(c, decode.path(), decode.layerSeconds(), decode.oneHop());
        return busiest > 0 ? Math.max(2, (int) Math.ceil(step / busiest - 1e-9)) : 1;
    }

    /** Streams in flight at once: several only through a pipeline of chips (a single stage has nothing to overlap). */
    static int streamsInFlight(RunContext c) {
        return c.par().pipelineStages() > 1 ? c.w().concurrentStreams() : 1;
    }

    /**
     * Time between one sequence's tokens. One stream waits for its token to pass every stage (and
     * the stack's per-step overhead). With several streams in flight through a pipeline, each stage
     * serves them in turn, so a stream's next token also waits for the others' turns at the busiest
     * stage: max(path, streams x busiest stage).
     */
    static double decodeInterval(RunContext c, int streams, double path, double layerSeconds, double oneHop) {
        double step = path + c.stack().overheads().stepSeconds();
        if (streams <= 1 || c.par().pipelineStages() <= 1) {
            return step;
        }
        return Math.max(step, streams * busiestStage(c, path, layerSeconds, oneHop));
    }

    /** The busiest stage's share of one token's path: its layers, the last stage's extras, one hop on. */
    static double busiestStage(RunContext c, double path, double layerSeconds, double oneHop) {
        int layers = c.w().model().layers();
        // the last stage also holds the final norm and LM head; every stage sends one hop on
        double lastStageExtras = path - layerSeconds * layers - oneHop * c.par().hops();
        return layerSeconds * c.par().layersPerStage(layers) + lastStageExtras + oneHop;
    }

    /** An eager framework's host launches every kernel of the pass; the device works underneath. */
    static double pathWithHost(RunContext c, double devicePath) {
        return Math.max(devicePath, c.stack().overheads().hostSecondsPerPass(c.w().model().layers()));
    }
}
