package org.memwall.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chips of the memory-wall history (Gholami et al., "AI and Memory Wall", Fig. 1 data, plus
 * datasheets) and the growth trends fitted through them.
 */
public record MemoryWallHistory(List<HistoryChip> chips, List<NodeYear> nodeYears, List<String> sources) {
    public MemoryWallHistory {
        chips = List.copyOf(chips);
        nodeYears = nodeYears.stream().sorted(java.util.Comparator.comparingDouble(NodeYear::nm)).toList();
        sources = List.copyOf(sources);
    }

    public MemoryWallHistory(List<HistoryChip> chips, List<String> sources) {
        this(chips, List.of(), sources);
    }

    /**
     * The year a node was (or will be) in volume production, interpolated in log(nm) between the
     * nodes listed and held at the ends; empty when none are listed.
     */
    public Optional<Double> yearOf(double nm) {
        if (nodeYears.isEmpty()) {
            return Optional.empty();
        }
        NodeYear smallest = nodeYears.get(0);
        NodeYear largest = nodeYears.get(nodeYears.size() - 1);
        if (nm <= smallest.nm()) {
            return Optional.of((double) smallest.hvmYear());
        }
        if (nm >= largest.nm()) {
            return Optional.of((double) largest.hvmYear());
        }
        for (int i = 0; i + 1 < nodeYears.size(); i++) {
            NodeYear a = nodeYears.get(i);
            NodeYear b = nodeYears.get(i + 1);
            if (nm >= a.nm() && nm <= b.nm()) {
                double t = (Math.log(nm) - Math.log(a.nm())) / (Math.log(b.nm()) - Math.log(a.nm()));
                return Optional.of(a.hvmYear() + t * (b.hvmYear() - a.hvmYear()));
            }
        }
        return Optional.empty();
    }

    /** Chips with a value for the series, oldest first. */
    public List<HistoryChip> with(Series series) {
        return chips.stream().filter(c -> c.value(series).isPresent())
                .sorted(java.util.Comparator.comparingDouble(HistoryChip::year)).toList();
    }

    /** Least-squares fit of log10(value) over year; empty with fewer than two distinct years. */
    public Optional<Trend> trend(Series series) {
        List<double[]> points = new ArrayList<>();
        for (HistoryChip c : with(series)) {
            double v = c.value(series).getAsDouble();
            if (v > 0) {
                points.add(new double[] {c.year(), Math.log10(v)});
            }
        }
        if (points.size() < 2) {
            return Optional.empty();
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        if (sxx == 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        double first = points.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double last = points.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        return Optional.of(new Trend(series, slope, my - slope * mx, points.size(), first, last));
    }

    /**
     * How much faster than DRAM bandwidth peak compute grew each year, from the two fits: 0.41 means
     * the gap between them widened by 41 % a year.
     */
    public Optional<Double> gapGrowthPerYear() {
        Optional<Trend> compute = trend(Series.PEAK_COMPUTE);
        Optional<Trend> dram = trend(Series.DRAM_BANDWIDTH);
        if (compute.isEmpty() || dram.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(compute.get().growthPerYear() / dram.get().growthPerYear() - 1);
    }

    /** The chip of the history that a hardware preset is, if the data names it. */
    public Optional<HistoryChip> ofHardware(String hardwareId) {
        return chips.stream().filter(c -> c.hardwareId().filter(hardwareId::equals).isPresent()).findFirst();
    }
}
