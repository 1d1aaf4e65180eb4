// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks the size of an exported chart: presets for a screen, a slide and printed columns at
// 300 dpi, or any size and scale.

#include "gui/export/figure_export.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace gridshare::gui {

// The dialog's named sizes, in its order, with their names translated.
struct FigurePreset {
    QString name;
    FigureSpec spec;
};
QList<FigurePreset> figurePresets();

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(const FigureSpec& initial, QWidget* parent = nullptr);

    FigureSpec spec() const;
    QComboBox* presets() const { return presets_; }

private:
    void applyPreset(int index);
    void describe();

    QComboBox* presets_;
    QSpinBox* width_;
    QSpinBox* height_;
    QDoubleSpinBox* scale_;
    QDoubleSpinBox* dpi_;
    QLabel* result_;
};

} // namespace gridshare::gui
