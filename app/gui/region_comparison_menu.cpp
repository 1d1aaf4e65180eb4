// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/region_comparison_menu.h"

#include "common/data_text.h"
#include "document/scenario_document.h"
#include "document/settings.h"
#include "gui/charts/regions_chart_page.h"

#include "gridshare/dataset.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CompareRegions)
};

} // namespace

QMenu* regionComparisonMenu(RegionsChartPage* page, Settings* settings, const ScenarioDocument* document,
                            QWidget* parent)
{
    // The document's data as the menu opens: edited exchange rates or regions replace them.
    const auto data = [document]() -> const Dataset& { return document->data(); };
    page->setRegions(settings->comparedRegions());
    page->setMeasure(settings->compareDatacenterShare() ? RegionsChartPage::Measure::DatacenterShare
                                                        : RegionsChartPage::Measure::AiShare);
    auto* menu = new QMenu(Text::tr("Compare &Regions"), parent);
    menu->setObjectName(QStringLiteral("compareRegionsMenu"));
    QObject::connect(menu, &QMenu::aboutToShow, menu, [=] {
        menu->clear();
        auto* measures = new QActionGroup(menu);
        const std::pair<RegionsChartPage::Measure, QString> choices[] = {
            {RegionsChartPage::Measure::AiShare, Text::tr("&AI's Share")},
            {RegionsChartPage::Measure::DatacenterShare, Text::tr("&Data Centres' Share")}};
        for (const auto& [measure, label] : choices) {
            QAction* action = menu->addAction(label);
            action->setCheckable(true);
            action->setChecked(page->measure() == measure);
            measures->addAction(action);
            QObject::connect(action, &QAction::triggered, page, [=, measure = measure] {
                page->setMeasure(measure);
                settings->setCompareDatacenterShare(measure == RegionsChartPage::Measure::DatacenterShare);
                page->redraw();
            });
        }
        menu->addSection(Text::tr("Regions"));
        const Dataset& regions = data();
        const QStringList chosen = page->regions();
        for (const Region& region : regions.regions) {
            const QString id = QString::fromStdString(region.id);
            QAction* action = menu->addAction(dataText(region.name));
            action->setObjectName(QStringLiteral("compare-") + id);
            action->setCheckable(true);
            action->setChecked(chosen.isEmpty() || chosen.contains(id));
            QObject::connect(action, &QAction::toggled, page, [=](bool on) {
                // Empty stands for every region, those added later too.
                QStringList ids = page->regions();
                if (ids.isEmpty())
                    for (const Region& r : data().regions)
                        ids.append(QString::fromStdString(r.id));
                if (on && !ids.contains(id))
                    ids.append(id);
                else if (!on)
                    ids.removeAll(id);
                if (ids.isEmpty()) { // a comparison of nothing: keep the last region
                    action->setChecked(true);
                    return;
                }
                if (ids.size() == static_cast<qsizetype>(data().regions.size()))
                    ids.clear();
                page->setRegions(ids);
                settings->setComparedRegions(ids);
                page->redraw();
            });
        }
    });
    return menu;
}

} // namespace gridshare::gui
