// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of gridshare-bench's cold-start measure: a minimal Qt Widgets program, a main
// window with one QCustomPlot chart of a few lines, a title and a legend, started and timed to its
// first complete frame exactly as GridShare is (gui/first_frame_probe.h).
//   gridshare-bench-minimal-window [WIDTHxHEIGHT]

#include "gui/first_frame_probe.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal chart"));
    auto* plot = new QCustomPlot(&window);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, QStringLiteral("A few lines, 2024–2030")));
    const QColor colours[] = {QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                              QColor(0x00, 0x9E, 0x73)};
    for (int line = 0; line < 4; ++line) {
        QCPGraph* graph = plot->addGraph();
        graph->setName(QStringLiteral("Line %1").arg(line + 1));
        graph->setPen(QPen(colours[line], 3));
        for (int year = 2024; year <= 2030; ++year)
            graph->addData(year, (line + 1) * (1.0 + 0.1 * (year - 2024)));
    }
    plot->xAxis->setLabel(QStringLiteral("Year"));
    plot->yAxis->setLabel(QStringLiteral("Value"));
    plot->xAxis->setRange(2023.5, 2030.5);
    plot->yAxis->setRange(0, 7);
    plot->legend->setVisible(true);
    window.setCentralWidget(plot);
    QSize size(1600, 900);
    if (argc > 1) {
        const QStringList parts = QString::fromLocal8Bit(argv[1]).split(QLatin1Char('x'));
        if (parts.size() == 2)
            size = QSize(parts[0].toInt(), parts[1].toInt());
    }
    window.resize(size);
    window.show();
    if (qEnvironmentVariableIsSet(gridshare::gui::kFirstFrameVariable))
        gridshare::gui::reportFirstFrameThenQuit(&window);
    return QApplication::exec();
}
