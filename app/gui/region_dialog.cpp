// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/region_dialog.h"

#include "common/data_text.h"
#include "common/message_text.h"
#include "common/quantity_text.h"
#include "common/user_data.h"
#include "document/parameter_presentation.h"
#include "document/scenario_document.h"
#include "document/user_regions_file.h"
#include "gui/themes.h"

#include "gridshare/region_entry.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace gridshare::gui {
namespace {

constexpr int kMaxIdLength = 64; // what a scenario file accepts as its region
constexpr int kProblemsShown = 4;

QString numberText(double value, const QLocale& locale)
{
    return locale.toString(roundedToSignificant(value, 15), 'g', QLocale::FloatingPointShortest);
}

} // namespace

RegionDialog::RegionDialog(const Dataset& dataset, const QString& folder, const QString& startId, QWidget* parent)
    : QDialog(parent), data_(dataset), folder_(folder), startFrom_(new QComboBox(this)), id_(new QLineEdit(this)),
      name_(new QLineEdit(this)), nameZh_(new QLineEdit(this)), currency_(new QComboBox(this)),
      dataYear_(new QSpinBox(this)), message_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Regions"));
    setObjectName(QStringLiteral("regionDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Make a region of your own from any region: change its values and say where each "
                                "comes from, a source or an assumption with its reason. It is saved in %1 and "
                                "listed under Your regions; a scenario that uses it carries its values.")
                                 .arg(QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("regions.json")))),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    for (const Region& r : dataset.regions)
        startFrom_->addItem(regionName(r), QString::fromStdString(r.id));
    startFrom_->setObjectName(QStringLiteral("regionStartFrom"));
    form->addRow(tr("&Start from"), startFrom_);
    id_->setObjectName(QStringLiteral("regionId"));
    id_->setMaxLength(kMaxIdLength);
    id_->setPlaceholderText(tr("A short id for files and the command line, such as Ireland-high"));
    form->addRow(tr("&Id"), id_);
    name_->setObjectName(QStringLiteral("regionName"));
    form->addRow(tr("&Name (English)"), name_);
    nameZh_->setObjectName(QStringLiteral("regionNameZh"));
    nameZh_->setPlaceholderText(tr("Optional; shown when GridShare speaks Chinese"));
    form->addRow(tr("Name (&Chinese)"), nameZh_);
    for (const Currency& c : dataset.currencies)
        currency_->addItem(tr("%1 · %2").arg(QString::fromStdString(c.code), dataText(c.name)),
                           QString::fromStdString(c.code));
    form->addRow(tr("C&urrency"), currency_);
    dataYear_->setRange(kMinBaseYear, kMaxBaseYear);
    form->addRow(tr("&Data year"), dataYear_);
    layout->addLayout(form);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    const QString headers[] = {tr("Value"), tr("Amount"), tr("Source"), tr("Level"), tr("Why (an assumption) or note")};
    for (int column = 0; column < 5; ++column)
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(headers[column].toHtmlEscaped()), this), 0, column);
    household_ = addRow(grid, tr("A household's use (kWh a year)"), "/household_kwh_per_year");
    household_.min = kMinHouseholdKwh;
    household_.max = kMaxHouseholdKwh;
    for (const auto& ps : paramSpecs()) {
        const ParameterPresentation& p = presentation(ps.param);
        const QString unit = displayUnit(p, tr("currency"));
        Row row = addRow(grid, unit.isEmpty() ? p.label : tr("%1 (%2)").arg(p.label, unit),
                         "/parameters/" + std::string(ps.key));
        row.style = p.style;
        row.factor = p.displayFactor;
        row.min = ps.min;
        row.max = ps.max;
        rows_[ps.param] = row;
    }
    grid->setColumnStretch(4, 1);
    auto* table = new QWidget;
    table->setLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(table);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    message_->setObjectName(QStringLiteral("regionMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(refusalColour(palette()).name()));
    message_->hide();
    layout->addWidget(message_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &RegionDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &RegionDialog::reject);

    const Region* start = dataset.region(startId.toStdString());
    loadFrom(start ? *start : dataset.regions.front());
    startFrom_->setCurrentIndex(startFrom_->findData(QString::fromStdString(base_.id)));
    connect(startFrom_, &QComboBox::activated, this, [this](int index) {
        if (const Region* r = data_.region(startFrom_->itemData(index).toString().toStdString()))
            loadFrom(*r);
    });
    for (QLineEdit* edit : {id_, name_, nameZh_})
        connect(edit, &QLineEdit::textEdited, this, &RegionDialog::check);
    connect(currency_, &QComboBox::currentIndexChanged, this, &RegionDialog::check);

    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    resize(std::min(screen.width() - 40, table->sizeHint().width() + 60), std::min(screen.height() - 40, 720));
}

RegionDialog::Row RegionDialog::addRow(QGridLayout* grid, const QString& label, const std::string& pointer)
{
    Row row;
    row.label = label;
    row.pointer = pointer;
    auto* value = new QLineEdit(this);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.value = value;
    row.source = new QComboBox(this);
    row.level = new QComboBox(this);
    row.why = new QLineEdit(this);
    const int r = grid->rowCount();
    auto* name = new QLabel(label, this);
    name->setBuddy(value);
    value->setAccessibleName(label);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0.000000000")) + 16);
    row.source->addItem(tr("Assumption"), QString());
    for (const Source& s : data_.sources) {
        row.source->addItem(QString::fromStdString(s.title), QString::fromStdString(s.id));
        row.source->setItemData(row.source->count() - 1,
                                tr("%1, %2").arg(QString::fromStdString(s.publisher), QString::fromStdString(s.date)),
                                Qt::ToolTipRole);
    }
    row.source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.source->setMinimumContentsLength(24);
    row.source->setAccessibleName(tr("Source of %1").arg(label));
    for (const auto& [level, meaning] : data_.levelMeanings) {
        row.level->addItem(QString::fromStdString(level), QString::fromStdString(level));
        row.level->setItemData(row.level->count() - 1, dataText(meaning), Qt::ToolTipRole);
    }
    row.level->setAccessibleName(tr("Verification level of %1").arg(label));
    row.why->setAccessibleName(tr("Why or note for %1").arg(label));
    row.why->setMinimumWidth(row.why->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    grid->addWidget(name, r, 0);
    grid->addWidget(value, r, 1);
    grid->addWidget(row.source, r, 2);
    grid->addWidget(row.level, r, 3);
    grid->addWidget(row.why, r, 4);
    connect(value, &QLineEdit::textEdited, this, &RegionDialog::check);
    connect(row.why, &QLineEdit::textEdited, this, &RegionDialog::check);
    connect(row.level, &QComboBox::currentIndexChanged, this, &RegionDialog::check);
    connect(row.source, &QComboBox::currentIndexChanged, this, [this, pointer] {
        if (pointer == household_.pointer)
            updateRow(household_);
        for (const auto& entry : rows_)
            if (entry.second.pointer == pointer)
                updateRow(entry.second);
        check();
    });
    return row;
}

void RegionDialog::updateRow(const Row& row)
{
    const bool assumption = row.source->currentData().toString().isEmpty();
    row.level->setEnabled(!assumption);
    row.why->setPlaceholderText(assumption ? tr("Why this value (required)") : tr("Note (optional)"));
}

// The value as the window writes it ("230B", "47" for 47%) when that reads back as exactly the
// value, else every digit it needs.
QString RegionDialog::valueText(const Row& row, double value) const
{
    const QString text = formatQuantity(value * row.factor, row.style, locale());
    const auto back = parseQuantity(text, row.style, locale());
    if (back && roundedToSignificant(*back / row.factor, 15) == value)
        return text;
    const double shown = value * row.factor * (row.style == QuantityStyle::Percent ? 100 : 1);
    return numberText(shown, locale());
}

void RegionDialog::showRow(Row& row, double value, const Provenance& provenance)
{
    const QString text = valueText(row, value);
    row.value->setText(text);
    row.shownText = text;
    row.shownValue = value;
    row.source->setCurrentIndex(std::max(0, row.source->findData(QString::fromStdString(provenance.source))));
    const int level = row.level->findData(QString::fromStdString(provenance.level));
    if (level >= 0)
        row.level->setCurrentIndex(level);
    row.why->setText(QString::fromStdString(provenance.isAssumption() ? provenance.assumption : provenance.note));
    row.why->setCursorPosition(0); // a long reason shows its start
    row.why->setToolTip(row.why->text());
    updateRow(row);
}

void RegionDialog::loadFrom(const Region& start)
{
    base_ = start;
    // A copy of a built-in region needs an id of its own; a region of the person's keeps its id.
    id_->setText(isOwnRegion(start) ? QString::fromStdString(start.id) : QString());
    name_->setText(QString::fromStdString(start.name));
    nameZh_->setText(QString::fromStdString(start.nameZh));
    currency_->setCurrentIndex(std::max(0, currency_->findData(QString::fromStdString(start.currency))));
    dataYear_->setValue(start.dataYear);
    showRow(household_, start.householdKwhPerYear.value, start.householdKwhPerYear.provenance);
    for (auto& [param, row] : rows_)
        showRow(row, start.at(param).value, start.at(param).provenance);
    check();
}

std::optional<SourcedValue> RegionDialog::rowValue(const Row& row, QStringList& problems) const
{
    SourcedValue v;
    const std::size_t before = static_cast<std::size_t>(problems.size());
    if (row.value->text() == row.shownText) {
        v.value = row.shownValue; // unchanged: exactly the start region's value
    } else if (const auto typed = parseQuantity(row.value->text(), row.style, locale()); !typed) {
        problems.append(tr("%1: \"%2\" is not a number").arg(row.label, row.value->text()));
    } else {
        // The number meant, not 70 * 0.01 = 0.7000000000000001.
        v.value = roundedToSignificant(*typed / row.factor, 15);
        if (!(v.value >= row.min && v.value <= row.max))
            problems.append(tr("%1: %2 is outside the valid range %3 to %4")
                                .arg(row.label, row.value->text(), valueText(row, row.min), valueText(row, row.max)));
    }
    const QString why = row.why->text().trimmed();
    v.provenance.source = row.source->currentData().toString().toStdString();
    if (v.provenance.isAssumption()) {
        if (why.isEmpty())
            problems.append(tr("%1: choose its source, or say why it is assumed").arg(row.label));
        v.provenance.assumption = why.toStdString();
    } else {
        v.provenance.level = row.level->currentData().toString().toStdString();
        v.provenance.note = why.toStdString();
    }
    if (static_cast<std::size_t>(problems.size()) != before)
        return std::nullopt;
    return v;
}

std::optional<Region> RegionDialog::build(QStringList& problems) const
{
    Region r = base_;
    r.group.clear(); // listed under the person's own regions
    r.id = id_->text().trimmed().toStdString();
    r.name = name_->text().trimmed().toStdString();
    r.nameZh = nameZh_->text().trimmed().toStdString();
    r.currency = currency_->currentData().toString().toStdString();
    r.dataYear = dataYear_->value();
    if (r.id.empty())
        problems.append(tr("Id: give the region a short id of its own"));
    if (r.name.empty())
        problems.append(tr("Name (English): give the region a name"));
    if (auto v = rowValue(household_, problems))
        r.householdKwhPerYear = *v;
    for (const auto& [param, row] : rows_)
        if (auto v = rowValue(row, problems))
            r.defaults[static_cast<std::size_t>(param)] = *v;
    if (!problems.isEmpty())
        return std::nullopt;
    // The same checks as regions.json gets when GridShare starts, so what is saved is what loads.
    const auto parsed = parseRegionEntry(data_, regionToJson(r), "", "");
    if (!parsed) {
        for (const Issue& issue : parsed.issues()) {
            QString where = QString::fromStdString(issue.pointer);
            if (issue.pointer.starts_with(household_.pointer))
                where = household_.label;
            for (const auto& [param, row] : rows_)
                if (issue.pointer.starts_with(row.pointer))
                    where = row.label;
            problems.append(tr("%1: %2").arg(where, translated(issue.message)));
        }
        return std::nullopt;
    }
    return parsed.value();
}

std::optional<Region> RegionDialog::region() const
{
    QStringList problems;
    return build(problems);
}

void RegionDialog::check()
{
    QStringList problems;
    const bool valid = build(problems).has_value();
    if (problems.size() > kProblemsShown) {
        const qsizetype more = problems.size() - kProblemsShown;
        problems = problems.mid(0, kProblemsShown);
        problems.append(tr("and %1 more").arg(more));
    }
    message_->setText(problems.join(QLatin1Char('\n')));
    message_->setVisible(!valid);
    okButton()->setEnabled(valid);
}

void RegionDialog::accept()
{
    QStringList problems;
    const auto r = build(problems);
    if (!r) {
        check();
        return;
    }
    if (const QString problem = saveUserRegion(folder_, *r); !problem.isEmpty()) {
        message_->setText(tr("The region was not saved: %1").arg(problem));
        message_->show();
        return;
    }
    QDialog::accept();
}

QLineEdit* RegionDialog::valueEdit(Param p) const
{
    return rows_.at(p).value;
}

QComboBox* RegionDialog::sourceBox(Param p) const
{
    return rows_.at(p).source;
}

QLineEdit* RegionDialog::whyEdit(Param p) const
{
    return rows_.at(p).why;
}

QPushButton* RegionDialog::okButton() const
{
    return buttons_->button(QDialogButtonBox::Ok);
}

QAction* regionsAction(ScenarioDocument* document, QWidget* parent)
{
    auto* action = new QAction(RegionDialog::tr("Re&gions…"), parent);
    action->setObjectName(QStringLiteral("regionsAction"));
    action->setIconText(RegionDialog::tr("Regions…"));
    action->setToolTip(RegionDialog::tr("Make a region of your own from any region, each value with its source"));
    QObject::connect(action, &QAction::triggered, parent, [document, parent] {
        auto* dialog = new RegionDialog(document->data(), userDataFolder(),
                                        QString::fromStdString(document->scenario().region), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, document, [document, dialog] {
            if (const auto r = dialog->region()) {
                document->replaceData(withRegion(document->data(), *r));
                document->loadRegion(QString::fromStdString(r->id));
            }
        });
        dialog->open();
    });
    return action;
}

} // namespace gridshare::gui
