// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/what_it_takes_panel.h"

#include "common/data_text.h"
#include "common/quantity_text.h"
#include "document/citation_text.h"
#include "document/parameter_presentation.h"
#include "gui/themes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gridshare::gui {
namespace {

bool isShare(const QString& output)
{
    return output.endsWith(QStringLiteral("_share"));
}

} // namespace

WhatItTakesPanel::WhatItTakesPanel(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), output_(new QComboBox(this)), target_(new QLineEdit(this)),
      year_(new QComboBox(this)), param_(new QComboBox(this)), result_(new QLabel(this)),
      apply_(new QPushButton(tr("Apply this value"), this)), claims_(new QLabel(this))
{
    output_->addItem(tr("AI share of electricity (%)"), QStringLiteral("ai_share"));
    output_->addItem(tr("Data-centre share (%)"), QStringLiteral("datacenter_share"));
    output_->addItem(tr("AI electricity (TWh)"), QStringLiteral("ai_twh"));
    for (const auto& ps : paramSpecs())
        param_->addItem(presentation(ps.param).label, static_cast<int>(ps.param));
    param_->setCurrentIndex(param_->findData(static_cast<int>(Param::QueryGrowth)));
    target_->setText(locale().toString(10));
    target_->setAccessibleName(tr("Target value"));
    result_->setWordWrap(true);
    result_->setTextFormat(Qt::RichText);
    result_->setObjectName(QStringLiteral("goalSeekResult"));
    claims_->setWordWrap(true);
    claims_->setTextFormat(Qt::RichText);
    claims_->setObjectName(QStringLiteral("claims"));
    claims_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    claims_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (QComboBox* box : {output_, year_, param_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Result"), output_);
    form->addRow(tr("reaches"), target_);
    form->addRow(tr("in"), year_);
    form->addRow(tr("by changing"), param_);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<h3>What it takes</h3>"), this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(result_);
    layout->addWidget(apply_);
    layout->addSpacing(8);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(claims_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);

    connect(output_, &QComboBox::currentIndexChanged, this, &WhatItTakesPanel::recompute);
    connect(year_, &QComboBox::currentIndexChanged, this, &WhatItTakesPanel::recompute);
    connect(param_, &QComboBox::currentIndexChanged, this, &WhatItTakesPanel::recompute);
    connect(target_, &QLineEdit::editingFinished, this, &WhatItTakesPanel::recompute);
    connect(apply_, &QPushButton::clicked, this, [this] {
        if (answer_)
            document_->setValue(static_cast<Param>(param_->currentData().toInt()), *answer_);
    });
    // Goal seeks take a few milliseconds (a dozen or more per change): answer while the panel is
    // shown, and on showing it or being asked; a hidden panel, as at start-up, computes nothing.
    connect(document_, &ScenarioDocument::changed, this, [this] {
        if (isVisible())
            recompute();
        else
            stale_ = true;
    });
}

void WhatItTakesPanel::showEvent(QShowEvent* event)
{
    recompute();
    QWidget::showEvent(event);
}

std::optional<double> WhatItTakesPanel::answer()
{
    recomputeIfStale();
    return answer_;
}

QStringList WhatItTakesPanel::claimRows()
{
    recomputeIfStale();
    return claimRows_;
}

void WhatItTakesPanel::recomputeIfStale()
{
    if (stale_)
        recompute();
}

void WhatItTakesPanel::ask(const QString& output, const QString& target, int year, Param param)
{
    recomputeIfStale(); // the list of years comes with the first answer
    output_->setCurrentIndex(output_->findData(output));
    target_->setText(target);
    year_->setCurrentIndex(year_->findData(year));
    param_->setCurrentIndex(param_->findData(static_cast<int>(param)));
    recompute();
}

QString WhatItTakesPanel::describeValue(Param p, double value) const
{
    return formatValue(p, value, locale()) + QLatin1Char(' ') + displayUnit(presentation(p), document_->currency());
}

void WhatItTakesPanel::recompute()
{
    const SnapshotPtr& snapshot = document_->snapshot();
    if (!snapshot)
        return;
    stale_ = false;
    ++recomputes_;
    const ScenarioSnapshot& s = *snapshot;

    // Keep the year list in step with the scenario's years.
    const int chosenYear = year_->currentData().isValid() ? year_->currentData().toInt() : s.evaluation.endYear;
    if (year_->count() != static_cast<int>(s.evaluation.years.size())
        || year_->itemData(0).toInt() != s.evaluation.baseYear) {
        const QSignalBlocker block(year_);
        year_->clear();
        for (const auto& y : s.evaluation.years)
            year_->addItem(QString::number(y.year), y.year);
        const int index = year_->findData(chosenYear);
        year_->setCurrentIndex(index >= 0 ? index : year_->count() - 1);
    }

    const Param param = static_cast<Param>(param_->currentData().toInt());
    const QString outputKey = output_->currentData().toString();
    const auto output = outputFromKey(outputKey.toStdString());
    const auto typed =
        parseQuantity(target_->text(), isShare(outputKey) ? QuantityStyle::Percent : QuantityStyle::Plain, locale());
    answer_.reset();
    if (!typed || !output) {
        result_->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                             .arg(refusalColour(palette()).name(),
                                  tr("\"%1\" is not a number.").arg(target_->text().toHtmlEscaped())));
        apply_->setEnabled(false);
        fillClaims(s, param);
        return;
    }
    const int year = year_->currentData().toInt();
    const GoalSeekResult seek = goalSeek(s.resolved, param, *output, year, *typed);
    const QString why =
        provenanceClause(s.defaultProvenance[static_cast<std::size_t>(param)], s.citations, document_->data());
    const QString name = presentation(param).label;
    QString refusal;
    if (seek.value) {
        answer_ = seek.value;
        refusal = document_->refusalOf(param, *seek.value);
        result_->setText(tr("<p><b style=\"font-size:large\">%1: %2</b></p><p>Now %3; %4.</p>")
                             .arg(name.toHtmlEscaped(), describeValue(param, *seek.value),
                                  describeValue(param, s.resolved.values[param]), why)
                         + (refusal.isEmpty() ? QString()
                                              : QStringLiteral("<p style=\"color:%1\">%2</p>")
                                                    .arg(refusalColour(palette()).name(), refusal.toHtmlEscaped())));
    } else {
        auto format = [&](double v) {
            return isShare(outputKey) ? locale().toString(v * 100, 'f', 2) + QStringLiteral(" %")
                                      : tr("%1 TWh").arg(locale().toString(v, 'f', 1));
        };
        result_->setText(tr("<p><b>No value of %1 reaches it.</b> Across its valid range the result in %2 stays "
                            "between %3 and %4.</p><p>Now %5; %6.</p>")
                             .arg(name.toHtmlEscaped())
                             .arg(year)
                             .arg(format(seek.reachableLow), format(seek.reachableHigh),
                                  describeValue(param, s.resolved.values[param]), why));
    }
    // Apply never sets a value the scenario's range leaves out: a file of it would not open again.
    apply_->setEnabled(answer_.has_value() && refusal.isEmpty());
    fillClaims(s, param);
}

void WhatItTakesPanel::fillClaims(const ScenarioSnapshot& s, Param param)
{
    QString html = tr("<p><b>What each published projection needs</b> of %1, everything else as it is now:</p>")
                       .arg(presentation(param).label.toHtmlEscaped());
    claimRows_.clear();
    auto twh = [this](double v) { return tr("%1 TWh").arg(locale().toString(v, 'g', 3)); };
    for (const Projection* p : s.projections) {
        const bool ai = p->scope == ProjectionScope::AiOnly;
        // A projection given only in TWh is tested in TWh, not through a share of our denominator.
        const bool inShares = p->share.has_value();
        const ValueRange said = inShares ? *p->share : p->twh.value_or(ValueRange{});
        const auto format = [&](double v) { return inShares ? formatPercent(v, locale()) : twh(v); };
        const auto number = s.citations.numberOf(p->source);
        const QString says =
            said.isRange() ? format(said.low) + QStringLiteral("–") + format(said.high) : format(said.low);
        const QString who = QStringLiteral("[%1] %2, %3 (%4): %5")
                                .arg(number ? QString::number(*number) : QStringLiteral("–"), dataText(p->label))
                                .arg(p->year)
                                .arg(ai ? tr("AI") : tr("data centres"), says);
        QStringList needs;
        if (p->year < s.evaluation.baseYear || p->year > s.evaluation.endYear) {
            needs.append(tr("outside %1–%2").arg(s.evaluation.baseYear).arg(s.evaluation.endYear));
        } else {
            const char* key = inShares ? (ai ? "ai_share" : "datacenter_share") : (ai ? "ai_twh" : "datacenter_twh");
            const auto output = *outputFromKey(key);
            const std::vector<double> targets =
                said.isRange() ? std::vector<double>{said.low, said.high} : std::vector<double>{said.low};
            for (double target : targets) {
                const auto seek = goalSeek(s.resolved, param, output, p->year, target);
                const QString value = seek.value ? describeValue(param, *seek.value)
                                                 : tr("out of reach (%1 to %2 possible)")
                                                       .arg(format(seek.reachableLow), format(seek.reachableHigh));
                needs.append(targets.size() > 1 ? format(target) + QStringLiteral(" → ") + value : value);
            }
        }
        claimRows_.append(who + QStringLiteral(" | ") + needs.join(QStringLiteral("; ")));
        QStringList escaped;
        for (const QString& need : needs)
            escaped.append(QStringLiteral("&nbsp;&nbsp;→ <b>%1</b>").arg(need.toHtmlEscaped()));
        html += QStringLiteral("<p>%1<br/>%2</p>").arg(who.toHtmlEscaped(), escaped.join(QStringLiteral("<br/>")));
    }
    if (s.projections.empty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(noProjectionsSentence(s.regionName).toHtmlEscaped());
    claims_->setText(html);
}

} // namespace gridshare::gui
