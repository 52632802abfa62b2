package org.memwall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.OptionalDouble;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Bound;
import org.memwall.core.sim.OperatorResult;
import org.memwall.core.sim.PhaseResult;
import org.memwall.core.sim.Result;

/** A result as one JSON object, numbers in SI units (seconds, joules, bytes, USD). */
public final class ResultJson {
    private final ObjectMapper mapper;

    public ResultJson() {
        this.mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public String write(Object node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    public ObjectNode of(Result r) {
        ObjectNode o = mapper.createObjectNode();
        o.set("hardware", hardware(r.hardware()));
        o.set("model", model(r.scenario().workload().model()));
        ObjectNode st = o.putObject("stack");
        st.put("id", r.scenario().stack().id());
        st.put("name", r.scenario().stack().name());
        st.put("idealised", r.scenario().stack().idealised());
        ObjectNode w = o.putObject("workload");
        var wl = r.scenario().workload();
        w.put("batch", wl.batch());
        w.put("promptTokens", wl.promptTokens());
        w.put("outputTokens", wl.outputTokens());
        w.put("weightPrecision", wl.weightPrecision().id());
        w.put("computePrecision", wl.computePrecision().id());
        w.put("kvPrecision", wl.kvPrecision().id());
        w.put("concurrentStreams", wl.concurrentStreams());

        o.put("chips", r.chips());
        o.put("chipsNeeded", r.chipsNeeded());
        o.put("fits", r.fits());
        if (!r.fits()) {
            o.put("fitMessage", r.fitMessage());
        }
        ObjectNode par = o.putObject("parallelism");
        par.put("tensorParallel", r.parallelism().tensorParallel());
        par.put("pipelineStages", r.parallelism().pipelineStages());
        par.put("expertParallel", r.parallelism().expertParallel());
        par.put("chipsUsed", r.parallelism().chipsUsed());

        ObjectNode decode = o.putObject("decode");
        number(decode, "tokensPerSecondPerUser", r.tokensPerSecondPerUser());
        number(decode, "tokensPerSecond", r.tokensPerSecond());
        number(decode, "secondsPerToken", r.secondsPerToken());
        number(decode, "computeUtilisation", r.computeUtilisation());

        ObjectNode prefill = o.putObject("prefill");
        number(prefill, "timeToFirstTokenSeconds", r.timeToFirstTokenSeconds());
        number(prefill, "forwardPassSeconds", r.prefill().stepSeconds());
        number(o.putObject("request"), "aggregateTokensPerSecond", r.aggregateTokensPerSecond());

        o.set("energy", EnergyJson.of(mapper, r));

        numbers(o.putObject("bytesPerToken"), r.bytesPerToken());

        ObjectNode bound = o.putObject("bound");
        bound.set("decode", phaseBound(PhaseBound.of(r.decode())));
        bound.set("prefill", phaseBound(PhaseBound.of(r.prefill())));
        PhaseBound.EnergyBound eb = PhaseBound.EnergyBound.of(r.energy());
        ObjectNode be = bound.putObject("energy");
        be.put("dominant", eb.dominant());
        number(be, "dataMovementShare", eb.dataMovementShare());
        be.put("largestLevel", eb.largestLevel());

        ObjectNode fidelity = o.putObject("fidelity");
        optional(fidelity, "medianErrorPercent", r.fidelity().medianErrorPercent());
        fidelity.put("runs", r.fidelity().runs());
        fidelity.put("method", r.fidelity().method().id());
        fidelity.put("label", r.fidelity().label());

        optional(o, "hardwareCostUsd", r.hardwareCostUsd());
        optional(o, "costUsdPerTokenPerSecond", r.costUsdPerTokenPerSecond());

        o.set("operators", operators(r.decode(), r.hardware()));
        return o;
    }

    private ObjectNode hardware(Hardware h) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", h.id());
        n.put("name", h.name());
        n.put("family", h.family().name());
        n.put("familyLabel", h.family().label());
        number(n, "processNodeNm", h.processNodeNm());
        ObjectNode bw = n.putObject("bandwidthBytesPerSecond");
        h.memory().forEach(l -> number(bw, l.name(), l.bandwidthBytesPerSecond()));
        return n;
    }

    private ObjectNode model(TransformerModel m) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", m.id());
        n.put("name", m.name());
        number(n, "parameters", m.totalParameters());
        n.put("layers", m.layers());
        return n;
    }

    private ObjectNode phaseBound(PhaseBound b) {
        ObjectNode n = mapper.createObjectNode();
        n.put("bound", b.bound().id());
        n.put("level", b.level());
        number(n, "shareOfTime", b.shareOfTime());
        ObjectNode seconds = n.putObject("secondsByBound");
        for (Map.Entry<Bound, Double> e : b.secondsByBound().entrySet()) {
            number(seconds, e.getKey().id(), e.getValue());
        }
        return n;
    }

    private ArrayNode operators(PhaseResult phase, Hardware chip) {
        ArrayNode list = mapper.createArrayNode();
        for (OperatorResult op : phase.operators()) {
            ObjectNode n = list.addObject();
            n.put("operator", op.operator().name());
            n.put("label", op.operator().label());
            n.put("occurrences", op.occurrences());
            number(n, "seconds", op.seconds());
            number(n, "totalSeconds", op.totalSeconds());
            n.put("bound", op.bound().id());
            n.put("boundLevel", op.boundLevel());
            number(n, "matrixOps", op.matrixOps());
            number(n, "vectorOps", op.vectorOps());
            ObjectNode bytes = n.putObject("bytesByLevel");
            // Fastest level first, as the chip lists them, so every operator reads the same way.
            chip.memory().forEach(l -> number(bytes, l.name(), op.bytes(l.name())));
            number(n, "linkBytes", op.linkBytes());
        }
        return list;
    }

    /** JSON has no NaN or infinity: such a number is written as null. */
    static void number(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    static void optional(ObjectNode n, String key, OptionalDouble v) {
        if (v.isPresent()) {
            number(n, key, v.getAsDouble());
        } else {
            n.putNull(key);
        }
    }

    static void numbers(ObjectNode n, Map<String, Double> values) {
        values.forEach((k, v) -> number(n, k, v));
    }
}
