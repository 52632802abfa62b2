package org.memwall.presets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memwall.economics.OperatingCost;
import org.memwall.economics.PowerAssumptions;
import org.memwall.economics.PriceBasis;
import org.memwall.economics.PriceBook;
import org.memwall.economics.PricePoint;

/**
 * Maps {@code presets/economics.json} onto {@link PriceBook}: sourced prices with their basis
 * (list or bill of materials), the operating cost per kilowatt and month, and the power figures the
 * equal-throughput comparison assumed. Every number must be covered by a source.
 */
final class EconomicsReader {
    private EconomicsReader() {
    }

    static Optional<PriceBook> read(FileContext context) {
        ObjectReader root = context.root();
        List<PricePoint> prices = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> citations = Provenance.readSources(root);
        String citation = String.join("; ", citations);
        for (ObjectReader p : root.objects("prices", true)) {
            String id = p.text("id");
            String hardware = p.text("hardware");
            String basisText = p.text("basis");
            String kind = p.text("kind");
            double usd = p.positive("usdPerUnit");
            int chips = p.positiveInt("chipsPerUnit");
            String date = p.text("date");
            String confidence = p.text("confidence");
            p.finish();
            Optional<PriceBasis> basis = PriceBasis.parse(basisText);
            if (!basisText.isEmpty() && basis.isEmpty()) {
                context.problem(p.pathOf("basis"), "must be \"list\" or \"bom\", got \"" + basisText + "\"");
            }
            if (!id.isEmpty() && ids.contains(id)) {
                context.problem(p.pathOf("id"), "the price id '" + id + "' is used twice");
            }
            ids.add(id);
            if (!context.hasProblems()) {
                prices.add(new PricePoint(id, hardware, basis.orElseThrow(), kind, usd, chips, date,
                        sourceOf(context, p.path(), citations), confidence));
            }
        }
        ObjectReader op = root.object("operating");
        double perKwMonth = op.nonNegative("usdPerKilowattMonth");
        double years = op.positive("years");
        op.finish();
        ObjectReader power = root.object("powerAssumptions");
        double card = power.positive("sramCardAverageWatts");
        double server = power.positive("gpuServerWatts");
        int serverChips = power.positiveInt("gpuServerChips");
        power.finish();
        Provenance.readNotes(root, context);
        root.finish();
        Provenance.checkCoverage(context);
        if (context.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new PriceBook(prices, new OperatingCost(perKwMonth, years, sourceOf(context, "operating", citations)),
                new PowerAssumptions(card, server, serverChips, sourceOf(context, "powerAssumptions", citations).isEmpty()
                        ? citation : sourceOf(context, "powerAssumptions", citations))));
    }

    /** The titles of the sources whose {@code covers} include a path. */
    private static String sourceOf(FileContext context, String path, List<String> citations) {
        var sources = context.doc().root().get(Provenance.SOURCES);
        List<String> found = new ArrayList<>();
        for (int i = 0; sources != null && i < sources.size() && i < citations.size(); i++) {
            var covers = sources.get(i).get("covers");
            for (int j = 0; covers != null && j < covers.size(); j++) {
                if (Provenance.coversPath(covers.get(j).asText(), path)) {
                    found.add(citations.get(i));
                    break;
                }
            }
        }
        return String.join("; ", found);
    }
}
