#include "ui/dashboard/KpiTile.h"

#include "core/analytics/kpi/Glossary.h"
#include "core/model/PercentText.h"
#include "ui/charts/Sparkline.h"
#include "ui/common/ViewPrinter.h"
#include "ui/dashboard/KpiFormat.h"
#include "ui/help/HandbookPages.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace storelens::ui {

namespace {

using core::analytics::GoodDirection;
using core::analytics::KpiId;

// A KPI whose value is already a comparison with a year earlier (METRICS.md section 2).
bool isItselfAComparison(KpiId id)
{
    return id == KpiId::YoyGrowth || id == KpiId::YoyGrowthRate;
}

void setTextColor(QLabel *label, const QColor &color)
{
    // On the tile's Base background a label draws with the Text role; set both so either role reads it.
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    label->setPalette(p);
}

QColor dimmed(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

// A name whose last word is a sign or a short word ("Croissance sur un an %") keeps it on the line before,
// so a wrapped name never leaves "%" alone on the second line.
QString withoutLoneLastWord(QString name)
{
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && name.size() - space - 1 <= 2)
        name[space] = QChar(0x00a0);
    return name;
}

} // namespace

KpiTile::KpiTile(KpiId id, QWidget *parent)
    : QFrame(parent)
    , m_id(id)
    , m_name(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_comparison(new QLabel(this))
    , m_note(new QLabel(this))
    , m_sparkline(new Sparkline(this))
    , m_targetBar(new QProgressBar(this))
    , m_why(new QToolButton(this))
    , m_whyAction(new QAction(tr("&Why did this change?"), this))
{
    setObjectName(QStringLiteral("kpiTile_%1").arg(core::analytics::kpiKey(id)));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // Keyboard users reach the tooltip text through the accessible description, and Enter asks "Why?".
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(210);

    setWhatsThis(
        kpiWhatsThis(id)); // Help › What's This?, from the catalogue like the handbook's figures page
    m_name->setText(withoutLoneLastWord(core::analytics::kpiLabel(id)));
    m_sparkline->setAccessibleName(tr("%1 over time").arg(core::analytics::kpiLabel(id)));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true); // a long name ("Durchschnittlicher Bestellwert") beside "Why?" takes two lines
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.7);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_name->setObjectName(QStringLiteral("name"));
    m_value->setObjectName(QStringLiteral("value"));
    m_change->setObjectName(QStringLiteral("change"));
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);
    m_comparison->setFont(small);
    m_targetBar->setObjectName(QStringLiteral("target"));
    m_targetBar->setRange(0, 100);
    m_targetBar->setMaximumHeight(m_targetBar->fontMetrics().height() + 2);
    m_targetBar->setFont(small);
    m_targetBar->setTextVisible(true);

    m_whyAction->setObjectName(QStringLiteral("whyAction"));
    m_whyAction->setShortcut(QKeySequence(Qt::Key_Return));
    m_whyAction->setShortcutContext(Qt::WidgetShortcut);
    m_whyAction->setToolTip(
        tr("Explain where the change of %1 came from").arg(core::analytics::kpiLabel(id)));
    connect(m_whyAction, &QAction::triggered, this, [this] { Q_EMIT whyRequested(m_id); });
    addAction(m_whyAction);
    auto *enter = new QAction(this); // the keypad's Enter too
    enter->setShortcut(QKeySequence(Qt::Key_Enter));
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, m_whyAction, &QAction::trigger);
    addAction(enter);
    m_why->setObjectName(QStringLiteral("whyButton"));
    m_why->setText(tr("Why?"));
    m_why->setAutoRaise(true);
    m_why->setFocusPolicy(Qt::NoFocus); // the tile takes the focus; Enter on it does the same
    m_why->setCursor(Qt::PointingHandCursor);
    m_why->setToolTip(tr("Where the change came from, and whether it is more than normal variation "
                         "(Enter on the tile)"));
    m_why->setFont(small);
    ViewPrinter::setScreenOnly(m_why);
    connect(m_why, &QToolButton::clicked, m_whyAction, &QAction::trigger);

    m_header = new QHBoxLayout;
    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_name, 1);
    m_header->addWidget(m_why, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addLayout(m_header);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_comparison);
    layout->addWidget(m_note);
    layout->addWidget(m_sparkline, 1);
    layout->addWidget(m_targetBar);
    layout->addStretch(0); // takes the room of a hidden sparkline, so the text stays at the top
    m_sparkline->setMinimumHeight(kSparklineHeight);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    clear();
}

int KpiTile::heightForWidth(int width) const
{
    const auto *box = static_cast<const QVBoxLayout *>(layout());
    const QMargins margins = box->contentsMargins();
    const int frame = 2 * frameWidth(); // the layout lays out inside the frame
    const int inner = width - frame - margins.left() - margins.right();
    // The name wraps beside "Why?".
    const int nameWidth = inner - m_why->sizeHint().width() - std::max(0, m_header->spacing());
    int height = std::max(m_name->heightForWidth(nameWidth), m_why->sizeHint().height());
    for (const QLabel *label : {m_value, m_change, m_comparison, m_note}) {
        if (!label->isHidden())
            height += box->spacing() +
                      (label->wordWrap() ? label->heightForWidth(inner) : label->sizeHint().height());
    }
    if (!m_sparkline->isHidden())
        height += box->spacing() + kSparklineHeight;
    if (!m_targetBar->isHidden())
        height += box->spacing() + m_targetBar->sizeHint().height();
    return std::max(kMinimumHeight, height + frame + margins.top() + margins.bottom());
}

void KpiTile::setResult(const core::analytics::KpiComparison &kpi, const QString &comparisonLabel,
                        const ViewNotes &notes)
{
    m_kpi = kpi;
    m_viewNotes = notes;
    m_verdict = Verdict::Pending;
    m_variationExplanation.clear();
    m_comparisonLabel = comparisonLabel;
    refresh();
}

void KpiTile::setSeries(std::vector<double> values, std::vector<uint8_t> hasValue, QStringList periods,
                        std::vector<uint8_t> hasData)
{
    m_sparkline->setValues(std::move(values), std::move(hasValue), std::move(periods), std::move(hasData));
    m_sparkline->setVisible(m_sparkline->values().size() >= 2 && m_kpi && m_kpi->current.hasData);
    updateGeometry();
}

void KpiTile::setTarget(std::optional<double> target)
{
    m_target = target;
    refresh();
}

void KpiTile::clear()
{
    m_kpi.reset();
    m_sparkline->setValues({});
    refresh();
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::comparisonText() const
{
    return m_comparison->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

QString KpiTile::targetText() const
{
    return m_targetBar->isHidden() ? QString() : m_targetBar->format();
}

bool KpiTile::hasSparkline() const
{
    return !m_sparkline->isHidden();
}

QColor KpiTile::changeColor() const
{
    return m_change->palette().color(QPalette::WindowText);
}

void KpiTile::setNormalVariation(bool within, const QString &explanation, VariationCheck check)
{
    m_verdict = within ? Verdict::Within : Verdict::Beyond;
    m_variationCheck = check;
    m_variationExplanation = explanation;
    refresh();
}

// The short line under a change shown without colour: within normal variation, or why it was not tested.
QString KpiTile::variationNote() const
{
    switch (m_variationCheck) {
    case VariationCheck::Tested:
        return tr("Within normal variation");
    case VariationCheck::TooFewDays:
        return tr("Too few days to judge");
    case VariationCheck::NoVariation:
        return tr("No variation to test");
    case VariationCheck::SourceEndsEarly:
        return tr("Not comparable: a source's data ends early");
    case VariationCheck::NotTestable:
        break;
    }
    return tr("No test of normal variation");
}

void KpiTile::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_whyAction);
    menu.exec(event->globalPos());
}

void KpiTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(rect().adjusted(1, 1, -1, -1));
}

void KpiTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void KpiTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void KpiTile::refresh()
{
    const QPalette &pal = palette();
    setTextColor(m_name, dimmed(pal));
    setTextColor(m_comparison, dimmed(pal));
    setTextColor(m_note, dimmed(pal));
    const core::analytics::KpiUnit unit = core::analytics::kpiUnit(m_id);
    const QString label = core::analytics::kpiLabel(m_id);
    QString tip = QStringLiteral("<b>%1</b><br/>%2")
                      .arg(label.toHtmlEscaped(), core::analytics::kpiDescription(m_id).toHtmlEscaped());
    if (!m_kpi) {
        m_value->setText(QStringLiteral("–"));
        m_change->clear();
        m_comparison->clear();
        m_note->clear();
        m_note->hide();
        m_sparkline->hide();
        m_targetBar->hide();
        setToolTip(tip);
        updateGeometry();
        return;
    }
    const core::analytics::KpiComparison &kpi = *m_kpi;
    const bool tooEarly =
        kpi.current.hasData && !m_viewNotes.tooEarly.isEmpty() && core::analytics::usesLookBackWindow(m_id);
    m_value->setText(formatKpiValue(kpi.current));
    setTextColor(m_value, kpi.current.hasData && !tooEarly ? pal.color(QPalette::Text) : dimmed(pal));

    if (kpi.hasChange) {
        // A change that rounds to zero as shown ("0.0 pp") has no arrow either (trial 22en: "▼ −0.0 pp").
        const QString change = formatKpiChange(kpi);
        const bool zero = core::showsZero(change);
        const QString arrow = zero                     ? QString()
                              : kpi.absoluteChange > 0 ? QStringLiteral("▲ ")
                              : kpi.absoluteChange < 0 ? QStringLiteral("▼ ")
                                                       : QString();
        // A rate changes in percentage points only: the change of a percentage in per cent ("+28.3 pp
        // (+208.9 %)" for year-over-year growth) meant nothing to the manager in trial 20.
        if (unit == core::analytics::KpiUnit::Ratio)
            m_change->setText(arrow + change);
        else
            m_change->setText(
                tr("%1%2 (%3)")
                    .arg(arrow, change,
                         kpi.hasRelativeChange ? formatRelativeChange(kpi.relativeChange) : tr("n/a")));
        // Only a change beyond normal variation is good or bad (METRICS.md section 9); while its verdict is
        // pending, and for a KPI without one, the change is plain.
        setTextColor(m_change, m_verdict == Verdict::Beyond && !zero ? assessmentColor(kpi.assessment, pal)
                                                                     : pal.color(QPalette::Text));
    } else if (tooEarly) {
        m_change->setText(tr("Too early to tell"));
        setTextColor(m_change, dimmed(pal));
    } else if (m_comparisonLabel.isEmpty() || !kpi.current.hasData || isItselfAComparison(m_id)) {
        // Year-over-year growth already compares with a year earlier: "No comparison data" under it would
        // contradict the figure (the change of the growth itself needs a further year).
        m_change->clear();
    } else {
        // The coverage rule: the reason is in the note below.
        m_change->setText(kpi.comparable ? tr("No comparison data") : tr("Not comparable"));
        setTextColor(m_change, dimmed(pal));
    }
    m_change->setVisible(!m_change->text().isEmpty());
    m_comparison->setText(m_comparisonLabel.isEmpty() || !kpi.current.hasData || tooEarly ||
                                  (isItselfAComparison(m_id) && !kpi.hasChange)
                              ? QString()
                              : tr("%1: %2").arg(m_comparisonLabel, formatKpiValue(kpi.comparison)));
    m_comparison->setVisible(!m_comparison->text().isEmpty());

    // The tile names the value's own warning; why the comparison does not count (the coverage rule) is said
    // once at the top of the view and in full in the tooltip.
    QString note = kpi.current.hasData ? kpi.current.warning : kpi.current.noDataReason;
    const QString fullNote = note;
    if (kpi.current.hasData) {
        for (const QString &said : m_viewNotes.saidAbove)
            note.remove(said);
        note = note.simplified();
    }
    const bool normal = m_verdict == Verdict::Within && kpi.hasChange;
    // A KPI without a good direction (METRICS.md section 2: guest share, new customers, ...) has no colour to
    // show a change beyond normal variation: the tile says it in words, as its Why? panel does (trial 22en:
    // new customers "▼ −20 (−45.5 %)" in plain black and no line, the panel "beyond normal variation").
    const bool beyondUncoloured = m_verdict == Verdict::Beyond && kpi.hasChange &&
                                  kpi.assessment == core::analytics::ChangeAssessment::Neutral;
    if (normal || beyondUncoloured) {
        const QString said = normal ? variationNote() : tr("Beyond normal variation");
        note = note.isEmpty() ? said : said + QLatin1Char('\n') + note;
    }
    if (m_id == core::analytics::KpiId::RetentionRate && kpi.current.hasData) {
        // METRICS.md section 3: the guides' formula with kept and reactivated customers beside it.
        const QString beside =
            tr("Kept %1 of %2 customers; %3 reactivated.")
                .arg(QLocale().toString(qint64(kpi.current.input(QStringLiteral("kept")))),
                     QLocale().toString(qint64(kpi.current.input(QStringLiteral("S")))),
                     QLocale().toString(qint64(kpi.current.input(QStringLiteral("reactivated")))));
        note = note.isEmpty() ? beside : beside + QLatin1Char('\n') + note;
    }
    if (tooEarly)
        note = note.isEmpty() ? m_viewNotes.tooEarly : m_viewNotes.tooEarly + QLatin1Char('\n') + note;
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    if (!kpi.current.hasData)
        m_sparkline->hide();

    if (m_target && kpi.current.hasData) {
        const double target = *m_target;
        const bool lowerIsBetter = core::analytics::kpiGoodDirection(m_id) == GoodDirection::Down;
        double achieved = 0;
        if (lowerIsBetter)
            achieved = kpi.current.value <= 0 ? 1.0 : target / kpi.current.value;
        else if (target != 0)
            achieved = kpi.current.value / target;
        const int percent = int(std::lround(std::clamp(achieved, 0.0, 10.0) * 100.0));
        m_targetBar->setValue(std::min(percent, 100));
        m_targetBar->setFormat(core::keepPercentSignsWithNumbers(
            tr("%1 % of target %2").arg(QLocale().toString(percent), formatKpiNumber(unit, target))));
        m_targetBar->show();
    } else {
        m_targetBar->hide();
    }

    QString formula = kpiFormulaWithInputs(kpi.current);
    if (formula.isEmpty())
        formula = core::analytics::kpiFormula(m_id);
    tip += QStringLiteral("<br/><br/>%1").arg(formula.toHtmlEscaped());
    // The abbreviations and letters of the label and formula in words (issue 17), "pp" with a ratio's change.
    QString abbreviated = label + QLatin1Char(' ') + core::analytics::kpiFormula(m_id);
    if (kpi.hasChange && unit == core::analytics::KpiUnit::Ratio)
        abbreviated += QStringLiteral(" pp");
    if (const QString words = core::analytics::glossaryLine(abbreviated); !words.isEmpty())
        tip += QStringLiteral("<br/><small>%1</small>").arg(words.toHtmlEscaped());
    if (kpi.current.hasData && !m_comparisonLabel.isEmpty()) {
        tip += QStringLiteral("<br/>%1").arg(
            tr("%1: %2").arg(m_comparisonLabel, formatKpiValue(kpi.comparison)).toHtmlEscaped());
        const QString comparisonFormula = kpiFormulaWithInputs(kpi.comparison);
        if (!comparisonFormula.isEmpty())
            tip += QStringLiteral("<br/>%1").arg(comparisonFormula.toHtmlEscaped());
    }
    if (!note.isEmpty())
        tip += QStringLiteral("<br/><br/><i>%1</i>").arg(note.toHtmlEscaped());
    for (const QString &said : m_viewNotes.saidAbove) {
        if (fullNote.contains(said))
            tip += QStringLiteral("<br/><i>%1</i>").arg(said.toHtmlEscaped());
    }
    if ((normal || beyondUncoloured) && !m_variationExplanation.isEmpty())
        tip += QStringLiteral("<br/>%1").arg(m_variationExplanation.toHtmlEscaped());
    if (kpi.current.hasData && kpi.warning != kpi.current.warning && !kpi.warning.isEmpty())
        tip += QStringLiteral("<br/><br/><i>%1</i>").arg(kpi.warning.toHtmlEscaped());
    if (m_target)
        tip += QStringLiteral("<br/>%1").arg(
            tr("Target: %1").arg(formatKpiNumber(unit, *m_target)).toHtmlEscaped());
    setToolTip(tip);
    setAccessibleName(label);
    setAccessibleDescription(tr("%1. %2 %3").arg(m_value->text(), m_change->text(), m_comparison->text()));
    updateGeometry(); // its lines may need another height
}

} // namespace storelens::ui
