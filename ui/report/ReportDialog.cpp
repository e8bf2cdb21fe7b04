#include "ui/report/ReportDialog.h"

#include "ui/common/FileActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace storelens::ui {

namespace {

using core::analytics::ReportTemplate;

const QString kSettingsGroup = QStringLiteral("report");

// The period combo's data: "" for the current filters, else the template key.
QString periodKey(const std::optional<ReportTemplate> &t)
{
    return t ? core::analytics::reportTemplateKey(*t) : QString();
}

} // namespace

ReportDialog::ReportDialog(const ReportOptions &base, QWidget *parent)
    : QDialog(parent)
    , m_base(base)
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("reportDialog"));

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("Current filters (the dashboard's period and comparison)"), QString());
    m_period->addItem(tr("Weekly: last complete week"), periodKey(ReportTemplate::Weekly));
    m_period->addItem(tr("Monthly: last complete month"), periodKey(ReportTemplate::Monthly));
    m_period->addItem(tr("Quarterly: last complete quarter"), periodKey(ReportTemplate::Quarterly));

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("reportPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_orientation = new QComboBox(this);
    m_orientation->setObjectName(QStringLiteral("reportOrientation"));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));

    auto *sectionsBox = new QGroupBox(tr("Sections"), this);
    auto *sectionsLayout = new QVBoxLayout(sectionsBox);
    for (ReportSection s : allReportSections()) {
        auto *check = new QCheckBox(reportSectionTitle(s), sectionsBox);
        check->setObjectName(QStringLiteral("section_") + reportSectionKey(s));
        check->setChecked(true);
        sectionsLayout->addWidget(check);
        m_sections[s] = check;
    }

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setClearButtonEnabled(true);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::updateButtons);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &ReportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_open = new QCheckBox(tr("&Open the report when it is done"), this);
    m_open->setObjectName(QStringLiteral("reportOpenWhenDone"));
    m_open->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("Paper &size:"), m_pageSize);
    form->addRow(tr("&Orientation:"), m_orientation);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_open);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_preview = m_buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, [this] { Q_EMIT previewRequested(options()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sectionsBox);
    layout->addWidget(m_buttons);

    restoreSettings();
    if (m_path->text().isEmpty()) {
        const QString name = QFileInfo(base.workspacePath).completeBaseName();
        setOutputPath(defaultSavePath(tr("%1 report.pdf").arg(name.isEmpty() ? tr("StoreLens") : name)));
    }
    updateButtons();
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o = m_base;
    o.periodTemplate = core::analytics::reportTemplateFromKey(m_period->currentData().toString());
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    o.sections = {};
    for (const auto &[section, check] : m_sections) {
        if (check->isChecked())
            o.sections |= section;
    }
    return o;
}

QString ReportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

bool ReportDialog::openWhenDone() const
{
    return m_open->isChecked();
}

void ReportDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ReportDialog::accept()
{
    QString path = outputPath();
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        setOutputPath(path + QStringLiteral(".pdf"));
    saveSettings();
    QDialog::accept();
}

void ReportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report"), outputPath(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        setOutputPath(path);
}

void ReportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!outputPath().isEmpty());
}

void ReportDialog::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const int period = m_period->findData(settings.value(QStringLiteral("period")).toString());
    m_period->setCurrentIndex(std::max(0, period));
    const int size =
        m_pageSize->findData(settings.value(QStringLiteral("pageSize"), int(defaultPageSize(m_base.locale))));
    m_pageSize->setCurrentIndex(std::max(0, size));
    const int orientation =
        m_orientation->findData(settings.value(QStringLiteral("orientation"), int(QPageLayout::Portrait)));
    m_orientation->setCurrentIndex(std::max(0, orientation));
    if (settings.contains(QStringLiteral("sections"))) {
        const QStringList keys = settings.value(QStringLiteral("sections")).toStringList();
        for (const auto &[section, check] : m_sections)
            check->setChecked(keys.contains(reportSectionKey(section)));
    }
    m_open->setChecked(settings.value(QStringLiteral("openWhenDone"), true).toBool());
    const QString dir = settings.value(QStringLiteral("directory")).toString();
    if (!dir.isEmpty() && QFileInfo(dir).isDir()) {
        const QString name = QFileInfo(m_base.workspacePath).completeBaseName();
        setOutputPath(QDir(dir).filePath(tr("%1 report.pdf").arg(name.isEmpty() ? tr("StoreLens") : name)));
    }
}

void ReportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("period"), m_period->currentData());
    settings.setValue(QStringLiteral("pageSize"), m_pageSize->currentData());
    settings.setValue(QStringLiteral("orientation"), m_orientation->currentData());
    QStringList keys;
    for (const auto &[section, check] : m_sections) {
        if (check->isChecked())
            keys.append(reportSectionKey(section));
    }
    settings.setValue(QStringLiteral("sections"), keys);
    settings.setValue(QStringLiteral("openWhenDone"), m_open->isChecked());
    settings.setValue(QStringLiteral("directory"),
                      QFileInfo(QDir::fromNativeSeparators(outputPath())).absolutePath());
}

} // namespace storelens::ui
