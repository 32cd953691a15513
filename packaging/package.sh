#!/usr/bin/env bash
# Builds wsarena's self-contained packages on Linux or macOS: a jlinked runtime, then jpackage.
#
#   packaging/package.sh                    # mvn package, then the app image and the installer
#   packaging/package.sh --type app-image   # only the app image (seconds)
#   packaging/package.sh --type deb         # only the .deb (Linux)   --type dmg: only the .dmg (macOS)
#   packaging/package.sh --type runtime     # only the jlinked runtime and input/ (the container image's)
#   mvn -Ppackage -DskipTests package       # Maven builds the jar, then calls this with --skip-build
#
# Options: --type app-image|deb|dmg|runtime|all (default all: app image + the OS's installer),
#          --skip-build (use target/wsarena.jar as it is), --version X.Y.Z (default: the jar's
#          Implementation-Version, i.e. pom.xml), --jdk DIR (a JDK 25 with jlink and jpackage;
#          default: $WSARENA_JDK, $JAVA_HOME if it is 25, /usr/lib/jvm/temurin-25-jdk-amd64),
# Output in target/jpackage/: runtime/ (jlink), input/ (jar + libraries), out/ (the packages).
# Windows has its own script, packaging/package.ps1, reading the same argfiles.
set -euo pipefail

die() {
  echo "package.sh: $*" >&2
  exit 1
}

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

type=all
skip_build=false
version=
jdk=
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type=${2:?--type needs a value}; shift 2 ;;
    --skip-build) skip_build=true; shift ;;
    --version) version=${2:?--version needs a value}; shift 2 ;;
    --jdk) jdk=${2:?--jdk needs a directory}; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
    *) die "unknown option $1 (try --help)" ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux; installer=deb ;;
  Darwin) os=mac; installer=dmg ;;
  *) die "this script packages on Linux and macOS; on Windows run packaging/package.ps1" ;;
esac
case "$type" in
  all) types=(app-image "$installer") ;;
  app-image | "$installer") types=("$type") ;;
  runtime) types=() ;;
  *) die "--type $type cannot be built on $os (jpackage builds only for the OS it runs on): use app-image, $installer or runtime" ;;
esac

# A JDK 25: jlink and jpackage must match the runtime they build.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "$jdk" ]; then
  for candidate in "${WSARENA_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 \
    /Library/Java/JavaVirtualMachines/temurin-25.jdk/Contents/Home; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ] && [ "$(java_major "$candidate")" = 25 ]; then
      jdk=$candidate
      break
    fi
  done
  [ -n "$jdk" ] || die "no JDK 25 with jpackage found; install Temurin 25 and pass --jdk DIR or set WSARENA_JDK"
fi
[ -x "$jdk/bin/jlink" ] && [ -x "$jdk/bin/jpackage" ] || die "$jdk has no jlink/jpackage; pass a full JDK 25 with --jdk"

if [ "$skip_build" = false ]; then
  echo "package.sh: building target/wsarena.jar (mvn package, tests skipped)"
  mvn -q -B -DskipTests package
fi
[ -f target/wsarena.jar ] || die "target/wsarena.jar is missing; run mvn -DskipTests package first"

if [ -z "$version" ]; then
  version=$(unzip -p target/wsarena.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
  [ -n "$version" ] || die "target/wsarena.jar has no Implementation-Version; pass --version"
fi
# Installers want plain numbers (the .msi at most three, each 0-255 for the first two): 0.2.0-SNAPSHOT -> 0.2.0
app_version=${version%%-*}
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "version $version is not of the form X.Y.Z"
# macOS bundles (CFBundleVersion) must not start with 0, and jpackage enforces it.
[ "$os" != mac ] || [ "${app_version%%.*}" != 0 ] ||
  die "jpackage on macOS refuses version $app_version (the first number must be 1 or more); pass --version 1.y.z"

work=target/jpackage
# Packages of other types in out/ stay: check.sh tests the app image after building the .deb.
rm -rf "$work/input"
for t in "${types[@]+"${types[@]}"}"; do
  case "$t" in
    app-image) rm -rf "$work/out/wsarena" "$work/out/wsarena.app" ;;
    *) rm -f "$work/out/"*."$t" ;;
  esac
done
mkdir -p "$work/input/lib" "$work/out"

# The app and its libraries, without JavaFX: JavaFX is linked into the runtime as modules.
cp target/wsarena.jar "$work/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*) ;;
    *) cp "$jar" "$work/input/lib/" ;;
  esac
done
# The Autobahn|Testsuite and Jython for `wsarena conformance`, in their own folder beside the
# libraries and off the class path, as in target/lib (about 55 MB, most of it Jython).
[ -d target/lib/autobahn-testsuite ] || die "target/lib/autobahn-testsuite is missing; rebuild with mvn package"
cp -r target/lib/autobahn-testsuite "$work/input/lib/"
# The platform JavaFX jars (javafx-graphics-25.0.2-linux.jar, ...-mac.jar); the plain ones are empty.
fx_jars=$(find target/lib -name 'javafx-*-[0-9]*-*.jar' | sort | paste -sd: -)
[ -n "$fx_jars" ] || die "no platform JavaFX jars in target/lib (javafx-*-<version>-<os>.jar); rebuild with mvn package"

# The runtime is made of jlink.args, the JDK and the JavaFX jars only: when none of them changed
# since the last link (runtime.inputs), the runtime there is the one jlink would make again. The
# build links it for the container image (image.sh), and check.sh packages the same build after.
runtime_inputs=$({ echo "$jdk"; cat packaging/jlink.args "$jdk/release"; cksum ${fx_jars//:/ }; } | cksum)
if [ -d "$work/runtime" ] && [ "$(cat "$work/runtime.inputs" 2>/dev/null)" = "$runtime_inputs" ]; then
  echo "package.sh: the runtime in $work/runtime is linked from the same JDK, jlink.args and JavaFX jars: kept"
else
  rm -rf "$work/runtime" "$work/runtime.inputs"
  echo "package.sh: linking the runtime with $jdk/bin/jlink"
  "$jdk/bin/jlink" @packaging/jlink.args --module-path "$fx_jars" --output "$work/runtime"
  # jlink leaves the native libraries inside the JavaFX jars behind. JavaFX loads them from the
  # runtime's lib/ when they are there, and otherwise unpacks them into ~/.openjfx/cache on every
  # new version: ship them in lib/ so nothing is written to the user's home.
  for jar in ${fx_jars//:/ }; do
    unzip -q -o -j "$jar" '*.so' '*.dylib' -d "$work/runtime/lib" 2>/dev/null || true
  done
  [ -e "$work/runtime/lib/libglass.so" ] || [ -e "$work/runtime/lib/libglass.dylib" ] || die "the JavaFX native libraries did not reach $work/runtime/lib"
  echo "$runtime_inputs" >"$work/runtime.inputs"
fi

for t in "${types[@]+"${types[@]}"}"; do
  args=(@packaging/common.args "@packaging/$os-image.args")
  [ "$t" = app-image ] || args+=("@packaging/$os.args")
  echo "package.sh: jpackage --type $t (version $app_version)"
  "$jdk/bin/jpackage" "${args[@]}" --type "$t" --app-version "$app_version" \
    --input "$work/input" --runtime-image "$work/runtime" --dest "$work/out"
done

echo "package.sh: done:"
if [ "$type" = runtime ]; then
  echo "  $work/runtime"
  echo "  $work/input"
else
  ls -1 "$work/out" | sed "s|^|  $work/out/|"
fi
