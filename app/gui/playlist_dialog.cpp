// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/playlist_dialog.h"

#include "common/data_text.h"
#include "gui/document_actions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace gridshare::gui {
namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kValueRole = Qt::UserRole + 1;

} // namespace

PlaylistDialog::PlaylistDialog(const QList<PlaylistEntry>& entries, const Dataset& dataset, QWidget* parent)
    : QDialog(parent), data_(dataset), list_(new QListWidget(this)), presets_(new QComboBox(this))
{
    setWindowTitle(tr("Presentation playlist"));
    list_->setAccessibleName(tr("Scenarios in the playlist"));
    list_->setDragDropMode(QAbstractItemView::InternalMove);
    for (const auto& entry : entries)
        add(entry);
    for (const Preset& p : dataset.presets)
        presets_->addItem(dataText(p.name), QString::fromStdString(p.id));
    presets_->setAccessibleName(tr("Preset to add"));

    auto* addPreset = new QPushButton(tr("Add &preset"), this);
    auto* addFiles = new QPushButton(tr("Add &files…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move &down"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("Presentation mode shows the open scenario first, then these in order."), this), 0, 0,
                    1, 2);
    grid->addWidget(list_, 1, 0, 5, 1);
    grid->addWidget(remove, 1, 1);
    grid->addWidget(up, 2, 1);
    grid->addWidget(down, 3, 1);
    grid->addWidget(addFiles, 4, 1);
    grid->addWidget(presets_, 6, 0);
    grid->addWidget(addPreset, 6, 1);
    grid->addWidget(buttons, 7, 0, 1, 2);

    connect(addPreset, &QPushButton::clicked, this, [this] {
        add({PlaylistEntry::Kind::Preset, presets_->currentData().toString()});
    });
    connect(addFiles, &QPushButton::clicked, this, [this] {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Add scenarios"), QString(), DocumentActions::scenarioFileFilter());
        for (const QString& file : files)
            add({PlaylistEntry::Kind::File, file});
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete list_->currentItem(); });
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 420);
}

void PlaylistDialog::add(const PlaylistEntry& entry)
{
    auto* item = new QListWidgetItem(entryTitle(entry, data_), list_);
    item->setData(kKindRole, static_cast<int>(entry.kind));
    item->setData(kValueRole, entry.value);
    item->setToolTip(entry.value);
}

void PlaylistDialog::move(int by)
{
    const int row = list_->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= list_->count())
        return;
    list_->insertItem(to, list_->takeItem(row));
    list_->setCurrentRow(to);
}

QList<PlaylistEntry> PlaylistDialog::entries() const
{
    QList<PlaylistEntry> out;
    for (int i = 0; i < list_->count(); ++i)
        out.append({static_cast<PlaylistEntry::Kind>(list_->item(i)->data(kKindRole).toInt()),
                    list_->item(i)->data(kValueRole).toString()});
    return out;
}

} // namespace gridshare::gui
