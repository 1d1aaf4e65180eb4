#pragma once
// The scenario being explored. Owns what the person set and the baseline that Reset returns to
// (a preset, or a region's defaults); re-evaluates through core/ after every change and
// publishes the result as a snapshot.

#include "scenario_snapshot.h"

#include "gridshare/dataset.h"
#include "gridshare/scenario.h"

#include <QObject>

namespace gridshare::gui {

class ScenarioDocument : public QObject {
    Q_OBJECT

public:
    explicit ScenarioDocument(const Dataset& data, QObject* parent = nullptr);

    const Dataset& data() const { return data_; }
    const Scenario& scenario() const { return scenario_; }
    const Preset* preset() const { return preset_; } // null when the baseline is a region's defaults
    const Region& region() const;
    QString currency() const;

    double value(Param p) const;
    double defaultValue(Param p) const;
    Provenance defaultProvenance(Param p) const;
    bool isDefault(Param p) const { return value(p) == defaultValue(p); }

    // The last valid evaluation; problems with the current values, when there are any.
    const SnapshotPtr& snapshot() const { return snapshot_; }
    const Issues& issues() const { return issues_; }

public slots:
    void setValue(gridshare::Param p, double value);
    void resetValue(gridshare::Param p);
    void resetAll();
    bool loadPreset(const QString& id);
    bool loadRegion(const QString& id);

signals:
    void changed();

private:
    void setBaseline(const Scenario& baseline, const Preset* preset);
    void reevaluate();

    const Dataset& data_;
    Scenario baseline_;
    Scenario scenario_;
    const Preset* preset_ = nullptr;
    SnapshotPtr snapshot_;
    Issues issues_;
};

} // namespace gridshare::gui
