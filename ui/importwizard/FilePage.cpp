#include "ui/importwizard/FilePage.h"

#include "core/import/DefaultStore.h"
#include "core/import/EarlierOrders.h"
#include "core/model/TextLocale.h"
#include "core/store/Workspace.h"
#include "ui/common/FileActions.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/importwizard/ExportStyle.h"
#include "ui/importwizard/ImportWizard.h"
#include "ui/shell/ImportController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace storelens::ui {

namespace {

constexpr int PreviewRows = 1000;

const core::Entity AllEntities[] = {core::Entity::Orders,    core::Entity::Customers, core::Entity::Products,
                                    core::Entity::Inventory, core::Entity::Traffic,   core::Entity::Staffing,
                                    core::Entity::Marketing};

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';':
        return FilePage::tr("semicolon-separated");
    case '\t':
        return FilePage::tr("tab-separated");
    case '|':
        return FilePage::tr("separated by vertical bars");
    default:
        return FilePage::tr("comma-separated");
    }
}

core::Result<FileProbe> probeFile(const QString &workspace, const QString &path)
{
    auto preview = core::previewFile(path, std::nullopt, PreviewRows);
    if (!preview)
        return preview.error();
    FileProbe probe;
    probe.preview = std::move(preview).value();
    probe.guess = core::detectEntity(probe.preview);
    core::Connection connection(workspace);
    if (!connection.isOpen())
        return connection.error();
    auto matching = core::ProfileStore::matching(connection.db(), probe.preview.header);
    if (!matching)
        return matching.error();
    probe.matching = std::move(matching).value();
    auto sources = core::ProfileStore::sourceNames(connection.db());
    if (!sources)
        return sources.error();
    probe.sources = std::move(sources).value();
    core::ImportProfile suggested = core::suggestProfile(probe.preview, core::Entity::Orders);
    const bool online = suggested.defaultStore == core::onlineShopStoreName();
    if (auto kept = core::keepStoreOfEarlierLines(connection.db(), suggested); !kept)
        return kept.error();
    probe.keepMainStore = online && suggested.defaultStore.isEmpty();
    const QStringList refunded = core::refundOrderIds(suggested, probe.preview.header, probe.preview.rows);
    auto holding = core::sourceHoldingOrders(connection.db(), refunded);
    if (!holding)
        return holding.error();
    probe.earlierOrdersSource = holding.value();
    return probe;
}

} // namespace

FilePage::FilePage(ImportWizard *wizard, const QString &csvPath)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_task(new LatestTask(this))
    , m_path(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_entity(new QComboBox(this))
    , m_useProfile(new QCheckBox(this))
    , m_useProfileNote(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("Choose a CSV export of your till, web shop or ERP. StoreLens reads its first rows to "
                   "work out what it holds; nothing is imported before the last step."));
    m_path->setObjectName(QStringLiteral("filePath"));
    m_info->setObjectName(QStringLiteral("fileInfo"));
    m_info->setWordWrap(true);
    m_entity->setObjectName(QStringLiteral("entityCombo"));
    for (core::Entity e : AllEntities)
        m_entity->addItem(core::entityDisplayName(e), int(e));
    m_entity->setPlaceholderText(tr("Choose what the file holds"));
    m_useProfile->setObjectName(QStringLiteral("useProfileCheck"));
    m_useProfile->hide();
    // The explanation wraps under the check box: a long profile name or a translation never runs off the
    // page.
    m_useProfileNote->setObjectName(QStringLiteral("useProfileNote"));
    m_useProfileNote->setWordWrap(true);
    m_useProfileNote->setIndent(style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                                style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    m_useProfileNote->hide();

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_info);
    form->addRow(tr("The file &holds:"), m_entity);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_useProfile);
    layout->addWidget(m_useProfileNote);
    layout->addStretch(1);

    registerField(QStringLiteral("file*"), m_path);
    registerField(QStringLiteral("entity"), m_entity);
    registerField(QStringLiteral("useProfile"), m_useProfile);

    connect(browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &FilePage::probe);
    connect(m_task, &LatestTask::busyChanged, this, &FilePage::completeChanged);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &FilePage::completeChanged);
    connect(m_useProfile, &QCheckBox::toggled, this, [this] {
        // The Next button leads elsewhere (Check instead of Format).
        Q_EMIT completeChanged();
    });
    m_path->setText(QDir::toNativeSeparators(csvPath));
}

bool FilePage::isProbing() const
{
    return m_task->isRunning();
}

void FilePage::browse()
{
    const QString start =
        m_path->text().isEmpty() ? lastFolder(FolderKind::Import) : QFileInfo(m_path->text()).path();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                     ImportController::fileFilters().join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    rememberFolder(FolderKind::Import, path);
    m_path->setText(QDir::toNativeSeparators(path));
}

void FilePage::probe()
{
    m_probe.reset();
    m_useProfile->hide();
    m_useProfileNote->hide();
    m_useProfile->setChecked(false);
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_task->cancel();
        m_info->clear();
        Q_EMIT completeChanged();
        return;
    }
    if (!QFileInfo(path).isFile()) {
        m_task->cancel();
        showError(tr("There is no file at %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_info->setText(tr("Reading the first rows…"));
    const QString workspace = m_wizard->workspacePath();
    m_task->start<FileProbe>([workspace, path](const TaskControl &) { return probeFile(workspace, path); },
                             [this](const FileProbe &probe) { showProbe(probe); },
                             [this](const core::Error &error) { showError(error.toString()); });
}

void FilePage::showError(const QString &message)
{
    m_info->setText(tr("<span style=\"color:#b00020\">%1</span>").arg(message.toHtmlEscaped()));
    Q_EMIT completeChanged();
}

void FilePage::showProbe(const FileProbe &probe)
{
    m_probe = probe;
    const core::FilePreview &p = probe.preview;
    const QLocale locale;
    QString info = tr("%1, %2, %Ln column(s), %3.", nullptr, int(p.header.size()))
                       .arg(locale.formattedDataSize(p.fileSize, 2, QLocale::DataSizeTraditionalFormat),
                            delimiterName(p.dialect.delimiter), core::csv::encodingName(p.dialect.encoding));
    if (probe.guess.clear) {
        m_entity->setCurrentIndex(m_entity->findData(int(probe.guess.entity)));
    } else if (!probe.matching.empty()) {
        // The saved settings for these columns say what the file holds (trial 11: step 1 said it could not
        // tell, right above "Kind of file: Orders" of the settings it offered).
        m_entity->setCurrentIndex(m_entity->findData(int(probe.matching.front().profile.entity)));
    } else {
        // Not clear from the header and values: the user says what the file holds.
        m_entity->setCurrentIndex(-1);
        QStringList likely;
        for (core::Entity e : probe.guess.candidates().mid(0, 3))
            likely << core::entityDisplayName(e);
        info +=
            QLatin1Char(' ') +
            (likely.isEmpty() ? tr("StoreLens cannot tell what this file holds: please choose below.")
                              : tr("StoreLens cannot tell for sure what this file holds (it could be %1): "
                                   "please choose below.")
                                    .arg(core::textList(likely)));
    }
    m_info->setText(info);
    if (!probe.matching.empty()) {
        const core::SavedProfile &saved = probe.matching.front();
        m_useProfile->setText(tr("&Use the saved settings \"%1\"").arg(shownProfileName(saved.profile.name)));
        m_useProfileNote->setText(tr("Kind of file: %1. This file has the same columns; the next step checks "
                                     "the whole file.")
                                      .arg(core::entityDisplayName(saved.profile.entity)));
        m_useProfile->setChecked(true);
        m_useProfile->show();
        m_useProfileNote->show();
    }
    Q_EMIT completeChanged();
}

bool FilePage::isComplete() const
{
    return m_probe.has_value() && !m_task->isRunning() && !m_probe->preview.header.isEmpty() &&
           (m_entity->currentIndex() >= 0 || usesSavedProfile());
}

bool FilePage::validatePage()
{
    if (!m_probe)
        return false;
    m_wizard->setPreview(m_probe->preview);
    m_wizard->setKnownSources(m_probe->sources);
    if (usesSavedProfile()) {
        m_wizard->setProfile(m_probe->matching.front().profile);
        m_wizard->setAppliedProfile(m_probe->matching.front().profile);
        m_wizard->setUnusedSavedProfile(std::nullopt);
        m_suggestedFor.clear();
        return true;
    }
    m_wizard->setAppliedProfile(std::nullopt);
    m_wizard->setUnusedSavedProfile(
        m_probe->matching.empty() ? std::nullopt : std::make_optional(m_probe->matching.front().profile));
    const auto entity = core::Entity(m_entity->currentData().toInt());
    const QString key = m_probe->preview.path + QLatin1Char('|') + core::entityKey(entity);
    if (key != m_suggestedFor) {
        core::ImportProfile suggested = core::suggestProfile(m_probe->preview, entity);
        if (m_probe->keepMainStore)
            suggested.defaultStore.clear();
        if (suggested.refundsOfEarlierOrders && !m_probe->earlierOrdersSource.isEmpty())
            suggested.source = m_probe->earlierOrdersSource;
        if (m_wizard->unusedSavedProfile())
            core::keepStatusChoices(suggested, *m_wizard->unusedSavedProfile());
        m_wizard->setProfile(suggested);
        m_suggestedFor = key;
    }
    return true;
}

bool FilePage::usesSavedProfile() const
{
    return m_probe && !m_probe->matching.empty() && m_useProfile->isChecked();
}

int FilePage::nextId() const
{
    return usesSavedProfile() ? ImportWizard::CheckPageId : ImportWizard::FormatPageId;
}

} // namespace storelens::ui
