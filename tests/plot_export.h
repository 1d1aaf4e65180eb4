// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plot drawn as a PNG export draws it: through toPainter into a white image, not from the
// widget's paint buffer (where the screen-only shortcuts — stamps, pools — apply).

#include <qcustomplot.h>

#include <QImage>

inline QImage drawnAsExported(QCustomPlot& plot, int width = 640, int height = 400)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    plot.toPainter(&painter, width, height);
    painter.end();
    return image;
}
