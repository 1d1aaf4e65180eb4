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
    : QWidget(parent), param_(param), edit_(new QuantityEdit(param, this)), unit_(new ElidedLabel(QString(), this)),
      hint_(new QLabel(this)), reset_(new QToolButton(this)), badge_(new QToolButton(this)),
      range_(new RangeEditor(param, this))
{
    const auto& p = presentation(param);
    // One line: a wrapped label beside the badge would overlap the row below (Qt's height-for-width
    // does not reach through the nested layout).
    // Names and ranges give way in a narrow panel (cut with "…", whole in the tooltip), so the
    // badge and the buttons beside them always show.
    auto* label = new ElidedLabel(p.label, this);
    label->setBuddy(edit_);
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
    badge_->setAutoRaise(true);
    badge_->setFocusPolicy(Qt::NoFocus);
    hint_->setObjectName(QStringLiteral("refusal"));
    hint_->setWordWrap(true);
    hint_->hide();
    edit_->setFixedWidth(edit_->minimumWidth() + 12);
    unit_->setKeepWholeUpTo(edit_->fontMetrics().horizontalAdvance(QStringLiteral("MMMMM"))); // "FLOP/s" stays whole

    auto* title = new QHBoxLayout;
    title->addWidget(label, 1);
    title->addWidget(badge_, 0, Qt::AlignTop);
    auto* value = new QHBoxLayout;
    value->addWidget(edit_);
    value->addWidget(unit_);
    value->addSpacing(6);
    value->addWidget(range, 1);
    value->addWidget(range_->toggle());
    value->addWidget(reset_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 3, 0, 3);
    layout->setSpacing(2);
    layout->addLayout(title);
    layout->addLayout(value);
    layout->addWidget(range_);
    layout->addWidget(hint_);

    connect(edit_, &QuantityEdit::valueEntered, this, [this](double v) { emit valueEntered(param_, v); });
    showRefusalsIn(edit_, hint_);
    connect(reset_, &QToolButton::clicked, this, [this] { emit resetRequested(param_); });
    connect(badge_, &QToolButton::clicked, this, [this] { emit selected(param_); });
    edit_->installEventFilter(this);
}

QList<QWidget*> AssumptionRow::focusOrder() const
{
    return QList<QWidget*>{edit_, range_->toggle(), reset_} + range_->boxes();
}

void AssumptionRow::showValue(double modelValue, const QString& currency, bool isDefault)
{
    edit_->showValue(modelValue);
    unit_->setFullText(displayUnit(presentation(param_), currency));
    reset_->setEnabled(!isDefault);
}

void AssumptionRow::showSource(const QString& badge, const QString& tooltip)
{
    badge_->setText(badge);
    badge_->setToolTip(tooltip);
}

void AssumptionRow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showAsMutedText(rangeLabel_, palette()); // readable in every theme (themes.h)
}

bool AssumptionRow::eventFilter(QObject* watched, QEvent* event)
{
    // Focusing the value selects the row, so the citations panel shows where its default comes from.
    if (event->type() == QEvent::FocusIn)
        emit selected(param_);
    return QWidget::eventFilter(watched, event);
}

} // namespace gridshare::gui
