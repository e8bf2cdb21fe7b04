#include "ui/segments/MemberExportDialog.h"

#include "ui/common/Formatting.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace storelens::ui {

namespace {
constexpr int KeyRole = Qt::UserRole;
const QString ForExcelSetting = QStringLiteral("segments/exportForExcel");
} // namespace

MemberExportDialog::MemberExportDialog(const QString &segmentTitle, qint64 members, qint64 withoutConsent,
                                       QWidget *parent)
    : QDialog(parent)
    , m_columns(new QListWidget(this))
    , m_includeWithoutConsent(new QCheckBox(tr("&Include customers without marketing consent"), this))
    , m_forExcel(new QCheckBox(this))
    , m_consent(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_members(members)
    , m_withoutConsent(withoutConsent)
{
    setObjectName(QStringLiteral("memberExportDialog"));
    setWindowTitle(tr("Export Members of %1").arg(segmentTitle));
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setToolTip(tr("Tick the columns to write; drag them to change their order."));
    for (const QString &key : core::analytics::memberExportColumns()) {
        auto *item = new QListWidgetItem(columnLabel(key), m_columns);
        item->setData(KeyRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
    }
    setColumns(core::analytics::defaultMemberExportColumns());
    m_includeWithoutConsent->setObjectName(QStringLiteral("includeWithoutConsent"));
    m_forExcel->setObjectName(QStringLiteral("forExcel"));
    m_forExcel->setText(tr("For E&xcel in this language"));
    auto *excelHint =
        new QLabel(core::analytics::excelUsesDecimalComma(QLocale())
                       ? tr("Ticked: \";\" between columns and decimal commas, as Excel in this "
                            "language expects. Unticked: \",\" and \".\" for other programs.")
                       : tr("Ticked: a byte order mark first, so Excel reads accented letters. "
                            "Unticked: plain UTF-8 for other programs."),
                   this);
    excelHint->setObjectName(QStringLiteral("forExcelHint"));
    excelHint->setWordWrap(true);
    m_forExcel->setChecked(rememberedForExcel());
    m_consent->setObjectName(QStringLiteral("consentSummary"));
    m_consent->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setPlaceholderText(tr("Choose where to save the CSV file"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *columnsLabel = new QLabel(tr("&Columns:"), this);
    columnsLabel->setBuddy(m_columns);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%Ln customer(s) in the segment.", nullptr, int(members)), this));
    layout->addWidget(columnsLabel);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_includeWithoutConsent);
    layout->addWidget(m_consent);
    layout->addWidget(m_forExcel);
    layout->addWidget(excelHint);
    layout->addWidget(fileLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &MemberExportDialog::browse);
    connect(m_columns, &QListWidget::itemChanged, this, &MemberExportDialog::updateState);
    connect(m_includeWithoutConsent, &QCheckBox::toggled, this, &MemberExportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &MemberExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Wide enough for the title with the window's buttons (trial 21de: "Mitglieder von Potenziell…stammkunden
    // exportieren") and for a path under the home folder; the title bar's font is the application's, bold.
    QFont titleFont = font();
    titleFont.setBold(true);
    resize(std::max(520, QFontMetrics(titleFont).horizontalAdvance(windowTitle()) + 160), 540);
    updateState();
}

QString MemberExportDialog::columnLabel(const QString &key)
{
    return core::analytics::memberExportColumnLabel(key);
}

QStringList MemberExportDialog::columns() const
{
    QStringList keys;
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            keys.append(item->data(KeyRole).toString());
    }
    return keys;
}

void MemberExportDialog::setColumns(const QStringList &keys)
{
    // Checked columns first, in the given order; the others after them, unchecked.
    for (qsizetype k = keys.size() - 1; k >= 0; --k) {
        for (int i = 0; i < m_columns->count(); ++i) {
            if (m_columns->item(i)->data(KeyRole).toString() == keys.at(k)) {
                m_columns->insertItem(0, m_columns->takeItem(i));
                break;
            }
        }
    }
    for (int i = 0; i < m_columns->count(); ++i) {
        QListWidgetItem *item = m_columns->item(i);
        item->setCheckState(keys.contains(item->data(KeyRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

bool MemberExportDialog::includeWithoutConsent() const
{
    return m_includeWithoutConsent->isChecked();
}

void MemberExportDialog::setIncludeWithoutConsent(bool include)
{
    m_includeWithoutConsent->setChecked(include);
}

QString MemberExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void MemberExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

bool MemberExportDialog::forExcel() const
{
    return m_forExcel->isChecked();
}

void MemberExportDialog::setForExcel(bool forExcel)
{
    m_forExcel->setChecked(forExcel);
}

bool MemberExportDialog::rememberedForExcel()
{
    const QVariant stored = QSettings().value(ForExcelSetting);
    return stored.isValid() ? stored.toBool() : core::analytics::excelUsesDecimalComma(QLocale());
}

void MemberExportDialog::accept()
{
    QSettings().setValue(ForExcelSetting, forExcel());
    QDialog::accept();
}

core::analytics::MemberExportOptions MemberExportDialog::options() const
{
    core::analytics::MemberExportOptions o;
    o.columns = columns();
    o.includeWithoutConsent = includeWithoutConsent();
    o.style =
        forExcel() ? core::analytics::MemberCsvStyle::ForExcel : core::analytics::MemberCsvStyle::Standard;
    o.locale = QLocale();
    return o;
}

QString MemberExportDialog::consentText() const
{
    return m_consent->text();
}

void MemberExportDialog::browse()
{
    const QString start = filePath().isEmpty() ? QDir::homePath() : filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Members"), start,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
                            path.contains(QLatin1Char('.'))
                        ? path
                        : path + QStringLiteral(".csv"));
}

void MemberExportDialog::updateState()
{
    if (m_withoutConsent == 0)
        m_consent->setText(tr("Every customer in the segment has agreed to marketing email."));
    else if (includeWithoutConsent())
        m_consent->setText(tr("All %1 customers will be written, %2 of them without marketing consent.")
                               .arg(formatCount(m_members), formatCount(m_withoutConsent)));
    else if (m_withoutConsent == m_members)
        // A till export without a consent column: nobody would be written, so say how to write them anyway.
        m_consent->setText(tr("None of the %1 customers has agreed to marketing email (or it is unknown), so "
                              "none will be written. Tick \"Include customers without marketing consent\" to "
                              "export them for your own analysis.")
                               .arg(formatCount(m_members)));
    else
        m_consent->setText(tr("%1 of %2 customers have not agreed to marketing email (or it is unknown) and "
                              "will be left out; %3 will be written.")
                               .arg(formatCount(m_withoutConsent), formatCount(m_members),
                                    formatCount(m_members - m_withoutConsent)));
    // Nobody to write (no member has consent, and they are not included): no empty file to export.
    const bool nobody = m_withoutConsent == m_members && !includeWithoutConsent();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!filePath().isEmpty() && !columns().isEmpty() && !nobody);
}

} // namespace storelens::ui
