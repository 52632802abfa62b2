package org.memwall.economics;

import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * The two published calculations of the Groq LPU capacity dispute, as arithmetic on numbers the
 * simulation gives (chip counts, tokens per second) and sourced prices and assumptions. Nothing here
 * simulates: the caller passes what the core computed.
 *
 * <p>One side compares at equal aggregate throughput and list price: the SRAM-dataflow system that
 * holds the model against as many GPU servers as deliver the same tokens per second. The other
 * counts bill-of-materials cost per TOPS and per token/s, where everything depends on how many
 * sequences the LPU pipeline keeps in flight at once.
 */
public final class CapacityDispute {
    private CapacityDispute() {
    }

    /**
     * The SRAM-dataflow system as simulated.
     *
     * @param chips           chips it uses
     * @param tokensPerSecond output tokens per second of every stream together
     * @param streams         streams (batches of sequences) in flight through the pipeline at once
     */
    public record SramSystem(int chips, double tokensPerSecond, int streams) {
    }

    /**
     * One GPU replica as simulated: the chips that hold one copy of the model and what they generate.
     *
     * @param chips           chips per copy of the model
     * @param batch           sequences it serves at once
     * @param tokensPerSecond output tokens per second of that copy, all its sequences
     */
    public record GpuReplica(int chips, int batch, double tokensPerSecond) {
    }

    /** Both sides at equal throughput over the operating period. */
    public record EqualThroughput(SramSystem sram, int gpuChips, int gpuBatch, double gpuTokensPerSecond,
                                  CostOfOwnership sramCost, CostOfOwnership gpuCost) {
        public double hardwareRatio() {
            return sramCost.hardwareUsd() / gpuCost.hardwareUsd();
        }

        public double energyRatio() {
            return sramCost.energyUsd() / gpuCost.energyUsd();
        }

        public double totalRatio() {
            return sramCost.totalUsd() / gpuCost.totalUsd();
        }
    }

    /**
     * As many GPU replicas as match the SRAM system's tokens per second, in whole servers.
     *
     * @param sramWattsPerChip average power of one SRAM-dataflow chip
     * @param serverChips      GPUs per server
     * @param serverWatts      power of one GPU server
     */
    public static EqualThroughput equalThroughput(SramSystem sram, GpuReplica replica, PricePoint sramPrice,
                                                  PricePoint gpuPrice, double sramWattsPerChip, int serverChips,
                                                  double serverWatts, OperatingCost operating) {
        int replicas = Math.max(1, (int) Math.ceil(sram.tokensPerSecond() / replica.tokensPerSecond() - 1e-9));
        int servers = servers(replicas * replica.chips(), serverChips);
        int gpuChips = servers * serverChips;
        double gpuTokens = (gpuChips / replica.chips()) * replica.tokensPerSecond();
        CostOfOwnership s = CostOfOwnership.of(sram.chips(), sramPrice, sram.chips() * sramWattsPerChip, sram.tokensPerSecond(), operating);
        CostOfOwnership g = CostOfOwnership.of(gpuChips, gpuPrice, servers * serverWatts, gpuTokens, operating);
        return new EqualThroughput(sram, gpuChips, replica.batch(), gpuTokens, s, g);
    }

    /** Whole servers that hold {@code chips} GPUs. */
    public static int servers(int chips, int serverChips) {
        return Math.max(1, (int) Math.ceil(chips / (double) serverChips - 1e-9));
    }

    /** Price of one chip per peak tera-op per second. */
    public static double usdPerTops(PricePoint price, double peakOpsPerSecond) {
        return price.usdPerChip() / (peakOpsPerSecond / 1e12);
    }

    /**
     * Hardware cost per token/s of each side: the whole SRAM system over what it generates, and one
     * full GPU server (as many replicas as fit in it) over what it generates.
     */
    public record PerTokenPerSecond(double sramUsdPerTokenPerSecond, double gpuUsdPerTokenPerSecond,
                                    int gpuServerChips, double gpuServerTokensPerSecond) {
        public double ratio() {
            return sramUsdPerTokenPerSecond / gpuUsdPerTokenPerSecond;
        }
    }

    public static PerTokenPerSecond perTokenPerSecond(SramSystem sram, GpuReplica replica, PricePoint sramPrice,
                                                      PricePoint gpuPrice, int serverChips) {
        int chips = servers(replica.chips(), serverChips) * serverChips;
        double serverTokens = (chips / replica.chips()) * replica.tokensPerSecond();
        double sramCost = sramPrice.usdFor(sram.chips()) / sram.tokensPerSecond();
        double gpu = gpuPrice.usdFor(chips) / serverTokens;
        return new PerTokenPerSecond(sramCost, gpu, chips, serverTokens);
    }

    /**
     * The fewest streams in flight, up to {@code maxStreams}, with which the SRAM system's hardware
     * cost per token/s is at most a full GPU server's; empty when even {@code maxStreams} are not
     * enough. The cost per token/s falls as streams are added (more tokens, same hardware), so a
     * bisection finds it in a handful of evaluations.
     *
     * @param tokensPerSecondAt the SRAM system's tokens per second with a given number of streams
     */
    public static OptionalInt breakEvenStreams(IntToDoubleFunction tokensPerSecondAt, int maxStreams, int chips,
                                               GpuReplica replica, PricePoint sramPrice, PricePoint gpuPrice, int serverChips) {
        IntPredicate cheaper = s -> perTokenPerSecond(new SramSystem(chips, tokensPerSecondAt.applyAsDouble(s), s),
                replica, sramPrice, gpuPrice, serverChips).ratio() <= 1;
        if (maxStreams < 1 || !cheaper.test(maxStreams)) {
            return OptionalInt.empty();
        }
        int low = 0;
        int high = maxStreams;
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (cheaper.test(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return OptionalInt.of(high);
    }
}
