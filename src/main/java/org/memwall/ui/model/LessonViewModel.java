package org.memwall.ui.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.memwall.core.sim.Result;
import org.memwall.economics.PriceBook;
import org.memwall.history.MemoryWallHistory;
import org.memwall.lessons.Check;
import org.memwall.lessons.CostReadout;
import org.memwall.lessons.CostSettings;
import org.memwall.lessons.Evidence;
import org.memwall.lessons.Highlight;
import org.memwall.lessons.Probe;
import org.memwall.lessons.Readouts;
import org.memwall.lessons.Verdicts;

/**
 * The lesson side of the window: the claims the scenario step on screen checks, their verdicts at
 * the current results, the readouts the narratives refer to, the cost of ownership on the price
 * basis chosen and the break-even stream count. Everything is recomputed, on the caller's (FX)
 * thread, whenever the results, the price basis or the step's claims change: a verdict is a few
 * core runs, well within a frame.
 */
public final class LessonViewModel {
    private final ExplorerViewModel explorer;
    private final Probe probe;
    private final PriceBook prices;
    private final Optional<MemoryWallHistory> history;
    private final ObjectProperty<CostChoice> costs = new SimpleObjectProperty<>(this, "costs", CostChoice.DEFAULT);
    private final ReadOnlyObjectWrapper<List<String>> claimIds = new ReadOnlyObjectWrapper<>(this, "claimIds", List.of());
    private final ReadOnlyObjectWrapper<List<Highlight>> highlights = new ReadOnlyObjectWrapper<>(this, "highlights", List.of());
    private final ReadOnlyObjectWrapper<List<Check>> checks = new ReadOnlyObjectWrapper<>(this, "checks", List.of());
    private final ReadOnlyObjectWrapper<List<Readouts>> readouts = new ReadOnlyObjectWrapper<>(this, "readouts", List.of());
    private final ReadOnlyObjectWrapper<List<CostReadout>> ownership = new ReadOnlyObjectWrapper<>(this, "ownership", List.of());
    private final ReadOnlyObjectWrapper<Optional<CostReadout.BreakEven>> breakEven =
            new ReadOnlyObjectWrapper<>(this, "breakEven", Optional.empty());

    public LessonViewModel(ExplorerViewModel explorer, Probe probe, PriceBook prices, Optional<MemoryWallHistory> history) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.history = Objects.requireNonNull(history, "history");
        explorer.resultsProperty().addListener((obs, old, now) -> recompute());
        explorer.problemProperty().addListener((obs, old, now) -> recompute());
        costs.addListener((obs, old, now) -> recompute());
        claimIds.addListener((obs, old, now) -> recompute());
        recompute();
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** The price basis and the concurrent streams of SRAM dataflow pipelines. */
    public ObjectProperty<CostChoice> costsProperty() {
        return costs;
    }

    public CostChoice costs() {
        return costs.get();
    }

    /** Shows a step: the claims it checks and what it points at. */
    public void showStep(List<String> claims, List<Highlight> pointAt) {
        highlights.set(List.copyOf(pointAt));
        claimIds.set(List.copyOf(claims));
    }

    /** No step on screen: no claims, nothing highlighted. */
    public void clearStep() {
        showStep(List.of(), List.of());
    }

    public ReadOnlyObjectProperty<List<String>> claimIdsProperty() {
        return claimIds.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** The step's claims checked at the results on screen, in the step's order. */
    public ReadOnlyObjectProperty<List<Check>> checksProperty() {
        return checks.getReadOnlyProperty();
    }

    public List<Check> checks() {
        return checks.get();
    }

    /** Bytes per token from HBM, time to first token and chip counts, one per chip on screen. */
    public ReadOnlyObjectProperty<List<Readouts>> readoutsProperty() {
        return readouts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CostReadout>> ownershipProperty() {
        return ownership.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<CostReadout.BreakEven>> breakEvenProperty() {
        return breakEven.getReadOnlyProperty();
    }

    /** The memory-wall history the gap claim is checked against and the chart draws. */
    public Optional<MemoryWallHistory> history() {
        return history;
    }

    public PriceBook prices() {
        return prices;
    }

    /**
     * What a result's chips cost on the price basis chosen (a server price shared by its chips);
     * empty when the basis has no price for the chip.
     */
    public java.util.OptionalDouble hardwareCost(Result r) {
        return prices.price(r.hardware().id(), costs.get().basis())
                .map(p -> java.util.OptionalDouble.of(p.usdPerChip() * r.chips())).orElse(java.util.OptionalDouble.empty());
    }

    /** What the claims are checked against now. */
    public Evidence evidence() {
        CostSettings settings = new CostSettings(costs.get().basis(), prices.operating());
        return new Evidence(explorer.results(), probe, prices, settings, history);
    }

    private void recompute() {
        List<Result> results = explorer.results();
        if (results.isEmpty()) {
            return;
        }
        Evidence e = evidence();
        readouts.set(results.stream().map(Readouts::of).toList());
        ownership.set(CostReadout.of(e));
        breakEven.set(CostReadout.breakEven(e));
        // results kept from earlier settings say nothing about the claims at these ones
        String problem = explorer.problemProperty().get();
        checks.set(problem.isEmpty() ? Verdicts.check(e, claimIds.get()) : Verdicts.unavailable(claimIds.get(), problem));
    }
}
