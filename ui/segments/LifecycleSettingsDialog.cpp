#include "ui/segments/LifecycleSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storelens::ui {

using core::analytics::LifecycleSettings;

namespace {

QSpinBox *spinBox(QWidget *parent, int minimum, int maximum, int value, const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

LifecycleSettingsDialog::LifecycleSettingsDialog(const LifecycleSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_newDays(spinBox(this, 1, 3650, settings.newDays, tr(" days")))
    , m_atRiskDays(spinBox(this, 1, 3650, settings.atRiskDays, tr(" days")))
    , m_lapsedDays(spinBox(this, 1, 3650, settings.lapsedDays, tr(" days")))
    , m_highPercent(spinBox(this, 1, 100, settings.highPercent, tr(" %")))
    , m_mediumPercent(spinBox(this, 0, 99, settings.mediumPercent, tr(" %")))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("lifecycleSettingsDialog"));
    setWindowTitle(tr("Lifecycle and Value Tier Thresholds"));
    m_newDays->setToolTip(tr("New: the first purchase falls within this many days up to the as-of date."));
    m_atRiskDays->setToolTip(tr("At risk: no purchase for at least this many days."));
    m_lapsedDays->setToolTip(tr("Lapsed: no purchase for at least this many days."));
    m_highPercent->setToolTip(tr("High value: historical CLV at or above this percentile."));
    m_mediumPercent->setToolTip(tr("Medium value: at or above this percentile and below the high one."));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&New within:"), m_newDays);
    form->addRow(tr("&At risk after:"), m_atRiskDays);
    form->addRow(tr("&Lapsed after:"), m_lapsedDays);
    form->addRow(tr("&High value from percentile:"), m_highPercent);
    form->addRow(tr("&Medium value from percentile:"), m_mediumPercent);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Stages are decided in this order: New, Lapsed, At risk, Active."), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QSpinBox *spin : {m_newDays, m_atRiskDays, m_lapsedDays, m_highPercent, m_mediumPercent})
        connect(spin, &QSpinBox::valueChanged, this, &LifecycleSettingsDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const LifecycleSettings defaults;
        m_newDays->setValue(defaults.newDays);
        m_atRiskDays->setValue(defaults.atRiskDays);
        m_lapsedDays->setValue(defaults.lapsedDays);
        m_highPercent->setValue(defaults.highPercent);
        m_mediumPercent->setValue(defaults.mediumPercent);
    });
    updateState();
}

LifecycleSettings LifecycleSettingsDialog::settings() const
{
    LifecycleSettings s;
    s.newDays = m_newDays->value();
    s.atRiskDays = m_atRiskDays->value();
    s.lapsedDays = m_lapsedDays->value();
    s.highPercent = m_highPercent->value();
    s.mediumPercent = m_mediumPercent->value();
    return s;
}

QString LifecycleSettingsDialog::problem() const
{
    if (m_atRiskDays->value() >= m_lapsedDays->value())
        return tr("At risk must come before lapsed: choose fewer days for at risk than for lapsed.");
    if (m_mediumPercent->value() >= m_highPercent->value())
        return tr("The medium tier must start below the high tier.");
    return {};
}

void LifecycleSettingsDialog::updateState()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace storelens::ui
