#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the .deb from a build folder, unpacks it into a scratch root (dpkg -x) and checks what a user
# gets: Depends computed by dpkg-shlibdeps, the files where desktops look for them, an installed
# binary that runs (--version, evaluate, --screenshot), and a desktop file and AppStream metainfo
# that their validators accept.
# Usage: tst_package_install.sh BUILD_DIR VERSION BUILT_BINARY
# The tools come in the environment: CPACK, DPKG_DEB, FILE_COMMAND, APPSTREAMCLI, DESKTOP_FILE_VALIDATE,
# LINTIAN.
set -euo pipefail

build_dir=$1
version=$2
built_binary=$3
app_id=org.gridshare.GridShare

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
failures_before=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# Reports a group of checks as passed if none of them failed.
pass() {
    [ "$failures" -gt "$failures_before" ] || echo "PASS: $*"
    failures_before=$failures
}

# The package
if ! "$CPACK" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
fi
debs=("$work"/out/gridshare_"$version"_*.deb)
if [ ! -f "${debs[0]}" ]; then
    ls "$work/out" >&2
    echo "FAIL: cpack wrote no gridshare_${version}_*.deb" >&2
    exit 1
fi
deb=${debs[0]}
pass "cpack wrote $(basename "$deb")"

depends=$("$DPKG_DEB" --field "$deb" Depends)
for library in libqt6widgets6 libqt6core6 libc6; do
    [[ "$depends" == *"$library"* ]] || fail "Depends lacks $library (dpkg-shlibdeps did not run?): $depends"
done
[ "$("$DPKG_DEB" --field "$deb" Section)" = science ] || fail "Section is not science"
[ "$("$DPKG_DEB" --field "$deb" Version)" = "$version" ] || fail "Version is not $version"
pass "control fields (Depends: $depends)"

# Debian's own checks: no error or warning (a missing copyright file is an error).
"$LINTIAN" --allow-root --fail-on error,warning "$deb" >&2 || fail "lintian found errors or warnings"
pass "lintian"

# Installed into a scratch root
root=$work/root
"$DPKG_DEB" -x "$deb" "$root"
share=$root/usr/share
expected=(
    usr/bin/gridshare
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/mime/packages/$app_id.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/gridshare.1.gz
    usr/share/doc/gridshare/changelog.gz
    usr/share/doc/gridshare/copyright
)
sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    [ -f "$root/$path" ] || fail "the package lacks /$path"
done
# Only the application: no benchmark, test or library is installed.
unexpected=$(cd "$root" && find . -type f | sed 's|^\./||' | sort | comm -23 - <(printf '%s\n' "${expected[@]}" | sort))
[ -z "$unexpected" ] || fail "the package holds files it should not: $unexpected"
for size in "${sizes[@]}"; do
    description=$("$FILE_COMMAND" -b "$share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    [[ "$description" == "PNG image data, $size x $size,"* ]] || fail "the ${size}x${size} icon is $description"
done
gzip -t "$share/man/man1/gridshare.1.gz" || fail "the man page is not a valid gzip file"
man_header=$(zcat "$share/man/man1/gridshare.1.gz" | sed -n '/^\.TH /p')
[[ "$man_header" == *"\"GridShare $version\""* ]] || fail "the man page's header does not name version $version"
newest_entry=$(zcat "$share/doc/gridshare/changelog.gz" | sed -n 1p)
[[ "$newest_entry" == "gridshare ($version) "* ]] || fail "the changelog's newest entry is not $version"
grep -qx "License: GPL-3.0-or-later" "$share/doc/gridshare/copyright" || fail "the copyright file does not give GPL-3.0-or-later"
pass "installed files"

# The installed binary, away from the user's own data and settings
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
binary=$root/usr/bin/gridshare

output=$("$binary" --version) || fail "--version exited with $?"
# The program's version, then the edition of its data (read in English, whatever the caller's locale).
[ "$(printf '%s\n' "$output" | head -n 1)" = "gridshare $version" ] || fail "--version printed \"$output\""
output=$(LANGUAGE= LC_ALL=C.UTF-8 "$binary" --version) || fail "--version exited with $?"
printf '%s\n' "$output" | sed -n 2p | grep -Eq '^data edition [0-9]{4}\.[0-9]{2}, as of [0-9]{4}-[0-9]{2}-[0-9]{2}$' \
    || fail "--version named no data edition: \"$output\""

# Stripping and installing change nothing in the arithmetic: the same bytes as the built binary.
"$binary" evaluate --preset chatgpt-2024 --format csv >"$work/installed.csv" || fail "evaluate exited with $?"
"$built_binary" evaluate --preset chatgpt-2024 --format csv >"$work/built.csv" || fail "the built binary's evaluate exited with $?"
[ -s "$work/installed.csv" ] || fail "evaluate printed nothing"
cmp -s "$work/installed.csv" "$work/built.csv" || fail "evaluate's output differs from the built binary's"

"$binary" --screenshot "$work/window.png" --size 1280x800 || fail "--screenshot exited with $?"
description=$("$FILE_COMMAND" -b "$work/window.png")
[[ "$description" == "PNG image data, 1280 x 800,"* ]] || fail "the screenshot is $description"
pass "the installed binary runs"

# Started as a desktop starts it, on a Chinese system: the launcher's own command line, without a
# file. The window speaks Chinese (its title, written into the screenshot, names the Chinese
# preset) and so do the commands.
launch=$(sed -n 's/^Exec=//p' "$share/applications/$app_id.desktop")
launch=${launch// %f/}
# A desktop session sets LANG alone: whatever the caller's LC_ALL, LC_MESSAGES or LANGUAGE, it is unset.
(unset LC_ALL LC_MESSAGES LANGUAGE
 export LANG=zh_CN.UTF-8 PATH="$root/usr/bin:$PATH"
 $launch --screenshot "$work/window-zh.png" --size 1280x800) || fail "the desktop entry's command exited with $?"
grep -aq "美国 2024 年基准 — GridShare" "$work/window-zh.png" || fail "the window started on a Chinese system is not in Chinese"
refusal=$(LANGUAGE= LC_ALL=zh_CN.UTF-8 "$binary" frobnicate 2>&1) && fail "an unknown command was accepted"
[[ "$refusal" == *"未知命令"* ]] || fail "the command line on a Chinese system said: $refusal"
refusal=$(LANGUAGE= LC_ALL=zh_CN.UTF-8 "$binary" --lang en frobnicate 2>&1) && fail "an unknown command was accepted"
[[ "$refusal" == *"unknown command"* ]] || fail "--lang en on a Chinese system said: $refusal"
table=$(LANGUAGE= LC_ALL=zh_CN.UTF-8 "$binary" evaluate --preset chatgpt-2024) || fail "evaluate on a Chinese system exited with $?"
[[ "$table" == *"年份"*"太瓦时"* ]] || fail "evaluate on a Chinese system printed: $table"
pass "Chinese from the desktop entry"

# What desktops and software centres read
"$DESKTOP_FILE_VALIDATE" "$share/applications/$app_id.desktop" || fail "desktop-file-validate"
"$APPSTREAMCLI" validate --no-net "$share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -qx "Exec=gridshare %f" "$share/applications/$app_id.desktop" || fail "the desktop file does not run gridshare"
grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop" || fail "the desktop file's icon is not $app_id"
grep -q "<release version=\"$version\"" "$share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo has no release $version"
grep -q "<project_license>GPL-3.0-or-later</project_license>" "$share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo does not name the project's licence"
pass "desktop file and metainfo"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package: all checks passed"
