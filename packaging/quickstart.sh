#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Everything a fresh Debian 12 machine needs to run GridShare or its tests:
#   packaging/quickstart.sh run      install packages, build (Release), start GridShare
#   packaging/quickstart.sh test     install packages, build (warnings as errors), run every test
#   packaging/quickstart.sh package  install packages, build (Release), make the .deb
# Run as root, or as a user who can sudo; packages already present are not reinstalled.
set -euo pipefail

mode=${1:-}
case "$mode" in
    run | test | package) ;;
    *)
        echo "usage: $0 run|test|package" >&2
        exit 2
        ;;
esac

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$source_dir"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev
    libqcustomplot-dev nlohmann-json3-dev libpng-dev
    xvfb xauth poppler-utils fonts-dejavu-core fonts-wqy-microhei
    librsvg2-bin dpkg-dev file appstream desktop-file-utils lintian
)

install_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "quickstart: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "quickstart: run as root (or install sudo) to install: ${missing[*]}" >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

install_packages

if [ "$mode" = test ]; then
    build ci
    # Window tests run on Qt's offscreen platform; ctest prints the closing tally.
    QT_QPA_PLATFORM=offscreen ctest --preset ci --parallel "$(nproc)"
    exit $?
fi

build release
if [ "$mode" = package ]; then
    # CPack writes the package into the build folder; its Depends come from dpkg-shlibdeps.
    rm -f build/release/gridshare_*.deb
    cpack --config build/release/CPackConfig.cmake -B build/release
    echo "quickstart: the package is" "$source_dir"/build/release/gridshare_*.deb
    exit 0
fi
binary="$source_dir/build/release/bin/gridshare"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$binary"
fi
chart="$source_dir/gridshare-chart.png"
echo "quickstart: no display; writing the default scenario's chart to $chart instead of opening the window"
"$binary" export --out "$chart"
exec "$binary" evaluate --format table
