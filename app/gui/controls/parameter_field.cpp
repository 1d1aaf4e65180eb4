// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/parameter_field.h"

#include "document/scenario_document.h"

#include <QEvent>
#include <QLabel>
#include <QToolButton>

namespace gridshare::gui {

ParameterField::ParameterField(Param param, QWidget* parent)
    : QWidget(parent), param_(param), edit_(new QuantityEdit(param, this)), hint_(new QLabel(this)),
      badge_(new QToolButton(this)), range_(new RangeEditor(param, this))
{
    hint_->setObjectName(QStringLiteral("refusal"));
    hint_->setWordWrap(true);
    hint_->hide();
    badge_->setObjectName(QStringLiteral("sourceBadge"));
    badge_->setAutoRaise(true);
    badge_->setFocusPolicy(Qt::NoFocus);

    connect(edit_, &QuantityEdit::valueEntered, this, [this](double v) { emit valueChanged(param_, v); });
    showRefusalsIn(edit_, hint_);
    connect(badge_, &QToolButton::clicked, this, [this] { emit selected(param_); });
    selectOnFocus(edit_);
}

void ParameterField::showSource(const QString& badge, const QString& tooltip)
{
    badge_->setText(badge);
    badge_->setToolTip(tooltip);
}

void ParameterField::selectOnFocus(QWidget* widget)
{
    widget->installEventFilter(this);
}

bool ParameterField::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn)
        emit selected(param_);
    return QWidget::eventFilter(watched, event);
}

void connectToDocument(ParameterField* field, ScenarioDocument* document)
{
    QObject::connect(field, &ParameterField::valueChanged, document, &ScenarioDocument::setValue);
    QObject::connect(field, &ParameterField::resetRequested, document, &ScenarioDocument::resetValue);
    QObject::connect(field, &ParameterField::interactionStarted, document, &ScenarioDocument::beginInteraction);
    QObject::connect(field, &ParameterField::interactionFinished, document, &ScenarioDocument::endInteraction);
    QObject::connect(field->rangeEditor(), &RangeEditor::rangeEntered, document, &ScenarioDocument::setRange);
    QObject::connect(field->rangeEditor(), &RangeEditor::rangeCleared, document, &ScenarioDocument::clearRange);
}

} // namespace gridshare::gui
