// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controls/region_selector.h"

#include "common/data_text.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QStyledItemDelegate>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegionSelector)
};

struct Group {
    const char* key;
    const char* heading;
};

// In the order the chooser lists them; a region of no known group is the person's own.
constexpr Group kGroups[] = {
    {"world", QT_TRANSLATE_NOOP("RegionSelector", "Global")}, // not "World": a heading never reads as a region
    {"large", QT_TRANSLATE_NOOP("RegionSelector", "Large grids")},
    {"high-share", QT_TRANSLATE_NOOP("RegionSelector", "High-share countries")},
    {"sub-national", QT_TRANSLATE_NOOP("RegionSelector", "Grids inside a country")},
    {"", QT_TRANSLATE_NOOP("RegionSelector", "Your regions")},
};

// Draws a heading in bold and in the text colour of the theme, not greyed out like an item that
// is unavailable, though it cannot be chosen.
class HeadingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!(index.flags() & Qt::ItemIsEnabled)) {
            option->state |= QStyle::State_Enabled;
            option->font.setBold(true);
        }
    }
};

bool inGroup(const Region& region, const Group& group)
{
    if (*group.key)
        return region.group == group.key;
    for (const Group& known : kGroups)
        if (*known.key && region.group == known.key)
            return false;
    return true;
}

// The row of the region called name (any letter case), never a heading's.
int regionRow(const QComboBox* selector, const QString& name)
{
    for (int row = 0; row < selector->count(); ++row)
        if (!selector->itemData(row).toString().isEmpty()
            && selector->itemText(row).compare(name, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

} // namespace

void fillRegionSelector(QComboBox* selector, const Dataset& data)
{
    const QSignalBlocker block(selector);
    selector->clear();
    selector->setEditable(true);
    selector->setInsertPolicy(QComboBox::NoInsert);
    selector->setMaxVisibleItems(24); // every region and heading without scrolling, at 720 pixels
    selector->lineEdit()->setPlaceholderText(Text::tr("Type to find a region"));
    selector->lineEdit()->setAccessibleName(selector->accessibleName());
    auto* model = qobject_cast<QStandardItemModel*>(selector->model());
    QStringList names;
    for (const Group& group : kGroups) {
        bool headed = false;
        for (const Region& region : data.regions) {
            if (!inGroup(region, group))
                continue;
            if (!headed && model) {
                auto* heading = new QStandardItem(Text::tr(group.heading));
                heading->setFlags(Qt::NoItemFlags); // never chosen, skipped by the arrow keys
                model->appendRow(heading);
                headed = true;
            }
            const QString name = regionName(region);
            selector->addItem(name, QString::fromStdString(region.id));
            selector->setItemData(selector->count() - 1, dataText(region.note), Qt::ToolTipRole);
            names.append(name);
        }
    }
    selector->setItemDelegate(new HeadingDelegate(selector));
    selector->view()->setMinimumWidth(selector->view()->sizeHintForColumn(0) + 2 * selector->iconSize().width());
    // Typing finds a region by any part of its name, in any letter case: "land" offers Ireland and
    // the Netherlands.
    auto* completer = new QCompleter(new QStringListModel(names, selector), selector);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    selector->setCompleter(completer);
    QObject::connect(completer, qOverload<const QString&>(&QCompleter::activated), selector,
                     [selector](const QString& name) {
                         const int index = regionRow(selector, name);
                         if (index < 0)
                             return;
                         selector->setCurrentIndex(index);
                         emit selector->activated(index);
                     });
    // Text that names no region is put back when the box is left, so the box always says what is chosen.
    QObject::connect(selector->lineEdit(), &QLineEdit::editingFinished, selector, [selector] {
        const int row = regionRow(selector, selector->lineEdit()->text());
        if (row < 0)
            selector->lineEdit()->setText(
                selector->itemText(selector->currentIndex())); // not currentText(): that is the typed text
        else if (row != selector->currentIndex()) {            // a name typed out in full and left: choose it
            selector->setCurrentIndex(row);
            emit selector->activated(row);
        }
    });
}

} // namespace gridshare::gui
