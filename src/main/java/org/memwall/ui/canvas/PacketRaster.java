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
 *
 * <p>The buffer also carries an overlay (the labels, premultiplied ARGB) that stays above the
 * packets: a packet pixel under a label pixel is written already blended with it. So labels need no
 * full-size layer of their own, which in the software pipeline would be blended into the window on
 * every frame. Between frames the pixels a packet covered are restored from the overlay.
 */
final class PacketRaster {
    private final ImageView view = new ImageView();
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private int[] overlay = new int[0];
    /** Per row, the first and one past the last overlay column that is not transparent (empty if equal). */
    private int[] overlayFrom = new int[0];
    private int[] overlayTo = new int[0];
    private IntBuffer buffer;
    /**
     * Our own view of the same pixels: the renderer moves the shared buffer's position and limit
     * while it uploads, so writes through it could see a limit shorter than the image.
     */
    private IntBuffer writeView;
    private PixelBuffer<IntBuffer> pixelBuffer;
    /** Area touched since the last commit, so restoring and copying skip the untouched rest. */
    private final Area drawn = new Area();
    /** Area the current frame restored from the overlay; it must reach JavaFX too. */
    private final Area restored = new Area();

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
        overlay = new int[width * height];
        overlayFrom = new int[height];
        overlayTo = new int[height];
        buffer = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
        writeView = buffer.duplicate();
        pixelBuffer = new PixelBuffer<>(width, height, buffer, PixelFormat.getIntArgbPreInstance());
        view.setImage(new WritableImage(pixelBuffer));
        drawn.clear();
        restored.clear();
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /**
     * Sets the overlay (premultiplied ARGB, {@code width x height}, row by row) and shows it alone;
     * packets drawn later go under it. A shorter array leaves the rest transparent.
     */
    void setOverlay(int[] argbPre) {
        if (pixelBuffer == null) {
            return;
        }
        Arrays.fill(overlay, 0);
        System.arraycopy(argbPre, 0, overlay, 0, Math.min(argbPre.length, overlay.length));
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int from = 0;
            while (from < width && overlay[row + from] == 0) {
                from++;
            }
            int to = width;
            while (to > from && overlay[row + to - 1] == 0) {
                to--;
            }
            overlayFrom[y] = from;
            overlayTo[y] = to;
        }
        System.arraycopy(overlay, 0, pixels, 0, pixels.length);
        drawn.clear();
        restored.clear();
        restored.add(0, 0, width, height);
        commit();
    }

    /** Starts a frame: puts back the overlay where the last frame drew (copied out at commit). */
    void begin() {
        restored.set(drawn);
        if (!drawn.isEmpty()) {
            int w = drawn.maxX - drawn.minX;
            for (int y = drawn.minY; y < drawn.maxY; y++) {
                int i = y * width + drawn.minX;
                System.arraycopy(overlay, i, pixels, i, w);
            }
        }
        drawn.clear();
    }

    /** A packet: its payload's shape in its payload's colour inside a one-pixel outline, readable on any block colour. */
    void packet(double cx, double cy, int size, PacketShape shape, int argb, int outlineArgb) {
        fill(cx, cy, size + 2, shape, outlineArgb);
        fill(cx, cy, size, shape, argb);
    }

    /** An opaque square of side {@code size} pixels centred on (x, y), clipped to the buffer, under the overlay. */
    void square(double cx, double cy, int size, int argb) {
        fill(cx, cy, size, PacketShape.SQUARE, argb);
    }

    /** An opaque shape {@code size} pixels across centred on (x, y), clipped to the buffer, under the overlay. */
    void fill(double cx, double cy, int size, PacketShape shape, int argb) {
        int left = (int) (cx - size / 2.0);
        int top = (int) (cy - size / 2.0);
        for (int row = 0; row < size; row++) {
            int y = top + row;
            if (y < 0 || y >= height) {
                continue;
            }
            int inset = shape.inset(row, size);
            int x0 = Math.max(0, left + inset);
            int x1 = Math.min(width, left + size - inset);
            if (x0 >= x1) {
                continue;
            }
            int rowStart = y * width;
            if (x1 <= overlayFrom[y] || x0 >= overlayTo[y]) {
                Arrays.fill(pixels, rowStart + x0, rowStart + x1, argb);
            } else {
                for (int i = rowStart + x0; i < rowStart + x1; i++) {
                    int o = overlay[i];
                    pixels[i] = o == 0 ? argb : under(o, argb);
                }
            }
            drawn.add(x0, y, x1, y + 1);
        }
    }

    /** An opaque colour seen through a premultiplied one above it (source-over). */
    static int under(int abovePre, int opaque) {
        int keep = 255 - (abovePre >>> 24);
        int r = ((abovePre >> 16) & 0xFF) + (((opaque >> 16) & 0xFF) * keep + 127) / 255;
        int g = ((abovePre >> 8) & 0xFF) + (((opaque >> 8) & 0xFF) * keep + 127) / 255;
        int b = (abovePre & 0xFF) + ((opaque & 0xFF) * keep + 127) / 255;
        return 0xFF000000 | Math.min(255, r) << 16 | Math.min(255, g) << 8 | Math.min(255, b);
    }

    /** Hands this frame's pixels to JavaFX: the area drawn now and the area restored from last frame. */
    void commit() {
        if (pixelBuffer == null) {
            return;
        }
        Area changed = new Area();
        changed.set(drawn);
        changed.add(restored);
        if (changed.isEmpty()) {
            return;
        }
        int w = changed.maxX - changed.minX;
        Rectangle2D dirty = new Rectangle2D(changed.minX, changed.minY, w, changed.maxY - changed.minY);
        // PixelBuffer's contract: write the shared buffer only inside updateBuffer, never while
        // the render thread may be reading it.
        pixelBuffer.updateBuffer(b -> {
            for (int y = changed.minY; y < changed.maxY; y++) {
                int i = y * width + changed.minX;
                writeView.put(i, pixels, i, w);
            }
            return dirty;
        });
        restored.clear();
    }

    /** Reads back what is shown at a pixel (premultiplied ARGB); for tests. */
    int pixelAt(int x, int y) {
        return pixels[y * width + x];
    }

    static int argb(Color c) {
        return 0xFF000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    /** A rectangle of pixels [minX, maxX) x [minY, maxY), empty when maxX <= minX. */
    private static final class Area {
        int minX;
        int minY;
        int maxX;
        int maxY;

        Area() {
            clear();
        }

        void clear() {
            minX = Integer.MAX_VALUE;
            minY = Integer.MAX_VALUE;
            maxX = Integer.MIN_VALUE;
            maxY = Integer.MIN_VALUE;
        }

        boolean isEmpty() {
            return maxX <= minX || maxY <= minY;
        }

        void set(Area other) {
            minX = other.minX;
            minY = other.minY;
            maxX = other.maxX;
            maxY = other.maxY;
        }

        void add(int x0, int y0, int x1, int y1) {
            minX = Math.min(minX, x0);
            minY = Math.min(minY, y0);
            maxX = Math.max(maxX, x1);
            maxY = Math.max(maxY, y1);
        }

        void add(Area other) {
            if (!other.isEmpty()) {
                add(other.minX, other.minY, other.maxX, other.maxY);
            }
        }
    }
}
