package org.memwall.presets;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.memwall.presets.PresetLoader.Kind;
import org.memwall.presets.PresetLoader.PresetFile;

import static org.memwall.presets.PresetLoader.*;

/**
 * Finds and reads the preset files of one layer: the built-ins the jar's index lists, or a
 * folder's files by kind, each within the size limit and as UTF-8; what cannot be read becomes a
 * {@link PresetProblem}.
 */
final class PresetFiles {
    private PresetFiles() {
    }

    /** Relative paths the built-in index lists ({@code hardware/h100-sxm.json}, ...). */
    static List<String> builtInIndex() {
        String text = readResource(CLASSPATH_ROOT + INDEX)
                .orElseThrow(() -> new PresetFormatException(INDEX, 0, "the built-in preset index is missing from the classpath"));
        try {
            LocatedJson doc = LocatedJson.parse(text);
            JsonNode files = doc.root().get("files");
            if (files == null || !files.isArray()) {
                throw new PresetFormatException(INDEX, 0, "needs a 'files' list");
            }
            List<String> result = new ArrayList<>();
            files.forEach(f -> result.add(f.asText()));
            return result;
        } catch (IOException e) {
            throw new PresetFormatException(INDEX, 0, e.getMessage());
        }
    }

    static List<PresetFile> builtIn(List<PresetProblem> problems) {
        List<PresetFile> files = new ArrayList<>();
        for (String relative : builtInIndex()) {
            Optional<Kind> kind = Kind.ofRelativePath(relative);
            if (kind.isEmpty()) {
                if (!relative.endsWith(".csv")) {
                    problems.add(new PresetProblem(INDEX, "files", 0, "'" + relative + "' is not a preset path"));
                }
                continue;
            }
            Optional<String> text = readResource(CLASSPATH_ROOT + relative);
            if (text.isEmpty()) {
                problems.add(new PresetProblem(relative, "", 0, "listed in the built-in index but missing from the classpath"));
                continue;
            }
            files.add(new PresetFile(kind.get(), relative, stem(relative), text));
        }
        return files;
    }

    static List<PresetFile> inFolder(Path dir, List<PresetProblem> problems, boolean own) {
        List<PresetFile> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        if (!readableFolder(dir, problems)) {
            return files;
        }
        Path nodes = dir.resolve(PROCESS_NODES);
        if (Files.exists(nodes)) {
            files.add(readFile(Kind.PROCESS_NODES, nodes, problems, own));
        }
        Path trends = dir.resolve(TRENDS);
        if (Files.exists(trends)) {
            files.add(readFile(Kind.TRENDS, trends, problems, own));
        }
        Path fidelity = dir.resolve(FIDELITY);
        if (Files.exists(fidelity)) {
            files.add(readFile(Kind.FIDELITY, fidelity, problems, own));
        }
        Path power = dir.resolve(POWER);
        if (Files.exists(power)) {
            files.add(readFile(Kind.POWER, power, problems, own));
        }
        for (Kind single : List.of(Kind.ECONOMICS, Kind.HISTORY)) {
            Path file = dir.resolve(single == Kind.ECONOMICS ? ECONOMICS : HISTORY);
            if (Files.isRegularFile(file)) {
                files.add(readFile(single, file, problems, own));
            }
        }
        for (Kind kind : List.of(Kind.HARDWARE, Kind.MODELS, Kind.STACKS, Kind.SCENARIOS, Kind.FACILITIES)) {
            Path folder = dir.resolve(kind.folder);
            if (!Files.isDirectory(folder) || !readableFolder(folder, problems)) {
                continue;
            }
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .forEach(p -> files.add(readFile(kind, p, problems, own)));
            } catch (IOException | UncheckedIOException e) {
                problems.add(new PresetProblem(folder.toString(), "", 0, "cannot list the folder: " + e.getMessage()));
            }
        }
        return files;
    }

    /** A folder that cannot be listed is reported, not passed over as if it were empty. */
    private static boolean readableFolder(Path dir, List<PresetProblem> problems) {
        if (Files.isReadable(dir) && Files.isExecutable(dir)) {
            return true;
        }
        problems.add(new PresetProblem(dir.toString(), "", 0, "cannot read the preset folder (permission denied): its presets were not loaded"));
        return false;
    }

    /** Read within {@link JsonLimits#MAX_FILE_BYTES}, as UTF-8; a folder, pipe or device named *.json is reported. */
    private static PresetFile readFile(Kind kind, Path path, List<PresetProblem> problems, boolean own) {
        Optional<String> text;
        Optional<Path> ownFile = own ? Optional.of(path) : Optional.empty();
        try {
            text = Optional.of(BoundedText.read(path, JsonLimits.MAX_FILE_BYTES, path.toString()));
        } catch (PresetFormatException e) {
            String message = e.reason();
            if (own && Files.isRegularFile(path) && !message.startsWith("cannot read")) {
                message = SetAsideFiles.setAside(path, message);
            }
            problems.add(new PresetProblem(path.toString(), "", e.line(), message));
            text = Optional.empty();
        }
        return new PresetFile(kind, path.toString(), stem(path.getFileName().toString()), text, ownFile);
    }

    private static String stem(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
    }

    static Optional<String> readResource(String resource) {
        try (InputStream in = PresetLoader.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

}
