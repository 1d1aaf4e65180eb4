// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edit > Exchange Rates…: each currency's rate to the US dollar, where it comes from, and a way
// back to the cited rates. A rate changed here becomes the person's assumption, saved in their
// data folder and used by the open window at once.

#include "gridshare/dataset.h"

#include <QDialog>

#include <optional>
#include <vector>

class QAction;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gridshare::gui {

class ScenarioDocument;

class ExchangeRatesDialog : public QDialog {
    Q_OBJECT

public:
    // `dataset` holds the rates in use; edited ones are saved to folder/currencies.json.
    ExchangeRatesDialog(const Dataset& dataset, const QString& folder, QWidget* parent = nullptr);

    // The currencies as edited, each rate with where it comes from; valid while OK is enabled.
    std::vector<Currency> currencies() const;

    QLineEdit* rateEdit(const QString& code) const; // null for the US dollar, which is not edited
    QPushButton* okButton() const;
    QPushButton* restoreButton() const;
    QLabel* message() const { return message_; } // what is wrong, or why saving failed

    void accept() override; // saves; stays open and says why when that fails

private:
    struct Row {
        const Currency* current;
        const Currency* builtin; // the built-in currency of that code, when there is one
        QLineEdit* edit;         // null for the reference currency
        QLabel* provenance;
    };

    std::optional<double> typedRate(const Row& row, QString* problem) const;
    SourcedValue rateOf(const Row& row, double value) const;
    void restoreCited();
    void check();
    void fitHeight();

    const Dataset& data_;
    QString folder_;
    QString refusedFile_; // why the person's currencies.json cannot be replaced, if it cannot
    QString today_;
    std::vector<Row> rows_;
    QLabel* message_;
    QDialogButtonBox* buttons_;
    QPushButton* restore_;
};

// The action that opens the dialog for the document (Edit menu and toolbar). On OK the document
// takes the new rates.
QAction* exchangeRatesAction(ScenarioDocument* document, QWidget* parent);

} // namespace gridshare::gui
