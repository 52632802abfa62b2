#!/usr/bin/env bash
# Builds the packaged app without needing Maven on the target machine:
#   1. the application jar (Maven, only when it is missing, older than the sources, or --rebuild)
#   2. a runtime with JavaFX linked in (jlink, options in installer/jlink.conf)
#   3. the app image (jpackage, installer/app-image.conf + installer/<os>/app-image.conf)
#   4. the platform installer from that image (installer/<os>/package.conf):
#      .deb on Linux, .msi on Windows (Git Bash + WiX 3), .dmg on macOS
# Everything lands in target/installer/.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: installer/build.sh [--image-only] [--rebuild]
  --image-only  stop after the app image (no .deb/.msi/.dmg)
  --rebuild     run `mvn package` even if the jar looks up to date
Environment: MVN_FLAGS adds flags to every Maven call (e.g. MVN_FLAGS=-o to stay offline).
EOF
}

image_only=false
rebuild=false
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=true ;;
    --rebuild) rebuild=true ;;
    -h|--help) usage; exit 0 ;;
    *) echo "build.sh: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/.."
repo=$(pwd)
out=target/installer
name=memwall-explorer
# Pinned so the build does not depend on whatever plugin version the local repository happens to hold.
dependency_plugin=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
read -r -a mvn_flags <<<"${MVN_FLAGS:-}"

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "build.sh: no packaging settings for $(uname -s)" >&2; exit 1 ;;
esac

step() { printf '\n== %s\n' "$*"; }
fail() { echo "build.sh: $*" >&2; exit 1; }

# ---- tools -------------------------------------------------------------------------------------
need_packages=()
for tool in java jlink jpackage jar mvn; do
  command -v "$tool" >/dev/null || fail "'$tool' not found: install a JDK 17 or newer (with jlink and jpackage) and Maven"
done
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${java_major%%.*}" -ge 17 ] || fail "JDK 17 or newer needed, found $java_major"

if [ "$os" = linux ] && [ "$image_only" = false ]; then
  # jpackage builds the .deb with dpkg-deb under fakeroot
  command -v fakeroot >/dev/null || need_packages+=(fakeroot)
  command -v dpkg-deb >/dev/null || need_packages+=(dpkg)
  if [ ${#need_packages[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      step "installing ${need_packages[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need_packages[@]}"
    else
      fail "building the .deb needs ${need_packages[*]}: run 'sudo apt-get install ${need_packages[*]}' first, or pass --image-only"
    fi
  fi
fi
if [ "$os" = windows ] && [ "$image_only" = false ]; then
  command -v candle.exe >/dev/null && command -v light.exe >/dev/null ||
    fail "building the .msi needs WiX 3 (candle.exe, light.exe) on PATH, or pass --image-only"
fi

# ---- 1. application jar ------------------------------------------------------------------------
jar_file=target/$name.jar
if [ "$rebuild" = true ] || [ ! -f "$jar_file" ] ||
   [ -n "$(find pom.xml src/main -newer "$jar_file" -print -quit)" ]; then
  step "mvn package"
  mvn -B -q ${mvn_flags[@]+"${mvn_flags[@]}"} package -DskipTests
fi
[ -d target/classes ] || fail "target/classes missing after mvn package"

rm -rf "$out"
mkdir -p "$out/input" "$out/javafx"

# A thin jar from the compiled classes: the Maven jar is shaded and carries JavaFX, which here is
# linked into the runtime instead and must not be loaded a second time from the class path.
step "application jar and libraries"
jar --create --file "$out/input/$name.jar" --main-class org.memwall.app.Launcher -C target/classes .
mvn -B -q ${mvn_flags[@]+"${mvn_flags[@]}"} "$dependency_plugin:copy-dependencies" \
  -DincludeScope=runtime -DoutputDirectory="$repo/$out/libs"
for lib in "$out"/libs/*.jar; do
  case "$(basename "$lib")" in
    javafx-*)
      # org.openjfx ships an empty jar plus one per platform with the classes and native code;
      # only the platform jar is a module
      if jar --list --file "$lib" | grep -qx module-info.class; then mv "$lib" "$out/javafx/"; fi ;;
    *) mv "$lib" "$out/input/" ;;
  esac
done
rm -rf "$out/libs"
ls "$out"/javafx/*.jar >/dev/null 2>&1 || fail "no JavaFX platform jars among the dependencies"

# ---- 2. runtime --------------------------------------------------------------------------------
step "jlink runtime"
jlink @installer/jlink.conf --module-path "$out/javafx" --output "$out/runtime"
# The archive for heaps over 32 GB (no compressed oops) is 11 MB no classroom laptop will use.
rm -f "$out"/runtime/lib/server/classes_nocoops.jsa

# ---- 3. app image ------------------------------------------------------------------------------
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
step "jpackage app image $version"
jpackage @installer/app-image.conf @"installer/$os/app-image.conf" \
  --type app-image --app-version "$version" \
  --input "$out/input" --runtime-image "$out/runtime" --dest "$out/image"

case "$os" in
  macos) image="$out/image/$name.app" ;;
  *) image="$out/image/$name" ;;
esac
[ -d "$image" ] || fail "jpackage made no image at $image"
rm -rf "$out/runtime" "$out/input" "$out/javafx"

# ---- 4. installer ------------------------------------------------------------------------------
if [ "$image_only" = false ]; then
  step "jpackage installer"
  jpackage @"installer/$os/package.conf" --app-version "$version" \
    --app-image "$image" --dest "$out"
fi

step "done"
du -sh "$image"
ls -l "$out" | sed -n '2,$p'
