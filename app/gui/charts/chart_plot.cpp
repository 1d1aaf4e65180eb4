// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chart_plot.h"

#include <utility>

namespace gridshare::gui {
namespace {

// The chart's first paint buffer, cleared to the chart's background where that is one opaque
// colour, not to transparent: the window then copies it as it is, where it filled its area with the
// background and blended a transparent buffer over it, every pixel of a large chart read and
// written twice more at every replot. Cleared to an opaque colour, the pixmap stays without an
// alpha channel, as QPixmap makes it, and the window copies it row by row where it blended it
// pixel by pixel; what is drawn on it looks the same, to the rounding of a partly covered pixel
// (tst_chart_plot). Cleared to transparent (a background that is not one colour), Qt gives it an
// alpha channel.
class BackgroundBuffer : public QCPPaintBufferPixmap {
public:
    BackgroundBuffer(const QSize& size, double ratio, const ChartPlot* plot)
        : QCPPaintBufferPixmap(size, ratio), plot_(plot)
    {}

    void clear(const QColor& color) override
    {
        const QColor background = plot_->opaqueBackground();
        QCPPaintBufferPixmap::clear(color.alpha() == 0 && background.isValid() ? background : color);
    }

private:
    const ChartPlot* plot_;
};

} // namespace

ChartPlot::ChartPlot(QWidget* parent) : QCustomPlot(parent)
{
    auto buffer =
        QSharedPointer<QCPAbstractPaintBuffer>(new BackgroundBuffer(viewport().size(), mBufferDevicePixelRatio, this));
    if (mPaintBuffers.isEmpty())
        mPaintBuffers.append(buffer);
    else
        mPaintBuffers.first() = buffer;
}

QColor ChartPlot::opaqueBackground() const
{
    if (mBackgroundBrush.style() != Qt::SolidPattern || mBackgroundBrush.color().alpha() != 255
        || !mBackgroundPixmap.isNull())
        return QColor();
    return mBackgroundBrush.color();
}

void ChartPlot::resizeEvent(QResizeEvent* event)
{
    if (painted_)
        return QCustomPlot::resizeEvent(event);
    setViewport(rect());
    replot(rpQueuedReplot);
}

void ChartPlot::paintEvent(QPaintEvent* event)
{
    painted_ = true;
    // QCustomPlot::paintEvent, without filling the area the opaque first buffer covers; while the
    // buffer has the size of before a resize (its replot is queued), the area is filled.
    if (!opaqueBackground().isValid() || mPaintBuffers.isEmpty()
        || !dynamic_cast<BackgroundBuffer*>(mPaintBuffers.first().data())
        || mPaintBuffers.first()->size() != viewport().size()) {
        QCustomPlot::paintEvent(event);
        return;
    }
    QCPPainter painter(this);
    if (painter.isActive())
        for (const QSharedPointer<QCPAbstractPaintBuffer>& buffer : std::as_const(mPaintBuffers))
            buffer->draw(&painter);
}

} // namespace gridshare::gui
