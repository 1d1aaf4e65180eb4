// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A QCPItemText that draws its text shaped once (shaped_text.h) on screen: citation labels and
// end labels are drawn anew at every replot, most of them with the text they had. Everywhere
// else, and for text it does not shape, it is QCPItemText.

#include <qcustomplot.h>

#include <memory>

namespace gridshare::gui {

class ShapedTexts;

class ShapedTextItem : public QCPItemText {
public:
    ShapedTextItem(QCustomPlot* plot, std::shared_ptr<ShapedTexts> shapes);

protected:
    void draw(QCPPainter* painter) override;

private:
    std::shared_ptr<ShapedTexts> shapes_;
};

} // namespace gridshare::gui
