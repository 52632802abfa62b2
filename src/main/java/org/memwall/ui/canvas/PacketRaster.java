package org.memwall.ui.canvas;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Packets drawn straight into a pixel buffer shown by one ImageView: ten thousand small squares a
 * frame cost a few array writes each instead of a Canvas command each (BUILD-NOTES: a pixel
 * buffer beats Canvas, which beats scene-graph nodes).
 */
final class PacketRaster {
    private final ImageView view = new ImageView();
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private IntBuffer buffer;
    private PixelBuffer<IntBuffer> pixelBuffer;
    /** Rows touched since the last commit, so clearing and copying skip the empty rest. */
    private int dirtyMinY = Integer.MAX_VALUE;
    private int dirtyMaxY = -1;
    /** Rows the current frame cleared; they must reach JavaFX too. */
    private int clearMinY = Integer.MAX_VALUE;
    private int clearMaxY = -1;

    PacketRaster() {
        view.setMouseTransparent(true);
        view.setSmooth(false);
    }

    ImageView view() {
        return view;
    }

    void resize(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return;
        }
        width = Math.max(1, newWidth);
        height = Math.max(1, newHeight);
        pixels = new int[width * height];
        buffer = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
        pixelBuffer = new PixelBuffer<>(width, height, buffer, PixelFormat.getIntArgbPreInstance());
        view.setImage(new WritableImage(pixelBuffer));
        dirtyMinY = Integer.MAX_VALUE;
        dirtyMaxY = -1;
    }

    /** Starts a frame: clears the rows the last frame drew on (they are copied out at commit). */
    void begin() {
        clearMinY = dirtyMinY;
        clearMaxY = dirtyMaxY;
        if (dirtyMaxY >= dirtyMinY) {
            Arrays.fill(pixels, dirtyMinY * width, (dirtyMaxY + 1) * width, 0);
        }
        dirtyMinY = Integer.MAX_VALUE;
        dirtyMaxY = -1;
    }

    /** A packet: a square in its payload colour inside a one-pixel outline, readable on any block colour. */
    void packet(double cx, double cy, int size, int argb, int outlineArgb) {
        square(cx, cy, size + 2, outlineArgb);
        square(cx, cy, size, argb);
    }

    /** An opaque square of side {@code size} pixels centred on (x, y), clipped to the buffer. */
    void square(double cx, double cy, int size, int argb) {
        int x0 = (int) (cx - size / 2.0);
        int y0 = (int) (cy - size / 2.0);
        int x1 = Math.min(width, x0 + size);
        int y1 = Math.min(height, y0 + size);
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        for (int y = y0; y < y1; y++) {
            Arrays.fill(pixels, y * width + x0, y * width + x1, argb);
        }
        dirtyMinY = Math.min(dirtyMinY, y0);
        dirtyMaxY = Math.max(dirtyMaxY, y1 - 1);
    }

    /** Hands this frame's pixels to JavaFX: the rows drawn now and the rows cleared from last frame. */
    void commit() {
        if (pixelBuffer == null) {
            return;
        }
        int from = Math.min(dirtyMinY, clearMinY);
        int to = Math.max(dirtyMaxY, clearMaxY);
        if (to < from) {
            return;
        }
        buffer.put(from * width, pixels, from * width, (to - from + 1) * width);
        int rowFrom = from;
        int rows = to - from + 1;
        pixelBuffer.updateBuffer(b -> new Rectangle2D(0, rowFrom, width, rows));
    }

    static int argb(Color c) {
        return 0xFF000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
