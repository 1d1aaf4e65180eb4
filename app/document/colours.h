// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GridShare's colours, named once: the charts' series, the pinned scenarios', the refusal colour
// and the warning banner's. They are where a colour starts; gui/themes.h makes text colours readable
// on the palette in use (refusalColour), and the charts do the same for their lines.

#include <QColor>

#include <array>

namespace gridshare::gui::palette {

// Okabe-Ito: distinguishable with the common colour-vision deficiencies.
inline constexpr QRgb kAi = 0xD55E00;          // vermillion
inline constexpr QRgb kDatacentres = 0x0072B2; // blue
inline constexpr QRgb kTraining = 0xE69F00;    // orange
inline constexpr QRgb kOtherDc = 0x56B4E9;     // sky blue
inline constexpr QRgb kCost = 0x009E73;        // bluish green
inline constexpr QRgb kPerQuery = 0xCC79A7;    // reddish purple
inline constexpr QRgb kWater = 0x56B4E9;       // sky blue
inline constexpr QRgb kCo2 = 0x595959;         // dark grey

// Pinned scenarios: Okabe-Ito colours the scenario's own lines do not use, then grey.
inline constexpr std::array<QRgb, 4> kPins{kCost, kPerQuery, kTraining, 0x7F7F7F};

// "Not taken" (a refused value, a field in error): the vermillion of the AI series.
inline constexpr QRgb kRefusal = kAi;
// In high contrast (black on white) a dark red, 7.4:1 on white, that still tells itself from the
// black text around it; the vermillion darkened that far would read as brown.
inline constexpr QRgb kRefusalHighContrast = 0xB00000;

// The background of a warning banner under white text: a darker vermillion (5:1).
inline constexpr QRgb kWarningBanner = 0xB34700;

} // namespace gridshare::gui::palette
