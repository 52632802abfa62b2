package org.memwall.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;
import org.memwall.core.scaling.MemoryWallTrends;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.sim.Capacity;
import org.memwall.core.sim.FidelityTable;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Validation;
import org.memwall.core.sim.ValidationRow;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.stack.ServingStack;
import org.memwall.lessons.Runs;
import org.memwall.ui.i18n.Messages;

/**
 * Turns the sliders' settings into core scenarios, runs them and exposes the results as read-only
 * properties the views bind to. The simulation takes well under a millisecond, so it runs right
 * here on the caller's (FX) thread: a slider tick updates every number in the same pulse.
 *
 * <p>A setting that cannot work leaves the last good results in place, marks them stale and says
 * why in {@link #problemProperty()}, naming the setting changed last.
 */
public final class ExplorerViewModel {
    private final Simulator simulator;
    private final FidelityTable fidelity;
    private final List<Hardware> hardware;
    private final List<TransformerModel> models;
    private final List<ServingStack> stacks;
    private final List<Measurement> publishedRuns;
    private List<FidelityPoint> fidelityPoints;

    private final Optional<MemoryWallTrends> trends;
    private final ReadOnlyObjectWrapper<ExplorerSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyObjectWrapper<List<Result>> results = new ReadOnlyObjectWrapper<>(this, "results", List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<Optional<Setting>> problemSetting =
            new ReadOnlyObjectWrapper<>(this, "problemSetting", Optional.empty());
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    /** The problem sentences in the language the window was built in (a language switch builds a new view model). */
    private final Messages m = Messages.of(ExplorerViewModel.class);

    /**
     * @param fidelity how far the core is from published runs it was not fitted to, per family and
     *                 serving stack, shown beside the speed (cross-validated by calibration, shipped)
     * @param stacks   serving-software presets; every chip's usual stack must be among them
     */
    public ExplorerViewModel(Simulator simulator, FidelityTable fidelity,
                             List<Hardware> hardware, List<TransformerModel> models, List<ServingStack> stacks,
                             Optional<MemoryWallTrends> trends, ExplorerSettings initial) {
        this(simulator, fidelity, hardware, models, stacks, List.of(), trends, initial);
    }

    /** @param publishedRuns the scored published runs, for the fidelity chart */
    public ExplorerViewModel(Simulator simulator, FidelityTable fidelity,
                             List<Hardware> hardware, List<TransformerModel> models, List<ServingStack> stacks,
                             List<Measurement> publishedRuns, Optional<MemoryWallTrends> trends, ExplorerSettings initial) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.trends = Objects.requireNonNull(trends, "trends");
        this.fidelity = Objects.requireNonNull(fidelity, "fidelity");
        this.hardware = List.copyOf(hardware);
        this.models = List.copyOf(models);
        this.stacks = List.copyOf(stacks);
        this.publishedRuns = List.copyOf(publishedRuns);
        if (this.hardware.isEmpty() || this.models.isEmpty() || this.stacks.isEmpty()) {
            throw new IllegalArgumentException("the explorer needs at least one hardware and one model preset");
        }
        settings.set(Objects.requireNonNull(initial, "initial"));
        run(Setting.HARDWARE);
    }

    /** The cross-validated fidelity table (per family and stack, and of energy). */
    public FidelityTable fidelity() {
        return fidelity;
    }

    public List<Hardware> hardware() {
        return hardware;
    }

    public List<TransformerModel> models() {
        return models;
    }

    /** Growth of compute against memory bandwidth over the years, for the memory-wall chart. */
    public Optional<MemoryWallTrends> trends() {
        return trends;
    }

    public ProcessNodeTable nodes() {
        return simulator.nodes();
    }

    public Optional<Hardware> hardware(String id) {
        return hardware.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Optional<TransformerModel> model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public List<ServingStack> stacks() {
        return stacks;
    }

    public Optional<ServingStack> stack(String id) {
        return stacks.stream().filter(st -> st.id().equals(id)).findFirst();
    }

    /**
     * Every published run the presets can simulate, predicted by the shipped presets and with its
     * source left out of the fit; worked out once, on first use (a few milliseconds).
     */
    public List<FidelityPoint> fidelityPoints() {
        if (fidelityPoints == null) {
            Validation.Lookup lookup = new Validation.Lookup(this::hardware, this::model, this::stack);
            List<FidelityPoint> out = new ArrayList<>();
            for (ValidationRow row : Validation.run(simulator, lookup, publishedRuns).rows()) {
                if (row.ran()) {
                    out.add(new FidelityPoint(row.measurement(), row.stack(), row.predicted().getAsDouble(),
                            fidelity.crossValidated(row.measurement().id())));
                }
            }
            fidelityPoints = List.copyOf(out);
        }
        return fidelityPoints;
    }

    /** The stack a chip runs on in these settings: the chosen one for the main chip, else its usual one. */
    public ServingStack stackFor(Hardware chip, boolean mainChip) {
        String id = mainChip ? settings.get().stackId().orElse(chip.defaultStack()) : chip.defaultStack();
        return stack(id).or(() -> stack(chip.defaultStack()))
                .orElseThrow(() -> new IllegalArgumentException(m.format("problem.noStack", id)));
    }

    /** The main chip as its preset describes it, before any slider: what the sliders start from. */
    public Hardware selectedHardware() {
        return hardware(settings.get().hardwareId()).orElse(hardware.get(0));
    }

    public ReadOnlyObjectProperty<ExplorerSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ExplorerSettings settings() {
        return settings.get();
    }

    /** Main chip first, then the compared chips; the last results that worked. */
    public ReadOnlyObjectProperty<List<Result>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public List<Result> results() {
        return results.get();
    }

    /** Empty when the settings work, otherwise a sentence saying why not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Empty, or what the user should know about results that did run (a context beyond what the model was trained for). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Setting>> problemSettingProperty() {
        return problemSetting.getReadOnlyProperty();
    }

    /** True while the results shown belong to earlier settings than the current (impossible) ones. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Applies one change the user made and re-runs the core. */
    public void update(Setting changed, UnaryOperator<ExplorerSettings> change) {
        ExplorerSettings next;
        try {
            next = change.apply(settings.get());
        } catch (IllegalArgumentException e) {
            fail(changed, e.getMessage());
            return;
        }
        if (next.equals(settings.get())) {
            return;
        }
        settings.set(next);
        run(changed);
    }

    private void run(Setting changed) {
        ExplorerSettings s = settings.get();
        List<Result> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            TransformerModel model = model(s.modelId())
                    .orElseThrow(() -> new IllegalArgumentException(m.format("problem.noModel", s.modelId())));
            List<String> ids = new ArrayList<>();
            ids.add(s.hardwareId());
            ids.addAll(s.compareIds());
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                Hardware chip = hardware(id).orElseThrow(() -> new IllegalArgumentException(m.format("problem.noHardware", id)));
                Scenario scenario = scenario(chip, model, s, i == 0);
                Result r = simulator.run(scenario)
                        .withFidelity(fidelity.fidelityFor(chip.family(), scenario.stack().id()));
                if (!r.fits()) {
                    problems.add(m.format("problem.chip", chip.name(), fitMessage(r)));
                }
                out.add(r);
            }
        } catch (IllegalArgumentException e) {
            fail(changed, e.getMessage());
            return;
        }
        if (!problems.isEmpty()) {
            fail(changed, String.join("  ", problems));
            return;
        }
        Result main = out.get(0);
        TransformerModel shownModel = main.scenario().workload().model();
        List<String> notices = new ArrayList<>();
        if (s.contextTokens() > shownModel.maxContext()) {
            notices.add(m.format("problem.context", shownModel.name(), shownModel.maxContext(), s.contextTokens()));
        }
        if (s.chips() > main.chips()) {
            notices.add(m.format("problem.tooManyChips", shownModel.name(), main.chips(), main.hardware().name()));
        }
        notice.set(String.join("  ", notices));
        results.set(List.copyOf(out));
        stale.set(false);
        problemSetting.set(Optional.empty());
        problem.set("");
    }

    /**
     * The main chip's scenario for some settings, as {@link #run} builds it (a map cell, a what-if);
     * an {@link IllegalArgumentException} when a chip or model they name is not loaded or a value
     * cannot work.
     */
    public Scenario mainScenario(ExplorerSettings s) {
        TransformerModel model = model(s.modelId())
                .orElseThrow(() -> new IllegalArgumentException(m.format("problem.noModel", s.modelId())));
        Hardware chip = hardware(s.hardwareId())
                .orElseThrow(() -> new IllegalArgumentException(m.format("problem.noHardware", s.hardwareId())));
        return scenario(chip, model, s, true);
    }

    /** A chip's scenario on its usual stack at these settings' model, batch and context (as a compared chip runs). */
    public Scenario comparedScenario(Hardware chip, ExplorerSettings s) {
        TransformerModel model = model(s.modelId())
                .orElseThrow(() -> new IllegalArgumentException(m.format("problem.noModel", s.modelId())));
        return scenario(chip, model, s, false);
    }

    /** Runs the core once (the simulator every view model run uses). */
    public Simulator simulator() {
        return simulator;
    }

    /** Why the model does not fit, in the window's language, with the amounts rounded as the core's sentence rounds them. */
    private String fitMessage(Result r) {
        Workload w = r.scenario().workload();
        Capacity c = Capacity.of(r.hardware(), r.scenario().stack(), w);
        return m.format("problem.fit", w.model().name(), c.weightAndKvBytes() / 1e9, w.weightPrecision().id(), r.chips(),
                r.hardware().name(), r.chipsNeeded(), c.weightLevel(), c.usableBytesPerChip() / 1e9);
    }

    private Scenario scenario(Hardware chip, TransformerModel model, ExplorerSettings s, boolean mainChip) {
        // built where the lessons command builds its runs, so a verdict on screen and the command's agree
        return Runs.scenario(chip, stackFor(chip, mainChip), model, s.weightPrecision(), s.batch(), s.promptTokens(),
                s.generatedTokens(), s.concurrentStreams(), mainChip, s.chips(), s.processNodeNm(),
                s.hbmBandwidthBytesPerSecond(), s.sramBandwidthBytesPerSecond());
    }

    private void fail(Setting changed, String message) {
        stale.set(!results.get().isEmpty());
        problemSetting.set(Optional.of(changed));
        problem.set(message == null || message.isBlank() ? m.get("problem.unknown") : message);
    }
}
