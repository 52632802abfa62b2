package org.memwall.core.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memwall.core.sim.Phase;

/**
 * Time-ordered events of one layer of one step on one chip, with cumulative byte counters so the
 * window can scrub, step back and fill its tiles by look-up instead of re-running the simulation.
 */
public final class Trace {
    /** Level name used for chip-to-chip link transfers. */
    public static final String LINK = "link";

    private final Phase phase;
    private final List<TraceEvent> events;
    private final double durationSeconds;
    private final List<String> levels;
    /** Transfers sorted by end time, and for each the bytes per level finished by then. */
    private final TransferEvent[] byEnd;
    private final double[] endTimes;
    private final Map<String, double[]> cumulativeBytes;

    public Trace(Phase phase, List<TraceEvent> events, List<String> levels) {
        this.phase = phase;
        List<TraceEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingDouble(TraceEvent::startSeconds));
        this.events = List.copyOf(sorted);
        this.levels = List.copyOf(levels);
        this.durationSeconds = sorted.stream().mapToDouble(TraceEvent::endSeconds).max().orElse(0);
        this.byEnd = sorted.stream().filter(TransferEvent.class::isInstance).map(TransferEvent.class::cast)
                .sorted(Comparator.comparingDouble(TransferEvent::endSeconds)).toArray(TransferEvent[]::new);
        this.endTimes = Arrays.stream(byEnd).mapToDouble(TransferEvent::endSeconds).toArray();
        this.cumulativeBytes = new HashMap<>();
        List<String> all = new ArrayList<>(levels);
        all.add(LINK);
        for (String level : all) {
            double[] sums = new double[byEnd.length + 1];
            for (int i = 0; i < byEnd.length; i++) {
                sums[i + 1] = sums[i] + (byEnd[i].level().equals(level) ? byEnd[i].bytes() : 0);
            }
            cumulativeBytes.put(level, sums);
        }
    }

    public Phase phase() {
        return phase;
    }

    public List<TraceEvent> events() {
        return events;
    }

    /** Memory level names on this chip, fastest first (the link is {@link #LINK}). */
    public List<String> levels() {
        return levels;
    }

    public double durationSeconds() {
        return durationSeconds;
    }

    /** All bytes the trace moves at a level (or {@link #LINK}). */
    public double totalBytes(String level) {
        double[] sums = cumulativeBytes.get(level);
        return sums == null ? 0 : sums[sums.length - 1];
    }

    public Map<String, Double> totalBytesByLevel() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String level : levels) {
            out.put(level, totalBytes(level));
        }
        out.put(LINK, totalBytes(LINK));
        return out;
    }

    /** Bytes a level has moved by simulated time t: finished transfers by look-up, running ones pro rata. */
    public double bytesMovedUntil(String level, double t) {
        double[] sums = cumulativeBytes.get(level);
        if (sums == null) {
            return 0;
        }
        int finished = upperBound(endTimes, t);
        double bytes = sums[finished];
        for (int i = finished; i < byEnd.length; i++) {
            TransferEvent e = byEnd[i];
            if (e.level().equals(level) && e.startSeconds() < t) {
                bytes += e.bytes() * e.progressAt(t);
            }
        }
        return bytes;
    }

    /** Events running at simulated time t (started, not yet ended). */
    public List<TraceEvent> activeAt(double t) {
        List<TraceEvent> out = new ArrayList<>();
        for (TraceEvent e : events) {
            if (e.startSeconds() > t) {
                break;
            }
            if (e.endSeconds() > t || (e.durationSeconds() == 0 && e.startSeconds() == t)) {
                out.add(e);
            }
        }
        return out;
    }

    private static int upperBound(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
