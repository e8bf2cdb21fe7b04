#pragma once

#include "core/analytics/kpi/KpiResult.h"

#include <QFrame>
#include <QStringList>

#include <optional>
#include <vector>

class QAction;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QToolButton;

namespace storelens::ui {

class Sparkline;

// One KPI on the Overview: its name, value, the comparison value, the absolute and relative change coloured
// by whether it is good (METRICS.md section 2), a sparkline of the period, progress towards a target when one
// is set, and a tooltip with the definition and the exact inputs. A KPI without data says which import would
// enable it. "Why?" (the button, the context menu, Enter on the focused tile) asks for the explanation of the
// change; a change within normal variation is shown without good/bad colour and says so.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(core::analytics::KpiId id, QWidget *parent = nullptr);

    core::analytics::KpiId kpi() const { return m_id; }
    // What the view around the tile already says, or says for several tiles.
    struct ViewNotes
    {
        // Sentences the view's heading says (the VAT note): the tile leaves them to its tooltip, so a view
        // says each thing once (trial 24c: the VAT note three times on the Overview).
        QStringList saidAbove;
        // Why a KPI of the retention look-back window cannot tell yet (METRICS.md section 1, coverage below
        // 90 %): such a tile leads with "Too early to tell" and this sentence, its value dimmed.
        QString tooEarly;
    };
    // `comparisonLabel` names the comparison ("vs previous period"); empty when there is none.
    void setResult(const core::analytics::KpiComparison &kpi, const QString &comparisonLabel,
                   const ViewNotes &notes = {});
    // The sparkline's values; `periods` names them (its Copy Data lists each period's value); `hasData` says
    // which periods hold data (the line breaks only there; empty: where there is no value).
    void setSeries(std::vector<double> values, std::vector<uint8_t> hasValue, QStringList periods = {},
                   std::vector<uint8_t> hasData = {});
    void setTarget(std::optional<double> target);
    void clear(); // no result yet
    // The normal-variation verdict of the change (METRICS.md section 9); `explanation` is the tooltip's
    // sentence. Cleared by setResult(): until a verdict says the change is beyond normal variation (a KPI the
    // engine does not test never gets one) the change is shown without good/bad colour.
    // An untested change is shown without colour too, and says why it was not tested.
    enum class VariationCheck { Tested, TooFewDays, NoVariation, NotTestable, SourceEndsEarly };
    void setNormalVariation(bool within, const QString &explanation,
                            VariationCheck check = VariationCheck::Tested);
    bool withinNormalVariation() const { return m_verdict == Verdict::Within; }
    bool hasVerdict() const { return m_verdict != Verdict::Pending; }
    QToolButton *whyButton() const { return m_why; }
    QAction *whyAction() const { return m_whyAction; }

    // What the tile shows, for tests and accessibility.
    QString valueText() const;
    QString comparisonText() const;
    QString changeText() const;
    QString targetText() const;
    bool hasSparkline() const;
    Sparkline *sparkline() const { return m_sparkline; }
    QColor changeColor() const; // the colour the change is written in

    QSize sizeHint() const override { return QSize(232, kMinimumHeight); }
    // As tall as its lines need at `width` (a long name or note in French takes more lines), at least
    // kMinimumHeight, so no text touches the border or runs into the sparkline.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    static constexpr int kMinimumHeight = 136;
    static constexpr int kSparklineHeight = 22;

Q_SIGNALS:
    void whyRequested(core::analytics::KpiId id);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void refresh();

    core::analytics::KpiId m_id;
    std::optional<core::analytics::KpiComparison> m_kpi;
    QString m_comparisonLabel;
    ViewNotes m_viewNotes;
    std::optional<double> m_target;
    enum class Verdict { Pending, Within, Beyond };
    Verdict m_verdict = Verdict::Pending;
    VariationCheck m_variationCheck = VariationCheck::Tested;
    QString variationNote() const;
    QString m_variationExplanation;
    QHBoxLayout *m_header = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_comparison = nullptr;
    QLabel *m_note = nullptr;
    Sparkline *m_sparkline = nullptr;
    QProgressBar *m_targetBar = nullptr;
    QToolButton *m_why = nullptr;
    QAction *m_whyAction = nullptr;
};

} // namespace storelens::ui
