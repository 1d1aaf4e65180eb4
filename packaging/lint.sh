#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Static checks CI runs beside the tests:
#   packaging/lint.sh format        every tracked C++ file as .clang-format lays it out;
#   packaging/lint.sh tidy BUILD    clang-tidy (.clang-tidy's checks, warnings are errors) over core/,
#                                   using BUILD's compile_commands.json (a configured and built tree).
# clang-tidy runs on core/ only: with the static analyser it costs about 15 s of CPU per file, and the
# Qt side has clazy in the clang build already.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$source_dir"

need() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

case "${1:-}" in
format)
    need clang-format
    echo "lint: clang-format on every C++ file"
    git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror
    ;;
tidy)
    build=${2:?usage: lint.sh tidy BUILD_DIR}
    need clang-tidy
    [ -f "$build/compile_commands.json" ] || { echo "lint: no $build/compile_commands.json" >&2; exit 2; }
    echo "lint: clang-tidy on core/"
    # clang-tidy counts the warnings it suppressed in system headers on stderr, one line per file,
    # even with --quiet: those lines are left out, everything else (and the exit status) stays.
    git ls-files -z 'core/src/*.cpp' \
        | xargs -0 -n 1 -P "$(nproc)" clang-tidy --quiet -p "$build" --warnings-as-errors='*' 2>&1 \
        | { grep -Ev '^[0-9]+ warnings? generated\.$' || true; }
    ;;
*)
    echo "usage: lint.sh format | tidy BUILD_DIR" >&2
    exit 2
    ;;
esac
