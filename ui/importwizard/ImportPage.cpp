#include "ui/importwizard/ImportPage.h"

#include "core/import/EarlierOrders.h"
#include "core/model/SourceNames.h"
#include "ui/common/Formatting.h"
#include "ui/importwizard/ExportStyle.h"
#include "ui/importwizard/ImportWizard.h"
#include "ui/shell/ImportController.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace storelens::ui {

namespace {

constexpr int ListedRejections = 1000; // the Check page listed them all already

// A till's receipts that sold nothing (DSFinV-K: Geldtransit, aborted receipts), by the type that says so:
// "73 (Geldtransit 61, AVBelegabbruch 12)". The Check page said why.
QString noSaleText(const core::DataQuality &quality)
{
    if (quality.noSaleLines() == 0)
        return {};
    const QLocale locale;
    QStringList parts;
    for (const core::DataQuality::ValueCount &c : quality.noSaleReceipts)
        parts << QStringLiteral("%1 %2").arg(c.value, formatCount(c.lines.count, locale));
    return ImportPage::tr("%1 (%2)").arg(formatCount(quality.noSaleLines(), locale),
                                         parts.join(QStringLiteral(", ")));
}

} // namespace

ImportPage::ImportPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_runner(new ImportController(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Import"), this))
    , m_results(new QGroupBox(tr("What was imported"), this))
    , m_saveProfile(new QCheckBox(tr("&Save these settings for next time as:"), this))
    , m_profileName(new QLineEdit(this))
    , m_saveError(new QLabel(this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The rows go into the workspace in one step: all of them, or none if you cancel."));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_saveProfile->setObjectName(QStringLiteral("saveProfileCheck"));
    m_profileName->setObjectName(QStringLiteral("profileNameEdit"));
    m_saveError->setObjectName(QStringLiteral("saveProfileError"));
    m_saveError->setWordWrap(true);
    m_saveError->hide();

    auto *form = new QFormLayout(m_results);
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("refunds"), tr("What the file was:")}, // refunds of earlier orders (eBay's)
        {QStringLiteral("new"), QString()},                    // setCountLabels() names what the counts count
        {QStringLiteral("updated"), QString()},
        {QStringLiteral("unchanged"), QString()},
        {QStringLiteral("removed"), tr("Lines removed (no longer in the re-export):")},
        {QStringLiteral("rejected"), QString()},
        {QStringLiteral("noSale"), tr("Till receipts left out (no sale):")},
        {QStringLiteral("notSales"), tr("Left out of sales:")},
        {QStringLiteral("products"), tr("Products by name:")},
        {QStringLiteral("source"), tr("Source:")},
        {QStringLiteral("dates"), tr("Dates:")},
        {QStringLiteral("orders"), tr("Orders in the file:")},
        {QStringLiteral("gross"), tr("Gross sales in the file:")},
        {QStringLiteral("discounts"), tr("Discounts:")},
        {QStringLiteral("returns"), tr("Returns:")},
        {QStringLiteral("net"), tr("Net sales in the file:")},
    };
    for (const auto &[key, label] : rows) {
        auto *value = new QLabel(m_results);
        value->setObjectName(QStringLiteral("result_") + key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *name = new QLabel(label, m_results);
        name->setObjectName(QStringLiteral("resultLabel_") + key);
        form->addRow(name, value);
        m_values.insert(key, value);
        m_labels.insert(key, name);
    }
    m_values.value(QStringLiteral("products"))->setWordWrap(true); // whole sentences (core::ProductNameMatch)
    m_values.value(QStringLiteral("refunds"))->setWordWrap(true);
    m_results->hide();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveProfile);
    saveRow->addWidget(m_profileName, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_results);
    layout->addLayout(saveRow);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    m_saveProfile->hide();
    m_profileName->hide();

    registerField(QStringLiteral("saveProfile"), m_saveProfile);
    registerField(QStringLiteral("profileName"), m_profileName);
    connect(m_saveProfile, &QCheckBox::toggled, m_profileName, &QWidget::setEnabled);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPage::cancelImport);
    connect(m_runner, &ImportController::progressChanged, this, &ImportPage::showProgress);
    connect(m_runner, &ImportController::finished, this, &ImportPage::finished);
}

void ImportPage::showProgress(int value, int maximum)
{
    if (m_saving || !m_runner->isRunning())
        return;
    if (maximum > 0 && value >= maximum) {
        // Every row is read: the transaction is being written, which takes a few seconds on a large file.
        m_saving = true;
        m_progress->setRange(0, 0);
        m_cancel->setEnabled(false);
        m_status->setText(tr("Saving… all rows are read; %1 is being written into the workspace.")
                              .arg(QFileInfo(m_wizard->csvPath()).fileName()));
        Q_EMIT savingStarted();
        return;
    }
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
}

void ImportPage::initializePage()
{
    m_done = false;
    m_saving = false;
    m_results->hide();
    m_saveProfile->hide();
    m_profileName->hide();
    m_saveError->hide();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(m_wizard->csvPath()).fileName()));
    core::ImportOptions options;
    options.onError = core::ErrorPolicy::Skip;
    options.maxListedRejections = ListedRejections;
    options.notProducts = m_wizard->notProducts();
    options.replace = m_wizard->replace();
    m_runner->setSession(m_wizard->session());
    m_runner->start(m_wizard->csvPath(), m_wizard->profile(), options);
}

bool ImportPage::isImporting() const
{
    return m_runner->isRunning();
}

void ImportPage::cancelImport()
{
    if (!m_runner->isRunning() || m_saving)
        return;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling… the workspace is put back as it was."));
    m_runner->cancel();
}

void ImportPage::finished(const ImportOutcome &outcome)
{
    m_done = true;
    m_saving = false;
    m_progress->hide();
    m_cancel->hide();
    switch (outcome.status) {
    case ImportOutcome::Status::Imported:
        m_wizard->notifyImported(outcome.report); // first: the wizard's profile takes what the file told
        showResult(outcome);
        break;
    case ImportOutcome::Status::Cancelled:
        m_status->setText(tr("The import was cancelled. The workspace is unchanged."));
        break;
    case ImportOutcome::Status::MissingFields:
    case ImportOutcome::Status::EntityUnclear: // never with a profile
    case ImportOutcome::Status::Failed:
        m_status->setText(tr("Nothing was imported: %1").arg(outcome.error.toString()));
        break;
    }
    Q_EMIT completeChanged();
}

void ImportPage::setResult(const QString &key, const QString &text)
{
    if (QLabel *label = m_values.value(key))
        label->setText(text);
}

QString ImportPage::resultText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

QString ImportPage::resultLabel(const QString &key) const
{
    const QLabel *label = m_labels.value(key);
    return label ? label->text() : QString();
}

// The counts in a manager's words: what the rows are (order lines, customers, products) and the number's
// plural ("1 customer added", "9 order lines added").
void ImportPage::setCountLabels(core::Entity entity, const core::WriteCounts &counts, qint64 rejected)
{
    const auto n = [](qint64 count) { return int(std::min<qint64>(count, std::numeric_limits<int>::max())); };
    QString added;
    QString updated;
    QString unchanged;
    switch (entity) {
    case core::Entity::Orders:
        added = tr("Order line(s) added:", nullptr, n(counts.added));
        updated = tr("Order line(s) already there, changed:", nullptr, n(counts.updated));
        unchanged = tr("Order line(s) already there, unchanged:", nullptr, n(counts.unchanged));
        break;
    case core::Entity::Customers:
        added = tr("Customer(s) added:", nullptr, n(counts.added));
        updated = tr("Customer(s) already there, changed:", nullptr, n(counts.updated));
        unchanged = tr("Customer(s) already there, unchanged:", nullptr, n(counts.unchanged));
        break;
    case core::Entity::Products:
        added = tr("Product(s) added:", nullptr, n(counts.added));
        updated = tr("Product(s) already there, changed:", nullptr, n(counts.updated));
        unchanged = tr("Product(s) already there, unchanged:", nullptr, n(counts.unchanged));
        break;
    default:
        added = tr("Row(s) added:", nullptr, n(counts.added));
        updated = tr("Row(s) already there, changed:", nullptr, n(counts.updated));
        unchanged = tr("Row(s) already there, unchanged:", nullptr, n(counts.unchanged));
        break;
    }
    m_labels.value(QStringLiteral("new"))->setText(added);
    m_labels.value(QStringLiteral("updated"))->setText(updated);
    m_labels.value(QStringLiteral("unchanged"))->setText(unchanged);
    m_labels.value(QStringLiteral("rejected"))
        ->setText(tr("Row(s) of the file rejected (not imported):", nullptr, n(rejected)));
}

void ImportPage::showResult(const ImportOutcome &outcome)
{
    const core::ImportReport &report = outcome.report;
    const QLocale locale;
    m_status->setText(
        tr("%1 was imported into the workspace (%2). The dashboards are being updated.")
            .arg(QFileInfo(outcome.csvPath).fileName(), core::entityDisplayName(report.entity)));
    setCountLabels(report.entity, report.counts, report.rejectedCount);
    setResult(QStringLiteral("new"), formatCount(report.counts.added, locale));
    setResult(QStringLiteral("updated"), formatCount(report.counts.updated, locale));
    setResult(QStringLiteral("unchanged"), formatCount(report.counts.unchanged, locale));
    setResult(QStringLiteral("rejected"), formatCount(report.rejectedCount, locale));
    const bool orders = report.entity == core::Entity::Orders && report.firstDate.isValid();
    setResult(
        QStringLiteral("dates"),
        orders ? tr("%1 to %2").arg(formatDate(report.firstDate, locale), formatDate(report.lastDate, locale))
               : QString());
    setResult(QStringLiteral("orders"), orders ? formatCount(report.orders, locale) : QString());
    // A file imported without prices has no sums, never 0 (METRICS.md section 1).
    const auto sum = [&](core::Money m) {
        return !orders                     ? QString()
               : report.noPricesImported() ? tr("no prices imported")
                                           : m_wizard->money(m);
    };
    setResult(QStringLiteral("gross"), sum(report.grossSales));
    setResult(QStringLiteral("discounts"), sum(report.discounts));
    setResult(QStringLiteral("returns"), sum(report.returns));
    setResult(QStringLiteral("net"), sum(report.netSales));
    setResult(QStringLiteral("source"), orders ? core::sourceDisplayName(report.source) : QString());
    setResult(QStringLiteral("removed"), report.replace
                                             ? tr("%1 (%2)").arg(formatCount(report.counts.removed, locale),
                                                                 m_wizard->money(report.amounts.removed))
                                             : QString());
    setResult(QStringLiteral("noSale"), noSaleText(report.quality));
    setResult(QStringLiteral("notSales"),
              report.quality.notSalesItems([this](const core::Money &m) { return m_wizard->money(m); })
                  .join(QLatin1Char('\n')));
    setResult(QStringLiteral("products"), report.productNames.sentences().join(QLatin1Char(' ')));
    setResult(QStringLiteral("refunds"),
              core::earlierRefundsHeadline(report, m_wizard->profile(),
                                           [this](core::Money m) { return m_wizard->money(m); }));
    auto *form = qobject_cast<QFormLayout *>(m_results->layout());
    for (const char *key : {"dates", "orders", "gross", "discounts", "returns", "net", "source"})
        form->setRowVisible(m_values.value(QString::fromLatin1(key)), orders);
    for (const char *key : {"noSale", "notSales", "products", "refunds"})
        form->setRowVisible(m_values.value(QString::fromLatin1(key)),
                            !resultText(QString::fromLatin1(key)).isEmpty());
    form->setRowVisible(m_values.value(QStringLiteral("removed")), orders && report.replace);
    m_results->show();

    // Settings that came from a saved profile are offered again under its name, unticked unless a choice made
    // here or what the file told changed them (trial 23us: "Count Each Person Once" on the November export
    // was not kept, and importing the first week again split a customer in two); new ones under the export
    // style's name.
    const QString applied = m_wizard->appliedProfileName();
    m_saveProfile->setChecked(applied.isEmpty() || changedSinceApplied());
    m_profileName->setText(applied.isEmpty()
                               ? exportStyleName(m_wizard->preview().header, m_wizard->profile().entity)
                               : shownProfileName(applied));
    m_profileName->setEnabled(m_saveProfile->isChecked());
    m_saveProfile->show();
    m_profileName->show();
}

bool ImportPage::changedSinceApplied() const
{
    const std::optional<core::ImportProfile> &saved = m_wizard->appliedProfile();
    if (!saved)
        return false;
    core::ImportProfile now = m_wizard->profile(); // with what the file told (ImportWizard::notifyImported)
    now.name = saved->name;
    return now.toJson() != saved->toJson();
}

void ImportPage::showSaveError(const QString &message)
{
    m_saveError->setText(tr("<span style=\"color:#b00020\">The settings were not saved: %1</span>")
                             .arg(message.toHtmlEscaped()));
    m_saveError->show();
}

bool ImportPage::isComplete() const
{
    return m_done;
}

} // namespace storelens::ui
