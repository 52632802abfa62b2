package org.memwall.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
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
 * An animated GIF that loops forever (the NETSCAPE2.0 extension every viewer and slide program
 * reads), one delay for every frame, and the settings in its comment; written with ImageIO, which
 * picks each frame's palette. Written through {@link SafeFiles}.
 */
public final class GifExport {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifExport() {
    }

    /**
     * @param delayCentiseconds how long each frame shows (GIF counts hundredths of a second)
     */
    public static void write(List<BufferedImage> frames, int delayCentiseconds, String comment, Path file,
                             SafeFiles.Overwrite policy) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        SafeFiles.write(file, policy, out -> encode(frames, delayCentiseconds, comment, out));
    }

    static void encode(List<BufferedImage> frames, int delayCentiseconds, String comment, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(new PngWriter.NoClose(out))) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            ImageWriteParam param = writer.getDefaultWriteParam();
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage frame = rgb(frames.get(i));
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
                IIOMetadataNode control = child(root, "GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
                control.setAttribute("transparentColorIndex", "0");
                if (i == 0) {
                    IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                    loop.setAttribute("applicationID", "NETSCAPE");
                    loop.setAttribute("authenticationCode", "2.0");
                    loop.setUserObject(new byte[] {1, 0, 0});
                    child(root, "ApplicationExtensions").appendChild(loop);
                    IIOMetadataNode text = new IIOMetadataNode("CommentExtension");
                    text.setAttribute("value", ascii(comment.replace("µ", "u")));
                    child(root, "CommentExtensions").appendChild(text);
                }
                metadata.setFromTree(FORMAT, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** Opaque RGB: GIF has no partial transparency, and ImageIO makes a palette from RGB frames. */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return out;
    }

    /** GIF comments are 7-bit text in practice: other characters become '?'. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= 32 && c < 127 ? c : '?');
        }
        return b.toString();
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}
