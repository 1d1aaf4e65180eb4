// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PNG files of exported figures, written with libpng directly: Qt's writer lets libpng try every
// row filter on every row, which is most of the time a figure takes to encode, for files barely
// smaller than a figure drawn in flat colours compresses to without filtering (BENCHMARKS.md).

#include <QByteArray>

class QImage;

namespace gridshare::gui {

// zlib's fastest level: a figure's file is about a fifth larger than at the default level.
inline constexpr int kPngZlibLevel = 1;

// The image as a PNG: RGB when it has no alpha channel, else RGBA; with its resolution (pHYs) and
// its text (tEXt, or iTXt where the text is not Latin-1). Empty if libpng fails.
QByteArray pngBytes(const QImage& image);

} // namespace gridshare::gui
