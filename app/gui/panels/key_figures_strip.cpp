// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/key_figures_strip.h"

#include "document/key_figures.h"
#include "document/scenario_document.h"
#include "gui/charts/chart_page.h"
#include "gui/fonts.h"
#include "gui/panels/figure_tile.h"
#include "gui/panels/figure_value_label.h"
#include "gui/panels/tile_label.h"
#include "gui/themes.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include <algorithm>
#include <utility>

namespace gridshare::gui {
namespace {

constexpr int kTileMargin = 10;     // left and right, inside a tile
constexpr int kSpacing = 8;         // between tiles
constexpr double kValueScale = 1.6; // the numbers, relative to the strip's type
constexpr double kYearScale = 1.3;

// Each figure's colour is that of its line on the charts.
QRgb colourOf(FigureKey key)
{
    if (key == FigureKey::DatacenterShare || key == FigureKey::DatacenterCapacityGw)
        return palette::kDatacentres;
    if (key == FigureKey::Cost)
        return palette::kCost;
    if (key == FigureKey::WhPerQuery)
        return palette::kPerQuery;
    if (key == FigureKey::Households)
        return palette::kCo2;
    return palette::kAi;
}

} // namespace

KeyFiguresStrip::KeyFiguresStrip(QWidget* parent)
    : QWidget(parent), grid_(new QGridLayout(this)),
      bandsWait_(this, [this] { display(std::exchange(waiting_, nullptr)); })
{
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setSpacing(kSpacing);
    year_ = new QLabel(this);
    year_->setObjectName(QStringLiteral("figuresYear"));
    year_->setAlignment(Qt::AlignCenter);
    // Tiles by position: in gigawatts the third and sixth show other figures (key_figures.h).
    for (FigureKey key : {FigureKey::AiShare, FigureKey::DatacenterShare, FigureKey::AiTwh, FigureKey::Cost,
                          FigureKey::WhPerQuery, FigureKey::Households}) {
        auto* frame = new FigureTile(colourOf(key), this);
        frame->setObjectName(QStringLiteral("figure_%1").arg(figureKeyName(key)));
        frame->setLabelMargins(QMargins(kTileMargin + FigureTile::kStripe, 6, kTileMargin, 6));
        Tile t{
            key, frame, new TileLabel(frame), new FigureValueLabel(frame), new TileLabel(frame), new TileLabel(frame)};
        t.delta->setObjectName(QStringLiteral("delta_%1").arg(figureKeyName(key)));
        t.delta->setVisible(false);
        t.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // The tiles share the width; the strip chooses how many go in a row so that their text fits.
        for (QLabel* label : {t.caption, t.value, t.detail, t.delta}) {
            label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            frame->addLabel(label);
        }
        tiles_.append(t);
    }
    applyFonts();
    applyColours();
    arrange(int(tiles_.size()));
    // The strip keeps the height its numbers need; the chart takes what is left.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QString KeyFiguresStrip::valueText(FigureKey key) const
{
    for (const Tile& t : tiles_)
        if (t.key == key)
            return t.value->text();
    return QString();
}

void KeyFiguresStrip::display(const SnapshotPtr& snapshot)
{
    if (!snapshot || snapshot->evaluation.years.empty())
        return;
    snapshot_ = snapshot;
    ++displays_;
    year_->setText(tr("In\n%1").arg(snapshot->evaluation.years.back().year));
    const QList<KeyFigure> figures = keyFigures(*snapshot, locale(), inGigawatts_);
    for (qsizetype i = 0; i < figures.size() && i < tiles_.size(); ++i) {
        const KeyFigure& figure = figures[i];
        Tile& t = tiles_[i];
        if (t.key != figure.key) {
            t.key = figure.key;
            static_cast<FigureTile*>(t.frame)->setColour(colourOf(figure.key));
        }
        t.caption->setText(figure.caption);
        t.value->setText(figure.value);
        t.detail->setText(figure.detail);
        t.delta->setText(figure.delta.isEmpty() ? QString() : tr("%1 vs pinned").arg(figure.delta));
        t.delta->setVisible(!figure.delta.isEmpty());
        t.value->setAccessibleName(figure.caption + QStringLiteral(": ") + figure.value);
        const QString compared = tr("%1 compared with %2").arg(figure.delta, figure.versus);
        t.delta->setToolTip(compared);
        t.delta->setAccessibleName(figure.caption + QStringLiteral(": ") + compared);
    }
    fitToWidth();
}

void KeyFiguresStrip::follow(const ScenarioDocument& document)
{
    // Shown once with their P10–P90, in the frame the chart is drawn, rather than now and again when
    // the bands arrive.
    connect(&document, &ScenarioDocument::snapshotChanged, this, [this](const SnapshotPtr& snapshot) {
        if (snapshot && snapshot->bandsPending) {
            waiting_ = snapshot;
            bandsWait_.start();
            return;
        }
        bandsWait_.stop();
        waiting_.reset();
        display(snapshot);
    });
    connect(&document, &ScenarioDocument::bandsArrived, this, [this](const SnapshotPtr& snapshot) {
        bandsWait_.stop();
        waiting_.reset();
        display(snapshot);
    });
    display(document.snapshot());
}

void KeyFiguresStrip::setInGigawatts(bool inGigawatts)
{
    if (inGigawatts == inGigawatts_)
        return;
    inGigawatts_ = inGigawatts;
    display(snapshot_);
}

QString KeyFiguresStrip::deltaText(FigureKey key) const
{
    for (const Tile& t : tiles_)
        if (t.key == key)
            return t.delta->text();
    return QString();
}

bool KeyFiguresStrip::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ScreenChangeInternal: // another screen may lay the same font out at another size
        widths_.clear();
        break;
    case QEvent::FontChange: // presentation mode enlarges the type: the big numbers grow with it
        applyFonts();
        fitToWidth();
        break;
    case QEvent::PaletteChange:
        applyColours();
        break;
    case QEvent::Resize:
        fitToWidth();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void KeyFiguresStrip::applyFonts()
{
    year_->setFont(scaledFont(font(), kYearScale, true));
    valueScale_ = kValueScale;
    for (Tile& t : tiles_) {
        t.value->setFont(scaledFont(font(), valueScale_, true));
        for (QLabel* label : {t.caption, t.detail, t.delta})
            label->setFont(font());
    }
}

void KeyFiguresStrip::setPreferOneRow(bool prefer)
{
    preferOneRow_ = prefer;
    fitToWidth();
}

void KeyFiguresStrip::applyColours()
{
    for (Tile& t : tiles_)
        showAsMutedText(t.detail, palette());
}

int KeyFiguresStrip::textWidth(const QLabel* label) const
{
    // Fitting measures every label for each arrangement it tries, at every change, though only the
    // numbers' text changes: a width depends only on the font and the text, so each pair is measured
    // once. The numbers take new text as the user drags, so the cache starts again when it is full.
    constexpr qsizetype kMaxWidths = 512;
    constexpr std::size_t kMaxFonts = 16; // presentation zooms through sizes
    const QFont& font = label->font();
    auto byFont = std::find_if(widths_.begin(), widths_.end(), [&](const auto& kept) { return kept.first == font; });
    if (byFont == widths_.end()) {
        if (widths_.size() >= kMaxFonts)
            widths_.clear();
        byFont = widths_.insert(widths_.end(), {font, {}});
    }
    QHash<QString, int>& widths = byFont->second;
    if (auto it = widths.constFind(label->text()); it != widths.constEnd())
        return *it;
    int widest = 0;
    for (const QString& line : label->text().split(QLatin1Char('\n')))
        widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
    if (widths.size() >= kMaxWidths)
        widths.clear();
    widths.insert(label->text(), widest);
    return widest;
}

int KeyFiguresStrip::neededTileWidth(bool withDetails) const
{
    int widest = 0;
    for (const Tile& t : tiles_)
        for (const QLabel* label : {t.caption, t.value, t.detail, t.delta})
            if (label == t.detail ? withDetails : !label->isHidden())
                widest = std::max(widest, textWidth(label));
    const int frame = tiles_.front().frame->frameWidth();
    return widest + FigureTile::kStripe + 2 * kTileMargin + 2 * frame;
}

int KeyFiguresStrip::tileWidthFor(int columns) const
{
    const int yearWidth = textWidth(year_) + kSpacing;
    return (width() - yearWidth - (columns - 1) * kSpacing) / columns;
}

void KeyFiguresStrip::fitToWidth()
{
    if (width() <= 0 || fitting_)
        return;
    fitting_ = true;
    // Six tiles in a row where they fit, else three in two rows, else two in three; where even two
    // are too narrow, the numbers' type shrinks, down to the strip's own size. Preferring one row
    // (presentation mode, where the chart needs the height), the type shrinks before the tiles wrap.
    const auto setValueScale = [this](double scale) {
        if (scale == valueScale_)
            return;
        valueScale_ = scale;
        for (Tile& t : tiles_)
            t.value->setFont(scaledFont(font(), valueScale_, true));
    };
    const auto arrangement = [&](bool details) {
        for (int candidate : {6, 3, 2}) {
            const double smallest = preferOneRow_ || candidate == 2 ? 1.0 : kValueScale;
            for (double scale = kValueScale; scale >= smallest - 1e-9; scale -= 0.1) {
                setValueScale(std::max(scale, 1.0));
                if (neededTileWidth(details) <= tileWidthFor(candidate))
                    return candidate;
            }
        }
        return 2;
    };
    // On a slide the details (units per day, the value in the base year) give way before a second row.
    bool details = true;
    int columns = arrangement(details);
    if (preferOneRow_ && columns < int(tiles_.size())) {
        details = false;
        columns = arrangement(details);
    }
    if (details != tiles_.front().detail->isVisibleTo(this)) {
        for (Tile& t : tiles_) {
            t.detail->setVisible(details);
            static_cast<FigureTile*>(t.frame)->relayout();
        }
        grid_->invalidate();
        updateGeometry();
    }
    if (columns != columns_)
        arrange(columns);
    fitting_ = false;
}

void KeyFiguresStrip::arrange(int columns)
{
    columns_ = columns;
    for (Tile& t : tiles_)
        grid_->removeWidget(t.frame);
    grid_->removeWidget(year_);
    const int rows = (int(tiles_.size()) + columns - 1) / columns;
    grid_->addWidget(year_, 0, 0, rows, 1);
    for (int i = 0; i < tiles_.size(); ++i)
        grid_->addWidget(tiles_[i].frame, i / columns, 1 + i % columns);
    for (int c = 1; c <= int(tiles_.size()); ++c)
        grid_->setColumnStretch(c, c <= columns ? 1 : 0);
}

QList<QLabel*> KeyFiguresStrip::labels() const
{
    QList<QLabel*> all{year_};
    for (const Tile& t : tiles_)
        all += {t.caption, t.value, t.detail, t.delta};
    return all;
}

} // namespace gridshare::gui
