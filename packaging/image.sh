#!/usr/bin/env bash
# Lays out the files of wsarena's container image for Jib (`mvn -Dcontainer package`, the pom's
# profile "container", calls it before jib:buildTar; see packaging/kubernetes/README.md).
#
#   packaging/image.sh [--jdk DIR]
#
# target/image/root/ becomes the image's / on top of its base (scratch unless -Dwsarena.image.base
# names another), beside the app's jars, which Jib layers itself under /opt/wsarena/app:
#   opt/wsarena/runtime/        the jlinked runtime the installers carry (package.sh --type runtime)
#   lib64/, lib/x86_64-linux-gnu/  the C libraries that runtime links (glibc), copied from this
#                                machine: an empty base has no libc. Only what the command line
#                                loads: the window's libraries (JavaFX, AWT on X11, sound) are left
#                                out, and a container has no display for them.
#   etc/passwd, etc/group       root and the user the image runs as, wsarena (65532)
#   etc/os-release              the OS the hardware block names: the image, on the node's kernel
#   tmp/                        where the JVM, JNA (OSHI) and Netty unpack their native code
# Linux x86-64 only: it reads the runtime's links with ldd.
set -euo pipefail

die() {
  echo "image.sh: $*" >&2
  exit 1
}

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jdk=${WSARENA_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
case "${1:-}" in
  --jdk) jdk=${2:?--jdk needs a directory} ;;
  "") ;;
  *) die "unknown option $1 (packaging/image.sh [--jdk DIR])" ;;
esac
[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || die "the image is built on Linux x86-64 (it copies this machine's glibc)"
command -v ldd >/dev/null || die "ldd is missing (Debian's libc-bin)"

packaging/package.sh --skip-build --type runtime --jdk "$jdk" >/dev/null
runtime=target/jpackage/runtime
image=target/image/root
rm -rf target/image
mkdir -p "$image/opt/wsarena" "$image/etc" "$image/tmp"
cp -a "$runtime" "$image/opt/wsarena/runtime"

# The native code the command line loads: the runtime's, less the window's (JavaFX, AWT on X11,
# sound, splash screen), plus what JNA and Netty's epoll transport unpack from their jars.
natives=$(mktemp -d)
trap 'rm -rf "$natives"' EXIT
for jar in target/lib/jna-jpms-*.jar target/lib/netty-transport-native-epoll-*-linux-x86_64.jar; do
  unzip -q -o -j "$jar" 'com/sun/jna/linux-x86-64/*.so' 'META-INF/native/*.so' -d "$natives" 2>/dev/null || true
done
ls "$natives"/*.so >/dev/null 2>&1 || die "found no native library of JNA or Netty in target/lib"
elves=("$runtime/bin/java" "$runtime/lib/server/libjvm.so" "$runtime/lib/jspawnhelper" "$natives"/*.so)
for so in "$runtime"/lib/*.so; do
  case "$(basename "$so")" in
    libglass* | libprism* | libjavafx* | libdecora* | libgstreamer* | libjfx*) ;;
    libawt_xawt.so | libjawt.so | libsplashscreen.so | libjsound.so) ;;
    *) elves+=("$so") ;;
  esac
done

# Every library they link, resolved on this machine; the runtime's own are there already.
libs=$(for f in "${elves[@]}"; do
  LD_LIBRARY_PATH="$runtime/lib:$runtime/lib/server" ldd "$f" | awk '
    /not found/ { print "MISSING " $1; next }
    $3 ~ /^\// { print $3; next }
    $1 ~ /^\// { print $1 }'
done | sort -u)
! grep -q '^MISSING' <<<"$libs" || die "the runtime links libraries this machine lacks: $(grep '^MISSING' <<<"$libs" | tr '\n' ' ')"
# glibc loads libgcc_s itself (thread cancellation, unwinding), so ldd does not list it. awk reads
# the whole cache: leaving early would kill ldconfig with SIGPIPE where its cache passes a pipe's
# 64 KiB, and pipefail would fail the build with exit code 141.
libs+=$'\n'$(ldconfig -p | awk '!found && /libgcc_s\.so\.1 .*x86-64/ { print $NF; found = 1 }')
count=0
while read -r lib; do
  case "$lib" in
    "" | "$PWD/$runtime"/* | "$runtime"/*) continue ;;
  esac
  mkdir -p "$image$(dirname "$lib")"
  cp -L "$lib" "$image$lib"
  count=$((count + 1))
done <<<"$libs"
[ -e "$image/lib64/ld-linux-x86-64.so.2" ] || die "the dynamic loader /lib64/ld-linux-x86-64.so.2 was not found"

cat >"$image/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
wsarena:x:65532:65532:wsarena:/tmp:/sbin/nologin
PASSWD
cat >"$image/etc/group" <<'GROUP'
root:x:0:
wsarena:x:65532:
GROUP

# OSHI names the OS from here: the image's, on the node's kernel.
version=$(unzip -p target/wsarena.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
cat >"$image/etc/os-release" <<OSRELEASE
NAME="wsarena container"
ID=wsarena
VERSION_ID=$version
PRETTY_NAME="wsarena container $version"
OSRELEASE

echo "image.sh: $image holds the runtime ($(du -sh "$image/opt/wsarena/runtime" | cut -f1)) and $count C libraries from this machine"
