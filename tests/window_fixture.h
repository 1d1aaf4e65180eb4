// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fresh window on a fresh document for each test function, with settings kept out of the
// developer's own configuration (Qt's test mode).

#include "document/scenario_document.h"
#include "document/settings.h"
#include "gui/chart_typeface.h"
#include "gui/main_window.h"

#include <QStandardPaths>

#include <memory>

namespace gridshare::testing {

struct WindowFixture {
    std::unique_ptr<gui::Settings> settings;
    std::unique_ptr<gui::ScenarioDocument> document;
    std::unique_ptr<gui::MainWindow> window;

    // Settings out of the developer's configuration, and charts in their typeface as `gridshare`
    // sets them.
    static void enableTestMode()
    {
        QStandardPaths::setTestModeEnabled(true);
        gui::registerChartTypeface();
    }

    void create()
    {
        settings = std::make_unique<gui::Settings>();
        document = std::make_unique<gui::ScenarioDocument>(Dataset::builtin());
        window = std::make_unique<gui::MainWindow>(document.get(), settings.get());
        window->resize(1600, 900);
    }

    void destroy()
    {
        window.reset();
        document.reset();
        settings.reset();
    }
};

} // namespace gridshare::testing
