// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edit > Regions…: a region of the person's own, started from any region there is, every value
// with its source and level or an assumption saying why. Saved to regions.json in their data
// folder, where it joins the built-in regions (or replaces the one of its id).

#include "common/quantity_text.h"

#include "gridshare/dataset.h"

#include <QDialog>

#include <map>
#include <optional>

class QAction;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gridshare::gui {

class ScenarioDocument;

class RegionDialog : public QDialog {
    Q_OBJECT

public:
    // Starts from the region startId of `dataset`; the region is saved to folder/regions.json.
    RegionDialog(const Dataset& dataset, const QString& folder, const QString& startId, QWidget* parent = nullptr);

    // The region as entered; valid while OK is enabled.
    std::optional<Region> region() const;

    QComboBox* startFrom() const { return startFrom_; }
    QLineEdit* idEdit() const { return id_; }
    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* chineseNameEdit() const { return nameZh_; }
    QComboBox* currencyBox() const { return currency_; }
    QLineEdit* valueEdit(Param p) const;
    QLineEdit* householdEdit() const { return household_.value; }
    QComboBox* sourceBox(Param p) const;
    QLineEdit* whyEdit(Param p) const;
    QPushButton* okButton() const;
    QLabel* message() const { return message_; } // what is wrong, or why saving failed

    void accept() override; // saves; stays open and says why when that fails

private:
    // One value's row: the number, its source (none: an assumption), level and why or note.
    struct Row {
        QString label;
        std::string pointer; // where the value sits in a regions file entry
        QLineEdit* value = nullptr;
        QComboBox* source = nullptr;
        QComboBox* level = nullptr;
        QLineEdit* why = nullptr;
        QString shownText; // the text the start region's value was shown as, and that value
        double shownValue = 0;
        QuantityStyle style = QuantityStyle::Plain; // how the value is written: shown = value * factor
        double factor = 1;
        double min = 0; // the valid range, in model units
        double max = 0;
    };

    Row addRow(QGridLayout* grid, const QString& label, const std::string& pointer);
    void loadFrom(const Region& start);
    QString valueText(const Row& row, double value) const;
    void showRow(Row& row, double value, const Provenance& provenance);
    std::optional<SourcedValue> rowValue(const Row& row, QStringList& problems) const;
    std::optional<Region> build(QStringList& problems) const;
    void check();
    void updateRow(const Row& row);

    const Dataset& data_;
    QString folder_;
    Region base_; // what the fields do not show (the note on how shares are counted)
    QComboBox* startFrom_;
    QLineEdit* id_;
    QLineEdit* name_;
    QLineEdit* nameZh_;
    QComboBox* currency_;
    QSpinBox* dataYear_;
    Row household_;
    std::map<Param, Row> rows_;
    QLabel* message_;
    QDialogButtonBox* buttons_;
};

// The action that opens the dialog for the document (Edit menu and toolbar). On OK the document
// takes the saved region and switches to it.
QAction* regionsAction(ScenarioDocument* document, QWidget* parent);

} // namespace gridshare::gui
