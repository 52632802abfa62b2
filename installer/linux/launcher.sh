#!/bin/bash
# Memory Wall Explorer: starts the Java runtime inside this app image with the class path, main
# class and Java options jpackage wrote into lib/app/memwall-explorer.cfg.
#
# Why not jpackage's own Linux launcher (kept next to this one as bin/memwall-explorer-jpackage):
# on every start it asks rpm and then dpkg which package owns it, twice, and `dpkg -S` reads the
# file list of every installed package: 0.35 s of a 2 s start-up on a machine with 800 packages,
# more on a desktop with thousands. build.sh installs this script as bin/memwall-explorer on Linux.
set -e

self=$(readlink -f "${BASH_SOURCE[0]}")
image=$(dirname "$(dirname "$self")")
app=$image/lib/app
cfg=$app/memwall-explorer.cfg
[ -r "$cfg" ] || { echo "memwall-explorer: $cfg is missing; reinstall the program" >&2; exit 1; }

classpath=()
options=()
main=
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/$app}
  case "$line" in
    app.classpath=*) classpath+=("${line#app.classpath=}") ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done <"$cfg"
[ -n "$main" ] || { echo "memwall-explorer: no app.mainclass in $cfg" >&2; exit 1; }

# Class-data sharing for the application's own jars (0.1 s of start-up). Java 17 accepts such an
# archive only with the class path it was made with, so build.sh makes it for the image where it
# is built and the .deb's postinst again under /opt; with MEMWALL_ARCHIVE_CLASSES set this run
# writes it. An archive made elsewhere, or none, is passed over without a word.
archive=$app/memwall-explorer.jsa
if [ -n "${MEMWALL_ARCHIVE_CLASSES:-}" ]; then
  rm -f "$archive"
  options+=("-XX:ArchiveClassesAtExit=$archive")
elif [ -f "$archive" ]; then
  options+=("-XX:SharedArchiveFile=$archive")
fi
options+=(-Xlog:cds=off -Xlog:cds+dynamic=off)

joined=$(IFS=:; echo "${classpath[*]}")
exec "$image/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$self" -cp "$joined" "$main" "$@"
