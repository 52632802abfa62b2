package org.memwall.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.memwall.economics.PriceBook;
import org.memwall.lessons.Check;
import org.memwall.lessons.ClaimTexts;
import org.memwall.lessons.Lesson;
import org.memwall.lessons.Numbers;
import org.memwall.lessons.Probe;
import org.memwall.lessons.Verdicts;
import org.memwall.presets.ScenarioPreset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Every claim of the story checked at its scenario's settings, step by step: the value the core
 * gives, the article's, and whether the claim holds. The window's verdict badges show the same.
 */
@Command(name = "lessons", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks each claim of the story at the settings of its guided scenario's steps:",
                "the computed value, the article's value and the verdict (holds, partly, does not hold)."})
public class LessonsCommand extends WorkbenchCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "ID", description = "Only this scenario (see 'presets').")
    String scenarioId;

    @Option(names = "--step", paramLabel = "N", description = "Only step N of the scenario (1 is the first; needs --scenario).")
    Integer step;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public LessonsCommand(CliEnvironment environment) {
        super(environment);
    }

    /** One check at one step of one scenario. */
    record Row(String scenario, int step, int steps, Check check) {
    }

    @Override
    public Integer call() {
        if (format == OutputFormat.CSV) {
            throw new CliProblem("--format must be table or json for lessons, got csv");
        }
        if (step != null && scenarioId == null) {
            throw new CliProblem("--step needs --scenario: a step belongs to one scenario");
        }
        Workbench wb = workbench();
        LessonMaterial material = environment.loadLessons(root.presetsDir());
        List<ScenarioPreset> scenarios = chosen(material);
        Probe probe = new Probe(wb.simulator(), wb.catalog().hardware(), wb.catalog().models(), wb.catalog().stacks(),
                material.published());
        PriceBook prices = material.prices().orElseGet(PriceBook::unavailable);
        List<Row> rows = new ArrayList<>();
        for (ScenarioPreset s : scenarios) {
            Lesson lesson = s.lesson();
            int n = lesson.steps().size();
            if (step != null && (step < 1 || step > n)) {
                throw new CliProblem("--step must be 1 to " + n + " for scenario " + s.id() + ", got " + step);
            }
            for (int i = 0; i < n; i++) {
                if (step != null && i != step - 1) {
                    continue;
                }
                List<Check> checks;
                try {
                    checks = Verdicts.atStep(lesson, i, probe, prices, material.history());
                } catch (IllegalArgumentException e) {
                    throw new CliProblem("scenario " + s.id() + ", step " + (i + 1) + " cannot be simulated: " + e.getMessage(), e);
                }
                for (Check c : checks) {
                    rows.add(new Row(s.id(), i + 1, n, c));
                }
            }
        }
        if (format == OutputFormat.JSON) {
            out().println(json(rows));
        } else {
            printTable(rows);
        }
        return 0;
    }

    private List<ScenarioPreset> chosen(LessonMaterial material) {
        if (scenarioId == null) {
            return material.scenarios().stream()
                    .sorted(java.util.Comparator.comparingInt((ScenarioPreset s) -> s.claim().orElse(Integer.MAX_VALUE))
                            .thenComparing(ScenarioPreset::id))
                    .toList();
        }
        return List.of(material.scenario(scenarioId).orElseThrow(() -> new CliProblem("unknown scenario '" + scenarioId
                + "'; known: " + String.join(", ", material.scenarios().stream().map(ScenarioPreset::id).sorted().toList()))));
    }

    private void printTable(List<Row> rows) {
        ClaimTexts texts = ClaimTexts.english();
        TextTable table = new TextTable("scenario", ">step", "claim", ">computed", ">article", "unit", "verdict");
        for (Row r : rows) {
            Check c = r.check();
            table.row(r.scenario(), r.step() + "/" + r.steps(), c.claimId(),
                    c.computedValue().isPresent() ? Numbers.of(c.computed()) : "none", Numbers.of(c.article()), c.unit(),
                    c.verdict().id());
        }
        out().print(table.render());
        out().println();
        for (Row r : rows) {
            out().printf("%s %d/%d, %s: %s%n", r.scenario(), r.step(), r.steps(), texts.name(r.check().claim()),
                    texts.sentence(r.check()));
        }
    }

    /** A list of objects with scenario, step, claim, computed, article, unit and verdict (and the sentence). */
    static String json(List<Row> rows) {
        ResultJson json = new ResultJson();
        ClaimTexts texts = ClaimTexts.english();
        ArrayNode list = json.mapper().createArrayNode();
        for (Row r : rows) {
            Check c = r.check();
            ObjectNode o = list.addObject();
            o.put("scenario", r.scenario());
            o.put("step", r.step());
            o.put("claim", c.claimId());
            if (c.computedValue().isPresent()) {
                o.put("computed", c.computed());
            } else {
                o.putNull("computed");
            }
            o.put("article", c.article());
            o.put("unit", c.unit());
            o.put("verdict", c.verdict().id());
            o.put("statement", texts.name(c.claim()));
            o.put("sentence", texts.sentence(c));
            o.put("source", c.claim().source());
        }
        return json.write(list);
    }
}
