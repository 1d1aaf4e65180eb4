// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which language GridShare speaks: --lang for one run, else the saved setting, else the system's.
// English is the source language; Simplified Chinese is the one translation.

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace gridshare::gui {

// The languages GridShare has, as the setting, --lang and the .ts files name them.
QStringList availableLanguages();

// The language a name means, or nullopt: "zh", "zh_CN", "zh-CN", "zh_Hans_CN" and "zh_CN.UTF-8" are
// "zh_CN"; "en", "en_GB" and "C" are "en".
std::optional<QString> supportedLanguage(const QString& name);

// The first of the system's preferred languages that GridShare has; English otherwise.
QString systemLanguage();

// The language's own name for itself, for menus: "English", "简体中文".
QString nativeLanguageName(const QString& language);

struct LanguageChoice {
    QString language;               // always one of availableLanguages()
    std::optional<QString> refused; // what --lang named when GridShare does not have that language
};

// The language --lang VALUE or --lang=VALUE names (the last one given), else the saved setting,
// else the system's. --lang and its value are taken out of argv and argc, so the commands read the
// rest as if it had never been given.
LanguageChoice chooseLanguage(int& argc, char* argv[]);

// Installs the translations of GridShare and of Qt's own dialogs for the language; needs the
// application object. Numbers follow the language's conventions when it was chosen over the
// system's (a Chinese window shows 万 and 亿); otherwise the system locale's formats stay.
void installLanguage(const QString& language);

} // namespace gridshare::gui
