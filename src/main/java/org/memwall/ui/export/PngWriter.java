package org.memwall.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.memwall.io.SafeFiles;

/**
 * PNG files with text chunks: each entry a tEXt chunk (Latin-1) or, when it needs more, an iTXt
 * chunk (UTF-8), which {@code exiftool}, ImageMagick's {@code identify -verbose} and
 * {@code pngcheck -t} list. Written through {@link SafeFiles}: whole or not at all.
 */
public final class PngWriter {
    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngWriter() {
    }

    public static void write(BufferedImage image, Map<String, String> text, Path file, SafeFiles.Overwrite policy)
            throws IOException {
        SafeFiles.write(file, policy, out -> encode(image, text, out));
    }

    static void encode(BufferedImage image, Map<String, String> text, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(new NoClose(out))) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(FORMAT, chunks(text));
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode chunks(Map<String, String> text) {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode latin = new IIOMetadataNode("tEXt");
        IIOMetadataNode international = new IIOMetadataNode("iTXt");
        text.forEach((keyword, value) -> {
            if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(value)) {
                IIOMetadataNode e = new IIOMetadataNode("tEXtEntry");
                e.setAttribute("keyword", keyword);
                e.setAttribute("value", value);
                latin.appendChild(e);
            } else {
                IIOMetadataNode e = new IIOMetadataNode("iTXtEntry");
                e.setAttribute("keyword", keyword);
                e.setAttribute("compressionFlag", "FALSE");
                e.setAttribute("compressionMethod", "0");
                e.setAttribute("languageTag", "");
                e.setAttribute("translatedKeyword", "");
                e.setAttribute("text", value);
                international.appendChild(e);
            }
        });
        if (latin.getLength() > 0) {
            root.appendChild(latin);
        }
        if (international.getLength() > 0) {
            root.appendChild(international);
        }
        return root;
    }

    /** ImageIO closes what it writes to; SafeFiles closes the file itself once it is flushed to disk. */
    static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
