#!/usr/bin/env bash
# Draws the app icon once with ImageMagick and writes the sizes each platform needs into assets/.
# The PNGs, .ico and .icns are committed; run this again only when the drawing changes.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=assets
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 512 px master: a compute die (orange, a 4x4 grid of tensor units) between two HBM stacks
# (blue, four dies each), with packets of data on the way in.
args=(-size 512x512 xc:none
  -fill '#1d2640' -draw 'roundrectangle 16,16 495,495 96,96'
  -fill '#3d8bfd' -draw 'roundrectangle 56,132 140,380 12,12'
  -fill '#3d8bfd' -draw 'roundrectangle 372,132 456,380 12,12'
  -stroke '#1d2640' -strokewidth 8
  -draw 'line 56,194 140,194' -draw 'line 56,256 140,256' -draw 'line 56,318 140,318'
  -draw 'line 372,194 456,194' -draw 'line 372,256 456,256' -draw 'line 372,318 456,318'
  -stroke none
  -fill '#f59f3a' -draw 'roundrectangle 176,146 336,366 14,14')
for row in 0 1 2 3; do
  for col in 0 1 2 3; do
    x=$((192 + col * 34)); y=$((170 + row * 46))
    args+=(-fill '#ffd9a8' -draw "rectangle $x,$y $((x + 24)),$((y + 30))")
  done
done
for y in 190 256 322; do
  args+=(-fill '#9be7ff' -draw "circle 153,$y 153,$((y + 7))" -draw "circle 359,$y 359,$((y + 7))")
done
convert "${args[@]}" "$work/icon-512.png"

for size in 16 32 48 64 128 256 512; do
  convert "$work/icon-512.png" -filter Lanczos -resize ${size}x${size} -strip "PNG32:$out/icon-$size.png"
done
convert "$out/icon-16.png" "$out/icon-32.png" "$out/icon-48.png" "$out/icon-64.png" \
  "$out/icon-128.png" "$out/icon-256.png" "$out/icon.ico"

# .icns is a list of (type, length, PNG) entries; ImageMagick cannot write it, so build it here.
python3 - "$out" <<'PY'
import struct, sys, pathlib
out = pathlib.Path(sys.argv[1])
entries = b""
for kind, size in ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    png = (out / f"icon-{size}.png").read_bytes()
    entries += kind + struct.pack(">I", 8 + len(png)) + png
(out / "icon.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)
PY
ls -l "$out"/icon*
