#!/usr/bin/env python3
"""Start-up time to first frame of a packaged launcher, measured from outside the program.

Run under an X server, e.g.
    xvfb-run -a -s "-screen 0 1920x1080x24" python3 installer/measure-startup.py \
        target/installer/image/memwall-explorer/bin/memwall-explorer --runs 7

Each run starts the launcher, then polls the X server until a top-level window is viewable
and its pixels are no longer a single colour (the first frame has been drawn), and stops the
program. Prints each run and the median, in wall-clock seconds and in CPU seconds the program
had used by then (on a busy machine the wall clock mostly measures the other programs).

With --complete the program also runs with -Dmemwall.startupTrace=true (through
JAVA_TOOL_OPTIONS) and each run waits for its "explorer complete" line: the window opens with
canvas and sliders first and adds the tiles and charts after the first frame, and this is the
time until those are drawn too.
Uses libX11 through ctypes: nothing to install.
"""
import argparse
import ctypes
import ctypes.util
import os
import signal
import statistics
import subprocess
import sys
import threading
import time

POLL_SECONDS = 0.005
MIN_SIDE_PIXELS = 200
SAMPLE_GRID = 24
IS_VIEWABLE = 2
Z_PIXMAP = 2
ALL_PLANES = 0xFFFFFFFFFFFFFFFF


class XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int),
        ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p), ("root", ctypes.c_ulong),
        ("class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long), ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long), ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class X11:
    def __init__(self):
        path = ctypes.util.find_library("X11") or "libX11.so.6"
        self.lib = ctypes.CDLL(path)
        lib = self.lib
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                   ctypes.POINTER(ctypes.c_ulong),
                                   ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                   ctypes.POINTER(ctypes.c_uint)]
        lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                             ctypes.POINTER(XWindowAttributes)]
        lib.XGetImage.restype = ctypes.c_void_p
        lib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                  ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        lib.XGetPixel.restype = ctypes.c_ulong
        lib.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        lib.XDestroyImage.argtypes = [ctypes.c_void_p]
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        # a window that disappears between listing and reading must not abort the measurement
        self._handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
        lib.XSetErrorHandler(self._handler)
        self.display = lib.XOpenDisplay(None)
        if not self.display:
            sys.exit("measure-startup: cannot open the X display (run under xvfb-run)")
        self.root = lib.XDefaultRootWindow(self.display)

    def top_level_windows(self):
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not self.lib.XQueryTree(self.display, self.root, ctypes.byref(root), ctypes.byref(parent),
                                   ctypes.byref(children), ctypes.byref(count)):
            return []
        windows = [children[i] for i in range(count.value)]
        if children:
            self.lib.XFree(children)
        return windows

    def painted_window(self):
        """A viewable top-level window whose content is not one flat colour, or None."""
        for window in self.top_level_windows():
            attributes = XWindowAttributes()
            if not self.lib.XGetWindowAttributes(self.display, window, ctypes.byref(attributes)):
                continue
            if attributes.map_state != IS_VIEWABLE:
                continue
            if min(attributes.width, attributes.height) < MIN_SIDE_PIXELS:
                continue
            if self.colour_count(window, attributes.width, attributes.height) > 1:
                return window
        return None

    def colour_count(self, window, width, height):
        # One row of pixels per sample line, not the whole window: reading the whole window 200
        # times a second kept the X server and this script busy on the program's cores and slowed
        # the start-up it measured by 0.4-0.5 s on a 2-core machine.
        colours = set()
        for j in range(SAMPLE_GRID):
            y = (2 * j + 1) * height // (2 * SAMPLE_GRID)
            image = self.lib.XGetImage(self.display, window, 0, y, width, 1, ALL_PLANES, Z_PIXMAP)
            if not image:
                return 0
            try:
                for i in range(SAMPLE_GRID):
                    colours.add(self.lib.XGetPixel(image, (2 * i + 1) * width // (2 * SAMPLE_GRID), 0))
            finally:
                self.lib.XDestroyImage(image)
            if len(colours) > 1:
                break
        return len(colours)


def cpu_seconds(pid):
    """User + system CPU time of a process (all its threads), from /proc."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


COMPLETE_MARKER = "explorer complete"


def watch_for_marker(stream, start, seen):
    """Notes the wall time the program printed COMPLETE_MARKER; keeps draining its output."""
    for line in iter(stream.readline, b""):
        if "complete" not in seen and COMPLETE_MARKER in line.decode(errors="replace"):
            seen["complete"] = time.perf_counter() - start
            seen["event"].set()


def measure_once(x11, command, timeout_seconds, complete=False):
    """(seconds to first frame, CPU seconds by then, seconds to complete or None)."""
    environment = dict(os.environ)
    seen = {"event": threading.Event()}
    if complete:
        options = environment.get("JAVA_TOOL_OPTIONS", "")
        environment["JAVA_TOOL_OPTIONS"] = (options + " -Dmemwall.startupTrace=true").strip()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE if complete else subprocess.DEVNULL,
                               start_new_session=True, env=environment)
    if complete:
        threading.Thread(target=watch_for_marker, args=(process.stderr, start, seen), daemon=True).start()
    try:
        while time.perf_counter() - start < timeout_seconds:
            if x11.painted_window() is not None:
                first = time.perf_counter() - start, cpu_seconds(process.pid)
                if not complete:
                    return first[0], first[1], None
                if not seen["event"].wait(max(0.0, timeout_seconds - (time.perf_counter() - start))):
                    raise RuntimeError(f"no '{COMPLETE_MARKER}' line within {timeout_seconds} s")
                return first[0], first[1], seen["complete"]
            if process.poll() is not None:
                raise RuntimeError(f"launcher exited with {process.returncode} before showing a frame")
            time.sleep(POLL_SECONDS)
        raise RuntimeError(f"no frame within {timeout_seconds} s")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        # let the window go away before the next run looks for one
        while x11.painted_window() is not None:
            time.sleep(POLL_SECONDS)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("launcher", help="the packaged launcher (…/bin/memwall-explorer)")
    parser.add_argument("args", nargs="*", help="arguments for the launcher")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--warm-up", type=int, default=1, help="runs not counted (file cache)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run")
    parser.add_argument("--complete", action="store_true",
                        help="also time the program's 'explorer complete' trace line (tiles and charts drawn)")
    options = parser.parse_args()

    x11 = X11()
    command = [options.launcher, *options.args]
    for _ in range(options.warm_up):
        measure_once(x11, command, options.timeout, options.complete)
    wall, cpu, complete = [], [], []
    for run in range(1, options.runs + 1):
        wall_seconds, cpu_used, complete_seconds = measure_once(x11, command, options.timeout, options.complete)
        wall.append(wall_seconds)
        cpu.append(cpu_used)
        line = f"run {run}: {wall_seconds:.2f} s to first frame, {cpu_used:.2f} s of CPU"
        if complete_seconds is not None:
            complete.append(complete_seconds)
            line += f", {complete_seconds:.2f} s to complete"
        print(line, flush=True)
    summary = (f"median of {options.runs}: {statistics.median(wall):.2f} s to first frame "
               f"(min {min(wall):.2f}, max {max(wall):.2f}), {statistics.median(cpu):.2f} s of CPU")
    if complete:
        summary += (f"; {statistics.median(complete):.2f} s to complete "
                    f"(min {min(complete):.2f}, max {max(complete):.2f})")
    print(f"{summary}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
