#include "ui/importwizard/CheckPage.h"

#include "core/import/EarlierOrders.h"
#include "core/import/FieldCatalog.h"
#include "core/import/NotSalesRule.h"
#include "core/import/OrderStatus.h"
#include "core/model/SourceNames.h"
#include "core/model/TextLocale.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Currency.h"
#include "ui/common/FileActions.h"
#include "ui/common/Formatting.h"
#include "ui/importwizard/CancelStatusOffer.h"
#include "ui/importwizard/EmailKeyOffer.h"
#include "ui/importwizard/GuestOffer.h"
#include "ui/importwizard/ImportMatchOffer.h"
#include "ui/importwizard/ImportWizard.h"
#include "ui/importwizard/RejectionModel.h"
#include "ui/shell/ImportController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <limits>

namespace storelens::ui {

namespace {

// A status value's entries in a profile's list, compared trimmed and without case as the import does.
auto sameStatus(const QString &value)
{
    return [value](const QString &v) { return core::sameStatusValue(v, value); };
}

// A click on the replace proposal's text ticks its check box, as a click on a check box's own text would.
class ClickTicks : public QObject
{
public:
    ClickTicks(QCheckBox *box, QObject *parent)
        : QObject(parent)
        , m_box(box)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && m_box->isEnabled()) {
            m_box->click();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCheckBox *m_box;
};

// The replace proposal's text: a check box does not wrap, and the proposal names a source and two dates (the
// German one ran past the window's edge in trial 10), so the text is a word-wrapped label beside the box.
QLabel *replaceText(const QWidget *page)
{
    return page->findChild<QLabel *>(QStringLiteral("replaceText"));
}

} // namespace

CheckPage::CheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_runner(new ImportController(this))
    , m_model(new RejectionModel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_again(new QPushButton(tr("Check &Again"), this))
    , m_save(new QPushButton(tr("Save &Rejected Rows…"), this))
    , m_replace(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_quality(new QLabel(this))
    , m_fees(new FeeChoices(this))
    , m_guestOffer(new GuestOffer(this))
    , m_cancelOffer(new CancelStatusOffer(this))
    , m_emailKeyOffer(new EmailKeyOffer(this))
    , m_matchOffer(new ImportMatchOffer(this))
{
    setTitle(tr("Check the whole file"));
    setSubTitle(tr("StoreLens reads every row as the import will, without changing the workspace."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_stop->setObjectName(QStringLiteral("checkStopButton"));
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    m_save->setObjectName(QStringLiteral("saveRejectionsButton"));
    m_replace->setObjectName(QStringLiteral("replaceCheck"));
    m_replace->hide();
    auto *replaceLabel = new QLabel(this);
    replaceLabel->setObjectName(QStringLiteral("replaceText"));
    replaceLabel->setTextFormat(Qt::PlainText);
    replaceLabel->setWordWrap(true);
    replaceLabel->setBuddy(m_replace);
    replaceLabel->installEventFilter(new ClickTicks(m_replace, replaceLabel));
    replaceLabel->hide();
    m_table->setObjectName(QStringLiteral("rejectionsTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMaximumSectionSize(300);
    m_table->setWordWrap(false);

    m_quality->setObjectName(QStringLiteral("qualitySummary"));
    m_quality->setWordWrap(true);
    m_quality->setTextFormat(Qt::RichText);
    m_quality->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quality->hide();
    m_currencyLabel = new QLabel(tr("The file writes no currency and the computer names none. &Currency of "
                                    "the amounts:"),
                                 this);
    m_currencyLabel->setObjectName(QStringLiteral("currencyQuestion"));
    // Wrapped, its choice below it: on one line beside the choice it was cut at "…Currency of" in a wizard
    // 800 px wide.
    m_currencyLabel->setWordWrap(true);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyChoice"));
    m_currency->addItem(tr("None (plain numbers)"), QString());
    for (const QString &code : core::commonCurrencies())
        m_currency->addItem(code, code);
    m_currency->setToolTip(tr("Money is shown with this currency on every screen and in the report; File › "
                              "Workspace Settings changes it later."));
    m_currencyLabel->setBuddy(m_currency);
    m_currencyLabel->hide();
    m_currency->hide();
    connect(m_currency, &QComboBox::currentIndexChanged, this,
            [this] { m_wizard->setCurrency(m_currency->currentData().toString()); });
    m_fees->hide();
    connect(m_fees, &FeeChoices::choiceChanged, this, &CheckPage::chooseFee);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    progressRow->addWidget(m_again);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    // Everything in a scroll area: at 1280 × 800 a file with many notes and offers cut "What the file holds"
    // off mid-sentence and squeezed the offers below it (trial 20).
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("checkBody"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("checkScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(body);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_matchOffer);
    auto *replaceRow = new QHBoxLayout;
    replaceRow->addWidget(m_replace, 0, Qt::AlignTop);
    replaceRow->addWidget(replaceLabel, 1);
    layout->addLayout(replaceRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_currencyLabel);
    auto *currencyRow = new QHBoxLayout;
    currencyRow->addWidget(m_currency);
    currencyRow->addStretch(1);
    layout->addLayout(currencyRow);
    layout->addWidget(m_quality);
    layout->addWidget(m_guestOffer);
    layout->addWidget(m_emailKeyOffer);
    layout->addWidget(m_cancelOffer);
    layout->addWidget(m_fees);
    layout->addWidget(m_table, 100);
    layout->addLayout(saveRow);
    layout->addStretch(1); // keeps the text at the top while there is no table

    connect(m_stop, &QPushButton::clicked, this, &CheckPage::stopCheck);
    connect(m_again, &QPushButton::clicked, this, &CheckPage::startCheck);
    connect(m_save, &QPushButton::clicked, this, &CheckPage::saveRejectionsAs);
    connect(m_guestOffer, &GuestOffer::guestsChosen, this, &CheckPage::importAsGuests);
    connect(m_emailKeyOffer, &EmailKeyOffer::emailKeyChosen, this, [this] {
        core::ImportProfile profile = m_wizard->profile();
        profile.customersByEmail = true;
        m_wizard->setProfile(profile);
        startCheck();
    });
    connect(m_matchOffer, &ImportMatchOffer::productsByNameChosen, this, [this] {
        core::ImportProfile profile = m_wizard->profile();
        profile.productsByName = true;
        m_wizard->setProfile(profile);
        startCheck();
    });
    connect(m_matchOffer, &ImportMatchOffer::otherSourceChosen, this, [this](const QString &source) {
        core::ImportProfile profile = m_wizard->profile();
        profile.source = source;
        m_wizard->setProfile(profile);
        startCheck();
    });
    connect(m_cancelOffer, &CancelStatusOffer::cancellationsChosen, this, &CheckPage::markCancellations);
    connect(m_cancelOffer, &CancelStatusOffer::notSoldChosen, this, &CheckPage::markNotSold);
    connect(m_replace, &QCheckBox::toggled, this, [this](bool checked) { m_wizard->setReplace(checked); });
    connect(m_runner, &ImportController::progressChanged, this, [this](int value, int maximum) {
        m_progress->setRange(0, maximum);
        m_progress->setValue(value);
    });
    connect(m_runner, &ImportController::finished, this, &CheckPage::finished);
}

bool CheckPage::isChecking() const
{
    return m_runner->isRunning();
}

void CheckPage::initializePage()
{
    startCheck();
}

void CheckPage::cleanupPage()
{
    stopCheck();
    m_report.reset();
}

void CheckPage::startCheck()
{
    if (m_runner->isRunning()) {
        // Still stopping an earlier check (Back, then Next again): start once it has ended.
        m_restart = true;
        m_runner->cancel();
        return;
    }
    m_restart = false;
    m_report.reset();
    m_wizard->setNotProducts({});
    m_wizard->setReplace(false);
    {
        const QSignalBlocker blocker(m_replace);
        m_replace->setChecked(false);
    }
    m_replace->hide();
    replaceText(this)->hide();
    m_model->setRejections({});
    m_quality->hide();
    m_guestOffer->hide();
    m_emailKeyOffer->hide();
    m_matchOffer->hide();
    m_cancelOffer->hide();
    if (!m_keepFees)
        m_fees->hide();
    m_table->hide();
    m_save->hide();
    m_again->hide();
    m_stop->show();
    m_stop->setEnabled(true);
    m_progress->show();
    m_progress->setRange(0, 0);
    showMessage(tr("Checking every row of %1…").arg(QFileInfo(m_wizard->csvPath()).fileName()), false);
    core::ImportOptions options;
    options.dryRun = true;
    options.onError = core::ErrorPolicy::Skip;
    options.maxListedRejections = ListedRejections;
    m_runner->setSession(m_wizard->session());
    m_runner->start(m_wizard->csvPath(), m_wizard->profile(), options);
    Q_EMIT completeChanged();
}

void CheckPage::stopCheck()
{
    m_restart = false;
    if (!m_runner->isRunning())
        return;
    m_stop->setEnabled(false);
    m_runner->cancel();
}

void CheckPage::showMessage(const QString &text, bool error)
{
    m_status->setText(error ? tr("<span style=\"color:#b00020\">%1</span>").arg(text.toHtmlEscaped())
                            : text.toHtmlEscaped());
}

void CheckPage::finished(const ImportOutcome &outcome)
{
    if (m_restart) {
        startCheck();
        return;
    }
    m_progress->hide();
    m_stop->hide();
    m_keepFees = false;
    if (outcome.status != ImportOutcome::Status::Imported)
        m_fees->hide();
    switch (outcome.status) {
    case ImportOutcome::Status::Imported:
        showReport(outcome.report);
        break;
    case ImportOutcome::Status::Cancelled:
        m_again->show();
        showMessage(tr("The check was stopped. Check again, or go back to change the settings."), false);
        break;
    case ImportOutcome::Status::MissingFields:
    case ImportOutcome::Status::EntityUnclear: // never with a profile
    case ImportOutcome::Status::Failed:
        m_again->show();
        showMessage(
            tr("The file could not be checked: %1 Go back to change the settings.")
                .arg(outcome.status == ImportOutcome::Status::Failed
                         ? outcome.error.message()
                         : tr("no column is chosen for %1.").arg(core::textList(outcome.missingFields))),
            true);
        break;
    }
    Q_EMIT completeChanged();
}

void CheckPage::showReport(const core::ImportReport &report)
{
    forgetAnotherFilesChoices();
    m_report = report;
    // First: the money below is written with the currency the workspace will have.
    showCurrencyQuestion(report);
    const QLocale locale;
    const qint64 good = report.counts.total();
    const qint64 present = report.counts.updated + report.counts.unchanged;
    // Order rows and order lines differ when a row of a refunded order is a sale line and a return line;
    // the reason is only given when the two counts differ.
    const bool linesDiffer = report.quality.imported != good;
    QString text;
    // A row that lists its order's items (a product-details column) is a line per item.
    const bool items = !m_wizard->profile().columnFor(core::field::ProductDetails).isEmpty();
    if (report.entity == core::Entity::Orders && linesDiffer && items)
        text = tr("<b>%1 of %2 rows can be imported</b> as %3 order lines (each item a row lists is a line; "
                  "a refunded item is a sale and a return): %4 new, %5 already in the workspace (%6 of them "
                  "with changes).")
                   .arg(formatCount(report.quality.imported, locale), formatCount(report.rowsRead, locale),
                        formatCount(good, locale), formatCount(report.counts.added, locale),
                        formatCount(present, locale), formatCount(report.counts.updated, locale));
    else if (report.entity == core::Entity::Orders && linesDiffer)
        text = tr("<b>%1 of %2 rows can be imported</b> as %3 order lines (a refunded row is a sale and a "
                  "return): %4 new, %5 already in the workspace (%6 of them with changes).")
                   .arg(formatCount(report.quality.imported, locale), formatCount(report.rowsRead, locale),
                        formatCount(good, locale), formatCount(report.counts.added, locale),
                        formatCount(present, locale), formatCount(report.counts.updated, locale));
    else if (report.entity == core::Entity::Orders)
        text = tr("<b>%1 of %2 rows can be imported</b> as order lines: %3 new, %4 already in the workspace "
                  "(%5 of them with changes).")
                   .arg(formatCount(good, locale), formatCount(report.rowsRead, locale),
                        formatCount(report.counts.added, locale), formatCount(present, locale),
                        formatCount(report.counts.updated, locale));
    else
        text = tr("<b>%1 of %2 rows can be imported</b>: %3 new, %4 already in the workspace (%5 of "
                  "them with changes).")
                   .arg(formatCount(good, locale), formatCount(report.rowsRead, locale),
                        formatCount(report.counts.added, locale), formatCount(present, locale),
                        formatCount(report.counts.updated, locale));
    // A file of refunds of earlier orders (eBay's transaction report) says first what it is (trial 18).
    if (const QString refunds = core::earlierRefundsHeadline(
            report, m_wizard->profile(), [this](core::Money m) { return m_wizard->money(m); });
        !refunds.isEmpty())
        text = QStringLiteral("<b>%1</b><br>").arg(refunds.toHtmlEscaped()) + text;
    if (report.entity == core::Entity::Orders && report.orders > 0) // trial 14: the count a manager knows
        text += QLatin1Char(' ') +
                tr("They make %1 order(s).", nullptr, int(std::min<qint64>(report.orders, INT_MAX)))
                    .arg(formatCount(report.orders, locale));
    if (report.rejectedCount > 0) {
        text +=
            QLatin1Char(' ') +
            (report.rejectedCount == 1
                 ? tr("<b>1 row is rejected</b> and will be left out; it is listed below with the reason. "
                      "Save it to fix it in the file, or Cancel to import nothing.")
                 : tr("<b>%1 rows are rejected</b> and will be left out; they are listed below with the "
                      "reason. Save them to fix them in the file, or Cancel to import nothing.")
                       .arg(formatCount(report.rejectedCount, locale)));
        if (report.rejectedCount > report.rejections.size())
            text += QLatin1Char(' ') +
                    tr("The list shows the first %1.").arg(formatCount(report.rejections.size(), locale));
    }
    if (good == 0)
        text += QLatin1Char(' ') + tr("Nothing can be imported: go back and check the columns.");
    text += amountNotes(report);
    if (const QString match = core::customerMatchSentence(report.customerMatch); !match.isEmpty())
        text += QStringLiteral("<br>") +
                (report.customerMatch.matching == 0 ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1"))
                    .arg(match.toHtmlEscaped());
    if (report.entity == core::Entity::Orders && good > 0)
        text += QStringLiteral("<br>") + lineChangesText(report);
    m_status->setText(text);
    showReplaceProposal(report);
    showQuality(report.quality);
    m_guestOffer->showFor(report.placeholderCustomer);
    m_emailKeyOffer->showFor(report.emailKeyMatch);
    m_matchOffer->showFor(report);
    {
        // Only the marked values the profile still holds (Back to the columns may have made a new one).
        QStringList marked;
        for (const QString &value : std::as_const(m_markedCancellations)) {
            if (m_wizard->profile().cancelStatusValues.contains(value))
                marked << value;
        }
        QStringList markedNotSold;
        for (const QString &value : std::as_const(m_markedNotSold)) {
            if (m_wizard->profile().notSoldStatusValues.contains(value))
                markedNotSold << value;
        }
        QStringList knownLeftOut;
        for (const QString &value : std::as_const(m_knownLeftOut)) {
            if (markedNotSold.contains(value))
                knownLeftOut << value;
        }
        // A till's voided values the profile leaves out by default (core::leaveTillVoidsOut()): listed as
        // left out, so that one which means "sold, then refunded" can be counted as a cancellation instead.
        for (const core::DataQuality::StatusCount &c : report.quality.notSold) {
            const QStringList &notSold = m_wizard->profile().notSoldStatusValues;
            if (!c.voided && core::isVoidStatus(c.status) &&
                std::any_of(notSold.cbegin(), notSold.cend(), sameStatus(c.status)) &&
                std::none_of(markedNotSold.cbegin(), markedNotSold.cend(), sameStatus(c.status))) {
                markedNotSold << c.status;
                knownLeftOut << c.status;
            }
        }
        m_cancelOffer->showFor(report.quality.unknownStatuses, marked, markedNotSold,
                               report.quality.cancelStatuses, knownLeftOut);
    }
    m_model->setRejections(report.rejections);
    m_table->setVisible(report.rejectedCount > 0);
    m_save->setVisible(report.rejectedCount > 0);
    m_table->resizeColumnsToContents();
    setButtonText(QWizard::CommitButton,
                  report.rejectedCount > 0 ? tr("&Import the Good Rows") : tr("&Import"));
}

QString CheckPage::lineChangesText(const core::ImportReport &report) const
{
    const QLocale locale;
    QString text =
        tr("Order lines of the source \"%1\": %2 added (%3), %4 unchanged (%5).")
            .arg(core::sourceDisplayName(report.source).toHtmlEscaped(),
                 formatCount(report.counts.added, locale), m_wizard->money(report.amounts.added),
                 formatCount(report.counts.unchanged, locale), m_wizard->money(report.amounts.unchanged));
    if (report.counts.updated > 0)
        text += QLatin1Char(' ') + tr("%1 changed: %2 before, %3 after.")
                                       .arg(formatCount(report.counts.updated, locale),
                                            m_wizard->money(report.amounts.changedBefore),
                                            m_wizard->money(report.amounts.changedAfter));
    if (report.amounts.laterRefundOrders > 0)
        text += QLatin1Char(' ') +
                tr("%n order(s) already in the workspace have new refunds or cancellations (%1): each "
                   "refund becomes a return, dated on the refund date the file gives or else on the order's "
                   "day, so the months of those orders change.",
                   nullptr, int(report.amounts.laterRefundOrders))
                    .arg(m_wizard->money(report.amounts.laterRefunds));
    return text;
}

// The file leaves out lines its source already has on the days it covers. When it is a new export of those
// days, they were deleted or corrected in the system it comes from; when it is only part of them (one
// store's till, one sales channel), they are still true. Only the user knows, so the page asks; not for a
// file that seems to come from another till or shop (core::OtherSource: the match offer says so, trial 20).
void CheckPage::showReplaceProposal(const core::ImportReport &report)
{
    const QLocale locale;
    const bool propose =
        report.entity == core::Entity::Orders && report.notInFile.count > 0 && !report.otherSource.likely();
    m_replace->setVisible(propose);
    replaceText(this)->setVisible(propose);
    if (!propose) {
        m_replace->setChecked(false); // the import replaces nothing it did not propose
        return;
    }
    m_status->setText(
        m_status->text() + QStringLiteral("<br>") +
        tr("<b>Lines of \"%1\" from %2 to %3 that are not in this file: %4 (%5).</b> If the file is a new "
           "export of those days, they were deleted or corrected where it comes from: tick Replace to remove "
           "them. Unticked, they are kept and no line is removed.")
            .arg(core::sourceDisplayName(report.source).toHtmlEscaped(),
                 formatDate(report.coveredFrom, locale), formatDate(report.coveredTo, locale),
                 formatCount(report.notInFile.count, locale), m_wizard->money(report.notInFile.amount)));
    const QString replace =
        tr("&Replace: this file is the truth for %1 from %2 to %3; remove the lines it no longer "
           "holds (%4, %5)")
            .arg(core::sourceDisplayName(report.source), formatDate(report.coveredFrom, locale),
                 formatDate(report.coveredTo, locale), formatCount(report.notInFile.count, locale),
                 m_wizard->money(report.notInFile.amount));
    replaceText(this)->setText(replace);
    m_replace->setAccessibleName(QString(replace).remove(QLatin1Char('&')));
}

// Money without a currency reads as bare numbers everywhere (issue 18): when neither the file, the workspace
// nor the computer's locale names one, the page asks, proposing the currency of the language StoreLens
// speaks (EUR in German) or none.
void CheckPage::showCurrencyQuestion(const core::ImportReport &report)
{
    QString stored;
    if (m_wizard->session()) {
        if (const auto settings = m_wizard->session()->settings())
            stored = settings.value()->currency;
    }
    const bool ask = report.entity == core::Entity::Orders && stored.isEmpty() &&
                     core::localeCurrency().isEmpty() &&
                     core::guessFileCurrency(m_wizard->csvPath()).isEmpty();
    m_currencyLabel->setVisible(ask);
    m_currency->setVisible(ask);
    if (!ask) {
        m_wizard->setCurrency({});
        return;
    }
    const int proposed = m_currency->findData(core::localeCurrency(QLocale()));
    m_currency->setCurrentIndex(std::max(0, proposed));
    m_wizard->setCurrency(m_currency->currentData().toString());
}

void CheckPage::showQuality(const core::DataQuality &quality)
{
    QString html = QStringLiteral("<b>%1</b><ul>").arg(tr("What the file holds").toHtmlEscaped());
    for (const QString &sentence :
         quality.sentences([this](const core::Money &m) { return m_wizard->money(m); }))
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    m_quality->setText(html + QStringLiteral("</ul>"));
    m_quality->show();

    // Fee-like SKUs start as "not a product", tips and gift cards sold as not sales (the profile leaves them
    // out: leaveTipsOut, leaveGiftCardsOut); the user's answers are kept while the page checks the same file
    // again.
    QList<FeeChoices::Row> rows;
    for (const core::DataQuality::FeeSku &fee : quality.notSales) {
        rememberName(fee);
        m_feeChoices.insert(fee.sku, FeeChoice::NotSales);
        rows << FeeChoices::Row{fee.sku, fee.name, fee.lines.count, m_wizard->money(fee.netSales),
                                FeeChoice::NotSales};
    }
    for (const core::DataQuality::FeeSku &fee : quality.feeSkus) {
        rememberName(fee);
        const FeeChoice choice = m_feeChoices.value(fee.sku, FeeChoice::NotProduct);
        m_feeChoices.insert(fee.sku, choice);
        rows << FeeChoices::Row{fee.sku, fee.name, fee.lines.count, m_wizard->money(fee.netSales), choice};
    }
    m_fees->setRows(rows);
    m_fees->setVisible(!rows.isEmpty());
    m_fees->restoreFocus();
    updateNotProducts();
}

void CheckPage::forgetAnotherFilesChoices()
{
    if (m_feeChoicesFile == m_wizard->csvPath())
        return;
    m_feeChoices.clear();
    m_feeNames.clear();
    m_feeChoicesFile = m_wizard->csvPath();
}

void CheckPage::rememberName(const core::DataQuality::FeeSku &fee)
{
    m_feeNames.insert(fee.sku, fee.name);
}

void CheckPage::updateNotProducts()
{
    m_wizard->setNotProducts(m_fees->skus(FeeChoice::NotProduct));
}

// A tip or a gift card sold that the profile leaves out by itself (leaveTipsOut, leaveGiftCardsOut) is kept
// in sales by naming it in salesSkus; any other SKU is left out by naming it in notSalesSkus.
void CheckPage::placeInOrOutOfSales(core::ImportProfile &profile, const QString &sku, bool out) const
{
    const QString code = sku.trimmed();
    const bool tipLeftOut =
        core::NotSalesRule::leavesOutByKind(profile, sku.toUtf8(), m_feeNames.value(sku).toUtf8());
    profile.notSalesSkus.removeAll(code);
    profile.salesSkus.removeAll(code);
    if (out && !tipLeftOut)
        profile.notSalesSkus << code;
    else if (!out && tipLeftOut)
        profile.salesSkus << code;
}

// An answer of the Check page's fee choices: in or out of sales changes what is imported, so the profile
// (saved with the import when asked) changes and the file is checked again; in sales, only whether the
// product leaves the rankings changes.
void CheckPage::chooseFee(const QString &sku, FeeChoice choice)
{
    const bool wasOut = m_feeChoices.value(sku) == FeeChoice::NotSales;
    m_feeChoices.insert(sku, choice);
    if (wasOut == (choice == FeeChoice::NotSales)) {
        updateNotProducts();
        m_fees->restoreFocus(); // where it is: no check follows
        return;
    }
    core::ImportProfile profile = m_wizard->profile();
    placeInOrOutOfSales(profile, sku, choice == FeeChoice::NotSales);
    m_wizard->setProfile(profile);
    m_keepFees = true;
    startCheck();
}

// The user's answer to the placeholder offer: the profile (saved with the import when asked) imports the
// customer's lines as guest sales, and the file is checked again with it.
void CheckPage::importAsGuests(const QString &customerId)
{
    core::ImportProfile profile = m_wizard->profile();
    if (!profile.guestCustomerIds.contains(customerId))
        profile.guestCustomerIds << customerId;
    m_wizard->setProfile(profile);
    startCheck();
}

void CheckPage::clearStatusMarks(core::ImportProfile &profile)
{
    for (const QString &value : std::as_const(m_markedCancellations))
        profile.cancelStatusValues.removeAll(value);
    for (const QString &value : std::as_const(m_markedNotSold))
        profile.notSoldStatusValues.removeAll(value);
    for (const QString &value : std::as_const(m_takenFromCancel)) {
        if (!profile.cancelStatusValues.contains(value))
            profile.cancelStatusValues << value;
    }
    m_markedCancellations.clear();
    m_markedNotSold.clear();
    m_knownLeftOut.clear();
    m_takenFromCancel.clear();
}

void CheckPage::markCancellations(const QStringList &values)
{
    core::ImportProfile profile = m_wizard->profile();
    clearStatusMarks(profile);
    for (const QString &value : values) {
        // A value never stands in both lists: as a cancellation it is sold, then refunded.
        profile.notSoldStatusValues.removeIf(sameStatus(value));
        // A known cancellation value ticked is one already.
        if (std::any_of(profile.cancelStatusValues.cbegin(), profile.cancelStatusValues.cend(),
                        sameStatus(value)))
            continue;
        profile.cancelStatusValues << value;
        m_markedCancellations << value;
    }
    m_wizard->setProfile(profile);
    startCheck();
}

// Trial 16: Tiendanube's "Pendiente" (a bank transfer not yet paid) could only be counted as a cancellation,
// a sale and a return; the ticked values' orders are left out as not sold, as the known unpaid statuses.
// Trial 21: a Spanish till's "Anulado" (an item voided before payment), a known cancellation value, counted
// each voided line as a sale and a return: it leaves the profile's cancellation values, since the import
// takes a value in both lists as a cancellation.
void CheckPage::markNotSold(const QStringList &values)
{
    core::ImportProfile profile = m_wizard->profile();
    clearStatusMarks(profile);
    QStringList marked;
    for (const QString &value : values) {
        // A till's void the profile leaves out already stays the profile's own (not this page's mark, which
        // a later choice clears).
        if (core::isVoidStatus(value) && std::any_of(profile.notSoldStatusValues.cbegin(),
                                                     profile.notSoldStatusValues.cend(), sameStatus(value)))
            continue;
        marked << value;
        for (const QString &v : std::as_const(profile.cancelStatusValues)) {
            if (sameStatus(value)(v))
                m_takenFromCancel << v;
        }
        if (profile.cancelStatusValues.removeIf(sameStatus(value)) > 0)
            m_knownLeftOut << value;
        if (!profile.notSoldStatusValues.contains(value))
            profile.notSoldStatusValues << value;
    }
    m_markedNotSold = marked;
    m_wizard->setProfile(profile);
    startCheck();
}

bool CheckPage::isComplete() const
{
    return m_report.has_value() && m_report->counts.total() > 0 && !m_runner->isRunning();
}

core::Result<void> CheckPage::saveRejections(const QString &path) const
{
    return core::Importer::saveRejections(m_model->rejections(), path);
}

void CheckPage::saveRejectionsAs()
{
    const QFileInfo source(m_wizard->csvPath());
    const QString suggested =
        source.dir().filePath(tr("%1 - rejected rows.csv").arg(source.completeBaseName()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto saved = saveRejections(path);
    if (!saved) {
        showMessage(saved.error().message(), true);
        return;
    }
    m_save->setText(tr("Saved to %1").arg(QFileInfo(path).fileName()));
    showFileWritten(this, tr("Save Rejected Rows"),
                    tr("%1 rejected rows were saved.").arg(formatCount(qint64(m_model->rejections().size()))),
                    path);
}

} // namespace storelens::ui
