// SPDX-License-Identifier: GPL-3.0-or-later
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
        QT_TRANSLATE_NOOP("Data", "1 / 1.0817 USD per EUR, the 2023 annual average."),
        QT_TRANSLATE_NOOP("Data", "\"每天需要处理超过2亿次请求\"; de Vries (2023) gives 195 million."),
        QT_TRANSLATE_NOOP("Data",
                          "Chosen so the engine gives the article's 2.5 Wh per request (500,000 kWh / 200 million) "
                          "on Epoch's hardware: about 8 times Epoch's 500-token answer."),
        QT_TRANSLATE_NOOP("Data", "The article's 500,000 kWh a day is serving only."),
        QT_TRANSLATE_NOOP("Data", "US commercial 0.147 USD = 1.06 CNY per kWh, the article's conversion."),
        QT_TRANSLATE_NOOP("Data", "Google reported 33x in one year; 50% a year is a sustained pace well below that "
                                  "(assumption)."),
        QT_TRANSLATE_NOOP("Data", "From a slow 20% a year to a doubling every year."),
        QT_TRANSLATE_NOOP("Data", "From 25% to 100% a year."),
        QT_TRANSLATE_NOOP("Data",
                          "Chosen so the engine gives 8.9 Wh per search (the high end of de Vries's 6.9-8.9 Wh) on "
                          "Epoch's hardware."),
        QT_TRANSLATE_NOOP("Data", "Held flat: the case is a what-if for one year, repeated."),
        QT_TRANSLATE_NOOP("Data", "Held flat, as above."),
        QT_TRANSLATE_NOOP("Data", "The estimate counts serving only."),
        QT_TRANSLATE_NOOP("Data", "just under 3%"),
        QT_TRANSLATE_NOOP("Data",
                          "Active parameters held flat: mixture-of-experts models grow in total, not active, size."),
        QT_TRANSLATE_NOOP("Data", "Answers grow 20% longer a year as reasoning models spread."),
        QT_TRANSLATE_NOOP("Data", "NVIDIA H100, dense BF16."),
        QT_TRANSLATE_NOOP("Data", "H100 (700 W TDP) plus its share of the server."),
        QT_TRANSLATE_NOOP("Data",
                          "FLOP per joule improves 30% a year; NVIDIA's 25x for GB200 and Google's 33x in one year "
                          "are one-off steps, not trends."),
        QT_TRANSLATE_NOOP("Data", "Retail sales plus direct use, 2024."),
        QT_TRANSLATE_NOOP("Data",
                          "Low end of EIA's 0.9-1.6% a year, because EIA's total includes the data centres grown "
                          "separately here."),
        QT_TRANSLATE_NOOP("Data", "Industrial price, 2023: what large data centres pay."),
        QT_TRANSLATE_NOOP("Data", "Real prices held flat: costs are in 2023 money."),
        QT_TRANSLATE_NOOP("Data", "The grid's carbon intensity falls 2% a year as renewables grow."),
        QT_TRANSLATE_NOOP("Data", "Active parameters held flat, as for the US."),
        QT_TRANSLATE_NOOP("Data", "As for the US: answers grow 20% longer a year."),
        QT_TRANSLATE_NOOP("Data", "H100-class accelerator."),
        QT_TRANSLATE_NOOP("Data", "As for the US: 30% a year."),
        QT_TRANSLATE_NOOP("Data", "0.088 USD per kWh at 7.0809 CNY per USD (Federal Reserve G.5A, 2023)."),
        QT_TRANSLATE_NOOP("Data", "Real prices held flat."),
        QT_TRANSLATE_NOOP("Data", "Falls 3% a year with rapid wind and solar build-out."),
        QT_TRANSLATE_NOOP("Data", "A typical EU household's use; not checked here."),
        QT_TRANSLATE_NOOP("Data", "2024 generation, used for consumption (net imports are small)."),
        QT_TRANSLATE_NOOP("Data", "EU demand has been flat for a decade; electrification adds about 1% a year."),
        QT_TRANSLATE_NOOP("Data",
                          "Large non-household users in 2024 paid roughly 0.12-0.20 EUR/kWh; not checked here."),
        QT_TRANSLATE_NOOP("Data", "Falls 5% a year as coal closes."),
        QT_TRANSLATE_NOOP("Data", "A rough world-average household; the comparison is for talks only."),
        QT_TRANSLATE_NOOP("Data", "A round world figure between China's 0.088 and the EU's 0.15-0.20 per kWh."),
        QT_TRANSLATE_NOOP("Data", "Falls 2% a year as renewables grow, the pace assumed for the US."),
        QT_TRANSLATE_NOOP("Data",
                          "The article says GPT-3's training took \"128.7 度\"; its source (Patterson et al. 2021) "
                          "says 1,287 MWh, that is 128.7 万度."),
        QT_TRANSLATE_NOOP("Data", "\"Just under 3%\"."),
        QT_TRANSLATE_NOOP("Data", "\"Nearly 600 TWh\" by 2030, reported in early 2025 (month not verified)."),
        QT_TRANSLATE_NOOP("Data", "\"Over 8%\", from 4% in 2023; dated by the press report (September 2025)."),
        QT_TRANSLATE_NOOP("Data", "0.43 Wh in the paper's second version; 0.42 Wh in the revised one."),
        QT_TRANSLATE_NOOP(
            "Data",
            "14,942亿 kWh of residential use in 2024 (NEA) over 494.16 million family households (2020 census)."),
        QT_TRANSLATE_NOOP("Data", "140 TWh growing about 20% a year, as S&P Global expects."),
        QT_TRANSLATE_NOOP("Data", "15 GW of 470 GW average demand in 2023, 45 GW of 567 GW in 2030."),
        QT_TRANSLATE_NOOP("Data", "330 million of them from the United States."),
        QT_TRANSLATE_NOOP("Data", "36% above the April 2025 outlook; about 40 GW now."),
        QT_TRANSLATE_NOOP("Data", "39% and 73% a year give about 9% and 17% in 2030."),
        QT_TRANSLATE_NOOP(
            "Data",
            "399 and 565 tokens give 0.24 Wh (Google, measured) and 0.34 Wh (OpenAI, stated) on Epoch's hardware."),
        QT_TRANSLATE_NOOP("Data", "415 TWh plus the 17% rise IEA reports for 2025."),
        QT_TRANSLATE_NOOP("Data", "782 TWh for data centres and 5G base stations less 297 TWh for the base stations."),
        QT_TRANSLATE_NOOP("Data", "8.6% of US electricity demand in 2035."),
        QT_TRANSLATE_NOOP("Data", "A conditional warning (\"if progress isn't made\"), not a forecast."),
        QT_TRANSLATE_NOOP("Data", "A conditional warning, not a forecast; its \"4% today\" is the share of all data "
                                  "centres, not of AI alone."),
        QT_TRANSLATE_NOOP("Data", "AI servers worldwide."),
        QT_TRANSLATE_NOOP("Data", "AI-optimised servers."),
        QT_TRANSLATE_NOOP("Data", "About 9 billion Google searches a day, worldwide."),
        QT_TRANSLATE_NOOP("Data", "Abstract read; the release month (June 2026) comes from a press report."),
        QT_TRANSLATE_NOOP("Data", "As for the US: below Google's 2019-2021 40% because IEA (2026) says AI's energy has "
                                  "shifted decisively to inference."),
        QT_TRANSLATE_NOOP("Data", "Average residential customer, 2022; the seed article's \"17,000 households\" "
                                  "matches it. EIA gave 10,715 kWh for 2020."),
        QT_TRANSLATE_NOOP("Data", "China's grid, 2024 (Ember); not found in the text read here. Ember's 2023 figure, "
                                  "582 g, was read and the intensity is falling."),
        QT_TRANSLATE_NOOP("Data", "Chosen so AI electricity grows 30% a year, IEA's rate for accelerated servers, with "
                                  "answers 20% longer and FLOP per joule 30% better each year."),
        QT_TRANSLATE_NOOP("Data",
                          "Chosen so AI electricity grows about 36% a year, the pace of Gartner's AI-optimised servers "
                          "(93 to 432 TWh, 2025-2030), with answers 20% longer and FLOP per joule 30% better each "
                          "year. IEA's worldwide 30% would leave the US below LBNL's 2028 low case (325 TWh)."),
        QT_TRANSLATE_NOOP("Data", "Data centres, cryptocurrencies and AI together."),
        QT_TRANSLATE_NOOP("Data", "Data centres, cryptocurrencies and AI together; base case just over 800 TWh."),
        QT_TRANSLATE_NOOP("Data", "Data-centre power demand; average hourly demand 16 GWh."),
        QT_TRANSLATE_NOOP(
            "Data", "Data-centre shares are of China's whole-society consumption (NEA). There is no official metered "
                    "data-centre series: estimates for 2024 run from about 100 TWh (IEA) to 140 TWh (S&P Global)."),
        QT_TRANSLATE_NOOP("Data", "Data-centre shares are of EU generation (about 2,730 TWh in 2024, Ember), used for "
                                  "consumption because net imports are small."),
        QT_TRANSLATE_NOOP("Data", "Data-centre shares are of US consumption (retail sales plus direct use, EIA), the "
                                  "denominator LBNL and EPRI use."),
        QT_TRANSLATE_NOOP(
            "Data", "Data-centre shares are of world end-use consumption on IEA's basis (about 27,700 TWh in 2024), so "
                    "they match IEA's published shares; Ember's generation-based 30,856 TWh is larger."),
        QT_TRANSLATE_NOOP(
            "Data",
            "EEA: EU electricity in 2023 was 58% less carbon-intensive than in 1990 (510 g/kWh); 2024 is lower still."),
        QT_TRANSLATE_NOOP(
            "Data", "EIA's FAQ gave 10,715 kWh for 2020 (read); the 2022 figure was not found in the text read here."),
        QT_TRANSLATE_NOOP("Data", "EIA's forecast for 2025 (October 2025 edition)."),
        QT_TRANSLATE_NOOP("Data", "Ember's demand is generation plus net imports, so it is larger than the end-use "
                                  "consumption IEA divides by. The 2023 and 2024 demand figures come from two "
                                  "editions, which is why they imply +4.7% rather than the +4.0% Ember reports."),
        QT_TRANSLATE_NOOP(
            "Data",
            "Epoch's assumption for AI data centres; China's average was 1.48 in 2023 (BloombergNEF, via Caixin)."),
        QT_TRANSLATE_NOOP("Data", "Epoch's assumption for hyperscale AI data centres; the industry average is "
                                  "1.54-1.58 (Uptime 2023, 2025), Google's fleet 1.09."),
        QT_TRANSLATE_NOOP("Data", "Epoch's assumption, not a measurement."),
        QT_TRANSLATE_NOOP("Data", "Epoch's assumption: average power is 70% of peak."),
        QT_TRANSLATE_NOOP("Data", "Europe, a wider region than the EU."),
        QT_TRANSLATE_NOOP("Data", "Europe."),
        QT_TRANSLATE_NOOP("Data", "Found by goal seek: with every other US default, 60% a year puts data centres at "
                                  "about 13% of US electricity in 2030, the middle of EPRI's 9-17%."),
        QT_TRANSLATE_NOOP("Data", "Found by goal seek: with every other US default, 96% a year puts AI at about 22.5% "
                                  "of US electricity in 2030, the middle of 20-25%."),
        QT_TRANSLATE_NOOP("Data", "Four scenarios, 3.7-15% growth a year from about 152 TWh in 2023."),
        QT_TRANSLATE_NOOP("Data", "From 1-2% in 2023; dated by the press report (September 2025)."),
        QT_TRANSLATE_NOOP("Data", "Google's 2019-2021 split was about 40% training (Patterson et al. 2022; the split "
                                  "itself not verified here); IEA (2026) says AI's energy has \"shifted decisively "
                                  "from training to inference\", and no measured 2024 share exists."),
        QT_TRANSLATE_NOOP("Data", "IEA expects world demand to grow 3.9% a year in 2025-2027, data centres included; "
                                  "without them about 3.7%."),
        QT_TRANSLATE_NOOP("Data",
                          "IEA's 102 TWh for China's data centres in 2024 less the default AI load (20.39 TWh)."),
        QT_TRANSLATE_NOOP("Data", "IEA's 183 TWh for US data centres in 2024 less the default AI load (36.08 TWh)."),
        QT_TRANSLATE_NOOP("Data", "IEA's 415 TWh for 2024 less the default AI load (83.13 TWh)."),
        QT_TRANSLATE_NOOP("Data", "IEA's 70 TWh for EU data centres in 2024, as the Commission quotes it, less the "
                                  "default AI load (10.51 TWh)."),
        QT_TRANSLATE_NOOP("Data", "IEA's denominator: its 415 TWh is \"around 1.5%\" of global electricity "
                                  "consumption, so about 27,700 TWh of end-use consumption. Ember's 30,856 TWh counts "
                                  "generation plus imports and would make every share about 10% smaller than IEA's."),
        QT_TRANSLATE_NOOP("Data", "IEA: conventional servers grow about 9% a year (52% from 2025 to 2030)."),
        QT_TRANSLATE_NOOP("Data", "IEA: conventional servers' electricity grows 52% from 2025 to 2030, about 9% a "
                                  "year; EPRI's old 5% was the rate of all data-centre load, not of the non-AI part."),
        QT_TRANSLATE_NOOP("Data", "LBNL 2024 pairs 325 TWh with 74 GW and 580 TWh with 132 GW of capacity for US data "
                                  "centres in 2028: 325 / 8.76 / 74 = 0.50 and 580 / 8.76 / 132 = 0.50."),
        QT_TRANSLATE_NOOP("Data", "LBNL 2024's US ratio of average load to capacity (325 TWh with 74 GW, 580 TWh with "
                                  "132 GW: 0.50); no figure for this region in the sources."),
        QT_TRANSLATE_NOOP("Data", "Measured by Google in its own fleet; Google says the figures are not verified by an "
                                  "independent third party. Water is on-site only."),
        QT_TRANSLATE_NOOP(
            "Data",
            "Measured by Google in its own fleet; not verified by a third party. 0.10 Wh for the accelerators alone."),
        QT_TRANSLATE_NOOP("Data", "Medium scenario."),
        QT_TRANSLATE_NOOP("Data", "NEA publishes growth rates for internet and IT services but no data-centre total."),
        QT_TRANSLATE_NOOP("Data", "National consumption grew 5.0% in 2025 (103,682亿 kWh)."),
        QT_TRANSLATE_NOOP("Data", "No EU figure was found: the US figure (on-site cooling plus generation, LBNL 2023) "
                                  "stands in. Generation water depends on the mix, so this is uncertain."),
        QT_TRANSLATE_NOOP("Data", "No figure for China was found: the US figure (on-site cooling plus generation, LBNL "
                                  "2023) stands in. Generation water depends on the mix, so this is uncertain."),
        QT_TRANSLATE_NOOP("Data", "No world figure was found: the US figure (on-site cooling plus generation, LBNL "
                                  "2023) stands in. Generation water depends on the mix, so this is uncertain."),
        QT_TRANSLATE_NOOP("Data", "Not a count of requests: all AI work on China's grid in 2024 expressed as typical "
                                  "0.3 Wh requests, chosen so AI is 20% of China's 102 TWh of data centres, the middle "
                                  "of the published shares; no China-specific share was found."),
        QT_TRANSLATE_NOOP(
            "Data", "Not a count of requests: all AI work on the EU grid in 2024 expressed as typical 0.3 Wh requests, "
                    "chosen so AI is 15% of the EU's 70 TWh of data centres: the low end of the published shares "
                    "(IEA's accelerated servers without overhead), as Europe hosts fewer accelerators than the US."),
        QT_TRANSLATE_NOOP(
            "Data",
            "Not a count of requests: all AI work on the US grid in 2024 (chat, search, recommendation, enterprise "
            "use, idle capacity) expressed as typical 0.3 Wh requests, chosen so AI is 20% of the 183 TWh of US data "
            "centres. Published AI shares run from 10-20% (EPRI, US, 2024) and 14% (Goldman Sachs) to 21% (Gartner, "
            "2025); 20% is their middle. For scale, ChatGPT served 2.5 billion prompts a day worldwide in July 2025."),
        QT_TRANSLATE_NOOP("Data", "Not a count of requests: all AI work worldwide in 2024 expressed as typical 0.3 Wh "
                                  "requests, chosen so AI is 20% of the world's 415 TWh of data centres, the middle of "
                                  "the published shares (14% Goldman Sachs, 21% Gartner for 2025)."),
        QT_TRANSLATE_NOOP(
            "Data", "Over 1.3 quadrillion tokens a month across Google's AI products, input and output together."),
        QT_TRANSLATE_NOOP("Data", "Over 2.5 billion prompts a day worldwide, OpenAI to Axios, July 2025."),
        QT_TRANSLATE_NOOP("Data",
                          "3.2 quadrillion tokens a month across Google's surfaces, input and output together."),
        QT_TRANSLATE_NOOP("Data", "About 480 trillion tokens a month at Google I/O 2025."),
        QT_TRANSLATE_NOOP("Data", "Every accelerator sold by NVIDIA, Google, Amazon, AMD and Huawei up to the end of "
                                  "2025, counted in H100s of the same peak 8-bit compute."),
        QT_TRANSLATE_NOOP("Data", "One year's shipments, not the installed base."),
        QT_TRANSLATE_NOOP("Data", "About 415 TWh in 2024, an average of 47 GW."),
        QT_TRANSLATE_NOOP("Data",
                          "415 TWh plus the 17% rise IEA reports for 2025: about 485 TWh, an average of 55 GW."),
        QT_TRANSLATE_NOOP("Data",
                          "Read in a copy of Epoch AI's post and of the explorer's FAQ, not on epoch.ai itself."),
        QT_TRANSLATE_NOOP("Data", "Pichai: \"Some out there might call this tokenmaxxing, and there's probably some "
                                  "truth to it.\""),
        QT_TRANSLATE_NOOP("Data", "Planned data centres; up to about 5% of EU consumption."),
        QT_TRANSLATE_NOOP(
            "Data", "Published by Carbon Brief in April 2025; the government document's own date is not verified."),
        QT_TRANSLATE_NOOP("Data", "Read in a syndicated copy; the underlying government document was not read."),
        QT_TRANSLATE_NOOP("Data", "Read in press reports of the April 2026 release; EIA's own pages were not read."),
        QT_TRANSLATE_NOOP("Data", "Read in press reports of the October 2025 and earlier editions (Reuters); the 2024 "
                                  "total is the same in each."),
        QT_TRANSLATE_NOOP("Data", "Read in press reprints of the release (The Nation, CRN India, Express Computer)."),
        QT_TRANSLATE_NOOP(
            "Data", "Read in press summaries (eFXdata, Axios). The year of the \"3%\" starting point is not verified."),
        QT_TRANSLATE_NOOP("Data", "Read in secondary reports (Current Climate, IET, Sipoch)."),
        QT_TRANSLATE_NOOP("Data",
                          "Reference case 11.8% (649 TWh); the range comes from sensitivity scenarios of 578-782 TWh."),
        QT_TRANSLATE_NOOP("Data", "Regional figures read in a reproduction of the IEA chart (Graphic News); growth "
                                  "figures in secondary reports (Statista, IT Prime News)."),
        QT_TRANSLATE_NOOP(
            "Data",
            "S&P Global expects China's data centres to grow about 20% a year to 2030; with AI at 30% a year the rest "
            "grows 16.7% a year. China's internet services used 21.7% more electricity in 2024 (NEA)."),
        QT_TRANSLATE_NOOP("Data",
                          "Share of US electricity generation; \"60% higher than EPRI's prior 2024 estimates\"."),
        QT_TRANSLATE_NOOP("Data", "Superseded by EPRI's February 2026 analysis (9–17% by 2030)."),
        QT_TRANSLATE_NOOP("Data",
                          "The 165% is on Goldman's own page; the shares were read in press reports of September 2025 "
                          "(RCR Wireless, Glance). The month of the research note is not verified."),
        QT_TRANSLATE_NOOP("Data", "The US default for 2024 grown one year at IEA's 9% for conventional servers; IEA "
                                  "says data-centre use rose 17% worldwide in 2025."),
        QT_TRANSLATE_NOOP("Data", "The US default for 2024 grown one year at its default pace (47%)."),
        QT_TRANSLATE_NOOP("Data", "The article's 500 mL per 50 answers at its 2.5 Wh per answer: 10 mL per request. Li "
                                  "et al., its source, assumed 4 Wh per response, which would be 2.5 L/kWh."),
        QT_TRANSLATE_NOOP("Data", "The capacity the 325-580 TWh need."),
        QT_TRANSLATE_NOOP("Data", "The emissions chapter was read; the release month is not verified."),
        QT_TRANSLATE_NOOP(
            "Data",
            "The increase in US peak demand from data centres over five years (of +166 GW in all), not a level."),
        QT_TRANSLATE_NOOP("Data", "The month of publication is not verified."),
        QT_TRANSLATE_NOOP("Data",
                          "Read in AsianFin's article as reposted by top168.com, which shows no date; it reports the "
                          "BloombergNEF Summit in Beijing of March 2025."),
        QT_TRANSLATE_NOOP(
            "Data", "Power demand as BloombergNEF counts it: beside its 400 TWh for 2035 (46 GW on average) it is "
                    "capacity, not average load."),
        QT_TRANSLATE_NOOP("Data", "The primary source is Patterson et al. 2022 (patterson-2022)."),
        QT_TRANSLATE_NOOP("Data", "The study itself was not read; its exact title is not verified."),
        QT_TRANSLATE_NOOP("Data",
                          "US grid average, 2024 (Ember); not found in the text read here, but EIA's 2020 figure, 854 "
                          "lb/MWh = 387 g/kWh, agrees. Data-centre-weighted intensity is higher (548 g in one study)."),
        QT_TRANSLATE_NOOP(
            "Data", "Water consumed on site for cooling (64 billion L) plus in generating the electricity (800 billion "
                    "L), over 176 TWh of US data centres in 2023. Google's on-site figure alone is about 1.1 L/kWh."),
        QT_TRANSLATE_NOOP("Data", "Water figures read in a press summary (dailywise.app)."),
        QT_TRANSLATE_NOOP("Data",
                          "World average CO2 per kWh generated, 2024 (IEA), falling to 400 g by 2027. Ember's "
                          "life-cycle figure, which counts methane and supply chains, is higher (480 g in 2023)."),
        QT_TRANSLATE_NOOP("Data", "Median consumption of a residential meter, 2024 (a median, not a mean)."),
        QT_TRANSLATE_NOOP("Data", "Not a count of requests: all AI work on this grid in 2024 expressed as typical 0.3 "
                                  "Wh requests, chosen so AI is 15% of its data centres' electricity, IEA's global "
                                  "share for accelerated servers (2024); no share for this grid was found."),
        QT_TRANSLATE_NOOP("Data",
                          "The CSO's metered 6,969 GWh for data centres in 2024 less the default AI load (1.04 TWh)."),
        QT_TRANSLATE_NOOP("Data", "Chosen so data centres reach 30% of metered consumption in 2034, just under "
                                  "EirGrid's 31% for data centres and other new large loads together; the CSO measured "
                                  "10% growth in 2024, but grid limits around Dublin slow new connections."),
        QT_TRANSLATE_NOOP(
            "Data", "Chosen so AI electricity grows 7.5% a year, as fast as Ireland's other data centres, with answers "
                    "20% longer and FLOP per joule 30% better each year: grid limits hold back new connections."),
        QT_TRANSLATE_NOOP("Data", "Metered consumption, 2024: 31,900 GWh."),
        QT_TRANSLATE_NOOP("Data", "Consumption by all users other than data centres grew 3% in 2024 (CSO)."),
        QT_TRANSLATE_NOOP("Data", "Non-household users of 500-1,999 MWh a year, second half of 2024 (Eurostat); large "
                                  "data centres may pay less."),
        QT_TRANSLATE_NOOP("Data", "No figure for this grid was found: the US figure (on-site cooling plus generation, "
                                  "LBNL 2023) stands in. Generation water depends on the mix, so this is uncertain."),
        QT_TRANSLATE_NOOP("Data",
                          "Ireland's grid, 2023, life-cycle basis (Ember and Energy Institute via Our World in Data)."),
        QT_TRANSLATE_NOOP("Data", "Data-centre shares are of Ireland's metered electricity consumption (CSO), the "
                                  "denominator of the CSO's 22%."),
        QT_TRANSLATE_NOOP(
            "Data",
            "Electricity delivered by the grid to an average dwelling, 2024 (provisional); own solar not counted."),
        QT_TRANSLATE_NOOP("Data", "CBS's 5,100 GWh of data centres in 2024 less the default AI load (0.77 TWh)."),
        QT_TRANSLATE_NOOP("Data", "CBS's 5,100 GWh of data centres are 4.6% of Dutch consumption: 5.1 / 0.046 = 110.9 "
                                  "TWh. The energy balance's 407 PJ (113.1 TWh) is a little larger."),
        QT_TRANSLATE_NOOP(
            "Data", "Dutch consumption grew 2% in 2024 with data centres included (CBS); 1% a year for the rest."),
        QT_TRANSLATE_NOOP(
            "Data", "No price for large users in this country was found: the EU's rough 0.15 EUR per kWh stands in."),
        QT_TRANSLATE_NOOP("Data",
                          "No Dutch figure was found in the sources read: the EU's 2023 figure (EEA, derived) stands "
                          "in. The Dutch grid burns more gas than the EU average, so this is likely low."),
        QT_TRANSLATE_NOOP(
            "Data", "Data-centre shares are of Dutch electricity consumption as CBS counts it; CBS's data centres are "
                    "connections whose main activity is a data centre, so in-house server rooms are left out."),
        QT_TRANSLATE_NOOP("Data",
                          "No German figure was found: a typical EU household's use stands in; not checked here."),
        QT_TRANSLATE_NOOP("Data",
                          "Bitkom's AI capacity grows from 530 MW (2024) to 2,020 MW (2030), 25% a year; with answers "
                          "20% longer and FLOP per joule 30% better each year, requests grow 35.3% a year."),
        QT_TRANSLATE_NOOP("Data", "Bitkom's 21.3 TWh for 2025 was 6.5% more than in 2024: 21.3 / 1.065 = 20.0 TWh in "
                                  "2024, less the default AI load (3.00 TWh)."),
        QT_TRANSLATE_NOOP("Data", "Bitkom: IT capacity grows from 2.7 GW (2024) to 4.8 GW (2030), of which AI from "
                                  "0.53 to 2.02 GW; the rest, 2.17 to 2.78 GW, grows 4.2% a year."),
        QT_TRANSLATE_NOOP("Data", "Gross consumption, 2024, including grid losses and power stations' own use."),
        QT_TRANSLATE_NOOP(
            "Data", "German consumption fell in 2023; electrification of heat and transport adds about 1% a year."),
        QT_TRANSLATE_NOOP("Data", "Non-household users of 500-1,999 MWh a year, second half of 2024 (Eurostat); BNetzA "
                                  "gives 0.2016 EUR for 24 GWh a year in April 2024."),
        QT_TRANSLATE_NOOP(
            "Data",
            "CO2 per kWh consumed, 2024 (Umweltbundesamt estimate); Ember's life-cycle figure for 2023 was 381 g."),
        QT_TRANSLATE_NOOP("Data", "Data-centre shares are of Germany's gross electricity consumption (about 512 TWh in "
                                  "2024, AGEB via Statista)."),
        QT_TRANSLATE_NOOP("Data",
                          "Ofgem's typical domestic consumption value for a medium household in Great Britain."),
        QT_TRANSLATE_NOOP("Data", "Data centres use 2.5% of Britain's electricity (Electric Insights): 0.025 x 266 = "
                                  "6.65 TWh in 2024, less the default AI load (1.00 TWh)."),
        QT_TRANSLATE_NOOP("Data", "Chosen so data centres reach about 23 TWh in 2030, between the Tony Blair "
                                  "Institute's 19.6 TWh and NESO's upper 26.2 TWh."),
        QT_TRANSLATE_NOOP("Data", "Electricity use in 2024, as reported by Electric Insights."),
        QT_TRANSLATE_NOOP("Data", "Britain's demand grew 1.7-3% in 2025 with data centres, heat pumps and electric "
                                  "cars included; 1.5% a year for the rest."),
        QT_TRANSLATE_NOOP("Data",
                          "About 0.25 GBP per kWh: UK industrial prices were nearly double the IEA median in the "
                          "second half of 2024 (EIUG, on DESNZ's figures); DESNZ's own table was not read."),
        QT_TRANSLATE_NOOP("Data", "Average CO2 per kWh generated in Britain, 2024."),
        QT_TRANSLATE_NOOP("Data", "Data-centre shares are of Britain's electricity demand as Electric Insights "
                                  "(Imperial College for Drax) counts it: 266 TWh in 2024."),
        QT_TRANSLATE_NOOP("Data",
                          "No Danish figure was found: a typical EU household's use stands in; not checked here."),
        QT_TRANSLATE_NOOP(
            "Data", "About 4% of Denmark's 39 TWh in data centres (1.56 TWh) less the default AI load (0.23 TWh)."),
        QT_TRANSLATE_NOOP("Data", "6,572 kWh per person (Ember data via LowCarbonPower) times about 5.96 million "
                                  "people; Energistyrelsen's own total was not read."),
        QT_TRANSLATE_NOOP("Data",
                          "Heat pumps and electric cars add about 2% a year; consumption set a record in early 2024."),
        QT_TRANSLATE_NOOP("Data", "No Danish price for large users was found: the EU's rough 0.15 EUR per kWh stands "
                                  "in (1.12 DKK at the cited rates)."),
        QT_TRANSLATE_NOOP("Data",
                          "Denmark's grid, 2023, life-cycle basis (Ember and Energy Institute via Our World in Data)."),
        QT_TRANSLATE_NOOP("Data",
                          "Data-centre shares are of Danish electricity consumption, derived from consumption per "
                          "person; the share of about 4% comes from the Danish energy authorities via TV 2."),
        QT_TRANSLATE_NOOP("Data", "Average electricity use of a household, fiscal 2021 (Ministry of the Environment)."),
        QT_TRANSLATE_NOOP("Data", "Wood Mackenzie's 19 TWh for 2024 less the default AI load (2.85 TWh)."),
        QT_TRANSLATE_NOOP(
            "Data", "Chosen so data centres reach about 61.5 TWh in 2034, the middle of Wood Mackenzie's 57-66 TWh."),
        QT_TRANSLATE_NOOP("Data", "Demand in fiscal 2024."),
        QT_TRANSLATE_NOOP("Data", "OCCTO expects 852.4 TWh in fiscal 2034; less Wood Mackenzie's 57-66 TWh of data "
                                  "centres, the rest stays about flat."),
        QT_TRANSLATE_NOOP("Data",
                          "About 20 JPY per kWh for large users; no Japanese price was found in the sources read."),
        QT_TRANSLATE_NOOP("Data", "CO2 per kWh sold by 61 utilities, fiscal 2023."),
        QT_TRANSLATE_NOOP("Data", "Data-centre shares are of Japan's electricity demand on OCCTO's basis (805.9 TWh in "
                                  "fiscal 2024); Wood Mackenzie does not state its denominator."),
        QT_TRANSLATE_NOOP("Data", "A rough figure for an Indian household; not checked here."),
        QT_TRANSLATE_NOOP("Data", "S&P Global's 13 TWh for 2024 less the default AI load (1.94 TWh)."),
        QT_TRANSLATE_NOOP("Data", "Chosen so data centres reach about 48.5 TWh in 2030, the middle of Deloitte's 40-45 "
                                  "and S&P Global's 57 TWh."),
        QT_TRANSLATE_NOOP("Data", "Energy supplied in fiscal 2024-25: 1,692,369 million kWh."),
        QT_TRANSLATE_NOOP("Data", "Energy supplied grew 4.3% from fiscal 2023-24 to 2024-25."),
        QT_TRANSLATE_NOOP("Data",
                          "About 8 INR per kWh for industrial users; no Indian price was found in the sources read."),
        QT_TRANSLATE_NOOP("Data",
                          "CEA's all-India weighted average emission factor, fiscal 2024-25: 0.7117 t CO2 per MWh."),
        QT_TRANSLATE_NOOP("Data", "Data-centre shares are of the energy India supplied in fiscal 2024-25 (1,692 TWh); "
                                  "S&P Global's and Deloitte's shares use other denominators, so compare TWh."),
        QT_TRANSLATE_NOOP("Data", "A rough figure for a Singapore household; not checked here."),
        QT_TRANSLATE_NOOP("Data", "7% of 57 TWh (3.99 TWh) less the default AI load (0.60 TWh)."),
        QT_TRANSLATE_NOOP("Data", "Gross electricity output, 2023, used for 2024 consumption."),
        QT_TRANSLATE_NOOP("Data", "EMA expects consumption to grow 2-5% a year to 2035; the low end, because data "
                                  "centres are grown separately here."),
        QT_TRANSLATE_NOOP("Data", "Average regulated tariff, July 2024 to June 2025: 28.1 cents per kWh; data centres "
                                  "buy in the open market and may pay less."),
        QT_TRANSLATE_NOOP("Data", "Grid emission factor, 2022: 0.42 kg CO2 per kWh."),
        QT_TRANSLATE_NOOP(
            "Data", "Data-centre shares are of Singapore's gross electricity output (57 TWh in 2023, EMA); the 7% "
                    "comes from a minister's statement in May 2024. A 12% for 2030 often quoted has no named source."),
        QT_TRANSLATE_NOOP("Data", "1,165 kWh a month (EIA data for 2018, via iPropertyManagement) times 12."),
        QT_TRANSLATE_NOOP("Data", "EPRI's 25% of 125.1 TWh (31.28 TWh) less the default AI load (4.69 TWh)."),
        QT_TRANSLATE_NOOP(
            "Data",
            "Chosen so data centres reach about 48% of Virginia's consumption in 2030, the middle of EPRI's 39-57%."),
        QT_TRANSLATE_NOOP("Data",
                          "An aggregator's total of EIA data, year not stated; EIA's own state table was not read."),
        QT_TRANSLATE_NOOP("Data", "Near EIA's 0.9-1.6% a year for the US; data centres are grown separately here."),
        QT_TRANSLATE_NOOP("Data", "Commercial price in Virginia, 2023: 8.95 cents per kWh; data centres are mostly "
                                  "billed as commercial customers."),
        QT_TRANSLATE_NOOP("Data", "Carbon intensity of the electricity consumed in Virginia, June 2024 to May 2025, "
                                  "imports included (Ember data via LowCarbonPower)."),
        QT_TRANSLATE_NOOP("Data", "A state inside the US grid: data-centre shares are of Virginia's electricity "
                                  "consumption. EPRI puts data centres at about 25% of it."),
        QT_TRANSLATE_NOOP("Data", "1 / 1.2440 USD per GBP, the 2023 annual average."),
        QT_TRANSLATE_NOOP("Data", "2023 annual average: 6.8900."),
        QT_TRANSLATE_NOOP("Data", "Metered consumption."),
        QT_TRANSLATE_NOOP("Data", "\"Up to 32%\" of Ireland's electricity, an upper bound (via Energy Live News)."),
        QT_TRANSLATE_NOOP("Data", "Data centres and other new technology loads together; 27% now."),
        QT_TRANSLATE_NOOP("Data", "Connections whose main activity is a data centre."),
        QT_TRANSLATE_NOOP("Data", "\"Could reach\": the top of NESO's scenarios."),
        QT_TRANSLATE_NOOP("Data", "Share of electricity generated, on S&P Global's own total."),
        QT_TRANSLATE_NOOP("Data", "\"Currently\" about 25%."),
    };
    return texts;
}

} // namespace gridshare::gui
