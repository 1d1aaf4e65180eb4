// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/language.h"

#include "document/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <cstring>

namespace gridshare::gui {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

std::optional<QString> supportedLanguage(const QString& name)
{
    QString n = name.trimmed();
    n = n.left(n.indexOf(QLatin1Char('.')) >= 0 ? n.indexOf(QLatin1Char('.')) : n.size()); // "zh_CN.UTF-8"
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString language = n.section(QLatin1Char('_'), 0, 0).toLower();
    if (language == QLatin1String("en") || n == QLatin1String("C") || n == QLatin1String("POSIX"))
        return QStringLiteral("en");
    // Traditional script or Taiwan and Hong Kong read traditional characters; those are not here.
    const QString rest = n.section(QLatin1Char('_'), 1).toLower();
    if (language == QLatin1String("zh") && !rest.contains(QLatin1String("hant")) && !rest.contains(QLatin1String("tw"))
        && !rest.contains(QLatin1String("hk")) && !rest.contains(QLatin1String("mo")))
        return QStringLiteral("zh_CN");
    return std::nullopt;
}

QString systemLanguage()
{
    for (const QString& name : QLocale::system().uiLanguages())
        if (const auto language = supportedLanguage(name))
            return *language;
    return QStringLiteral("en");
}

QString nativeLanguageName(const QString& language)
{
    return language == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English");
}

LanguageChoice chooseLanguage(int& argc, char* argv[])
{
    std::optional<QString> given;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0)
            given = i + 1 < argc ? QString::fromLocal8Bit(argv[++i]) : QString();
        else if (std::strncmp(argv[i], "--lang=", 7) == 0)
            given = QString::fromLocal8Bit(argv[i] + 7);
        else
            argv[kept++] = argv[i];
    }
    argv[kept] = nullptr;
    argc = kept;
    if (given) {
        if (const auto language = supportedLanguage(*given))
            return {*language, std::nullopt};
        return {systemLanguage(), given};
    }
    if (const auto saved = supportedLanguage(Settings().language()))
        return {*saved, std::nullopt};
    return {systemLanguage(), std::nullopt};
}

void installLanguage(const QString& language)
{
    // Qt reads the system locale for numbers; a language chosen over it brings its own conventions.
    // A system locale in a language GridShare lacks (de_DE with English) keeps its own formats.
    const auto systemsLanguage = supportedLanguage(QLocale::system().name());
    if (systemsLanguage ? *systemsLanguage != language : language != QLatin1String("en"))
        QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    if (language == QLatin1String("en"))
        return; // the source text is English
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/gridshare_%1").arg(language)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace gridshare::gui
