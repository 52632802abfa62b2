package org.memwall.core.energy;

/**
 * The other view of a pipeline's energy: the same chips serving another number of concurrent
 * streams (one, as a single user sees it, or as many as fill the pipeline before each stream's
 * tokens slow down). A pipeline of many chips shares its idle power over every stream in flight.
 *
 * @param streams         streams in flight in this view
 * @param energy          energy per output token with that many streams
 * @param secondsPerToken time between one stream's tokens with that many streams
 */
public record StreamsView(int streams, Energy energy, double secondsPerToken) {
    public StreamsView {
        if (streams < 1) {
            throw new IllegalArgumentException("streams must be at least 1, got " + streams);
        }
        java.util.Objects.requireNonNull(energy, "energy");
    }
}
