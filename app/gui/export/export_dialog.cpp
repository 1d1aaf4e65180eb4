// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/export/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace gridshare::gui {
namespace {

struct SizePreset {
    const char* name;
    FigureSpec spec;
};

// Printed sizes: a logical width that keeps the chart's type readable, scaled to 300 dpi.
// 520 logical pixels at scale 2 are 1040 pixels: 88 mm at 300 dpi, an A4 column, tall enough for
// the chart beside its footer.
const SizePreset kPresets[] = {
    {QT_TRANSLATE_NOOP("ExportDialog", "Screen, 1600 × 900"), {{1600, 900}, 1, 96, true}},
    {QT_TRANSLATE_NOOP("ExportDialog", "Slide, 1920 × 1080"), {{1920, 1080}, 1, 96, true}},
    {QT_TRANSLATE_NOOP("ExportDialog", "A4 column, 88 mm at 300 dpi"), {{520, 460}, 2, 300, true}},
    {QT_TRANSLATE_NOOP("ExportDialog", "A4 page width, 180 mm at 300 dpi"), {{1063, 700}, 2, 300, true}},
};

} // namespace

QList<FigurePreset> figurePresets()
{
    QList<FigurePreset> presets;
    for (const auto& preset : kPresets)
        presets.append({ExportDialog::tr(preset.name), preset.spec});
    return presets;
}

ExportDialog::ExportDialog(const FigureSpec& initial, QWidget* parent)
    : QDialog(parent), presets_(new QComboBox(this)), width_(new QSpinBox(this)), height_(new QSpinBox(this)),
      scale_(new QDoubleSpinBox(this)), dpi_(new QDoubleSpinBox(this)), result_(new QLabel(this))
{
    setWindowTitle(tr("Export chart"));
    for (const FigurePreset& preset : figurePresets())
        presets_->addItem(preset.name);
    presets_->addItem(tr("Custom"));
    width_->setRange(320, 8000);
    height_->setRange(200, 8000);
    for (QSpinBox* box : {width_, height_})
        box->setSuffix(tr(" px"));
    scale_->setRange(0.25, 8);
    scale_->setSingleStep(0.5);
    scale_->setSuffix(QStringLiteral(" ×"));
    dpi_->setRange(36, 1200);
    dpi_->setDecimals(0);
    dpi_->setSuffix(tr(" dpi"));
    width_->setValue(initial.size.width());
    height_->setValue(initial.size.height());
    scale_->setValue(initial.scale);
    dpi_->setValue(initial.dpi);
    presets_->setCurrentIndex(presets_->count() - 1);
    for (int i = 0; i < int(std::size(kPresets)); ++i)
        if (kPresets[i].spec.size == initial.size && kPresets[i].spec.scale == initial.scale)
            presets_->setCurrentIndex(i);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Size"), presets_);
    form->addRow(tr("&Width"), width_);
    form->addRow(tr("&Height"), height_);
    form->addRow(tr("S&cale (PNG pixels per pixel)"), scale_);
    form->addRow(tr("&Resolution written in the PNG"), dpi_);
    form->addRow(QString(), result_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(presets_, &QComboBox::activated, this, &ExportDialog::applyPreset);
    for (QSpinBox* box : {width_, height_})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::describe);
    for (QDoubleSpinBox* box : {scale_, dpi_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportDialog::describe);
    describe();
}

void ExportDialog::applyPreset(int index)
{
    if (index < 0 || index >= int(std::size(kPresets)))
        return;
    const FigureSpec& spec = kPresets[index].spec;
    width_->setValue(spec.size.width());
    height_->setValue(spec.size.height());
    scale_->setValue(spec.scale);
    dpi_->setValue(spec.dpi);
}

void ExportDialog::describe()
{
    const FigureSpec s = spec();
    const int pixelsWide = int(std::lround(s.size.width() * s.scale));
    const int pixelsHigh = int(std::lround(s.size.height() * s.scale));
    result_->setText(tr("PNG: %1 × %2 pixels, %3 × %4 mm when printed. SVG and PDF are vectors at this size.")
                         .arg(pixelsWide)
                         .arg(pixelsHigh)
                         .arg(std::lround(pixelsWide / s.dpi * 25.4))
                         .arg(std::lround(pixelsHigh / s.dpi * 25.4)));
}

FigureSpec ExportDialog::spec() const
{
    FigureSpec s;
    s.size = QSize(width_->value(), height_->value());
    s.scale = scale_->value();
    s.dpi = dpi_->value();
    return s;
}

} // namespace gridshare::gui
