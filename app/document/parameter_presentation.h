// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How each model parameter appears in the window: its name for people, how its value is written,
// and what kind of slider moves it. The keys, units and valid ranges stay in core/.

#include "common/quantity_text.h"

#include "gridshare/parameters.h"

#include <QString>

namespace gridshare::gui {

enum class ControlGroup { Headline, Growth, Assumption };

struct ParameterPresentation {
    Param param;
    QString label;
    QString unit; // as displayed; "{currency}" is replaced by the scenario's currency
    QuantityStyle style;
    double displayFactor; // display value = model value * displayFactor (model size: billions -> count)
    ControlGroup group;
    bool logarithmic; // slider moves in powers of ten
    double sliderMin; // model units; the box accepts the whole valid range
    double sliderMax;
};

const ParameterPresentation& presentation(Param p);

// "USD/kWh" for the price, the plain unit otherwise.
QString displayUnit(const ParameterPresentation& p, const QString& currency);

// A model value as the window writes it: "100B" for 100 (billion parameters), "50" for a 50% rate.
QString formatValue(Param p, double modelValue, const QLocale& locale);

// A range of model values with the display unit: "37 to 57 %/yr".
QString formatRange(Param p, double low, double high, const QString& currency, const QLocale& locale);

} // namespace gridshare::gui
