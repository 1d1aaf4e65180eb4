// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/scatter_stamps.h"

#include "gui/charts/screen_painting.h"

#include <QHashFunctions>

#include <cmath>

namespace gridshare::gui {
namespace {

constexpr int kPhases = 8; // positions within a pixel

} // namespace

std::size_t ScatterStamps::KeyHash::operator()(const Key& key) const
{
    return qHashMulti(0, key.shape, key.size, key.pen, key.penWidth, key.penStyle, key.brush, key.brushStyle,
                      key.phaseX, key.phaseY);
}

bool ScatterStamps::draw(QCPPainter& painter, const QCPScatterStyle& style, double x, double y)
{
    const QPen& pen = painter.pen();
    const QBrush& brush = painter.brush();
    if (!paintsOnScreen(painter) || !paintsPixelForPixel(painter) || !painter.testRenderHint(QPainter::Antialiasing)
        || style.shape() == QCPScatterStyle::ssPixmap || style.shape() == QCPScatterStyle::ssCustom
        || style.shape() == QCPScatterStyle::ssNone || (pen.style() != Qt::NoPen && pen.style() != Qt::SolidLine)
        || pen.isCosmetic() || pen.brush().style() != Qt::SolidPattern
        || (brush.style() != Qt::NoBrush && brush.style() != Qt::SolidPattern) || !std::isfinite(x) || !std::isfinite(y)
        || std::abs(x) > 1e6 || std::abs(y) > 1e6)
        return false;
    // Stamped at whole pixels of the device: QCustomPlot moves antialiased drawing by half a pixel.
    const QTransform& device = painter.deviceTransform();
    // The whole pixel and the eighth within it nearest the mark's centre.
    const double scaledX = std::round((x + device.dx()) * kPhases);
    const double scaledY = std::round((y + device.dy()) * kPhases);
    const int pixelX = int(std::floor(scaledX / kPhases));
    const int pixelY = int(std::floor(scaledY / kPhases));
    const int phaseX = int(scaledX) - pixelX * kPhases;
    const int phaseY = int(scaledY) - pixelY * kPhases;
    Key key{int(style.shape()), style.size(),     pen.style() == Qt::NoPen ? 0u : pen.color().rgba(),
            pen.widthF(),       int(pen.style()), brush.style() == Qt::NoBrush ? 0u : brush.color().rgba(),
            int(brush.style()), phaseX,           phaseY};
    auto it = stamps_.find(key);
    if (it == stamps_.end()) {
        if (stamps_.size() >= kKept)
            stamps_.clear();
        // Room for the widest shape (a star's arms, a triangle's base) and the pen's half width.
        const int half = int(std::ceil(style.size() * 0.75 + pen.widthF())) + 2;
        QImage image(2 * half + 1, 2 * half + 1, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QCPPainter stampPainter(&image);
            // As the chart's painter draws marks: antialiased, which QCustomPlot's painter does
            // half a pixel on (taken back here, the stamp being placed by whole pixels).
            stampPainter.setAntialiasing(true);
            stampPainter.setPen(pen);
            stampPainter.setBrush(brush);
            style.drawShape(&stampPainter, half + double(phaseX) / kPhases - 0.5,
                            half + double(phaseY) / kPhases - 0.5);
        }
        it = stamps_.emplace(key, Stamp{std::move(image), half}).first;
    }
    painter.drawImage(QPointF(pixelX - it->second.half - device.dx(), pixelY - it->second.half - device.dy()),
                      it->second.image);
    return true;
}

} // namespace gridshare::gui
