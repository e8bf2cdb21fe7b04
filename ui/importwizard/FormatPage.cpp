#include "ui/importwizard/FormatPage.h"

#include "core/import/MappingSuggester.h"
#include "ui/common/LatestTask.h"
#include "ui/importwizard/ImportWizard.h"
#include "ui/importwizard/PreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace storelens::ui {

namespace {

constexpr int PreviewRows = 1000;
constexpr int MaxColumnWidth = 220;

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

FormatPage::FormatPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_task(new LatestTask(this))
    , m_model(new PreviewModel(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_quote(new QComboBox(this))
    , m_header(new QCheckBox(tr("The first row holds the column &names"), this))
    , m_table(new QTableView(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Check how the file is written"));
    setSubTitle(tr("StoreLens detected these settings. If the preview below looks wrong (odd characters, "
                   "everything in one column), change them until it looks right."));
    using core::csv::TextEncoding;
    for (TextEncoding e :
         {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252})
        m_encoding->addItem(core::csv::encodingName(e), int(e));
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Vertical bar ( | )"), int('|'));
    m_delimiter->addItem(tr("Spaces (aligned columns)"), int(' '));
    m_quote->addItem(tr("Double quote ( \" )"), int('"'));
    m_quote->addItem(tr("Single quote ( ' )"), int('\''));
    m_quote->addItem(tr("None"), 0);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_quote->setObjectName(QStringLiteral("quoteCombo"));
    m_header->setObjectName(QStringLiteral("headerCheck"));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_error->setObjectName(QStringLiteral("formatError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setMaximumSectionSize(MaxColumnWidth);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Quote character:"), m_quote);
    form->addRow(QString(), m_header);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    registerField(QStringLiteral("encoding"), m_encoding);
    registerField(QStringLiteral("delimiter"), m_delimiter);
    registerField(QStringLiteral("quote"), m_quote);
    registerField(QStringLiteral("hasHeader"), m_header);

    for (QComboBox *combo : {m_encoding, m_delimiter, m_quote})
        connect(combo, &QComboBox::currentIndexChanged, this, &FormatPage::reread);
    connect(m_header, &QCheckBox::toggled, this, &FormatPage::reread);
    connect(m_task, &LatestTask::busyChanged, this, &FormatPage::completeChanged);
}

bool FormatPage::isReading() const
{
    return m_task->isRunning();
}

void FormatPage::initializePage()
{
    showDialect(m_wizard->profile().dialect);
    showPreview();
}

void FormatPage::showDialect(const core::csv::Dialect &dialect)
{
    const QSignalBlocker b1(m_encoding), b2(m_delimiter), b3(m_quote), b4(m_header);
    selectData(m_encoding, int(dialect.encoding));
    selectData(m_delimiter, int(dialect.delimiter));
    selectData(m_quote, int(dialect.quote));
    m_header->setChecked(dialect.hasHeader);
}

core::csv::Dialect FormatPage::chosenDialect() const
{
    core::csv::Dialect dialect = m_wizard->profile().dialect;
    dialect.encoding = core::csv::TextEncoding(m_encoding->currentData().toInt());
    dialect.delimiter = char(m_delimiter->currentData().toInt());
    dialect.quote = char(m_quote->currentData().toInt());
    dialect.hasHeader = m_header->isChecked();
    return dialect;
}

void FormatPage::showPreview()
{
    const core::FilePreview &preview = m_wizard->preview();
    m_model->setPreview(preview.header, preview.rows);
    m_table->resizeColumnsToContents();
}

void FormatPage::reread()
{
    const core::csv::Dialect dialect = chosenDialect();
    const QString path = m_wizard->preview().path;
    const core::Entity entity = m_wizard->profile().entity;
    m_error->hide();
    m_task->start<core::FilePreview>(
        [path, dialect](const TaskControl &) { return core::previewFile(path, dialect, PreviewRows); },
        [this, entity](const core::FilePreview &preview) {
            m_wizard->setPreview(preview);
            // Other settings give other columns: the mapping starts again from their names.
            core::ImportProfile suggested = core::suggestProfile(preview, entity);
            if (m_wizard->unusedSavedProfile())
                core::keepStatusChoices(suggested, *m_wizard->unusedSavedProfile());
            m_wizard->setProfile(suggested);
            showPreview();
        },
        [this](const core::Error &error) {
            m_model->setPreview({}, {});
            m_error->setText(tr("<span style=\"color:#b00020\">With these settings the file cannot be read: "
                                "%1</span>")
                                 .arg(error.message().toHtmlEscaped()));
            m_error->show();
        });
}

bool FormatPage::isComplete() const
{
    return !m_task->isRunning() && m_error->isHidden() && m_model->columnCount() > 0;
}

} // namespace storelens::ui
