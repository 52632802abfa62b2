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
  mvn -B -q -Dstyle.color=never ${mvn_flags[@]+"${mvn_flags[@]}"} package -DskipTests
fi
[ -d target/classes ] || fail "target/classes missing after mvn package"

rm -rf "$out"
mkdir -p "$out/input" "$out/javafx" "$out/work"
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)

# A thin jar from the compiled classes: the Maven jar is shaded and carries JavaFX, which here is
# linked into the runtime instead and must not be loaded a second time from the class path.
step "application jar and libraries"
printf 'Implementation-Title: Memory Wall Explorer\nImplementation-Version: %s\n' "$version" >"$out/work/manifest"
jar --create --file "$out/input/$name.jar" --manifest "$out/work/manifest" \
  --main-class org.memwall.app.Launcher -C target/classes .
mvn -B -q -Dstyle.color=never ${mvn_flags[@]+"${mvn_flags[@]}"} "$dependency_plugin:copy-dependencies" \
  -DincludeScope=runtime -DoutputDirectory="$repo/$out/libs"
monocle=
for lib in "$out"/libs/*.jar; do
  case "$(basename "$lib")" in
    javafx-*)
      # org.openjfx ships an empty jar plus one per platform with the classes and native code;
      # only the platform jar is a module
      if jar --list --file "$lib" | grep -qx module-info.class; then mv "$lib" "$out/javafx/"; fi ;;
    openjfx-monocle-*) monocle=$lib ;;
    *) mv "$lib" "$out/input/" ;;
  esac
done
ls "$out"/javafx/javafx-graphics-*.jar >/dev/null 2>&1 || fail "no JavaFX platform jars among the dependencies"

# Monocle (the headless glass platform, for screenshots with no display) lives in javafx.graphics'
# own packages, so on the class path it would be ignored: merge it into that module before linking.
if [ -n "$monocle" ]; then
  step "linking $(basename "$monocle") into javafx.graphics"
  graphics=$(ls "$out"/javafx/javafx-graphics-*.jar)
  mkdir "$out/work/graphics"
  (cd "$out/work/graphics" && jar --extract --file "$repo/$graphics" && jar --extract --file "$repo/$monocle" com)
  rm -f "$out/work/graphics/META-INF/MANIFEST.MF" "$graphics"
  jar --create --file "$graphics" -C "$out/work/graphics" .
fi

# ---- 2. runtime --------------------------------------------------------------------------------
step "jlink runtime"
jlink @installer/jlink.conf --module-path "$out/javafx" --output "$out/runtime"
# The archive for heaps over 32 GB (no compressed oops) is 11 MB no classroom laptop will use.
rm -f "$out"/runtime/lib/server/classes_nocoops.jsa
# Some JDK builds (Debian's among them) ship their native libraries with symbol tables; the runtime
# does not need them (libjvm.so alone goes from 24 to 20 MB). Before the archive is dumped below.
if [ "$os" = linux ] && command -v strip >/dev/null; then
  find "$out/runtime" -name '*.so' -exec strip --strip-unneeded {} +
fi

# Every JDK module the classes use must be in the runtime: a missing one fails only when that
# code path runs, so check it here rather than in front of a class.
step "checking the runtime's modules against the classes"
mkdir "$out/work/classes"
for lib in "$out"/input/*.jar; do
  (cd "$out/work/classes" && jar --extract --file "$repo/$lib")
done
find "$out/work/classes" -name module-info.class -delete
used=$(jdeps --print-module-deps --ignore-missing-deps --multi-release "${java_major%%.*}" \
  --module-path "$out/javafx" "$out/work/classes" | tr ',' ' ')
linked=" $("$out/runtime/bin/java" --list-modules | sed 's/@.*//' | tr '\n' ' ') "
for module in $used; do
  case "$module" in java.base) continue ;; esac
  case "$linked" in *" $module "*) ;; *) fail "the classes use $module: add it to --add-modules in installer/jlink.conf" ;; esac
done
echo "used: $used"

# ---- 2b. class-data sharing for JavaFX --------------------------------------------------------
# jlink's archive holds only the JDK's start-up classes. Regenerating it from the classes a real
# headless run loads (the screenshot command) adds JavaFX's: they are read from the runtime image,
# so the archive stays valid wherever the program is installed. The application's own jars are
# left out on purpose: an archive that names them is refused once the image moves.
step "class-data-sharing archive with JavaFX"
classlist="$out/work/classes.lst"
env -u DISPLAY "$out/runtime/bin/java" -XX:DumpLoadedClassList="$classlist" \
  -cp "$out/input/*" org.memwall.app.Launcher screenshot --out "$out/work/warm-up.png" >/dev/null
# The headless run uses Monocle: add the desktop window system's classes (GTK, Windows or macOS
# glass, the window stage, the OpenGL/Direct3D pipelines) from the runtime, then keep only what
# the runtime holds.
jimage list "$out/runtime/lib/modules" | sed -n 's:^ *\(.*\)\.class$:\1:p' >"$out/work/runtime-classes"
grep -E '^com/sun/(glass/ui/[^/]+|javafx/tk/quantum|javafx/cursor|prism/(es2|d3d))/[^/]+$|^com/sun/glass/ui/[^/]+$' \
  "$out/work/runtime-classes" >"$out/work/window-classes" || true
awk 'FNR == NR { inRuntime[$1] = 1; next }
     /^@lambda-form-invoker/ { print; next }
     /^@lambda-proxy/ { if ($2 in inRuntime) print; next }
     /^[#@]/ { next }
     $1 in inRuntime { print $1 }' "$out/work/runtime-classes" "$classlist" "$out/work/window-classes" \
  | awk '!seen[$0]++' >"$classlist.runtime"
# where jlink put its archive: lib/server on Linux and macOS, bin/server on Windows
archive=$(find "$out/runtime" -name classes.jsa | head -n 1)
[ -n "$archive" ] || fail "jlink made no class-data-sharing archive (--generate-cds-archive in installer/jlink.conf)"
chmod u+w "$archive"
"$out/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$classlist.runtime" \
  -XX:SharedArchiveFile="$archive" >"$out/work/cds-dump.log" 2>&1 ||
  { cat "$out/work/cds-dump.log" >&2; fail "could not write the class-data-sharing archive"; }
echo "$(grep -vc '^@' "$classlist.runtime") classes archived, $(du -h "$archive" | cut -f1)"

# ---- 3. app image ------------------------------------------------------------------------------
step "jpackage app image $version"
jpackage @installer/app-image.conf @"installer/$os/app-image.conf" \
  --type app-image --app-version "$version" \
  --input "$out/input" --runtime-image "$out/runtime" --dest "$out/image"

case "$os" in
  macos) image="$out/image/$name.app" ;;
  *) image="$out/image/$name" ;;
esac
[ -d "$image" ] || fail "jpackage made no image at $image"

# On Linux a script starts the image instead of jpackage's launcher, which spends about 0.35 s of
# every start asking rpm and dpkg which package owns it (installer/linux/launcher.sh says more).
# jpackage's launcher stays beside it as memwall-explorer-jpackage, with the same settings.
if [ "$os" = linux ]; then
  step "Linux launcher script"
  mv "$image/bin/$name" "$image/bin/$name-jpackage"
  cp "$image/lib/app/$name.cfg" "$image/lib/app/$name-jpackage.cfg"
  install -m 755 installer/linux/launcher.sh "$image/bin/$name"
  "$image/bin/$name" --version >/dev/null || fail "the launcher script does not start the program"
  # the application's classes as a headless run of the window loads them (the script's comment says why)
  MEMWALL_ARCHIVE_CLASSES=1 env -u DISPLAY "$image/bin/$name" screenshot --out "$out/work/archive-run.png" >/dev/null ||
    fail "could not run the window headless to archive its classes"
  [ -f "$image/lib/app/$name.jsa" ] || fail "no class-data-sharing archive of the application's jars was written"
  echo "application class archive: $(du -h "$image/lib/app/$name.jsa" | cut -f1)"
fi
rm -rf "$out/runtime" "$out/input" "$out/javafx" "$out/work" "$out/libs"

# ---- 4. installer ------------------------------------------------------------------------------
if [ "$image_only" = false ]; then
  step "jpackage installer"
  jpackage @"installer/$os/package.conf" --app-version "$version" \
    --app-image "$image" --dest "$out"
fi

step "done"
du -sh "$image"
ls -l "$out" | sed -n '2,$p'
