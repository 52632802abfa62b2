#!/usr/bin/env bash
# Smoke check of a packaged app image, run from its own launcher with no display:
#   - no JavaFX copy on the class path (JavaFX belongs to the linked runtime)
#   - `simulate` prints JSON with a decode phase, from the presets shipped inside the image
#   - a preset in the user's folder (~/.memwall-explorer/presets) is found
#   - `screenshot` writes a PNG of the size asked for that is not blank
# usage: installer/smoke.sh IMAGE_DIR      (e.g. target/installer/image/memwall-explorer)
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 IMAGE_DIR" >&2; exit 2; }
image=$(cd "$1" && pwd)
if [ -x "$image/bin/memwall-explorer" ]; then
  launcher=$image/bin/memwall-explorer
  app_dir=$image/lib/app
elif [ -x "$image/Contents/MacOS/memwall-explorer" ]; then
  launcher=$image/Contents/MacOS/memwall-explorer
  app_dir=$image/Contents/app
else
  echo "smoke: no launcher in $image" >&2; exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fresh home: the machine's own presets must not hide a missing built-in one.
# Java takes user.home from the password database, not $HOME; JAVA_TOOL_OPTIONS reaches the JVM
# through any launcher.
export HOME=$work/home
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"
mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY
limit=180

failures=0
pass() { echo "smoke: ok   $*"; }
failed() { echo "smoke: FAIL $*"; failures=$((failures + 1)); }

run() {
  # run NAME OUT_FILE ARGS... : the launcher with a time limit, stderr kept for the report
  local name=$1 out=$2
  shift 2
  if timeout "$limit" "$launcher" "$@" >"$out" 2>"$work/$name.err"; then
    return 0
  else
    local rc=$?
    failed "$name: exit code $rc from: memwall-explorer $*"
    grep -v '^Picked up JAVA_TOOL_OPTIONS' "$work/$name.err" | tail -n 20 | sed 's/^/    /'
    return 1
  fi
}

# ---- JavaFX only in the runtime ----------------------------------------------------------------
if python3 - "$app_dir" <<'PY'
import pathlib, sys, zipfile
stray = [f"{jar.name}: {name}"
         for jar in sorted(pathlib.Path(sys.argv[1]).glob("*.jar"))
         for name in zipfile.ZipFile(jar).namelist()
         if name.startswith(("javafx/", "com/sun/javafx/", "com/sun/prism/", "com/sun/glass/"))]
if stray:
    print("\n".join(stray[:5]), file=sys.stderr)
    sys.exit(1)
PY
then pass "no JavaFX classes on the class path"
else failed "JavaFX classes found on the class path: they would shadow the linked runtime"
fi

# ---- simulate from the shipped presets ---------------------------------------------------------
check_simulation_json() {
  python3 - "$1" <<'PY'
import json, sys
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        document = json.load(f)
except ValueError as e:
    sys.exit(f"not JSON ({e})")
def keys(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from keys(value)
if "decode" not in set(keys(document)):
    sys.exit("no 'decode' in the JSON")
PY
}

if run simulate "$work/simulate.json" simulate --hardware h100-sxm --model llama-2-7b --format json; then
  if check_simulation_json "$work/simulate.json" 2>"$work/simulate.check"; then
    pass "simulate prints JSON with a decode phase ($(wc -c <"$work/simulate.json") bytes)"
  else
    failed "simulate output: $(cat "$work/simulate.check")"
    head -c 400 "$work/simulate.json" | sed 's/^/    /'
  fi
fi

# ---- a preset in the user's folder -------------------------------------------------------------
# Copy the shipped h100-sxm preset under a new id into ~/.memwall-explorer/presets, keeping its
# place relative to /presets in the jar, and simulate with it.
user_id=smoke-user-chip
if python3 - "$app_dir/memwall-explorer.jar" "$HOME/.memwall-explorer/presets" "$user_id" 2>"$work/user-preset.make" <<'PY'
import json, pathlib, sys, zipfile
jar, target, new_id = zipfile.ZipFile(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
for name in jar.namelist():
    if name.startswith("presets/") and name.endswith(".json"):
        try:
            preset = json.loads(jar.read(name))
        except ValueError:
            continue
        if isinstance(preset, dict) and preset.get("id") == "h100-sxm":
            preset["id"] = new_id
            if "name" in preset:
                preset["name"] = "Smoke-test copy of " + str(preset["name"])
            path = target / pathlib.PurePosixPath(name).relative_to("presets").with_name(new_id + ".json")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(preset, indent=2), encoding="utf-8")
            sys.exit(0)
sys.exit("no preset with id h100-sxm under /presets in the jar")
PY
then
  if run user-preset "$work/user.json" simulate --hardware "$user_id" --model llama-2-7b --format json; then
    if check_simulation_json "$work/user.json" 2>"$work/user.check"; then
      pass "a preset in ~/.memwall-explorer/presets is found"
    else
      failed "simulate with the user preset: $(cat "$work/user.check")"
    fi
  fi
else
  failed "could not make a user preset: $(cat "$work/user-preset.make")"
fi

# ---- screenshot with no display ----------------------------------------------------------------
png=$work/screenshot.png
shot_width=1024
shot_height=640
if run screenshot "$work/screenshot.out" screenshot --out "$png" --width "$shot_width" --height "$shot_height"; then
  if [ ! -s "$png" ]; then
    failed "screenshot wrote no PNG"
  elif report=$(python3 - "$png" "$shot_width" "$shot_height" 2>&1 <<'PY'
# Decodes the PNG (8-bit RGB/RGBA, as ImageIO writes it) to count its colours: no image library needed.
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("not a PNG")
chunks, offset = {}, 8
while offset < len(data):
    length, kind = struct.unpack(">I4s", data[offset:offset + 8])
    chunks.setdefault(kind, []).append(data[offset + 8:offset + 8 + length])
    offset += 12 + length
width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"][0])
if (width, height) != (int(sys.argv[2]), int(sys.argv[3])):
    sys.exit(f"{width}x{height}, asked for {sys.argv[2]}x{sys.argv[3]}")
channels = {2: 3, 6: 4}.get(colour_type)
if depth != 8 or channels is None or interlace:
    sys.exit(f"unexpected PNG format (depth {depth}, colour type {colour_type})")
raw = zlib.decompress(b"".join(chunks[b"IDAT"]))
stride, previous, colours = width * channels, bytearray(width * channels), set()
for row in range(height):
    start = row * (stride + 1)
    kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
    for i in range(stride):
        left = line[i - channels] if i >= channels else 0
        up, up_left = previous[i], previous[i - channels] if i >= channels else 0
        if kind == 1:
            line[i] = (line[i] + left) & 255
        elif kind == 2:
            line[i] = (line[i] + up) & 255
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 255
        elif kind == 4:
            p = left + up - up_left
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
            line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 255
    if row % 4 == 0:
        colours.update(bytes(line[i:i + channels]) for i in range(0, stride, channels * 4))
    previous = line
if len(colours) <= 16:
    sys.exit(f"blank: {width}x{height} with {len(colours)} colours")
print(f"{width}x{height} PNG with at least {len(colours)} colours")
PY
  ); then
    pass "screenshot writes a $report"
  else
    failed "screenshot: $report"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "smoke: $failures check(s) failed"
  exit 1
fi
echo "smoke: all checks passed"
