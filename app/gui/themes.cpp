#include "themes.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace gridshare::gui {
namespace {

// The platform's own style and palette, kept before any theme replaces them.
struct SystemLook {
    QString style;
    QPalette palette;
};

SystemLook& systemLook()
{
    static SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QPalette makePalette(QColor window, QColor base, QColor text, QColor button, QColor highlight, QColor muted)
{
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, window);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, base);
        p.setColor(group, QPalette::PlaceholderText, muted);
        p.setColor(group, QPalette::Link, highlight);
        p.setColor(group, QPalette::BrightText, text);
        p.setColor(group, QPalette::Mid, muted);
        // Fusion draws bevels and frames from these.
        p.setColor(group, QPalette::Light, button.lighter(150));
        p.setColor(group, QPalette::Midlight, button.lighter(125));
        p.setColor(group, QPalette::Dark, button.darker(200));
        p.setColor(group, QPalette::Shadow, Qt::black);
    }
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, button);
    return p;
}

} // namespace

QString themeKey(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::System:
        return QStringLiteral("system");
    case Settings::Theme::Light:
        return QStringLiteral("light");
    case Settings::Theme::Dark:
        return QStringLiteral("dark");
    case Settings::Theme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

std::optional<Settings::Theme> themeFromKey(const QString& key)
{
    for (auto theme :
         {Settings::Theme::System, Settings::Theme::Light, Settings::Theme::Dark, Settings::Theme::HighContrast})
        if (themeKey(theme) == key)
            return theme;
    return std::nullopt;
}

QPalette themePalette(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::System:
        break;
    case Settings::Theme::Light:
        return makePalette(QColor(0xF3F3F3), Qt::white, QColor(0x1A1A1A), QColor(0xE8E8E8), QColor(0x0072B2),
                           QColor(0x6E6E6E));
    case Settings::Theme::Dark:
        // Not pure black: the Okabe-Ito blue stays legible on a dark grey.
        return makePalette(QColor(0x202124), QColor(0x17181A), QColor(0xE8E8E8), QColor(0x303134), QColor(0x56B4E9),
                           QColor(0x9AA0A6));
    case Settings::Theme::HighContrast:
        return makePalette(Qt::white, Qt::white, Qt::black, QColor(0xE0E0E0), QColor(0x0000C8), QColor(0x333333));
    }
    return systemLook().palette;
}

void applyTheme(Settings::Theme theme)
{
    const SystemLook& look = systemLook();
    if (theme == Settings::Theme::System && QApplication::style()->name() == look.style) {
        QApplication::setPalette(look.palette); // the style is the platform's already: keep it
        return;
    }
    // Fusion draws every widget from the palette; platform styles may ignore parts of it.
    QApplication::setStyle(
        QStyleFactory::create(theme == Settings::Theme::System ? look.style : QStringLiteral("Fusion")));
    QApplication::setPalette(themePalette(theme));
}

} // namespace gridshare::gui
