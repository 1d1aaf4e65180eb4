// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/themes.h"

#include "document/colours.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <cmath>

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

bool isHighContrast(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    return window == base && contrastRatio(text, window) >= 20;
}

namespace {

double luminance(const QColor& c)
{
    // WCAG 2: relative luminance of sRGB.
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& colour, const QColor& background, double ratio)
{
    const bool darken = luminance(background) > 0.18; // nearer white than black
    QColor c = colour.toRgb();
    for (int step = 0; step < 40 && contrastRatio(c, background) < ratio; ++step)
        c = darken ? c.darker(110) : c.lighter(112);
    if (contrastRatio(c, background) < ratio)
        c = darken ? QColor(Qt::black) : QColor(Qt::white);
    return c;
}

QColor mutedTextColour(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText).toRgb();
    const QColor window = palette.color(QPalette::Window).toRgb();
    const QColor base = palette.color(QPalette::Base).toRgb();
    // Two thirds of the way from the window colour to the text colour.
    QColor muted = QColor::fromRgbF(float(window.redF() + (text.redF() - window.redF()) * 0.66),
                                    float(window.greenF() + (text.greenF() - window.greenF()) * 0.66),
                                    float(window.blueF() + (text.blueF() - window.blueF()) * 0.66));
    // Readable on whichever background is the harder of the two.
    const QColor harder = contrastRatio(muted, window) < contrastRatio(muted, base) ? window : base;
    return readableOn(muted, harder);
}

void showAsMutedText(QWidget* label, const QPalette& palette)
{
    QPalette muted = palette;
    muted.setColor(QPalette::WindowText, mutedTextColour(palette));
    label->setPalette(muted);
}

QColor refusalColour(const QPalette& palette)
{
    // Readable in a field (on the base colour) and beside one (on the window colour).
    const bool high = isHighContrast(palette);
    const double ratio = high ? 7.0 : 4.5;
    const QColor start(high ? palette::kRefusalHighContrast : palette::kRefusal);
    return readableOn(readableOn(start, palette.color(QPalette::Base), ratio), palette.color(QPalette::Window), ratio);
}

} // namespace gridshare::gui
