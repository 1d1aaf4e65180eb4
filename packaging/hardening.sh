#!/usr/bin/env bash
# CI's second half, after the ordinary tests: the whole test suite under AddressSanitizer and
# UndefinedBehaviorSanitizer, then 60 seconds of libFuzzer on the scenario reader. Any report fails.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$source_dir"

packages=(clang libclang-rt-14-dev)
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

echo "hardening: the test suite under ASan and UBSan"
cmake --preset asan
cmake --build --preset asan --parallel "$(nproc)"
QT_QPA_PLATFORM=offscreen ctest --preset asan --parallel "$(nproc)"

echo "hardening: 60 seconds of fuzzing the scenario reader"
cmake --preset fuzz
cmake --build --preset fuzz --parallel "$(nproc)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
# New inputs go to a scratch corpus; the committed seeds stay as they are.
if ! build/fuzz/tests/fuzz/fuzz_scenario -max_total_time=60 -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$work/" "$work/corpus" tests/fuzz/corpus; then
    echo "hardening: the fuzzer found a failing input:" >&2
    for artifact in "$work"/crash-* "$work"/timeout-* "$work"/oom-* "$work"/leak-*; do
        [ -e "$artifact" ] && { echo "$artifact (base64):" >&2; base64 "$artifact" >&2; }
    done
    exit 1
fi
echo "hardening: clean"
