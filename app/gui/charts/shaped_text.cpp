// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/shaped_text.h"

#include "gui/charts/screen_painting.h"

#include <QFontMetrics>
#include <QHashFunctions>
#include <QPaintEngine>
#include <QPainter>
#include <QTextLine>

#include <algorithm>
#include <cmath>

namespace gridshare::gui {
namespace {

// What draw() repeats of drawText: one line, with its left end at the rectangle's left or its
// middle at the rectangle's middle, at its top.
constexpr int kRepeatedFlags = Qt::TextDontClip | Qt::AlignLeft | Qt::AlignHCenter | Qt::AlignTop;
// Far wider than any chart's text, as drawText lays out a line that does not wrap.
constexpr double kUnwrappedWidth = 0x01000000;

// Text that drawText lays out as one line of its own and as it lays out a QTextLayout.
bool oneSimpleLine(const QString& text)
{
    if (text.isEmpty() || text.back().isSpace()) // trailing spaces: drawText counts them, a layout not
        return false;
    for (const QChar c : text)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar(char16_t(0x9c))
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    return true;
}

} // namespace

std::size_t ShapedTexts::KeyHash::operator()(const Key& key) const
{
    return qHashMulti(0, key.text, key.font, key.dpi, key.flags, key.height);
}

const ShapedTexts::Shaped* ShapedTexts::shaped(const QPainter& painter, const QString& text, int flags, int height)
{
    const QFont& font = painter.font(); // resolved for the painter's device, as drawText uses it
    if ((flags & ~kRepeatedFlags) != 0 || painter.layoutDirection() == Qt::RightToLeft || !oneSimpleLine(text)
        || text.isRightToLeft() || font.underline() || font.overline() || font.strikeOut())
        return nullptr;
    Key key{text, font, painter.device()->logicalDpiY(), flags, height};
    if (const auto it = texts_.find(key); it != texts_.end())
        return it->second.get();
    if (texts_.size() >= kKept)
        texts_.clear();
    auto entry = std::make_unique<Shaped>();
    entry->bounds = QFontMetrics(font).boundingRect(QRect(0, 0, 0, height), flags, text);
    // As drawText lays the text out: in the painter's direction, left-aligned (it places the line
    // itself), one line at the top.
    QTextLayout& layout = entry->layout;
    layout.setText(text);
    layout.setFont(font);
    QTextOption option;
    option.setTextDirection(painter.layoutDirection());
    option.setAlignment(Qt::AlignLeft);
    layout.setTextOption(option);
    layout.setCacheEnabled(true); // keeps the glyphs after endLayout
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(kUnwrappedWidth);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    if (layout.lineCount() != 1)
        return nullptr;
    return texts_.emplace(std::move(key), std::move(entry)).first->second.get();
}

void ShapedTexts::draw(QPainter& painter, const Shaped& shaped, const QRectF& rect, int flags)
{
    if (painter.pen().style() == Qt::NoPen)
        return; // drawText draws nothing then
    const QTextLine line = shaped.layout.lineAt(0);
    const double left = flags & Qt::AlignHCenter ? (rect.width() - line.horizontalAdvance()) / 2 : 0;
    const QPointF origin(rect.x() + left, rect.y());
    if (!drawStamped(painter, shaped, origin))
        line.draw(&painter, origin);
}

int ShapedTexts::stamped() const
{
    return int(std::count_if(texts_.begin(), texts_.end(), [](const auto& entry) {
        const auto& stamps = entry.second->stamps;
        return std::any_of(stamps.begin(), stamps.end(), [](const Shaped::Stamp& s) { return !s.image.isNull(); });
    }));
}

bool ShapedTexts::drawStamped(QPainter& painter, const Shaped& shaped, QPointF origin)
{
    // Copied only where the copy lands on whole device pixels and blends as the glyphs would.
    const QTransform& device = painter.deviceTransform();
    if (!paintsPixelForPixel(painter) || painter.opacity() != 1
        || painter.compositionMode() != QPainter::CompositionMode_SourceOver || !painter.paintEngine()
        || painter.paintEngine()->type() != QPaintEngine::Raster)
        return false;
    const QPointF at = origin + QPointF(device.dx(), device.dy());
    if (!std::isfinite(at.x()) || !std::isfinite(at.y()) || std::abs(at.x()) > 1e6 || std::abs(at.y()) > 1e6)
        return false;
    const QPoint pixel(int(std::floor(at.x())), int(std::floor(at.y())));
    const QPointF phase = at - QPointF(pixel);
    const QRgb colour = painter.pen().color().rgba();
    auto& stamps = shaped.stamps;
    auto it = std::find_if(stamps.begin(), stamps.end(),
                           [&](const Shaped::Stamp& s) { return s.colour == colour && s.phase == phase; });
    if (it == stamps.end()) {
        constexpr std::size_t kStampsKept = 4; // colours and places within a pixel, per text
        if (stamps.size() >= kStampsKept)
            stamps.clear();
        stamps.push_back({colour, phase, QImage()});
        return false; // drawn once: the next time, into an image
    }
    // Room for glyphs reaching past the line's advance, ascent and descent.
    constexpr int kMargin = 4;
    const QTextLine line = shaped.layout.lineAt(0);
    if (it->image.isNull()) {
        const QSize size(int(std::ceil(std::max(line.naturalTextWidth(), line.horizontalAdvance()))) + 2 * kMargin + 1,
                         int(std::ceil(line.ascent() + line.descent())) + 2 * kMargin + 1);
        it->image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        it->image.fill(Qt::transparent);
        QPainter stamp(&it->image);
        stamp.setRenderHints(painter.renderHints());
        stamp.setPen(painter.pen());
        line.draw(&stamp, QPointF(kMargin, kMargin) + phase);
    }
    painter.drawImage(QPointF(pixel - QPoint(kMargin, kMargin)) - QPointF(device.dx(), device.dy()), it->image);
    return true;
}

} // namespace gridshare::gui
