#include "key_figures_strip.h"

#include "chart_page.h"
#include "quantity_text.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gridshare::gui {

KeyFiguresStrip::KeyFiguresStrip(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    year_ = new QLabel(this);
    year_->setObjectName(QStringLiteral("figuresYear"));
    QFont yearFont = font();
    yearFont.setPointSizeF(yearFont.pointSizeF() * 1.3);
    yearFont.setBold(true);
    year_->setFont(yearFont);
    year_->setAlignment(Qt::AlignCenter);
    layout->addWidget(year_);
    const std::initializer_list<std::pair<const char*, QRgb>> keys{
        {"ai_share", palette::kAi}, {"datacenter_share", palette::kDatacentres}, {"ai_twh", palette::kAi},
        {"cost", palette::kCost},   {"wh_per_query", palette::kPerQuery},        {"households", palette::kCo2}};
    for (const auto& [key, colour] : keys) {
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setObjectName(QStringLiteral("figure_%1").arg(QLatin1String(key)));
        frame->setStyleSheet(
            QStringLiteral("QFrame#%1 { border-left: 5px solid %2; }").arg(frame->objectName(), QColor(colour).name()));
        auto* box = new QVBoxLayout(frame);
        box->setSpacing(0);
        box->setContentsMargins(10, 6, 10, 6);
        Tile t{QString::fromLatin1(key), new QLabel(frame), new QLabel(frame), new QLabel(frame)};
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        t.value->setFont(big);
        t.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        t.detail->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        // Six tiles share the width; long text is elided by width, never allowed to widen the window.
        for (QLabel* label : {t.caption, t.value, t.detail})
            label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        box->addWidget(t.caption);
        box->addWidget(t.value);
        box->addWidget(t.detail);
        layout->addWidget(frame, 1);
        tiles_.append(t);
    }
}

KeyFiguresStrip::Tile& KeyFiguresStrip::tile(const QString& key)
{
    for (Tile& t : tiles_)
        if (t.key == key)
            return t;
    return tiles_.front();
}

QString KeyFiguresStrip::valueText(const QString& key) const
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
    const Evaluation& e = snapshot->evaluation;
    const YearResult& end = e.years.back();
    const QLocale l = locale();
    year_->setText(tr("In\n%1").arg(end.year));
    auto percent = [&](double fraction) {
        return l.toString(fraction * 100, 'f', fraction < 0.001 ? 3 : 2) + QStringLiteral(" %");
    };
    auto set = [&](const QString& key, const QString& caption, const QString& value, const QString& detail) {
        Tile& t = tile(key);
        t.caption->setText(caption);
        t.value->setText(value);
        t.detail->setText(detail);
        t.value->setAccessibleName(caption + QStringLiteral(": ") + value);
    };
    QString aiDetail = tr("of national use");
    QString dcDetail = aiDetail;
    if (!e.bands.empty()) {
        const YearBands& b = e.bands.back();
        auto range = [&](const Band& band) {
            return tr("P10–P90 %1–%2 %").arg(l.toString(band.p10 * 100, 'f', 1), l.toString(band.p90 * 100, 'f', 1));
        };
        aiDetail = range(b.aiShare);
        dcDetail = range(b.datacenterShare);
    }
    set(QStringLiteral("ai_share"), tr("AI share"), percent(end.aiShare), aiDetail);
    set(QStringLiteral("datacenter_share"), tr("Data-centre share"), percent(end.datacenterShare), dcDetail);
    set(QStringLiteral("ai_twh"), tr("AI electricity"),
        l.toString(end.aiTwh, 'f',
                   end.aiTwh < 10     ? 2
                   : end.aiTwh < 1000 ? 1
                                      : 0)
            + QStringLiteral(" TWh"),
        tr("%1 kWh/day").arg(formatLargeNumber(end.aiTwh * 1e9 / 365, l, 3, true)));
    set(QStringLiteral("cost"), tr("AI power bill"), formatLargeNumber(end.cost, l, 3, true),
        tr("%1 per year").arg(snapshot->currency));
    set(QStringLiteral("wh_per_query"), tr("Per request"), l.toString(end.whPerQuery, 'g', 3) + QStringLiteral(" Wh"),
        tr("%1 Wh in %2").arg(l.toString(e.years.front().whPerQuery, 'g', 3)).arg(e.baseYear));
    set(QStringLiteral("households"), tr("Households"), formatLargeNumber(end.households, l, 3, true),
        tr("homes' electricity"));
}

} // namespace gridshare::gui
