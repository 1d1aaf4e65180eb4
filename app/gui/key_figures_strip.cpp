#include "key_figures_strip.h"

#include "chart_page.h"
#include "fonts.h"
#include "key_figures.h"

#include <QEvent>
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
        Tile t{QString::fromLatin1(key), new QLabel(frame), new QLabel(frame), new QLabel(frame), new QLabel(frame)};
        t.delta->setObjectName(QStringLiteral("delta_%1").arg(QLatin1String(key)));
        t.delta->setVisible(false);
        t.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        t.detail->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        // Six tiles share the width; long text is elided by width, never allowed to widen the window.
        for (QLabel* label : {t.caption, t.value, t.detail, t.delta}) {
            label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            box->addWidget(label);
        }
        layout->addWidget(frame, 1);
        tiles_.append(t);
    }
    applyFonts();
    // The strip keeps the height its numbers need; the chart takes what is left.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
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
    year_->setText(tr("In\n%1").arg(snapshot->evaluation.years.back().year));
    for (const KeyFigure& figure : keyFigures(*snapshot, locale())) {
        Tile& t = tile(figure.key);
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
}

QString KeyFiguresStrip::deltaText(const QString& key) const
{
    for (const Tile& t : tiles_)
        if (t.key == key)
            return t.delta->text();
    return QString();
}

bool KeyFiguresStrip::event(QEvent* event)
{
    // Presentation mode enlarges the type: the big numbers grow with it.
    if (event->type() == QEvent::FontChange)
        applyFonts();
    return QWidget::event(event);
}

void KeyFiguresStrip::applyFonts()
{
    year_->setFont(scaledFont(font(), 1.3, true));
    // Set on every label: the tiles' style sheets stop a parent's font from reaching them.
    const QFont big = scaledFont(font(), 1.6, true);
    for (Tile& t : tiles_) {
        t.value->setFont(big);
        for (QLabel* label : {t.caption, t.detail, t.delta})
            label->setFont(font());
    }
}

} // namespace gridshare::gui
