// SPDX-License-Identifier: GPL-3.0-or-later
// English and Simplified Chinese: the .ts files are complete and cover every text in the sources,
// and a window started in Chinese speaks Chinese with Chinese units and number words.

#include "menu_checks.h"
#include "run_gridshare.h"
#include "window_fixture.h"

#include "common/data_text.h"
#include "common/quantity_text.h"
#include "document/key_figures.h"
#include "document/parameter_presentation.h"
#include "document/unit_names.h"
#include "gui/document_actions.h"
#include "gui/language.h"

#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString translation;
    QString type; // "unfinished", "obsolete", "vanished" or empty when done
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            messages.append({context, {}, {}, {}});
        else if (xml.name() == QLatin1String("source"))
            messages.last().source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            messages.last().translation = xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// The placeholders a text fills: %1..%9 and {currency}, sorted, so a translation may reorder them.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%[1-9]|\\{currency\\}"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return text.contains(han);
}

QProcessEnvironment localeEnvironment(const char* locale)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(locale));
    return env;
}

QString tsPath(const char* language)
{
    return QStringLiteral(GRIDSHARE_TS_DIR "/gridshare_%1.ts").arg(QLatin1String(language));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

private slots:
    void initTestCase()
    {
        testing::WindowFixture::enableTestMode();
        // As main() does for a Chinese system: before any text is built.
        installLanguage(QStringLiteral("zh_CN"));
    }

    // The Open and Save dialogs' file types, built when the dialog opens, in the window's language.
    void fileDialogFilterIsTranslated()
    {
        const QString filter = DocumentActions::scenarioFileFilter();
        QVERIFY2(filter.contains(QStringLiteral("情景")) && filter.contains(QStringLiteral("所有文件")),
                 qPrintable(filter));
        QVERIFY(filter.contains(QStringLiteral("(*.gridshare.json)")));
    }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, language);
        const auto messages = readTs(tsPath(language.toLatin1().constData()));
        QVERIFY(messages.size() > 300);
        int chinese = 0;
        for (const TsMessage& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(" ") + where));
            QVERIFY2(!m.translation.isEmpty(), qPrintable(where));
            QVERIFY2(placeholders(m.translation) == placeholders(m.source),
                     qPrintable(where + QStringLiteral(" -> ") + m.translation));
            if (language == QLatin1String("en"))
                QCOMPARE(m.translation, m.source);
            if (hasChinese(m.translation))
                ++chinese;
        }
        // Chinese means Chinese: only names, units and command syntax may stay as they are.
        if (language == QLatin1String("zh_CN"))
            QVERIFY2(chinese > messages.size() * 9 / 10, qPrintable(QString::number(chinese)));
    }

    // lupdate over today's sources finds nothing the .ts files lack and nothing they no longer need.
    void tsFilesCoverTheSources()
    {
        QFile list(QStringLiteral(GRIDSHARE_TRANSLATABLE_SOURCES_LIST));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QStringList arguments = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(tsPath("zh_CN"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(GRIDSHARE_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);

        const auto committed = readTs(tsPath("zh_CN"));
        const auto fresh = readTs(copy);
        QSet<QString> before;
        for (const auto& m : committed)
            before.insert(m.context + QLatin1Char('\x1f') + m.source);
        for (const auto& m : fresh) {
            QVERIFY2(before.contains(m.context + QLatin1Char('\x1f') + m.source),
                     qPrintable(QStringLiteral("not in the .ts files: %1: %2").arg(m.context, m.source)));
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1: %2 is %3").arg(m.context, m.source, m.type)));
        }
        QCOMPARE(fresh.size(), committed.size());
    }

    void everyBuiltInNameHasATranslation()
    {
        QSet<QString> listed;
        for (const char* text : builtInDataTexts())
            listed.insert(QString::fromUtf8(text));
        const Dataset& data = Dataset::builtin();
        QStringList names;
        for (const auto& p : data.presets)
            names.append(QString::fromStdString(p.name));
        for (const auto& r : data.regions)
            names.append(QString::fromStdString(r.name));
        for (const auto& c : data.currencies)
            names.append(QString::fromStdString(c.name));
        for (const auto& [level, meaning] : data.levelMeanings)
            names.append(QString::fromStdString(meaning));
        for (const QString& name : names) {
            QVERIFY2(listed.contains(name), qPrintable(name));
            QVERIFY2(dataText(name.toStdString()) != name, qPrintable(name)); // translated, not just listed
        }
        // Projections are labelled by their publications, whose names may stay as published.
        for (const auto& p : data.projections)
            QVERIFY2(listed.contains(QString::fromStdString(p.label)), p.label.c_str());
        // The figures a scenario's implications are set beside read in the reader's language.
        for (const auto& v : data.referenceVolumes)
            QVERIFY2(dataText(v.label) != QString::fromStdString(v.label), v.label.c_str());
    }

    // Why a default was chosen reads in the reader's language too: the report's parameter table, the
    // controls' tooltips and the sources show these.
    void everyBuiltInNoteHasATranslation()
    {
        QSet<QString> listed;
        for (const char* text : builtInNoteTexts())
            listed.insert(QString::fromUtf8(text));
        const Dataset& data = Dataset::builtin();
        QSet<QString> notes;
        const auto add = [&](const Provenance& p) {
            for (const std::string* text : {&p.assumption, &p.note})
                if (!text->empty())
                    notes.insert(QString::fromStdString(*text));
        };
        for (const auto& r : data.regions) {
            add(r.householdKwhPerYear.provenance);
            for (const auto& value : r.defaults)
                add(value.provenance);
        }
        for (const auto& p : data.presets) {
            for (const auto& [param, provenance] : p.provenance)
                add(provenance);
            for (const auto& [param, provenance] : p.rangeProvenance)
                add(provenance);
        }
        for (const auto& c : data.currencies)
            add(c.perUsd.provenance);
        for (const auto& source : data.sources)
            if (!source.note.empty())
                notes.insert(QString::fromStdString(source.note));
        for (const auto& projection : data.projections)
            if (!projection.note.empty())
                notes.insert(QString::fromStdString(projection.note));
        for (const auto& volume : data.referenceVolumes)
            if (!volume.note.empty())
                notes.insert(QString::fromStdString(volume.note));
        QVERIFY(notes.size() >= 50);
        for (const QString& note : std::as_const(notes)) {
            QVERIFY2(listed.contains(note), qPrintable(QStringLiteral("not in data_notes.cpp: ") + note));
            QVERIFY2(dataText(note.toStdString()) != note, qPrintable(QStringLiteral("not translated: ") + note));
        }
    }

    // The command line speaks the system's language, or the saved one, or --lang's.
    void commandLineFollowsTheLanguage()
    {
        QTemporaryDir home;
        const QStringList unknown{QStringLiteral("frobnicate")};
        Run run = runGridshare(unknown, home.path(), localeEnvironment("zh_CN.UTF-8"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(hasChinese(run.err) && run.err.contains(QStringLiteral("frobnicate")), qPrintable(run.err));

        run = runGridshare(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + unknown, home.path(),
                           localeEnvironment("zh_CN.UTF-8"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!hasChinese(run.err) && run.err.contains(QStringLiteral("unknown command")), qPrintable(run.err));

        run = runGridshare(QStringList{QStringLiteral("--lang=zh_CN")} + unknown, home.path());
        QVERIFY2(hasChinese(run.err), qPrintable(run.err));

        run = runGridshare({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("evaluate")}, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("\"xx\"")) && run.err.contains(QStringLiteral("zh_CN")),
                 qPrintable(run.err));

        // The language saved in the window's settings, on an English system.
        QDir().mkpath(home.filePath(QStringLiteral("config/GridShare")));
        QFile conf(home.filePath(QStringLiteral("config/GridShare/GridShare.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[ui]\nlanguage=zh_CN\n");
        conf.close();
        run = runGridshare(unknown, home.path());
        QVERIFY2(hasChinese(run.err), qPrintable(run.err));
    }

    void languageNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        for (const char* zh : {"zh", "zh_CN", "zh-CN", "zh_Hans_CN", "zh_CN.UTF-8", "zh-Hans"})
            QTest::newRow(zh) << QString::fromLatin1(zh) << QStringLiteral("zh_CN");
        for (const char* en : {"en", "en_GB", "en-US", "C", "C.UTF-8"})
            QTest::newRow(en) << QString::fromLatin1(en) << QStringLiteral("en");
        for (const char* none : {"de_DE", "zh_TW", "zh-Hant", "zh_HK", "", "xx"})
            QTest::newRow(none) << QString::fromLatin1(none) << QString();
    }

    void languageNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(supportedLanguage(name).value_or(QString()), expected);
    }

    void chineseNumberWords()
    {
        const QLocale zh(QStringLiteral("zh_CN"));
        QCOMPARE(formatLargeNumber(2e8, zh), QStringLiteral("2亿"));
        QCOMPARE(formatLargeNumber(1.9345e8, zh, 5), QStringLiteral("1.9345亿"));
        QCOMPARE(formatLargeNumber(5e5, zh), QStringLiteral("50万"));
        QCOMPARE(formatLargeNumber(9.2e12, zh), QStringLiteral("9.2万亿"));
        QCOMPARE(formatQuantity(2e8, QuantityStyle::Count, zh), QStringLiteral("2亿"));
        QCOMPARE(formatQuantity(1e11, QuantityStyle::Count, zh), QStringLiteral("1000亿"));
        QCOMPARE(parseQuantity(QStringLiteral("2亿"), QuantityStyle::Count, zh).value_or(0), 2e8);
        QCOMPARE(parseQuantity(QStringLiteral("1.2万亿"), QuantityStyle::Count, zh).value_or(0), 1.2e12);
        QCOMPARE(scaledUnit(magnitudeOf(3e9, zh), currencyName(QStringLiteral("CNY")), zh), QStringLiteral("亿元"));
        // English keeps thousands: "200M", "billion USD".
        const QLocale en(QStringLiteral("en_US"));
        QCOMPARE(formatQuantity(2e8, QuantityStyle::Count, en), QStringLiteral("200M"));
        QCOMPARE(scaledUnit(magnitudeOf(3e9, en), QStringLiteral("USD"), en), QStringLiteral("billion USD"));
    }

    void chineseUnits()
    {
        // Qt's standard buttons come from Qt's own translation, installed beside GridShare's.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(currencyName(QStringLiteral("CNY")), QStringLiteral("元"));
        QCOMPARE(currencyName(QStringLiteral("USD")), QStringLiteral("美元"));
        QCOMPARE(currencyName(QStringLiteral("XYZ")), QStringLiteral("XYZ"));
        QCOMPARE(displayUnit(presentation(Param::PricePerKwh), QStringLiteral("CNY")), QStringLiteral("元/度"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
    }

    // The seed article's scenario in the window's Chinese: energy a day in 万度, the bill in 亿 and 元.
    void windowSpeaksChinese()
    {
        f.create();
        QVERIFY(f.document->loadPreset(QStringLiteral("chatgpt-2024")));
        f.document->finishPendingWork();
        QStringList menus;
        for (QAction* a : f.window->menuBar()->actions())
            menus.append(a->text());
        QVERIFY2(menus.contains(QStringLiteral("文件(&F)")), qPrintable(menus.join(QLatin1Char(' '))));
        const QStringList clashes = mnemonicClashes(f.window->menuBar());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY(hasChinese(f.document->name()));

        const auto figures = keyFigures(*f.document->snapshot(), QLocale());
        QStringList all;
        for (const auto& k : figures)
            all << k.caption + QLatin1Char(' ') + k.value + QLatin1Char(' ') + k.detail;
        const QString text = all.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("每天[0-9.]+万度"))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("亿")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("元")), qPrintable(text));
        f.destroy();
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
