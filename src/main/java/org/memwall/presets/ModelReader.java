package org.memwall.presets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.memwall.core.model.FfnKind;
import org.memwall.core.model.TransformerModel;

/** Maps a {@code presets/models/<id>.json} document onto {@link TransformerModel}. */
final class ModelReader {
    /** Largest gap allowed between the parameter count derived from the shape and the published one. */
    static final double PARAMETER_TOLERANCE = 0.03;

    private ModelReader() {
    }

    static Optional<TransformerModel> read(FileContext context) {
        ObjectReader root = context.root();
        String id = root.text("id");
        String name = root.text("name");
        int layers = root.positiveInt("layers");
        int hidden = root.positiveInt("hiddenSize");
        int heads = root.positiveInt("attentionHeads");
        int kvHeads = root.positiveInt("kvHeads");
        int headDim = root.positiveInt("headDim");
        int ffnSize = root.positiveInt("ffnSize");
        FfnKind ffnKind = HardwareReader.enumValue(root, "ffnKind", FfnKind.class);
        int vocab = root.positiveInt("vocabSize");
        int experts = root.positiveInt("experts");
        int expertsPerToken = root.positiveInt("expertsPerToken");
        int maxContext = root.positiveInt("maxContextTokens");
        double publishedBillion = root.positive("publishedParametersBillion");
        Provenance.readNotes(root, context);
        List<String> sources = Provenance.readSources(root);
        root.finish();
        Provenance.checkCoverage(context);
        if (hidden > 0 && heads > 0 && hidden % heads != 0) {
            context.problem("attentionHeads", "must divide hiddenSize (" + hidden + ") into equal heads, got " + heads);
        }
        if (context.hasProblems()) {
            return Optional.empty();
        }
        TransformerModel model;
        try {
            model = new TransformerModel(id, name, layers, hidden, heads, kvHeads, headDim, ffnSize, ffnKind, vocab,
                    experts, expertsPerToken, maxContext, publishedBillion * 1e9, sources);
        } catch (IllegalArgumentException e) {
            context.constructorProblem("", e);
            return Optional.empty();
        }
        double derived = model.totalParameters();
        double gap = Math.abs(derived / model.publishedParameters() - 1);
        if (gap > PARAMETER_TOLERANCE) {
            context.problem("publishedParametersBillion", String.format(Locale.ROOT,
                    "the shape gives %.2f billion parameters, %.1f%% away from the published %.2f billion (at most %.0f%% allowed): check the shape fields",
                    derived / 1e9, gap * 100, publishedBillion, PARAMETER_TOLERANCE * 100));
            return Optional.empty();
        }
        return Optional.of(model);
    }
}
