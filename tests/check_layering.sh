#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layering the targets promise, checked on the sources so a wrong-way include fails the tests
# rather than waiting for a link error in some later change:
#   core/        plain C++20 and nlohmann/json: no Qt at all;
#   app/common/  QtCore only: nothing from gui/ or cli/, no widget, painting or chart header;
#   app/cli/     common and core only: nothing from gui/, no widget, painting or chart header;
#   app/document/  no widget, chart, printing or SVG header and nothing from gui/ or cli/ (its target
#                links QtGui and QtConcurrent only, so a widget include also fails to compile);
#   app/gui/controls/  may change the document; never includes charts/, panels/ or export/;
#   app/gui/charts/ and app/gui/panels/  read snapshots: never include controls/ or export/, and
#                hold the document only as const, so they cannot change it;
# text outside a QObject is translated one way (Q_DECLARE_TR_FUNCTIONS); and every source file
# says its licence (an SPDX line).
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

while IFS= read -r hit; do
    [ -n "$hit" ] && fail "$hit: document/ includes nothing from gui/ or cli/"
done < <(offending '(\.\./)*(gui|cli)/' app/document)
while IFS= read -r hit; do
    [ -n "$hit" ] && fail "$hit: document/ has no widgets, charts, printing or SVG"
done < <(offending 'Q(Widget|Application|MainWindow|Dialog|MessageBox|Action|Menu|Pdf|Print|Svg|Label|Layout|Abstract(Button|Slider|ScrollArea))|qcustomplot|QtWidgets|QtPrintSupport|QtSvg' app/document)
while IFS= read -r hit; do
    [ -n "$hit" ] && fail "$hit: controls/ never draws charts, panels or exports"
done < <(offending 'gui/(charts|panels|export)/' app/gui/controls)
for folder in app/gui/charts app/gui/panels; do
    while IFS= read -r hit; do
        [ -n "$hit" ] && fail "$hit: $folder reads snapshots; it includes nothing from controls/ or export/"
    done < <(offending 'gui/(controls|export)/' "$folder")
    # A view may hold the document to read it, but only as const: changing it is the controls' job.
    while IFS= read -r hit; do
        [ -n "$hit" ] && fail "$hit: $folder holds the document only as const ScenarioDocument"
    done < <(grep -rnE --include='*.cpp' --include='*.h' '(^|[^[:alnum:]_])ScenarioDocument[[:space:]]*[*&]' "$folder" \
        | grep -vE 'const[[:space:]]+ScenarioDocument[[:space:]]*[*&]' || true)
done

# Text outside a QObject takes its translation context from a file's Q_DECLARE_TR_FUNCTIONS struct:
# QObject::tr files it under "QObject", and a context string repeated by hand drifts.
while IFS= read -r hit; do
    [ -n "$hit" ] && fail "$hit: text outside a QObject is translated with Q_DECLARE_TR_FUNCTIONS"
done < <(grep -rnE --include='*.cpp' --include='*.h' 'QObject::tr\(|QCoreApplication::translate\(' app || true)

while IFS= read -r file; do
    head -n 3 "$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' \
        || fail "$file: no 'SPDX-License-Identifier: GPL-3.0-or-later' in its first lines"
done < <(find core app tests bench packaging .ci -type f \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.sh' -o -name 'CMakeLists.txt' -o -name '*.cmake' -o -name run \) \
    -not -path 'tests/fuzz/*corpus*' | sort)
head -n 3 CMakeLists.txt | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || fail "CMakeLists.txt: no SPDX line"

[ "$status" -eq 0 ] && echo "check_layering: core, common, cli, document and the gui folders keep to their layers; every source names its licence"
exit "$status"
