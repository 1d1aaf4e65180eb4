#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layering the targets promise, checked on the sources so a wrong-way include fails the tests
# rather than waiting for a link error in some later change:
#   core/        plain C++20 and nlohmann/json: no Qt at all;
#   app/common/  QtCore only: nothing from gui/ or cli/, no widget, painting or chart header;
#   app/cli/     common and core only: nothing from gui/, no widget, painting or chart header;
# and every source file says its licence (an SPDX line).
set -euo pipefail
root="${1:?usage: check_layering.sh SOURCE_DIR}"
cd "$root"
status=0

fail() {
    echo "check_layering: $1" >&2
    status=1
}

# One "file:line: text" per include that breaks a rule.
offending() { # pattern, folders...
    local pattern="$1"
    shift
    grep -rnE --include='*.cpp' --include='*.h' "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($pattern)" "$@" || true
}

widgets='Q(Widget|Application|MainWindow|Dialog|MessageBox|Action|Menu|Painter|Color|Font|Image|Pixmap|Palette|Pdf|Print|Svg)|qcustomplot|QtWidgets|QtGui|QtPrintSupport|QtSvg'

while IFS= read -r hit; do
    [ -n "$hit" ] && fail "$hit: core/ includes no Qt header"
done < <(offending 'Q[A-Za-z]|qcustomplot|Qt[A-Z]' core)

for folder in app/common app/cli; do
    while IFS= read -r hit; do
        [ -n "$hit" ] && fail "$hit: $folder includes nothing from gui/"
    done < <(offending '(\.\./)?gui/' "$folder")
    while IFS= read -r hit; do
        [ -n "$hit" ] && fail "$hit: $folder uses QtCore only"
    done < <(offending "$widgets" "$folder")
done
while IFS= read -r hit; do
    [ -n "$hit" ] && fail "$hit: common/ does not depend on the command line"
done < <(offending '(\.\./)?cli/' app/common)

while IFS= read -r file; do
    head -n 3 "$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' \
        || fail "$file: no 'SPDX-License-Identifier: GPL-3.0-or-later' in its first lines"
done < <(find core app tests bench packaging .ci -type f \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.sh' -o -name 'CMakeLists.txt' -o -name '*.cmake' -o -name run \) \
    -not -path 'tests/fuzz/*corpus*' | sort)
head -n 3 CMakeLists.txt | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || fail "CMakeLists.txt: no SPDX line"

[ "$status" -eq 0 ] && echo "check_layering: core, common and cli keep to their layers; every source names its licence"
exit "$status"
