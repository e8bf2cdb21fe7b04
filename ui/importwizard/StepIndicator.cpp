#include "ui/importwizard/StepIndicator.h"

#include <QLabel>

#include <QVBoxLayout>
#include <algorithm>

namespace storelens::ui {

namespace {

QString stepLine(QChar mark, int index, const QString &step)
{
    return QStringLiteral("%1  %2. %3").arg(mark).arg(index + 1).arg(step);
}

} // namespace

StepIndicator::StepIndicator(const QStringList &steps, QWidget *parent)
    : QWidget(parent)
    , m_steps(steps)
    , m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("stepIndicator"));
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addSpacing(6);
    for (int i = 0; i < steps.size(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("step%1").arg(i));
        layout->addWidget(label);
        m_labels.append(label);
    }
    layout->addStretch(1);
    // As wide as the widest step in bold, as the current one is written: otherwise a step is cut as it
    // becomes current ("▶  4. Comprobación" in Spanish needed 6 px more than the steps before left it).
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int i = 0; i < steps.size(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(stepLine(QChar(0x25B6), i, steps.at(i))));
    const QMargins margins = layout->contentsMargins();
    setMinimumWidth(std::max(150, widest + margins.left() + margins.right()));
    setCurrentStep(0);
}

QString StepIndicator::headingText() const
{
    return tr("Step %1 of %2").arg(m_current + 1).arg(m_steps.size());
}

QString StepIndicator::stepText(int index) const
{
    if (index < 0 || index >= m_labels.size())
        return {};
    return m_labels.at(index)->text();
}

void StepIndicator::setCurrentStep(int index)
{
    m_current = std::clamp(index, 0, int(m_steps.size()) - 1);
    m_heading->setText(headingText());
    for (int i = 0; i < m_labels.size(); ++i) {
        QLabel *label = m_labels.at(i);
        // ✓ done, ▶ now, ○ to come: the marks say it without colour.
        const QChar mark = i < m_current ? QChar(0x2713) : i == m_current ? QChar(0x25B6) : QChar(0x25CB);
        label->setText(stepLine(mark, i, m_steps.at(i)));
        QFont font = label->font();
        font.setBold(i == m_current);
        label->setFont(font);
        label->setForegroundRole(i > m_current ? QPalette::PlaceholderText : QPalette::WindowText);
        label->setAccessibleName(i == m_current ? tr("Current step: %1").arg(m_steps.at(i)) : m_steps.at(i));
    }
}

} // namespace storelens::ui
