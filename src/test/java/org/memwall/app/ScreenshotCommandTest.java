package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

class ScreenshotCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ScreenshotCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private String oneLine() {
        String text = err.toString().strip();
        assertEquals(1, text.lines().count(), "one line: " + text);
        return text;
    }

    /** The PNG's text chunks, keyword to value, as any PNG reader sees them. */
    static Map<String, String> pngText(Path png) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            collect(root, out);
        }
        return out;
    }

    private static void collect(Node n, Map<String, String> out) {
        if (n instanceof Element e && (e.getTagName().equals("tEXtEntry") || e.getTagName().equals("iTXtEntry"))) {
            out.put(e.getAttribute("keyword"), e.hasAttribute("value") ? e.getAttribute("value") : e.getAttribute("text"));
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            collect(c, out);
        }
    }

    @Test
    void writesThePngAtTheAskedSizeWithTheWindowsSettingsInItsTextChunks() throws Exception {
        Path png = dir.resolve("window.png");
        assertEquals(0, run("--out", png.toString(), "--width", "800", "--height", "500", "--scale", "2", "--theme", "dark",
                "--hardware", "h100-sxm", "--compare", "groq-lpu", "--model", "llama-2-70b", "--precision", "int8",
                "--batch", "8", "--prompt", "1000", "--output", "200", "--hbm-bandwidth", "4.8", "--chart", "roofline",
                "--at", "0.25"), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1000, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a rendered window, not a blank image: " + colours.size() + " colours");

        Map<String, String> text = pngText(png);
        assertTrue(text.get("Software").startsWith("Memory Wall Explorer"), text.toString());
        assertTrue(text.get("memwall.chips").startsWith("h100-sxm ("), text.get("memwall.chips"));
        assertTrue(text.get("memwall.chips").contains("groq-lpu"), text.get("memwall.chips"));
        assertEquals("llama-2-70b", text.get("memwall.model"));
        assertTrue(text.get("memwall.formats").startsWith("weights int8"), text.get("memwall.formats"));
        assertTrue(text.get("memwall.sliders").contains("batch 8, prompt 1000 + output 200 tokens"), text.get("memwall.sliders"));
        assertTrue(text.get("memwall.sliders").contains("HBM 4.8"), text.get("memwall.sliders"));
        assertEquals("roofline", text.get("memwall.chart"));
        assertTrue(text.containsKey("Creation Time"));
        assertTrue(text.get("Source").contains("--batch 8 --prompt 1000 --output 200"), "the command that makes it again: "
                + text.get("Source"));
    }

    @Test
    void anSvgOfAChartAndAGifOfAStepOpenInStandardReaders() throws Exception {
        Path svg = dir.resolve("roofline.svg");
        assertEquals(0, run("--out", svg.toString(), "--chart", "roofline", "--width", "1024", "--height", "768"), err.toString());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertTrue(Double.parseDouble(root.getAttribute("width")) > 300, root.getAttribute("width"));
        assertTrue(doc.getElementsByTagName("title").item(0).getTextContent().contains("Roofline"));
        assertTrue(doc.getElementsByTagName("desc").item(0).getTextContent().contains("llama-2-70b"));
        NodeList texts = doc.getElementsByTagName("text");
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            words.append(texts.item(i).getTextContent()).append('|');
        }
        assertTrue(words.toString().contains("ops per byte"), "the axis label is text, not pixels: " + words);
        assertTrue(doc.getElementsByTagName("path").getLength() > 20, "roofs and points are vector paths");
        assertEquals(0, doc.getElementsByTagName("image").getLength(), "nothing rasterised");

        Path gif = dir.resolve("step.gif");
        assertEquals(0, run("--out", gif.toString(), "--width", "1024", "--height", "768"), err.toString());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            assertEquals(40, frames);
            IIOMetadata first = reader.getImageMetadata(0);
            Element tree = (Element) first.getAsTree("javax_imageio_gif_image_1.0");
            Element control = (Element) tree.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("10", control.getAttribute("delayTime"), "a tenth of a second a frame");
            Element loop = (Element) tree.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"), "loops in every viewer");
            assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) ((javax.imageio.metadata.IIOMetadataNode) loop).getUserObject());
            BufferedImage a = reader.read(0);
            BufferedImage b = reader.read(frames / 2);
            assertEquals(a.getWidth(), b.getWidth());
            assertTrue(a.getWidth() > 300 && a.getHeight() > 150, a.getWidth() + "x" + a.getHeight());
            int differ = 0;
            for (int y = 0; y < a.getHeight(); y += 2) {
                for (int x = 0; x < a.getWidth(); x += 2) {
                    differ += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
                }
            }
            assertTrue(differ > 50, "the packets move between frames: " + differ);
        }
        assertTrue(Files.size(gif) < 4_000_000, "small enough for a slide: " + Files.size(gif) + " bytes");
    }

    @Test
    void aFileThatIsThereIsKeptUnlessOverwriteIsGivenAndAReadOnlyOneAlways() throws Exception {
        Path png = dir.resolve("kept.png");
        Files.writeString(png, "the user's own file");
        assertEquals(ScreenshotCommand.BAD_ARGUMENTS, run("--out", png.toString()));
        assertTrue(oneLine().contains("already exists; add --overwrite"), err.toString());
        assertEquals("the user's own file", Files.readString(png));

        File readOnly = dir.resolve("read-only.png").toFile();
        Files.writeString(readOnly.toPath(), "keep me");
        assertTrue(readOnly.setWritable(false));
        err.getBuffer().setLength(0);
        assertEquals(ScreenshotCommand.BAD_ARGUMENTS, run("--out", readOnly.toString(), "--overwrite"));
        assertTrue(oneLine().contains("read-only"), err.toString());
        assertEquals("keep me", Files.readString(readOnly.toPath()));
    }

    @Test
    void aFolderGivenAsOutIsKeptAndEveryFailureSaysWhyWithCodeTwo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shots.png"));
        assertEquals(ScreenshotCommand.BAD_ARGUMENTS, run("--out", folder.toString(), "--overwrite"));
        assertTrue(oneLine().contains("is a folder"), err.toString());
        assertTrue(Files.isDirectory(folder), "the empty folder is still there");

        err.getBuffer().setLength(0);
        Path missing = dir.resolve("missing-folder").resolve("x.png");
        assertEquals(ScreenshotCommand.BAD_ARGUMENTS, run("--out", missing.toString()));
        String line = oneLine();
        assertTrue(line.contains("does not exist") && !line.contains(".part"), "a reason, not a temporary file: " + line);

        err.getBuffer().setLength(0);
        assertEquals(ScreenshotCommand.BAD_ARGUMENTS, run("--out", dir.resolve("huge.png").toString(),
                "--width", "8192", "--height", "8192", "--scale", "4"));
        assertTrue(oneLine().contains("too large"), err.toString());
        assertFalse(Files.exists(dir.resolve("huge.png")));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left behind");
        }
    }

    @Test
    void mistakesInTheSettingsAreRefusedInOneLineNamingTheOption() {
        String[][] cases = {
            {"--hardware", "no-such-chip"}, {"--scale", "3"}, {"--batch", "0"}, {"--hbm-bandwidth", "NaN"},
            {"--node", "1e400"}, {"--precision", "int3"}, {"--at", "2"}, {"--theme", "blue"}, {"--compare", "a,b,c"},
            {"--context", "100", "--output", "200"}, {"--chips", "many"}, {"--only", "tiles"},
        };
        for (String[] c : cases) {
            err.getBuffer().setLength(0);
            String[] args = new String[c.length + 2];
            args[0] = "--out";
            args[1] = dir.resolve("x.png").toString();
            System.arraycopy(c, 0, args, 2, c.length);
            assertEquals(ScreenshotCommand.BAD_ARGUMENTS, run(args), String.join(" ", c) + ": " + err);
            String line = oneLine();
            assertTrue(line.contains(c[0]) || line.contains(c[0].substring(2)), c[0] + " named in: " + line);
        }
        assertFalse(Files.exists(dir.resolve("x.png")));
    }
}
