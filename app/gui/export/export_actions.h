// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Export chart, Export report, Export table, Print, and Edit > Copy chart. Every file is
// written atomically: a failed export leaves an existing file as it was. The dialogs are
// replaceable so tests can answer them.

#include "gui/export/figure_export.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace gridshare::gui {

class ChartPage;
class ScenarioDocument;
class Settings;

class ExportActions : public QObject {
    Q_OBJECT

public:
    struct Prompts {
        std::function<std::optional<FigureSpec>(const FigureSpec& initial)> figureSpec;
        // The file to write; empty when the person cancels.
        std::function<QString(const QString& title, const QString& suggestion, const QString& filter)> saveFileName;
        std::function<void(const QString& title, const QString& message)> error;
        std::function<void(const FigureContent& content)> printPreview;
    };

    // currentPage: the chart the person is looking at.
    ExportActions(ScenarioDocument* document, Settings* settings, std::function<ChartPage*()> currentPage,
                  QWidget* window);

    void setPrompts(Prompts prompts) { prompts_ = std::move(prompts); }

    QAction* exportChartAction() const { return exportChart_; }
    QAction* exportReportAction() const { return exportReport_; }
    QAction* exportTableAction() const { return exportTable_; }
    QAction* copyChartAction() const { return copyChart_; }
    QAction* printAction() const { return print_; }

    // Each returns whether a file was written (or the clipboard filled).
    bool exportChart();
    bool exportReport();
    bool exportTable();
    bool copyChart();
    void print();

private:
    FigureContent content() const;
    QString askFile(const QString& title, const QString& suffix, const QString& filter);
    bool write(const QString& path, const QByteArray& bytes);

    ScenarioDocument* document_;
    Settings* settings_;
    std::function<ChartPage*()> currentPage_;
    QWidget* window_;
    Prompts prompts_;
    FigureSpec lastSpec_;
    QAction* exportChart_;
    QAction* exportReport_;
    QAction* exportTable_;
    QAction* copyChart_;
    QAction* print_;
};

} // namespace gridshare::gui
