// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The typeface charts, figures and reports are set in: GridShare Sans, DejaVu Sans as GridShare
// bundles it (resources/fonts/make_chart_typeface.py says what changed and why). Bundled so a figure
// looks the same on every machine and its PDF is quick to write.

#include <QString>

class QFont;

namespace gridshare::gui {

// Adds the bundled typeface to the application's fonts; once, after the application object exists.
// If the fonts could not be added it warns on stderr and says false; charts then keep the widget's
// family.
bool registerChartTypeface();

// The family chart text is set in: GridShare Sans once registered, otherwise the family `font` is
// really drawn in.
QString chartFamily(const QFont& font);

// The bundled typeface's family, and the name of its design, which readers' tools can find (an SVG
// names the design: GridShare Sans exists only inside GridShare).
inline QString bundledChartFamily()
{
    return QStringLiteral("GridShare Sans");
}
inline QString bundledChartDesign()
{
    return QStringLiteral("DejaVu Sans");
}

} // namespace gridshare::gui
