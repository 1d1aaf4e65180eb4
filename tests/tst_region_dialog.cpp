// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Regions…: a region made from an existing one is saved to the person's regions.json beside
// every built-in region, refuses what is not valid with a message and saves nothing, and a scenario
// using it, saved and opened where that region is unknown, gives the same numbers.

#include "typing.h"
#include "window_fixture.h"

#include "common/user_data.h"
#include "document/scenario_files.h"
#include "gui/language.h"
#include "gui/region_dialog.h"
#include "layout_checks.h"

#include "gridshare/evaluation.h"
#include "gridshare/resolve.h"
#include "gridshare/scenario_io.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <cmath>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

constexpr double kRelative = 1e-12;

QString regionsPath()
{
    return QDir(userDataFolder()).filePath(QStringLiteral("regions.json"));
}

Evaluation evaluated(const Scenario& scenario, const Dataset& data)
{
    const auto resolved = resolve(scenario, data);
    if (!resolved)
        qFatal("%s", resolved.issues().front().describe().c_str());
    return evaluate(resolved.value(), false);
}

} // namespace

class TestRegionDialog : public QObject {
    Q_OBJECT

    testing::WindowFixture f;
    QTemporaryDir home_; // a profile of its own: other tests clear theirs while this one runs

    void removeUserData() { QDir(userDataFolder()).removeRecursively(); }

    RegionDialog* openDialog()
    {
        auto* action = f.window->findChild<QAction*>(QStringLiteral("regionsAction"));
        if (!action)
            return nullptr;
        action->trigger();
        for (auto* dialog : f.window->findChildren<RegionDialog*>())
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }

    // Makes "Ireland-high" from Ireland in the dialog: a national consumption of 40 TWh as an
    // assumption; true when the dialog saved it and closed.
    bool makeRegion()
    {
        RegionDialog* dialog = openDialog();
        if (!dialog)
            return false;
        QComboBox* start = dialog->startFrom();
        start->setCurrentIndex(start->findData(QStringLiteral("Ireland")));
        emit start->activated(start->currentIndex());
        type(dialog->idEdit(), QStringLiteral("Ireland-high"));
        type(dialog->nameEdit(), QStringLiteral("Ireland, high demand"));
        // Key events carry Latin-1 only: the Chinese name is entered as an input method does.
        dialog->chineseNameEdit()->setText(QStringLiteral("爱尔兰（高需求）"));
        emit dialog->chineseNameEdit()->textEdited(dialog->chineseNameEdit()->text());
        type(dialog->valueEdit(Param::NationalTwh), QStringLiteral("40"));
        dialog->sourceBox(Param::NationalTwh)->setCurrentIndex(0);
        type(dialog->whyEdit(Param::NationalTwh), QStringLiteral("Demand after the planned data centres connect."));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        const bool closed = !dialog->isVisible();
        if (!closed)
            dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return closed;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(home_.isValid());
        qputenv("HOME", home_.path().toLocal8Bit());
        testing::WindowFixture::enableTestMode();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        removeUserData();
        f.create();
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    }
    void cleanup()
    {
        f.destroy();
        removeUserData();
    }

    void reachableFromTheEditMenuAndTheToolbar()
    {
        auto* action = f.window->findChild<QAction*>(QStringLiteral("regionsAction"));
        QVERIFY(action);
        QCOMPARE(action->iconText(), QStringLiteral("Regions…"));
        bool inMenu = false;
        for (QAction* menu : f.window->menuBar()->actions())
            if (menu->menu() && menu->text() == QStringLiteral("&Edit"))
                inMenu = menu->menu()->actions().contains(action);
        QVERIFY(inMenu);
        bool inToolbar = false;
        for (QToolBar* bar : f.window->findChildren<QToolBar*>())
            inToolbar = inToolbar || bar->actions().contains(action);
        QVERIFY(inToolbar);
    }

    void savesANewRegionBesideEveryBuiltInOne()
    {
        QVERIFY(makeRegion());
        // The file holds the region with the value typed and its assumption.
        const auto saved = nlohmann::json::parse(bytesOf(regionsPath()).toStdString());
        QCOMPARE(saved.at("format").get<std::string>(), std::string("gridshare-regions"));
        QCOMPARE(saved.at("regions").size(), std::size_t(1));
        const auto& entry = saved.at("regions").at(0);
        QCOMPARE(entry.at("id").get<std::string>(), std::string("Ireland-high"));
        QCOMPARE(entry.at("name_zh").get<std::string>(), std::string("爱尔兰（高需求）"));
        QCOMPARE(entry.at("parameters").at("national_twh").at("value").get<double>(), 40.0);
        QCOMPARE(entry.at("parameters").at("national_twh").at("assumption").get<std::string>(),
                 std::string("Demand after the planned data centres connect."));
        // Values left alone are Ireland's, with Ireland's sources.
        const Region& ireland = *Dataset::builtin().region("Ireland");
        QCOMPARE(entry.at("parameters").at("other_dc_twh").at("value").get<double>(),
                 ireland.at(Param::OtherDcTwh).value);
        QCOMPARE(entry.at("parameters").at("other_dc_twh").value("source", std::string()),
                 ireland.at(Param::OtherDcTwh).provenance.source);

        // Loaded as GridShare starts: every built-in region and the new one, nothing refused.
        const auto loaded = loadUserDataset();
        QVERIFY2(loaded.warnings.empty(), loaded.warnings.empty() ? "" : loaded.warnings.front().c_str());
        for (const Region& builtin : Dataset::builtin().regions)
            QVERIFY2(loaded.dataset.region(builtin.id), builtin.id.c_str());
        QVERIFY(loaded.dataset.region("Ireland-high"));
        QCOMPARE(loaded.dataset.region("Ireland-high")->at(Param::NationalTwh).value, 40.0);

        // The window switched to it and its chooser lists it.
        QCOMPARE(f.document->scenario().region, std::string("Ireland-high"));
        QVERIFY(f.window->regionSelector()->findData(QStringLiteral("Ireland-high")) >= 0);
        QCOMPARE(f.document->value(Param::NationalTwh), 40.0);
    }

    void keepsTheOtherEntriesOfTheFile()
    {
        QVERIFY(QDir().mkpath(userDataFolder()));
        // An entry of the person's that GridShare skips (a parameter missing) stays as written.
        const QByteArray other = R"({"id": "Atlantis", "name": "Atlantis"})";
        QFile file(regionsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "gridshare-regions", "version": 2, "regions": [)" + other + "]}");
        file.close();
        QVERIFY(makeRegion());
        const auto saved = nlohmann::json::parse(bytesOf(regionsPath()).toStdString());
        QCOMPARE(saved.at("regions").size(), std::size_t(2));
        QVERIFY(saved.at("regions").at(0) == nlohmann::json::parse(other.toStdString()));
        QCOMPARE(saved.at("regions").at(1).at("id").get<std::string>(), std::string("Ireland-high"));
    }

    void refusesInvalidValuesAndSavesNothing()
    {
        RegionDialog* dialog = openDialog();
        QVERIFY(dialog);
        type(dialog->idEdit(), QStringLiteral("Mine"));
        type(dialog->valueEdit(Param::NationalTwh), QStringLiteral("lots"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->message()->isVisible());
        QVERIFY2(dialog->message()->text().contains(QStringLiteral("National")), qPrintable(dialog->message()->text()));
        QVERIFY(dialog->message()->text().contains(QStringLiteral("\"lots\" is not a number")));

        // Fixed, then an assumption without its reason: refused, naming the value.
        type(dialog->valueEdit(Param::NationalTwh), QStringLiteral("50"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->sourceBox(Param::Pue)->setCurrentIndex(0);
        type(dialog->whyEdit(Param::Pue), QString());
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->message()->text().contains(QStringLiteral("say why it is assumed")));

        // No id: refused.
        dialog->whyEdit(Param::Pue)->setText(QStringLiteral("Assumed."));
        type(dialog->idEdit(), QString());
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->message()->text().contains(QStringLiteral("Id")));
        dialog->accept(); // even forced, nothing is saved
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFile::exists(regionsPath()));
        dialog->reject();
    }

    void refusesToOverwriteAFileThatIsNotARegionsFile()
    {
        QVERIFY(QDir().mkpath(userDataFolder()));
        const QByteArray broken = "{\"format\": \"gridshare-regions\", \"regions\": [";
        QFile file(regionsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
        file.close();
        QVERIFY(!makeRegion());
        QCOMPARE(bytesOf(regionsPath()), broken);
    }

    // The region travels in the scenario file: opened where it is unknown (no user regions), the
    // file gives the same numbers year by year.
    void aScenarioOnItOpensTheSameOnACleanProfile()
    {
        QVERIFY(makeRegion());
        f.document->setValue(Param::OtherDcGrowth, 0.12);
        f.document->finishPendingWork();
        const Dataset withUserData = f.document->data();
        const Scenario saved = f.document->scenarioForSaving();
        const Evaluation before = evaluated(saved, withUserData);
        // What was typed reaches the engine: the base year's national total is the 40 TWh entered.
        QCOMPARE(before.years.front().nationalTwh, 40.0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ireland-high.gridshare.json"));
        QCOMPARE(writeScenario(path, saved, withUserData), QString());
        QVERIFY(bytesOf(path).contains("\"region_data\""));

        removeUserData();
        const Dataset& clean = Dataset::builtin();
        QVERIFY(!clean.region("Ireland-high"));
        const auto opened = readScenario(path, clean);
        QVERIFY2(opened, opened ? "" : opened.issues().front().describe().c_str());
        ScenarioDocument elsewhere(clean);
        elsewhere.replaceWith(opened.value(), path, false);
        elsewhere.finishPendingWork();
        QVERIFY(elsewhere.data().region("Ireland-high"));
        const Evaluation after = evaluated(elsewhere.scenarioForSaving(), elsewhere.data());
        QCOMPARE(after.years.size(), before.years.size());
        for (std::size_t i = 0; i < before.years.size(); ++i)
            for (const OutputSpec& out : outputSpecs()) {
                const double a = before.years[i].*out.field;
                const double b = after.years[i].*out.field;
                QVERIFY2(std::abs(a - b) <= kRelative * std::abs(a),
                         qPrintable(QStringLiteral("%1 in %2: %3 then %4")
                                        .arg(QString::fromUtf8(out.key.data(), qsizetype(out.key.size())))
                                        .arg(before.years[i].year)
                                        .arg(a, 0, 'g', 17)
                                        .arg(b, 0, 'g', 17)));
            }
        // Saved again there, the file still carries the region.
        QVERIFY(!elsewhere.scenarioForSaving().regionData.empty());
    }

    // In each language every label shows its whole text; a picture of each is left in the temporary
    // folder for people to look at.
    void labelsFitInEveryLanguage()
    {
        for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            installLanguage(language);
            RegionDialog* dialog = openDialog();
            QVERIFY(dialog);
            dialog->resize(1280, 760);
            settleLayouts();
            for (const QLabel* label : dialog->findChildren<QLabel*>())
                if (label->isVisible() && !label->wordWrap())
                    QVERIFY2(label->width() >= label->sizeHint().width(),
                             qPrintable(QStringLiteral("%1: \"%2\"").arg(language, label->text())));
            QVERIFY(dialog->grab().save(
                QDir(QDir::tempPath()).filePath(QStringLiteral("gridshare-region-dialog-%1.png").arg(language))));
            dialog->reject();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestRegionDialog)
#include "tst_region_dialog.moc"
