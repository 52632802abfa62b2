package org.memwall.ui.canvas;

import java.util.List;
import org.memwall.core.trace.TransferEvent;

/**
 * Puts a chip's packets in flight into the packet buffer: for every transfer visible at a time,
 * as many packets as its {@link PacketSchedule} gives, each on a Manhattan route like a bus from a
 * random point of a source tile to one of a destination tile. The routes are pure functions of the
 * transfer's index and the packet's number, so a frame depends on the simulated time only.
 */
final class PacketPainter {
    /** Side of a packet in pixels at the schedule's size scale 1. */
    static final int BASE_PACKET_SIZE = 7;

    private PacketPainter() {
    }

    /** Draws the packets of {@code events} at time {@code t}; returns how many it drew. */
    static int draw(PacketRaster packets, ChipScene s, TransferEvent[] events, double t, PacketSchedule schedule,
                    CanvasPalette p) {
        int drawn = 0;
        int outline = PacketRaster.argb(p.background());
        for (int i = 0; i < events.length; i++) {
            TransferEvent e = events[i];
            if (!schedule.visibleAt(e, t)) {
                continue;
            }
            List<Box> from = s.target(e.from());
            List<Box> to = s.target(e.to());
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            int argb = PacketRaster.argb(p.payload(e.payload()));
            PacketShape shape = PacketShape.of(e.payload());
            int size = (int) Math.round(BASE_PACKET_SIZE * schedule.sizeScale(e));
            boolean sameBlock = e.from() == e.to();
            int seed = i * 0x9E3779B1;
            drawn += schedule.forEachInFlight(e, t, (k, progress) -> {
                long h = PacketPath.hash(seed, k);
                int src = PacketPath.pick(h, from.size());
                int dst = sameBlock && to.size() > 1
                        ? PacketPath.neighbour(src, h >>> 20, to.size())
                        : PacketPath.pick(h >>> 24, to.size());
                Box a = from.get(src);
                Box b = to.get(dst);
                double ax = a.x() + PacketPath.unit(h >>> 8) * a.width();
                double ay = a.y() + PacketPath.unit(h >>> 16) * a.height();
                double bx = b.x() + PacketPath.unit(h >>> 32) * b.width();
                double by = b.y() + PacketPath.unit(h >>> 40) * b.height();
                // Manhattan route like a bus: along the source block's long side first, then across.
                boolean verticalFirst = a.height() > a.width();
                double cx = verticalFirst ? ax : bx;
                double cy = verticalFirst ? by : ay;
                double first = Math.abs(cx - ax) + Math.abs(cy - ay);
                double total = first + Math.abs(bx - cx) + Math.abs(by - cy);
                double along = progress * total;
                double x;
                double y;
                if (along <= first || total == 0) {
                    double f = first > 0 ? along / first : 0;
                    x = ax + (cx - ax) * f;
                    y = ay + (cy - ay) * f;
                } else {
                    double f = (along - first) / (total - first);
                    x = cx + (bx - cx) * f;
                    y = cy + (by - cy) * f;
                }
                packets.packet(x, y, size, shape, argb, outline);
            });
        }
        return drawn;
    }
}
