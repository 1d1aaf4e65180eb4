// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A one-line label that gives way to narrow panels: it shows as much of its text as fits, ending in
// "…", with the whole text in its tooltip. Its neighbours (a source badge, a reset button) keep
// their room and stay visible.

#include <QLabel>

namespace gridshare::gui {

class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(const QString& text = QString(), QWidget* parent = nullptr);

    void setFullText(const QString& text);
    // What the tooltip says besides the whole text (which it shows only when the text is cut).
    void setDescription(const QString& description);
    // Text up to this wide is never cut (a unit beside a number); longer text gives way as usual.
    void setKeepWholeUpTo(int pixels);
    QString fullText() const { return full_; }
    bool isElided() const { return text() != full_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void elide();

    QString full_;
    QString description_;
    int keepWhole_ = 0;
};

} // namespace gridshare::gui
