package org.memwall.lessons;

import java.util.List;
import java.util.Optional;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Metric;
import org.memwall.core.sim.Result;

/** Claim 4 of the story: SRAM instead of HBM, the Groq LPU. */
final class SramClaims {
    private SramClaims() {
    }

    /** The article's "nearly 500 tok/s", Groq's Mixtral demo: the value the speed claim is judged against. */
    private static final Expectation.Near SPEED = new Expectation.Near(500, 0.10, 0.50);

    static List<Claim> all() {
        return List.of(
                new Claim("sram-30x-hbm", new Expectation.Near(30, 0.10, 0.35), "x",
                        "Chen Wei in the source article (第一财经, Mar 2024): Groq's internal bandwidth of 80 TB/s "
                                + "'近30倍' (nearly 30 times) the H100's HBM",
                        SramClaims::bandwidth),
                new Claim("lpu-500-tokens", SPEED, "tok/s",
                        "the source article: Groq generates '近500 token/秒' (nearly 500 tokens a second); Groq's "
                                + "demo, Feb 2024: Mixtral 8x7B 480, Llama 2 7B 750, Llama 2 70B 300 tok/s (TechPowerUp); "
                                + "the time per layer compares with Groq's rate for the model on screen where a shipped "
                                + "measurement has it (Llama 2 70B: cal-4), else with the article's",
                        SramClaims::lpuSpeed),
                new Claim("lpu-vs-gpu-500-40", new Expectation.Near(500.0 / 40, 0.20, 0.60), "x",
                        "the source article: about 500 tok/s against 40 tok/s for a GPU-served GPT-3.5; the 40 is a "
                                + "press figure (新智元, 华尔街见闻, Feb 2024) without a measurement behind it",
                        SramClaims::lpuOverGpu));
    }

    private static Measured bandwidth(Evidence e) {
        return e.withLpuAndGpu((lpu, gpu) -> {
            double sram = Readouts.sramBandwidth(lpu);
            double hbm = Readouts.dramBandwidth(gpu);
            return Measured.value(sram / hbm, "sram-30x-hbm.detail", Names.chip(lpu), Numbers.of(sram / 1e12),
                    Names.chip(gpu), Numbers.of(hbm / 1e12), Numbers.of(sram / hbm));
        }, m -> m);
    }

    /**
     * The LPU's tokens per second per user, with the gap to the published rate told per layer: a
     * rate of r tokens a second through L layers leaves 1 / (r x L) seconds a layer, for the core's
     * rate and for the published one (Groq's for the same chip and model where the shipped
     * measurements have it, else the article's).
     */
    private static Measured lpuSpeed(Evidence e) {
        Optional<Result> lpu = e.first(ArchitectureFamily.SRAM_DATAFLOW);
        if (lpu.isEmpty()) {
            return Measured.unavailable("missing.family.sram");
        }
        Result r = lpu.get();
        double rate = r.tokensPerSecondPerUser();
        int layers = r.scenario().workload().model().layers();
        Optional<Measurement> published = e.probe().published(r.scenario().hardware().id(),
                r.scenario().workload().model().id(), Metric.DECODE_TOKENS_PER_SECOND_PER_USER);
        double publishedRate = published.map(Measurement::value).orElse(SPEED.article());
        double core = secondsPerLayer(rate, layers);
        double quoted = secondsPerLayer(publishedRate, layers);
        return Measured.value(rate, quoted >= core ? "lpu-500-tokens.detail" : "lpu-500-tokens.detail.slower",
                Numbers.of(rate), Names.model(r), Integer.toString(r.chips()), Names.chip(r), Numbers.of(core * 1e6),
                Integer.toString(layers), published.isPresent() ? "@lpu-500-tokens.published" : "@lpu-500-tokens.articles",
                Numbers.of(publishedRate), Numbers.of(quoted * 1e6), Numbers.of(Math.abs(quoted - core) * 1e6));
    }

    /** Time each layer has at a rate of {@code tokensPerSecond} through {@code layers} layers: 1 / (rate x layers). */
    static double secondsPerLayer(double tokensPerSecond, int layers) {
        return 1 / (tokensPerSecond * layers);
    }

    private static Measured lpuOverGpu(Evidence e) {
        return e.withLpuAndGpu((lpu, gpu) -> {
            double a = lpu.tokensPerSecondPerUser();
            double b = gpu.tokensPerSecondPerUser();
            return Measured.value(a / b, "lpu-vs-gpu-500-40.detail", Names.chip(lpu), Numbers.of(a),
                    Names.chip(gpu), Numbers.of(b), Integer.toString(gpu.chips()), Numbers.of(a / b));
        }, m -> m);
    }
}
