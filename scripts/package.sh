#!/usr/bin/env bash
# Builds the Debian packages with CPack: `leadernet` (the desktop app and
# leadernet-sync) and `leadernet-server` (the server as a systemd service).
#
#   bash scripts/package.sh [BUILD_DIR]     (default: build-package)
#
# A Release build of the executables alone (no tests, no benchmarks) with
# Debian's hardening flags, -j2 (LEADERNET_JOBS to change it); the packages
# land in BUILD_DIR/packages and their paths are printed last. Installs what
# is missing first (scripts/install-deps.sh), like run.sh and test.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-package}
jobs=${LEADERNET_JOBS:-2}

bash "$root/scripts/install-deps.sh"

# Debian's flags for packages (fortified, stack protector, full RELRO);
# without -g: the binaries are stripped. -O2 as Debian builds, not -O3.
flag() { (cd "$root" && DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"); }
cxxflags=" $(flag CPPFLAGS) $(flag CXXFLAGS) "
cxxflags=${cxxflags// -g / }
cxxflags=${cxxflags// -O2 / }
ldflags=$(flag LDFLAGS)

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
    -DCMAKE_CXX_FLAGS="$cxxflags" \
    -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DLEADERNET_BUILD_TESTS=OFF -DLEADERNET_BENCH=OFF \
    -DLEADERNET_DESKTOP=ON -DLEADERNET_SERVER=ON \
    -DLEADERNET_DEB_PACKAGES=ON
cmake --build "$build" -j"$jobs"

rm -rf "$build/packages"
(cd "$build" && cpack -G DEB -B "$build/packages")
rm -rf "$build/packages/_CPack_Packages"

echo "package: built"
ls -1 "$build"/packages/*.deb
