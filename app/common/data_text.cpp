// SPDX-License-Identifier: GPL-3.0-or-later
#include "data_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Data)
};

} // namespace

const std::vector<const char*>& builtInDataTexts()
{
    // The names of the built-in presets, regions and currencies, the labels of the published
    // projections, per-request figures and reference volumes, and the meanings of the verification
    // levels.
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
        QT_TRANSLATE_NOOP("Data", "Ireland"),
        QT_TRANSLATE_NOOP("Data", "Netherlands"),
        QT_TRANSLATE_NOOP("Data", "Germany"),
        QT_TRANSLATE_NOOP("Data", "United Kingdom"),
        QT_TRANSLATE_NOOP("Data", "Denmark"),
        QT_TRANSLATE_NOOP("Data", "Japan"),
        QT_TRANSLATE_NOOP("Data", "India"),
        QT_TRANSLATE_NOOP("Data", "Singapore"),
        QT_TRANSLATE_NOOP("Data", "Virginia (US state)"),
        QT_TRANSLATE_NOOP("Data", "LBNL 2024 report"),
        QT_TRANSLATE_NOOP("Data", "LBNL 2025 update"),
        QT_TRANSLATE_NOOP("Data", "EPRI Powering Intelligence 2024"),
        QT_TRANSLATE_NOOP("Data", "EPRI analysis, February 2026"),
        QT_TRANSLATE_NOOP("Data", "BCG 2023"),
        QT_TRANSLATE_NOOP("Data", "Goldman Sachs 2024"),
        QT_TRANSLATE_NOOP("Data", "Goldman Sachs 2025"),
        QT_TRANSLATE_NOOP("Data", "Arm CEO Rene Haas, Apr 2024"),
        QT_TRANSLATE_NOOP("Data", "IEA Electricity 2024"),
        QT_TRANSLATE_NOOP("Data", "IEA Energy and AI 2025"),
        QT_TRANSLATE_NOOP("Data", "McKinsey 2024"),
        QT_TRANSLATE_NOOP("Data", "Gartner 2025"),
        QT_TRANSLATE_NOOP("Data", "BloombergNEF, April 2025"),
        QT_TRANSLATE_NOOP("Data", "BloombergNEF, December 2025"),
        QT_TRANSLATE_NOOP("Data", "Grid Strategies 2025"),
        QT_TRANSLATE_NOOP("Data", "State Grid Energy Research Institute 2021"),
        QT_TRANSLATE_NOOP("Data", "China government figures (via Carbon Brief)"),
        QT_TRANSLATE_NOOP("Data", "Goldman Sachs via Bloomberg (Carbon Brief)"),
        QT_TRANSLATE_NOOP("Data", "S&P Global 2025"),
        QT_TRANSLATE_NOOP("Data", "BloombergNEF, March 2025"),
        QT_TRANSLATE_NOOP("Data", "Greenpeace East Asia and NCEPU 2019"),
        QT_TRANSLATE_NOOP("Data", "Greenpeace East Asia 2021"),
        QT_TRANSLATE_NOOP("Data", "JRC 2024"),
        QT_TRANSLATE_NOOP("Data", "European Commission study 2020"),
        QT_TRANSLATE_NOOP("Data", "European Commission 2025 (IEA estimate)"),
        QT_TRANSLATE_NOOP("Data", "Kiel Institute 2025"),
        QT_TRANSLATE_NOOP("Data", "IEA Key Questions 2026"),
        QT_TRANSLATE_NOOP("Data", "CSO 2023"),
        QT_TRANSLATE_NOOP("Data", "CSO 2025"),
        QT_TRANSLATE_NOOP("Data", "EirGrid 2025"),
        QT_TRANSLATE_NOOP("Data", "CBS 2020"),
        QT_TRANSLATE_NOOP("Data", "CBS 2025"),
        QT_TRANSLATE_NOOP("Data", "Dutch government steering group 2021"),
        QT_TRANSLATE_NOOP("Data", "Bitkom 2025"),
        QT_TRANSLATE_NOOP("Data", "Borderstep 2022"),
        QT_TRANSLATE_NOOP("Data", "NESO"),
        QT_TRANSLATE_NOOP("Data", "Tony Blair Institute 2024"),
        QT_TRANSLATE_NOOP("Data", "Electric Insights 2025"),
        QT_TRANSLATE_NOOP("Data", "Danish energy authorities (TV 2)"),
        QT_TRANSLATE_NOOP("Data", "Wood Mackenzie 2025"),
        QT_TRANSLATE_NOOP("Data", "Deloitte 2026"),
        QT_TRANSLATE_NOOP("Data", "Singapore government 2024"),
        QT_TRANSLATE_NOOP("Data", "de Vries 2023"),
        QT_TRANSLATE_NOOP("Data", "Google Gemini"),
        QT_TRANSLATE_NOOP("Data", "OpenAI (Altman)"),
        QT_TRANSLATE_NOOP("Data", "Epoch AI"),
        QT_TRANSLATE_NOOP("Data", "Microsoft (Oviedo et al.)"),
        QT_TRANSLATE_NOOP("Data", "Microsoft (Oviedo et al.), long reasoning"),
        QT_TRANSLATE_NOOP("Data", "Jegham et al."),
        QT_TRANSLATE_NOOP("Data", "de Vries"),
        QT_TRANSLATE_NOOP("Data", "Seed article"),
        QT_TRANSLATE_NOOP("Data", "ChatGPT prompts"),
        QT_TRANSLATE_NOOP("Data", "ChatGPT prompts from the US"),
        QT_TRANSLATE_NOOP("Data", "Google AI tokens"),
        QT_TRANSLATE_NOOP("Data", "AI accelerators installed (H100-equivalents)"),
        QT_TRANSLATE_NOOP("Data", "NVIDIA data-centre GPUs shipped in 2023"),
        QT_TRANSLATE_NOOP("Data", "the world's data centres"),
        QT_TRANSLATE_NOOP("Data", "US dollar"),
        QT_TRANSLATE_NOOP("Data", "Chinese yuan"),
        QT_TRANSLATE_NOOP("Data", "Euro"),
        QT_TRANSLATE_NOOP("Data", "Pound sterling"),
        QT_TRANSLATE_NOOP("Data", "Japanese yen"),
        QT_TRANSLATE_NOOP("Data", "Indian rupee"),
        QT_TRANSLATE_NOOP("Data", "Singapore dollar"),
        QT_TRANSLATE_NOOP("Data", "Danish krone"),
        QT_TRANSLATE_NOOP("Data", "primary text read"),
        QT_TRANSLATE_NOOP("Data", "secondary text quoting the primary"),
        QT_TRANSLATE_NOOP("Data", "derived from cited figures"),
        QT_TRANSLATE_NOOP("Data", "not verified"),
    };
    return texts;
}

QString dataText(const std::string& text)
{
    return Text::tr(text.c_str());
}

QString regionName(const Region& region)
{
    if (!region.nameZh.empty() && QLocale().language() == QLocale::Chinese)
        return QString::fromStdString(region.nameZh);
    return dataText(region.name);
}

} // namespace gridshare::gui
