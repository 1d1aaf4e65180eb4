// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Exchange Rates…: a rate typed in the dialog changes every cost by exactly that rate and
// nothing else, is saved as the person's currencies.json (which Dataset::load reads back), can be
// taken back to the cited rate, refuses what is not a rate, and a save that fails changes nothing.

#include "typing.h"
#include "window_fixture.h"

#include "common/user_data.h"
#include "document/exchange_rates_file.h"
#include "gui/exchange_rates_dialog.h"

#include "gridshare/currency_file.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QToolBar>

#include <cmath>
#include <csignal>
#include <sys/resource.h>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

constexpr double kRelative = 1e-12;

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= kRelative * std::abs(expected);
}

QString overridePath()
{
    return QDir(userDataFolder()).filePath(QStringLiteral("currencies.json"));
}

double rateIn(const Dataset& data, const char* code)
{
    return data.currency(code)->perUsd.value;
}

} // namespace

class TestExchangeRates : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

    void removeUserData()
    {
        const QString folder = userDataFolder();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QDir(folder).removeRecursively();
        QFile::remove(folder); // a file where the folder should be
    }

    ExchangeRatesDialog* openDialog()
    {
        auto* action = f.window->findChild<QAction*>(QStringLiteral("exchangeRatesAction"));
        if (!action)
            return nullptr;
        action->trigger();
        // Dialogs closed before wait for deletion, hidden.
        for (auto* dialog : f.window->findChildren<ExchangeRatesDialog*>())
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }

    // Opens the dialog, types `rate` for CNY and presses OK; true when the dialog closed.
    bool setRate(const QString& code, const QString& rate)
    {
        ExchangeRatesDialog* dialog = openDialog();
        if (!dialog)
            return false;
        type(dialog->rateEdit(code), rate);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        const bool closed = !dialog->isVisible();
        if (!closed)
            dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return closed;
    }

    QString currencyToolTip(const QString& code)
    {
        QComboBox* selector = f.window->currencySelector();
        return selector->itemData(selector->findData(code), Qt::ToolTipRole).toString();
    }

private slots:
    void initTestCase() { testing::WindowFixture::enableTestMode(); }
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
        auto* action = f.window->findChild<QAction*>(QStringLiteral("exchangeRatesAction"));
        QVERIFY(action);
        QMenu* edit = nullptr;
        for (QAction* menu : f.window->menuBar()->actions())
            if (menu->menu() && menu->text() == QStringLiteral("&Edit"))
                edit = menu->menu();
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(action));
        QVERIFY(action->text().contains(QLatin1Char('&'))); // a mnemonic: Alt+E, X
        auto* bar = f.window->findChild<QToolBar*>(QStringLiteral("scenarioToolBar"));
        QVERIFY(bar->actions().contains(action));

        ExchangeRatesDialog* dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->rateEdit(QStringLiteral("USD"))); // the reference is not edited
        for (const char* code : {"CNY", "EUR"}) {
            QLineEdit* rate = dialog->rateEdit(QString::fromLatin1(code));
            QVERIFY(rate);
            QCOMPARE(rate->accessibleName(), QStringLiteral("%1 per US dollar").arg(QLatin1String(code)));
            QVERIFY(!rate->accessibleDescription().isEmpty());
        }
        QCOMPARE(dialog->rateEdit(QStringLiteral("CNY"))->text(), QLocale().toString(7.0809));
        QVERIFY(dialog->rateEdit(QStringLiteral("CNY"))
                    ->accessibleDescription()
                    .startsWith(QStringLiteral("G.5A Foreign Exchange Rates (Annual). Board of Governors")));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->reject();
    }

    void anEditedRateChangesCostsAndNothingElse()
    {
        f.document->finishPendingWork();
        const std::vector<YearResult> usd = f.document->snapshot()->evaluation.years;
        QVERIFY(f.document->setCurrency(QStringLiteral("CNY")));
        QVERIFY(setRate(QStringLiteral("CNY"), QLocale().toString(7.2)));

        QCOMPARE(rateIn(f.document->data(), "CNY"), 7.2);
        const auto& cny = f.document->snapshot()->evaluation.years;
        QCOMPARE(f.document->snapshot()->currency, QStringLiteral("CNY"));
        QCOMPARE(cny.size(), usd.size());
        for (std::size_t i = 0; i < usd.size(); ++i) {
            QVERIFY2(near(cny[i].cost, usd[i].cost * 7.2), qPrintable(QString::number(cny[i].year)));
            QCOMPARE(cny[i].aiTwh, usd[i].aiTwh);
            QCOMPARE(cny[i].datacenterTwh, usd[i].datacenterTwh);
            QCOMPARE(cny[i].aiShare, usd[i].aiShare);
            QCOMPARE(cny[i].datacenterShare, usd[i].datacenterShare);
        }
        // The tooltip cites the rate in use and says it is the person's.
        QVERIFY2(currencyToolTip(QStringLiteral("CNY")).contains(QLocale().toString(7.2)),
                 qPrintable(currencyToolTip(QStringLiteral("CNY"))));
        QVERIFY(currencyToolTip(QStringLiteral("CNY")).contains(QStringLiteral("Assumption: set in GridShare on")));
        QCOMPARE(f.window->currencySelector()->currentData().toString(), QStringLiteral("CNY"));

        // Back in US dollars, the costs are what they were.
        QVERIFY(f.document->setCurrency(QStringLiteral("USD")));
        for (std::size_t i = 0; i < usd.size(); ++i)
            QVERIFY(near(f.document->snapshot()->evaluation.years[i].cost, usd[i].cost));
    }

    void aConvertedPresetPriceFollowsATypedOneStays()
    {
        // The seed preset's price is 1.06 CNY per kWh; in US dollars it is converted at the rate.
        QVERIFY(f.document->loadPreset(QStringLiteral("chatgpt-2024")));
        QVERIFY(f.document->setCurrency(QStringLiteral("USD")));
        QVERIFY(near(f.document->value(Param::PricePerKwh), 1.06 / 7.0809));
        QVERIFY(setRate(QStringLiteral("CNY"), QLocale().toString(7.2)));
        QVERIFY(near(f.document->value(Param::PricePerKwh), 1.06 / 7.2));
        QVERIFY(near(f.document->defaultValue(Param::PricePerKwh), 1.06 / 7.2));

        f.document->setValue(Param::PricePerKwh, 0.2); // typed, in US dollars
        QVERIFY(setRate(QStringLiteral("CNY"), QLocale().toString(7.5)));
        QCOMPARE(f.document->value(Param::PricePerKwh), 0.2);
        QVERIFY(near(f.document->defaultValue(Param::PricePerKwh), 1.06 / 7.5));
    }

    void theSavedFileRoundTripsThroughLoad()
    {
        QVERIFY(!QFile::exists(userDataFolder())); // the folder is created
        QVERIFY(setRate(QStringLiteral("CNY"), QLocale().toString(7.2)));
        QVERIFY(QFile::exists(overridePath()));
        const auto loaded = Dataset::load(userDataFolder().toStdString());
        QVERIFY2(loaded.warnings.empty(), loaded.warnings.empty() ? "" : loaded.warnings.front().c_str());
        QCOMPARE(rateIn(loaded.dataset, "CNY"), 7.2);
        QCOMPARE(rateIn(loaded.dataset, "EUR"), rateIn(Dataset::builtin(), "EUR"));
        const Provenance& p = loaded.dataset.currency("CNY")->perUsd.provenance;
        QVERIFY(p.isAssumption());
        const QString why = QString::fromStdString(p.assumption);
        QVERIFY2(
            why.startsWith(QStringLiteral("set in GridShare on %1").arg(QDate::currentDate().toString(Qt::ISODate))),
            qPrintable(why));
        QVERIFY2(why.endsWith(QStringLiteral("; the cited value is 7.0809 (fed-g5a, V1)")), qPrintable(why));
        // The file is what core writes for those currencies, in the built-in file's layout.
        QCOMPARE(bytesOf(overridePath()),
                 QByteArray::fromStdString(currenciesToText(f.document->data().currencies).value()));
        // The rate shows as the person's the next time the dialog opens.
        ExchangeRatesDialog* dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->rateEdit(QStringLiteral("CNY"))->text(), QLocale().toString(7.2));
        QVERIFY(dialog->rateEdit(QStringLiteral("CNY"))
                    ->accessibleDescription()
                    .startsWith(QStringLiteral("Assumption: set in GridShare on")));
        dialog->reject();
    }

    void anInvalidRateDisablesOk_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("text") << QStringLiteral("abc");
        QTest::newRow("empty") << QString();
        // Once accepted and saved, then every cost in CNY was infinite.
        QTest::newRow("1e300") << QStringLiteral("1e300");
    }
    void anInvalidRateDisablesOk()
    {
        QFETCH(QString, typed);
        ExchangeRatesDialog* dialog = openDialog();
        QVERIFY(dialog);
        type(dialog->rateEdit(QStringLiteral("CNY")), typed);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->message()->isVisible());
        QVERIFY2(dialog->message()->text().startsWith(QStringLiteral("CNY per US dollar")),
                 qPrintable(dialog->message()->text()));
        if (!typed.isEmpty())
            QVERIFY(dialog->message()->text().contains(typed));
        // Enter cannot save it either, and nothing was written.
        QTest::keyClick(dialog->rateEdit(QStringLiteral("CNY")), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFile::exists(overridePath()));
        // A valid rate clears the message.
        type(dialog->rateEdit(QStringLiteral("CNY")), QLocale().toString(7.1));
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(!dialog->message()->isVisible());
        dialog->reject();
        QCOMPARE(rateIn(f.document->data(), "CNY"), 7.0809);
    }

    void restoreBringsBackTheCitedRates()
    {
        QVERIFY(setRate(QStringLiteral("CNY"), QLocale().toString(7.2)));
        QVERIFY(QFile::exists(overridePath()));
        ExchangeRatesDialog* dialog = openDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        QCOMPARE(dialog->rateEdit(QStringLiteral("CNY"))->text(), QLocale().toString(7.0809));
        QVERIFY(dialog->rateEdit(QStringLiteral("CNY"))
                    ->accessibleDescription()
                    .startsWith(QStringLiteral("G.5A Foreign Exchange Rates (Annual). Board of Governors")));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QVERIFY(!QFile::exists(overridePath())); // no copy of the built-in file is left to go stale
        QCOMPARE(rateIn(f.document->data(), "CNY"), 7.0809);
        QCOMPARE(f.document->data().currency("CNY")->perUsd.provenance.source, std::string("fed-g5a"));
        QVERIFY(currencyToolTip(QStringLiteral("CNY"))
                    .contains(QStringLiteral("Board of Governors of the Federal Reserve System, 2024 (V1)")));
        const auto loaded = Dataset::load(userDataFolder().toStdString());
        QVERIFY(loaded.warnings.empty());
        QCOMPARE(rateIn(loaded.dataset, "CNY"), 7.0809);
    }

    // A currencies.json that could not be used is the person's: the dialog says so and never
    // replaces it (nor a .bak of it), however often rates are edited.
    void aBrokenOverrideIsNeverOverwritten()
    {
        QDir().mkpath(userDataFolder());
        QFile broken(overridePath());
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"format\": \"gridshare-currencies\", oops");
        broken.close();
        const QByteArray before = bytesOf(overridePath());
        ExchangeRatesDialog* dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->message()->isVisible());
        QVERIFY2(dialog->message()->text().contains(overridePath())
                     && dialog->message()->text().contains(QStringLiteral("not valid JSON"))
                     && dialog->message()->text().contains(QStringLiteral("never overwritten")),
                 qPrintable(dialog->message()->text()));
        type(dialog->rateEdit(QStringLiteral("CNY")), QLocale().toString(7.2));
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClick(dialog->rateEdit(QStringLiteral("CNY")), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QCOMPARE(bytesOf(overridePath()), before);
        QVERIFY(!QFile::exists(overridePath() + QStringLiteral(".bak")));
        // Nor through the file function itself.
        QVERIFY(!saveExchangeRates(userDataFolder(), f.document->data().currencies, f.document->data().currencies)
                     .isEmpty());
        QCOMPARE(bytesOf(overridePath()), before);
    }

    // A valid currencies.json beside a broken regions.json is used, and an edited rate is saved on
    // top of the person's own rates, not on top of the built-in ones.
    void aValidOverrideBesideABrokenOneKeepsItsRates()
    {
        QDir().mkpath(userDataFolder());
        std::string mine(embeddedDataFiles().at("currencies.json"));
        const std::string cited = R"({"value": 7.0809, "source": "fed-g5a", "level": "V1",)";
        mine.replace(mine.find(cited), cited.size(), R"({"value": 7.5, "assumption": "my rate",)");
        QFile currencies(overridePath());
        QVERIFY(currencies.open(QIODevice::WriteOnly));
        currencies.write(QByteArray::fromStdString(mine));
        currencies.close();
        QFile regions(QDir(userDataFolder()).filePath(QStringLiteral("regions.json")));
        QVERIFY(regions.open(QIODevice::WriteOnly));
        regions.write("{broken");
        regions.close();

        const auto loaded = Dataset::load(userDataFolder().toStdString());
        QCOMPARE(rateIn(loaded.dataset, "CNY"), 7.5);
        std::vector<Currency> edited = loaded.dataset.currencies;
        edited[2].perUsd = {0.95, rateSetInGridShare("2026-12-01", &Dataset::builtin().currency("EUR")->perUsd)};
        QCOMPARE(saveExchangeRates(userDataFolder(), loaded.dataset.currencies, edited), QString());
        const auto again = Dataset::load(userDataFolder().toStdString());
        QCOMPARE(rateIn(again.dataset, "CNY"), 7.5);
        QCOMPARE(rateIn(again.dataset, "EUR"), 0.95);
        QCOMPARE(bytesOf(QDir(userDataFolder()).filePath(QStringLiteral("regions.json"))), QByteArray("{broken"));
    }

    void aFailedWriteChangesNothing()
    {
        QVERIFY(setRate(QStringLiteral("CNY"), QLocale().toString(7.2)));
        const QByteArray before = bytesOf(overridePath());
        QVERIFY(!before.isEmpty());
        // Files may grow no larger than 64 bytes: the save fails mid-write, even for root.
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 64;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        ExchangeRatesDialog* dialog = openDialog();
        QVERIFY(dialog);
        type(dialog->rateEdit(QStringLiteral("CNY")), QLocale().toString(7.3));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(dialog->isVisible()); // the edit is still there to retry or cancel
        QVERIFY2(dialog->message()->text().contains(QStringLiteral("not saved")),
                 qPrintable(dialog->message()->text()));
        QVERIFY(dialog->message()->text().contains(overridePath()));
        QCOMPARE(dialog->rateEdit(QStringLiteral("CNY"))->text(), QLocale().toString(7.3));
        QCOMPARE(bytesOf(overridePath()), before);
        QCOMPARE(QDir(userDataFolder()).entryList(QDir::Files), QStringList{QStringLiteral("currencies.json")});
        QCOMPARE(rateIn(f.document->data(), "CNY"), 7.2);
        dialog->reject();
        QCOMPARE(rateIn(f.document->data(), "CNY"), 7.2);
    }

    void aFileWhereTheFolderShouldBeIsLeftAlone()
    {
        QDir().mkpath(QFileInfo(userDataFolder()).path());
        QFile blocker(userDataFolder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder");
        blocker.close();
        ExchangeRatesDialog* dialog = openDialog();
        QVERIFY(dialog);
        type(dialog->rateEdit(QStringLiteral("CNY")), QLocale().toString(7.2));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->message()->text().contains(QDir::toNativeSeparators(userDataFolder()))
                     || dialog->message()->text().contains(userDataFolder()),
                 qPrintable(dialog->message()->text()));
        QCOMPARE(bytesOf(userDataFolder()), QByteArray("not a folder"));
        QCOMPARE(rateIn(f.document->data(), "CNY"), 7.0809);
        dialog->reject();
    }
};

QTEST_MAIN(TestExchangeRates)
#include "tst_exchange_rates.moc"
