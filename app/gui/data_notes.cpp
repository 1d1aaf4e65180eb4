#include "data_text.h"

#include <QCoreApplication>

namespace gridshare::gui {

const std::vector<const char*>& builtInNoteTexts()
{
    // Why each assumption was made and what each figure rests on, as resources/data says them.
    // tst_translations checks that every one there is listed here and translated.
    static const std::vector<const char*> texts{
        QT_TRANSLATE_NOOP("Data", "The reference currency."),
        QT_TRANSLATE_NOOP("Data", "2023 annual average."),
        QT_TRANSLATE_NOOP("Data",
                          "1 / 1.0813 USD per EUR, the Federal Reserve's 2023 average as commonly quoted; not "
                          "checked here."),
        QT_TRANSLATE_NOOP("Data", "\"每天需要处理超过2亿次请求\"; de Vries (2023) gives 195 million."),
        QT_TRANSLATE_NOOP("Data",
                          "Chosen so the engine gives the article's 2.5 Wh per request (500,000 kWh / 200 million) "
                          "on Epoch's hardware: about 8 times Epoch's 500-token answer."),
        QT_TRANSLATE_NOOP("Data", "The article's 500,000 kWh a day is serving only."),
        QT_TRANSLATE_NOOP("Data", "US commercial 0.147 USD = 1.06 CNY per kWh, the article's conversion."),
        QT_TRANSLATE_NOOP("Data", "500 mL per 50 answers at 2.5 Wh each."),
        QT_TRANSLATE_NOOP("Data", "EIA's forecast for 2025."),
        QT_TRANSLATE_NOOP("Data",
                          "Google reported 33x in one year; 50% a year is a sustained pace well below that "
                          "(assumption)."),
        QT_TRANSLATE_NOOP("Data", "399 and 565 tokens give 0.24 Wh (Google) and 0.34 Wh (Altman) on Epoch's hardware."),
        QT_TRANSLATE_NOOP("Data", "From a slow 20% a year to a doubling every year."),
        QT_TRANSLATE_NOOP("Data", "From 25% to 100% a year."),
        QT_TRANSLATE_NOOP("Data",
                          "With size, length and efficiency held, AI load grows with requests: EPRI's 15% a year."),
        QT_TRANSLATE_NOOP("Data", "Held so that AI load grows at EPRI's rate."),
        QT_TRANSLATE_NOOP("Data", "EPRI's high scenario: 15% a year."),
        QT_TRANSLATE_NOOP("Data",
                          "Found by goal seek: with every other default, 120% a year puts AI at about 23% of US "
                          "electricity in 2030."),
        QT_TRANSLATE_NOOP("Data", "About 9 billion Google searches a day."),
        QT_TRANSLATE_NOOP("Data",
                          "Chosen so the engine gives 8.9 Wh per search (the high end of de Vries's 6.9-8.9 Wh) on "
                          "Epoch's hardware."),
        QT_TRANSLATE_NOOP("Data", "Held flat: the case is a what-if for one year, repeated."),
        QT_TRANSLATE_NOOP("Data", "Held flat, as above."),
        QT_TRANSLATE_NOOP("Data", "The estimate counts serving only."),
        QT_TRANSLATE_NOOP("Data", "just under 3%"),
        QT_TRANSLATE_NOOP("Data",
                          "Average residential customer, 2022; the seed article's \"17,000 households\" matches it."),
        QT_TRANSLATE_NOOP("Data",
                          "Chosen so the 2024 AI load (inference plus training, 18 TWh) is a tenth of the 183 TWh "
                          "of US data centres; no source counts requests across all AI services (ChatGPT alone "
                          "served 2.5 billion a day in 2025)."),
        QT_TRANSLATE_NOOP("Data",
                          "Requests grow 50% a year, well below ChatGPT's 2023-25 pace (195 million to 2.5 billion "
                          "a day), as adoption matures."),
        QT_TRANSLATE_NOOP("Data",
                          "Active parameters held flat: mixture-of-experts models grow in total, not active, size."),
        QT_TRANSLATE_NOOP("Data", "Answers grow 20% longer a year as reasoning models spread."),
        QT_TRANSLATE_NOOP("Data", "NVIDIA H100, dense BF16."),
        QT_TRANSLATE_NOOP("Data", "H100 (700 W TDP) plus its share of the server."),
        QT_TRANSLATE_NOOP("Data",
                          "FLOP per joule improves 30% a year; NVIDIA's 25x for GB200 and Google's 33x in one year "
                          "are one-off steps, not trends."),
        QT_TRANSLATE_NOOP("Data",
                          "Hyperscale AI data centres; the industry average is 1.58 (Uptime 2023), Google's fleet "
                          "1.09."),
        QT_TRANSLATE_NOOP("Data", "Google: 60% of AI energy 2019-2021 went to inference."),
        QT_TRANSLATE_NOOP("Data", "IEA's 183 TWh for US data centres in 2024 less the default AI load (18 TWh)."),
        QT_TRANSLATE_NOOP("Data", "EPRI's moderate scenario: 5% a year."),
        QT_TRANSLATE_NOOP("Data", "Retail sales plus direct use, 2024."),
        QT_TRANSLATE_NOOP("Data",
                          "Low end of EIA's 0.9-1.6% a year, because EIA's total includes the data centres grown "
                          "separately here."),
        QT_TRANSLATE_NOOP("Data", "Industrial price, 2023: what large data centres pay."),
        QT_TRANSLATE_NOOP("Data", "Real prices held flat: costs are in 2023 money."),
        QT_TRANSLATE_NOOP("Data", "500 mL per 50 answers at the seed article's 2.5 Wh per answer: 10 mL per 2.5 Wh."),
        QT_TRANSLATE_NOOP("Data",
                          "2,290 tCO2eq over 7.7 million H100-hours at 700 W (5.39 GWh): a location-based US grid "
                          "figure."),
        QT_TRANSLATE_NOOP("Data", "The grid's carbon intensity falls 2% a year as renewables grow."),
        QT_TRANSLATE_NOOP("Data",
                          "About 1.49 trillion kWh of residential use over about 494 million households; neither "
                          "figure is checked here."),
        QT_TRANSLATE_NOOP("Data",
                          "Chosen so the 2024 AI load (9 TWh) is about a tenth of China's 102 TWh of data centres, "
                          "as for the US."),
        QT_TRANSLATE_NOOP("Data", "As for the US: 50% a year."),
        QT_TRANSLATE_NOOP("Data", "Active parameters held flat, as for the US."),
        QT_TRANSLATE_NOOP("Data", "As for the US: answers grow 20% longer a year."),
        QT_TRANSLATE_NOOP("Data", "H100-class accelerator."),
        QT_TRANSLATE_NOOP("Data", "As for the US: 30% a year."),
        QT_TRANSLATE_NOOP("Data", "IEA's 102 TWh for China's data centres in 2024 less the default AI load (9 TWh)."),
        QT_TRANSLATE_NOOP("Data",
                          "IEA: China's data centres grow 170% from 2024 to 2030 (about 18% a year); the non-AI "
                          "part a little slower."),
        QT_TRANSLATE_NOOP("Data", "National consumption grew 5% in 2025."),
        QT_TRANSLATE_NOOP("Data", "0.088 USD per kWh at 7.0809 CNY per USD (Federal Reserve G.5A, 2023)."),
        QT_TRANSLATE_NOOP("Data", "Real prices held flat."),
        QT_TRANSLATE_NOOP("Data", "The US figure (10 mL per 2.5 Wh); no China-specific figure in the sources."),
        QT_TRANSLATE_NOOP("Data",
                          "A coal-heavy grid; set near published national averages (0.55-0.58 kg/kWh), not checked "
                          "here."),
        QT_TRANSLATE_NOOP("Data", "Falls 3% a year with rapid wind and solar build-out."),
        QT_TRANSLATE_NOOP("Data", "A typical EU household's use; not checked here."),
        QT_TRANSLATE_NOOP("Data",
                          "Chosen so the 2024 AI load (5.5 TWh) is about 8% of Europe's 68 TWh of data centres."),
        QT_TRANSLATE_NOOP("Data",
                          "IEA's 68 TWh for Europe (wider than the EU) in 2024 less the default AI load (5.5 TWh)."),
        QT_TRANSLATE_NOOP("Data", "IEA: Europe 68 to 113 TWh from 2024 to 2030 (about 9% a year including AI)."),
        QT_TRANSLATE_NOOP("Data", "2024 generation, used for consumption (net imports are small)."),
        QT_TRANSLATE_NOOP("Data", "EU demand has been flat for a decade; electrification adds about 1% a year."),
        QT_TRANSLATE_NOOP("Data",
                          "Large non-household users in 2024 paid roughly 0.12-0.20 EUR/kWh; not checked here."),
        QT_TRANSLATE_NOOP("Data", "The US figure (10 mL per 2.5 Wh); no EU-specific figure in the sources."),
        QT_TRANSLATE_NOOP("Data",
                          "About a third of the US figure's fossil share (29% fossil generation in 2024); not "
                          "checked here."),
        QT_TRANSLATE_NOOP("Data", "Falls 5% a year as coal closes."),
        QT_TRANSLATE_NOOP("Data", "A rough world-average household; the comparison is for talks only."),
        QT_TRANSLATE_NOOP("Data",
                          "Chosen so the 2024 AI load (46 TWh) is about 11% of the world's 415 TWh of data centres."),
        QT_TRANSLATE_NOOP("Data", "IEA's 415 TWh for 2024 less the default AI load (46 TWh)."),
        QT_TRANSLATE_NOOP("Data", "IEA: 415 to 945 TWh from 2024 to 2030 (about 15% a year including AI)."),
        QT_TRANSLATE_NOOP("Data", "World demand grew 4% in 2024; a little less without data centres."),
        QT_TRANSLATE_NOOP("Data", "A round world figure between China's 0.088 and the EU's 0.15-0.20 per kWh."),
        QT_TRANSLATE_NOOP("Data", "The US figure (10 mL per 2.5 Wh)."),
        QT_TRANSLATE_NOOP("Data", "Near the world average grid intensity of recent years; not checked here."),
        QT_TRANSLATE_NOOP("Data", "Falls 2% a year as renewables grow, the pace assumed for the US."),
        QT_TRANSLATE_NOOP("Data",
                          "The article says GPT-3's training took \"128.7 度\"; its source (Patterson et al. 2021) "
                          "says 1,287 MWh, that is 128.7 万度."),
        QT_TRANSLATE_NOOP("Data", "Weakly verified: quoted, not read."),
    };
    return texts;
}

} // namespace gridshare::gui
