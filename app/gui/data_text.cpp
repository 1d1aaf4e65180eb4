#include "data_text.h"

#include <QCoreApplication>

namespace gridshare::gui {

const std::vector<const char*>& builtInDataTexts()
{
    // The names of the built-in presets, regions and currencies, the labels of the published
    // projections and the meanings of the verification levels.
    // tst_translations checks that every one in resources/data is listed here.
    static const std::vector<const char*> texts{
        QT_TRANSLATE_NOOP("Data", "US 2024 baseline"),
        QT_TRANSLATE_NOOP("Data", "ChatGPT 2024 (seed article)"),
        QT_TRANSLATE_NOOP("Data", "Efficient inference 2025"),
        QT_TRANSLATE_NOOP("Data", "EPRI 2026 range (9-17%)"),
        QT_TRANSLATE_NOOP("Data", "Arm CEO's 20-25% claim"),
        QT_TRANSLATE_NOOP("Data", "China 2024"),
        QT_TRANSLATE_NOOP("Data", "AI in every Google search (de Vries)"),
        QT_TRANSLATE_NOOP("Data", "United States"),
        QT_TRANSLATE_NOOP("Data", "China"),
        QT_TRANSLATE_NOOP("Data", "European Union"),
        QT_TRANSLATE_NOOP("Data", "World"),
        QT_TRANSLATE_NOOP("Data", "LBNL 2024 report"),
        QT_TRANSLATE_NOOP("Data", "EPRI Powering Intelligence 2024"),
        QT_TRANSLATE_NOOP("Data", "BCG 2023"),
        QT_TRANSLATE_NOOP("Data", "Goldman Sachs 2024"),
        QT_TRANSLATE_NOOP("Data", "Arm CEO Rene Haas, Apr 2024"),
        QT_TRANSLATE_NOOP("Data", "IEA Electricity 2024"),
        QT_TRANSLATE_NOOP("Data", "IEA Energy and AI 2025"),
        QT_TRANSLATE_NOOP("Data", "US dollar"),
        QT_TRANSLATE_NOOP("Data", "Chinese yuan"),
        QT_TRANSLATE_NOOP("Data", "Euro"),
        QT_TRANSLATE_NOOP("Data", "primary text read"),
        QT_TRANSLATE_NOOP("Data", "secondary text quoting the primary"),
        QT_TRANSLATE_NOOP("Data", "derived from cited figures"),
        QT_TRANSLATE_NOOP("Data", "not verified"),
    };
    return texts;
}

QString dataText(const std::string& text)
{
    return QCoreApplication::translate("Data", text.c_str());
}

} // namespace gridshare::gui
