// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keyboard access to the menus: within the menu bar and within each menu, no two entries share a
// mnemonic (Alt+V, L must open one thing).

#include <QAction>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>

// The letter after a single "&" ("&Language", "语言(&L)"), lower case; empty when there is none.
inline QString mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.mid(i + 1, 1).toLower();
    }
    return QString();
}

// "View: l is Presentation Playlist… and Language" for every clash.
inline QStringList mnemonicClashes(const QString& where, const QList<QAction*>& actions)
{
    QStringList clashes;
    QMap<QString, QString> taken;
    for (const QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString key = mnemonicOf(action->text());
        if (!key.isEmpty()) {
            if (taken.contains(key))
                clashes.append(QStringLiteral("%1: %2 is %3 and %4").arg(where, key, taken[key], action->text()));
            taken[key] = action->text();
        }
        if (action->menu())
            clashes += mnemonicClashes(action->text(), action->menu()->actions());
    }
    return clashes;
}

inline QStringList mnemonicClashes(const QMenuBar* bar)
{
    return mnemonicClashes(QStringLiteral("menu bar"), bar->actions());
}
