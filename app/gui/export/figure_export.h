// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A chart with its footer as a figure: PNG at any size and scale, SVG and PDF as vectors, an image
// for the clipboard, a printed page. One painting routine serves every format, so they agree.

#include "document/scenario_snapshot.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

class QCPPainter;
class QPrinter;

namespace gridshare::gui {

class ChartPage;

enum class FigureFormat { Png, Svg, Pdf, Csv };

// From the file name's extension (case-insensitive); nullopt for anything else.
std::optional<FigureFormat> figureFormatFor(const QString& path);

struct FigureSpec {
    QSize size{1600, 900}; // logical pixels, footer included
    double scale = 1;      // PNG pixels per logical pixel
    double dpi = 96;       // written into the PNG, so a 300 dpi figure prints at its intended size
    bool footer = true;
};

// Everything a figure needs besides the chart: the snapshot the chart shows and the data its
// citations come from.
struct FigureContent {
    ChartPage* page = nullptr; // already displaying snapshot
    const ScenarioSnapshot* snapshot = nullptr;
    const Dataset* data = nullptr;
};

// The part of a figure of the given size that the chart has, above its footer.
QSize figureChartSize(const FigureContent& content, QSize size, bool footer);

// Paints the figure with its top-left corner at the painter's origin.
void paintFigure(QCPPainter& painter, const FigureContent& content, QSize size, bool footer);

QImage figureImage(const FigureContent& content, const FigureSpec& spec);
QByteArray figurePng(const FigureContent& content, const FigureSpec& spec);
QByteArray figureSvg(const FigureContent& content, const FigureSpec& spec);
QByteArray figurePdf(const FigureContent& content, const FigureSpec& spec);

// The bytes of a file in the given format; CSV is the page's own table (Compare regions: a row a
// region) or else the yearly table `gridshare evaluate` prints.
QByteArray figureBytes(const FigureContent& content, const FigureSpec& spec, FigureFormat format);

// Fits the figure onto the printer's page, keeping the chart's proportions.
void printFigure(QPrinter* printer, const FigureContent& content);

// The figure's title: the chart's title and the scenario name, for file metadata.
QString figureTitle(const FigureContent& content);

} // namespace gridshare::gui
