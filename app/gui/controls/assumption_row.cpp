// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/assumption_row.h"

#include "gui/controls/elided_label.h"
#include "gui/themes.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace gridshare::gui {

AssumptionRow::AssumptionRow(Param param, QWidget* parent)
    : ParameterField(param, parent), unit_(new ElidedLabel(QString(), this)), reset_(new QToolButton(this))
{
    const auto& p = presentation(param);
    // One line: a wrapped label beside the badge would overlap the row below (Qt's height-for-width
    // does not reach through the nested layout).
    // Names and ranges give way in a narrow panel (cut with "…", whole in the tooltip), so the
    // badge and the buttons beside them always show.
    auto* label = new ElidedLabel(p.label, this);
    label->setBuddy(edit());
    const ParamSpec& s = spec(param);
    auto* range = new ElidedLabel(
        formatValue(param, s.min, locale()) + QStringLiteral(" – ") + formatValue(param, s.max, locale()), this);
    range->setObjectName(QStringLiteral("validRange"));
    range->setDescription(tr("Valid range"));
    rangeLabel_ = range;
    showAsMutedText(rangeLabel_, palette()); // readable in every theme (themes.h)
    reset_->setText(QStringLiteral("↺"));
    reset_->setToolTip(tr("Reset %1 to its default").arg(p.label));
    reset_->setAccessibleName(tr("Reset %1").arg(p.label));
    reset_->setAccessibleDescription(reset_->toolTip());
    edit()->setFixedWidth(edit()->minimumWidth() + 12);
    rangeEditor()->setTabAfter(reset_);                                                        // as focusOrder() has it
    unit_->setKeepWholeUpTo(edit()->fontMetrics().horizontalAdvance(QStringLiteral("MMMMM"))); // "FLOP/s" stays whole

    auto* title = new QHBoxLayout;
    title->addWidget(label, 1);
    title->addWidget(sourceBadge(), 0, Qt::AlignTop);
    auto* value = new QHBoxLayout;
    value->addWidget(edit());
    value->addWidget(unit_);
    value->addSpacing(6);
    value->addWidget(range, 1);
    value->addWidget(rangeEditor()->toggle());
    value->addWidget(reset_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 3, 0, 3);
    layout->setSpacing(2);
    layout->addLayout(title);
    layout->addLayout(value);
    layout->addWidget(rangeEditor());
    layout->addWidget(refusalHint());

    connect(reset_, &QToolButton::clicked, this, [this] { emit resetRequested(this->param()); });
}

QList<QWidget*> AssumptionRow::focusOrder() const
{
    return QList<QWidget*>{edit(), rangeEditor()->toggle(), reset_} + rangeEditor()->boxes();
}

void AssumptionRow::showValue(double modelValue, const QString& currency, bool isDefault)
{
    edit()->showValue(modelValue);
    unit_->setFullText(displayUnit(presentation(param()), currency));
    reset_->setEnabled(!isDefault);
}

void AssumptionRow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showAsMutedText(rangeLabel_, palette()); // readable in every theme (themes.h)
}

} // namespace gridshare::gui
