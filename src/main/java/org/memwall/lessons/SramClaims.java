package org.memwall.lessons;

import java.util.List;
import java.util.Optional;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.sim.Result;

/** Claim 4 of the story: SRAM instead of HBM, the Groq LPU. */
final class SramClaims {
    private SramClaims() {
    }

    static List<Claim> all() {
        return List.of(
                new Claim("sram-30x-hbm", new Expectation.Near(30, 0.10, 0.35), "x",
                        "Chen Wei in the source article (第一财经, Mar 2024): Groq's internal bandwidth of 80 TB/s "
                                + "'近30倍' (nearly 30 times) the H100's HBM",
                        SramClaims::bandwidth),
                new Claim("lpu-500-tokens", new Expectation.Near(500, 0.10, 0.50), "tok/s",
                        "the source article: Groq generates '近500 token/秒' (nearly 500 tokens a second); Groq's "
                                + "demo, Feb 2024: Mixtral 8x7B 480, Llama 2 7B 750, Llama 2 70B 300 tok/s (TechPowerUp)",
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

    private static Measured lpuSpeed(Evidence e) {
        Optional<Result> lpu = e.first(ArchitectureFamily.SRAM_DATAFLOW);
        if (lpu.isEmpty()) {
            return Measured.unavailable("missing.family.sram");
        }
        Result r = lpu.get();
        return Measured.value(r.tokensPerSecondPerUser(), "lpu-500-tokens.detail", Numbers.of(r.tokensPerSecondPerUser()),
                Names.model(r), Integer.toString(r.chips()), Names.chip(r));
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
