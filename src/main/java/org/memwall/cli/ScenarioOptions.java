package org.memwall.cli;

import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.energy.Facility;
import org.memwall.core.model.Precision;
import picocli.CommandLine.Option;

/** The options every simulating subcommand shares; defaults as in the issue (batch 1, prompt 512, output 256, fp16). */
public class ScenarioOptions {

    @Option(names = "--chips", paramLabel = "N",
            description = "Chips to use (default: the fewest that hold weights and KV cache).")
    Integer chips;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "1", description = "Sequences decoded together (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--prompt", paramLabel = "P", defaultValue = "512", description = "Prompt tokens (default: ${DEFAULT-VALUE}).")
    int prompt;

    @Option(names = "--output", paramLabel = "G", defaultValue = "256", description = "Generated tokens (default: ${DEFAULT-VALUE}).")
    int output;

    @Option(names = "--precision", paramLabel = "FORMAT", defaultValue = "fp16", converter = PrecisionConverter.class,
            description = "Weights' format: fp16, fp8, int8 or int4 (default: ${DEFAULT-VALUE}).")
    Precision precision;

    @Option(names = "--compute-precision", paramLabel = "FORMAT", converter = PrecisionConverter.class,
            description = "Format the matrix units compute in (default: common practice for the weights' format).")
    Precision computePrecision;

    @Option(names = "--kv-precision", paramLabel = "FORMAT", defaultValue = "fp16", converter = PrecisionConverter.class,
            description = "KV cache format (default: ${DEFAULT-VALUE}).")
    Precision kvPrecision;

    @Option(names = "--node", paramLabel = "NM", description = "Move the chip to this process node, in nm.")
    Double nodeNm;

    @Option(names = "--hbm-bandwidth", paramLabel = "TBPS", description = "Off-chip DRAM (HBM) peak bandwidth per chip, TB/s.")
    Double hbmTbPerSecond;

    @Option(names = "--sram-bandwidth", paramLabel = "TBPS", description = "On-chip SRAM peak bandwidth per chip, TB/s.")
    Double sramTbPerSecond;

    @Option(names = "--stack", paramLabel = "ID",
            description = "Serving software (see 'presets'), e.g. tensorrt-llm, gpt-fast, vllm (default: the chip's usual one).")
    String stackId;

    @Option(names = "--streams", paramLabel = "S", defaultValue = "1",
            description = "Sequences in flight through a pipeline of chips at once (SRAM dataflow and CIM systems; default: ${DEFAULT-VALUE}).")
    int streams;

    @Option(names = "--facility", paramLabel = "ID",
            description = "Also give energy at the wall in this facility (host share and PUE; see 'presets'), e.g. gemini-fleet-2025.")
    String facilityId;

    /** The facility of the wall-plug view, when one is named. */
    public Optional<Facility> facility(Catalog catalog) {
        return facilityId == null ? Optional.empty() : Optional.of(catalog.facility(facilityId));
    }

    public ScenarioSettings settings() {
        return new ScenarioSettings(chips == null ? 0 : requireExplicitChips(chips), batch, prompt, output, precision,
                Optional.ofNullable(computePrecision), kvPrecision, optional(nodeNm), optional(hbmTbPerSecond),
                optional(sramTbPerSecond), Optional.ofNullable(stackId), streams);
    }

    private static int requireExplicitChips(int n) {
        if (n < 1) {
            throw new CliProblem("--chips must be at least 1 (leave it out for the fewest chips that hold the model), got " + n);
        }
        return n;
    }

    private static OptionalDouble optional(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
