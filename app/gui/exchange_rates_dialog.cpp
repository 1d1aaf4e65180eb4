// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/exchange_rates_dialog.h"

#include "common/data_text.h"
#include "common/quantity_text.h"
#include "common/user_data.h"
#include "document/citation_text.h"
#include "document/exchange_rates_file.h"
#include "document/scenario_document.h"
#include "gui/themes.h"

#include "gridshare/currency_file.h"

#include <QAction>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gridshare::gui {
namespace {

QString rateText(double value, const QLocale& locale)
{
    return locale.toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

ExchangeRatesDialog::ExchangeRatesDialog(const Dataset& dataset, const QString& folder, QWidget* parent)
    : QDialog(parent), data_(dataset), folder_(folder), today_(QDate::currentDate().toString(Qt::ISODate)),
      message_(new QLabel(this)), buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      restore_(buttons_->addButton(tr("&Restore cited rates"), QDialogButtonBox::ResetRole))
{
    setWindowTitle(tr("Exchange rates"));
    setObjectName(QStringLiteral("exchangeRatesDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Costs in another currency are converted at these rates. A rate you change becomes "
                                "your own assumption: it is used at once and saved in %1. A price you typed stays "
                                "as typed, in its currency.")
                                 .arg(QDir::toNativeSeparators(folder)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    const QString headers[] = {tr("Currency"), tr("Per US dollar"), tr("Where it comes from")};
    for (int column = 0; column < 3; ++column) {
        auto* header = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[column].toHtmlEscaped()), this);
        grid->addWidget(header, 0, column);
    }
    const Dataset& cited = Dataset::builtin();
    // Labels start as low as the text inside a number box, so each row reads as one line.
    const int inset = std::max(0, (QLineEdit().sizeHint().height() - fontMetrics().height()) / 2);
    auto rowLabel = [&](const QString& text) {
        auto* label = new QLabel(text, this);
        label->setContentsMargins(0, inset, 0, 0);
        return label;
    };
    for (const Currency& c : dataset.currencies) {
        const QString code = QString::fromStdString(c.code);
        Row row{&c, cited.currency(c.code), nullptr, rowLabel(QString())};
        const int r = grid->rowCount();
        auto* name = rowLabel(tr("%1 · %2").arg(code, dataText(c.name)));
        grid->addWidget(name, r, 0, Qt::AlignLeft | Qt::AlignTop);
        if (c.code == "USD") {
            grid->addWidget(rowLabel(tr("1 (the reference)")), r, 1, Qt::AlignLeft | Qt::AlignTop);
        } else {
            row.edit = new QLineEdit(rateText(c.perUsd.value, locale()), this);
            row.edit->setObjectName(QStringLiteral("rate-") + code);
            row.edit->setAccessibleName(tr("%1 per US dollar").arg(code));
            row.edit->setAlignment(Qt::AlignRight);
            row.edit->setMaximumWidth(140);
            name->setBuddy(row.edit);
            grid->addWidget(row.edit, r, 1, Qt::AlignTop);
            connect(row.edit, &QLineEdit::textEdited, this, &ExchangeRatesDialog::check);
        }
        row.provenance->setWordWrap(true);
        row.provenance->setMinimumWidth(380);
        row.provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(row.provenance, r, 2, Qt::AlignTop);
        rows_.push_back(row);
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    layout->addSpacing(8);

    message_->setObjectName(QStringLiteral("exchangeRatesMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(refusalColour(palette()).name()));
    message_->hide();
    layout->addWidget(message_);
    layout->addStretch(1);
    layout->addSpacing(6);
    layout->addWidget(buttons_);

    restore_->setToolTip(tr("Put back the rates built into GridShare, with their sources; OK then removes your "
                            "saved rates"));
    connect(restore_, &QPushButton::clicked, this, &ExchangeRatesDialog::restoreCited);
    connect(buttons_, &QDialogButtonBox::accepted, this, &ExchangeRatesDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refusedFile_ = refusedRatesFile(folder_);
    check();
    resize(820, 0);
    fitHeight();
}

QLineEdit* ExchangeRatesDialog::rateEdit(const QString& code) const
{
    for (const Row& row : rows_)
        if (row.current->code == code.toStdString())
            return row.edit;
    return nullptr;
}

QPushButton* ExchangeRatesDialog::okButton() const
{
    return buttons_->button(QDialogButtonBox::Ok);
}

QPushButton* ExchangeRatesDialog::restoreButton() const
{
    return restore_;
}

std::optional<double> ExchangeRatesDialog::typedRate(const Row& row, QString* problem) const
{
    if (!row.edit)
        return row.current->perUsd.value;
    const QString code = QString::fromStdString(row.current->code);
    const QString text = row.edit->text().trimmed();
    const auto value = parseQuantity(text, QuantityStyle::Plain, locale());
    if (text.isEmpty())
        *problem = tr("%1 per US dollar is empty; type a rate above 0, for example %2")
                       .arg(code, rateText(row.current->perUsd.value, locale()));
    else if (!value)
        *problem = tr("%1 per US dollar: \"%2\" is not a number").arg(code, text);
    else if (!(*value >= kMinRatePerUsd && *value <= kMaxRatePerUsd))
        *problem = tr("%1 per US dollar: %2 is outside the valid range %3 to %4")
                       .arg(code, text, rateText(kMinRatePerUsd, locale()), rateText(kMaxRatePerUsd, locale()));
    else
        return value;
    return std::nullopt;
}

SourcedValue ExchangeRatesDialog::rateOf(const Row& row, double value) const
{
    if (row.builtin && value == row.builtin->perUsd.value)
        return row.builtin->perUsd;
    if (value == row.current->perUsd.value)
        return row.current->perUsd;
    return {value, rateSetInGridShare(today_.toStdString(), row.builtin ? &row.builtin->perUsd : nullptr)};
}

std::vector<Currency> ExchangeRatesDialog::currencies() const
{
    std::vector<Currency> out;
    for (const Row& row : rows_) {
        QString problem;
        Currency c = *row.current;
        c.perUsd = rateOf(row, typedRate(row, &problem).value_or(row.current->perUsd.value));
        out.push_back(std::move(c));
    }
    return out;
}

void ExchangeRatesDialog::restoreCited()
{
    for (const Row& row : rows_)
        if (row.edit && row.builtin)
            row.edit->setText(rateText(row.builtin->perUsd.value, locale()));
    check();
}

void ExchangeRatesDialog::check()
{
    QStringList problems;
    for (const Row& row : rows_) {
        QString problem;
        const auto value = typedRate(row, &problem);
        if (row.edit)
            row.edit->setStyleSheet(
                value ? QString()
                      : QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(refusalColour(palette()).name()));
        if (!value) {
            problems.append(problem);
            continue;
        }
        const QString where = provenanceInFull(rateOf(row, *value).provenance, data_);
        row.provenance->setText(where);
        if (row.edit)
            row.edit->setAccessibleDescription(where);
    }
    okButton()->setEnabled(problems.isEmpty() && refusedFile_.isEmpty());
    if (!refusedFile_.isEmpty())
        problems.prepend(refusedFile_);
    message_->setText(problems.join(QLatin1Char('\n')));
    message_->setVisible(!problems.isEmpty());
    fitHeight();
}

void ExchangeRatesDialog::fitHeight()
{
    // Wrapped text needs more height than the size hint says once the message shows.
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
    layout()->activate(); // rows whose text changed take their new height now, not on the next turn
}

void ExchangeRatesDialog::accept()
{
    const QString problem = saveExchangeRates(folder_, data_.currencies, currencies());
    if (!problem.isEmpty()) {
        message_->setText(tr("The rates were not saved: %1").arg(problem));
        message_->show();
        fitHeight();
        return;
    }
    QDialog::accept();
}

QAction* exchangeRatesAction(ScenarioDocument* document, QWidget* parent)
{
    auto* action = new QAction(ExchangeRatesDialog::tr("E&xchange Rates…"), parent);
    action->setObjectName(QStringLiteral("exchangeRatesAction"));
    action->setIconText(ExchangeRatesDialog::tr("Rates…"));
    action->setToolTip(ExchangeRatesDialog::tr("See where each exchange rate comes from, and change it"));
    QObject::connect(action, &QAction::triggered, parent, [document, parent] {
        auto* dialog = new ExchangeRatesDialog(document->data(), userDataFolder(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, document, [document, dialog] {
            Dataset data = document->data();
            data.currencies = dialog->currencies();
            document->replaceData(std::move(data));
        });
        dialog->open();
    });
    return action;
}

} // namespace gridshare::gui
