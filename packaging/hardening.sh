#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI's second half, after the ordinary tests (GCC): the layout check (clang-format), the whole test suite
# built by clang (with clazy) under AddressSanitizer and UndefinedBehaviorSanitizer with every assertion on
# (Q_ASSERT, libstdc++'s), clang-tidy on core/, then libFuzzer: 60 seconds on the scenario reader and 60 on
# the user's data files and autosave records. Any report fails.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$source_dir"

packages=(clang libclang-rt-14-dev clazy)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

packaging/lint.sh format

echo "hardening: the test suite under ASan and UBSan"
cmake --preset asan
cmake --build --preset asan --parallel "$(nproc)"
QT_QPA_PLATFORM=offscreen ctest --preset asan --parallel "$(nproc)"
packaging/lint.sh tidy build/asan

cmake --preset fuzz
cmake --build --preset fuzz --parallel "$(nproc)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# fuzz TARGET SEEDS: 60 seconds; new inputs go to a scratch corpus, the committed seeds stay as they are.
fuzz() {
    local target=$1 seeds=$2
    echo "hardening: 60 seconds of fuzzing $target"
    mkdir -p "$work/$target"
    if ! "build/fuzz/tests/fuzz/$target" -max_total_time=60 -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$work/$target-" "$work/$target" "$seeds"; then
        echo "hardening: the fuzzer found a failing input:" >&2
        for artifact in "$work/$target"-crash-* "$work/$target"-timeout-* "$work/$target"-oom-* "$work/$target"-leak-*; do
            [ -e "$artifact" ] && { echo "$artifact (base64):" >&2; base64 "$artifact" >&2; }
        done
        exit 1
    fi
}
fuzz fuzz_scenario tests/fuzz/corpus
fuzz fuzz_data_files tests/fuzz/data-corpus
echo "hardening: clean"
