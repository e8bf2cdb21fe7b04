#include "ui/importwizard/ColumnsPage.h"

#include "core/import/DefaultSource.h"
#include "core/import/FieldCatalog.h"
#include "core/import/LineTotalEvidence.h"
#include "core/import/MappingSuggester.h"
#include "core/import/OrderStatus.h"
#include "core/model/DisplayNames.h"
#include "core/model/Entities.h"
#include "core/model/SourceNames.h"
#include "core/model/TextLocale.h"
#include "ui/importwizard/ColumnAnalysis.h"
#include "ui/importwizard/ImportWizard.h"
#include "ui/importwizard/StoreChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace storelens::ui {

namespace {

using core::csv::DateOrder;

const QColor ProblemColour(255, 224, 224);
constexpr int MaxNameWidth = 200; // px; the column's name is whole in its tooltip

// Trial 14: turning the mouse wheel over the mapping table to scroll it changed the choice of every field box
// the pointer passed ("Order number" became Ignore) without a word, and over the page's channel box (trial
// 14b) "Online" became "In store". A choice box takes the wheel only once it has the focus (clicked or tabbed
// to); before that the wheel scrolls the table, or does nothing over a box outside it.
class WheelScrollsTable : public QObject
{
public:
    WheelScrollsTable(QAbstractScrollArea *area, QObject *parent)
        : QObject(parent)
        , m_area(area)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *box = qobject_cast<QWidget *>(watched);
        if (event->type() != QEvent::Wheel || !box || box->hasFocus())
            return QObject::eventFilter(watched, event);
        if (m_area->isAncestorOf(box))
            QCoreApplication::sendEvent(m_area->viewport(), event);
        return true;
    }

private:
    QAbstractScrollArea *m_area;
};

// Whether a field is required whatever else is mapped, and so marked *: an order line's id, SKU and
// quantity have defaults and its unit price can come from a line total (ImportProfile::
// missingRequiredFields() names what is still missing under the table).
bool alwaysRequired(core::Entity entity, const core::FieldSpec &spec)
{
    if (!spec.required)
        return false;
    return entity != core::Entity::Orders ||
           (spec.key != core::field::OrderId && spec.key != core::field::Sku &&
            spec.key != core::field::Quantity && spec.key != core::field::UnitPrice);
}

// The status values among `values` that the preview's status column holds, as the file writes them, each
// quoted (trial 24fr: "au statut annulée et annulé" read the profile's lower-case values without quotes).
QStringList statusValuesSeen(const core::ImportProfile &profile, const core::FilePreview &preview,
                             const QStringList &values)
{
    const int column = profile.columnIndexFor(core::field::Status);
    QStringList seen;
    for (const QStringList &row : preview.rows) {
        if (column < 0 || column >= row.size())
            continue;
        const QString value = row.at(column).trimmed();
        const auto same = [&value](const QString &v) { return core::sameStatusValue(v, value); };
        if (std::any_of(values.cbegin(), values.cend(), same) &&
            std::none_of(seen.cbegin(), seen.cend(), same))
            seen << value;
    }
    for (QString &value : seen)
        value = ColumnsPage::tr("\"%1\"", "a status value quoted in a list").arg(value);
    return seen;
}

// Whether the preview's rows whose status says refunded hold negative amounts: rows of their own that refund
// (SumUp's "Remboursement", Square's "Refund"), each a return on the refund's day, rather than orders that
// were sold and then refunded (trial 12b: the note said "a sale and a return" for SumUp's refund rows).
bool markedRowsAreRefundRows(const core::ImportProfile &profile, const core::FilePreview &preview)
{
    const int status = profile.columnIndexFor(core::field::Status);
    const int price = profile.columnIndexFor(core::field::UnitPrice);
    const int amount = price >= 0 ? price : profile.columnIndexFor(core::field::LineTotal);
    bool negative = false;
    bool positive = false;
    for (const QStringList &row : preview.rows) {
        if (status < 0 || amount < 0 || status >= row.size() || amount >= row.size())
            continue;
        const QString value = row.at(status).trimmed();
        if (std::none_of(profile.cancelStatusValues.begin(), profile.cancelStatusValues.end(),
                         [&value](const QString &v) { return value.compare(v, Qt::CaseInsensitive) == 0; }))
            continue;
        const QString money = row.at(amount).trimmed();
        if (money.isEmpty())
            continue;
        const bool minus = money.startsWith(QLatin1Char('-')) || money.startsWith(QChar(0x2212)) ||
                           money.startsWith(QLatin1Char('('));
        (minus ? negative : positive) = true;
    }
    return negative && !positive;
}

QStringList requiredLabels(const core::ImportProfile &profile, const QStringList &keys)
{
    QStringList labels;
    for (const QString &key : keys) {
        if (const core::FieldSpec *spec = core::findField(profile.entity, key))
            labels << core::fieldLabel(*spec);
    }
    return labels;
}

// The profile's mapping laid over the preview's columns (by name, or by position without a header row), one
// mapping per column of the preview in its order.
core::ImportProfile alignedProfile(core::ImportProfile profile, const core::FilePreview &preview)
{
    QList<core::ColumnMapping> columns;
    QStringList names;
    for (const QString &h : preview.header)
        names << core::normaliseHeader(h);
    for (int i = 0; i < preview.header.size(); ++i) {
        core::ColumnMapping mapping{preview.header.at(i), i, QString()};
        // A name the header holds twice ("quantity" twice) matches by position too: one field, one column.
        const bool repeated = names.count(names.at(i)) > 1;
        for (const core::ColumnMapping &old : profile.columns) {
            const bool same = preview.dialect.hasHeader ? core::normaliseHeader(old.column) == names.at(i) &&
                                                              (!repeated || old.index == i)
                                                        : old.index == i;
            if (same) {
                mapping.field = old.field;
                break;
            }
        }
        columns << mapping;
    }
    profile.columns = columns;
    return profile;
}

} // namespace

ColumnsPage::ColumnsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_required(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_dateOrder(new QComboBox(this))
    , m_decimal(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_wheelGuard(new WheelScrollsTable(m_table, this))
    , m_orderOptions(new QWidget(this))
    , m_lineTotal(new QComboBox(m_orderOptions))
    , m_ordersWithoutId(new QComboBox(m_orderOptions))
    , m_noPrices(new QCheckBox(tr("The file has &no prices (import anyway)"), m_orderOptions))
    , m_spreadOrderMoney(new QCheckBox(tr("S&pread order discounts over the lines"), m_orderOptions))
    , m_channel(new QComboBox(m_orderOptions))
    , m_store(new StoreChoice(m_orderOptions))
    , m_sourceLabel(new QLabel(tr("S&ource:"), this))
    , m_source(new QComboBox(this))
{
    setTitle(tr("Tell StoreLens what each column holds"));
    m_required->setObjectName(QStringLiteral("requiredLabel"));
    m_required->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("columnNotes"));
    m_notes->setWordWrap(true);
    for (QComboBox *box : {m_dateOrder, m_decimal, m_lineTotal, m_ordersWithoutId, m_channel,
                           static_cast<QComboBox *>(m_store), m_source}) {
        box->setFocusPolicy(Qt::StrongFocus);
        box->installEventFilter(m_wheelGuard);
    }
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_decimal->setObjectName(QStringLiteral("decimalCombo"));
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->setMinimumContentsLength(14);
    m_source->setToolTip(tr("The system this export comes from: the till, the web shop, an ERP. The same "
                            "order number from two sources is two orders."));
    m_sourceLabel->setBuddy(m_source);
    m_table->setObjectName(QStringLiteral("columnsTable"));

    // Indexes follow core::csv::DateOrder, so the field holds the enum value.
    m_dateOrder->addItem(tr("Detect from the whole file"), int(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Year-month-day (2024-03-31)"), int(DateOrder::YearMonthDay));
    m_dateOrder->addItem(tr("Day/month/year (31/03/2024)"), int(DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Month/day/year (03/31/2024)"), int(DateOrder::MonthDayYear));
    m_decimal->addItem(tr("Point (1,234.50)"), int('.'));
    m_decimal->addItem(tr("Comma (1.234,50)"), int(','));

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Column"), tr("Holds"), tr("Examples"), tr("Looks like"), tr("Problem")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    // What a column looks like is always read whole; the field combo is as wide as its longest field name in
    // any language; the examples (cut with "…", whole in the tooltip) and the problems share the room left,
    // so nothing needs scrolling sideways on a 1280 × 800 screen.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SamplesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LooksLikeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);

    // The settings in a grid of two rows (and the order options' check boxes in a third), so the page stays
    // narrow enough for a 1280 × 800 screen in every language.
    auto *settings = new QGridLayout;
    settings->setHorizontalSpacing(8);
    auto *dateLabel = new QLabel(tr("&Dates are written as:"), this);
    dateLabel->setBuddy(m_dateOrder);
    auto *decimalLabel = new QLabel(tr("Decimal &separator:"), this);
    decimalLabel->setBuddy(m_decimal);
    settings->addWidget(dateLabel, 0, 0);
    settings->addWidget(m_dateOrder, 0, 1);
    settings->addWidget(decimalLabel, 0, 2);
    settings->addWidget(m_decimal, 0, 3);
    settings->addWidget(m_sourceLabel, 0, 4);
    settings->addWidget(m_source, 0, 5);
    settings->setColumnStretch(6, 1);
    m_lineTotal->setObjectName(QStringLiteral("lineTotalCombo"));
    m_lineTotal->addItem(tr("before the line discount"), false);
    m_lineTotal->addItem(tr("after the line discount"), true);
    m_ordersWithoutId->setObjectName(QStringLiteral("ordersWithoutIdCombo"));
    m_ordersWithoutId->addItem(tr("each row"), int(core::OrdersWithoutId::PerRow));
    m_ordersWithoutId->addItem(tr("one per customer per day"), int(core::OrdersWithoutId::PerCustomerDay));
    m_noPrices->setObjectName(QStringLiteral("noPricesCheck"));
    // Stored by their English names whatever the language (core::defaultChannelName()).
    m_channel->setObjectName(QStringLiteral("defaultChannelCombo"));
    m_channel->addItem(core::storeChannelDisplayName(core::defaultChannelName()), core::defaultChannelName());
    m_channel->addItem(core::storeChannelDisplayName(core::webShopChannelName()), core::webShopChannelName());
    m_channel->setToolTip(tr("The channel of every line whose file has no channel column (or an empty cell): "
                             "a till's sales are in store, a web shop's online."));
    m_spreadOrderMoney->setObjectName(QStringLiteral("spreadOrderMoneyCheck"));
    m_spreadOrderMoney->setToolTip(
        tr("An order discount given once per order is split over the order's lines in proportion to their "
           "amounts, to the cent; unchecked, it is left out. Shipping is not sales: a column mapped as "
           "shipping is counted and left out."));
    m_noPrices->setToolTip(tr("Orders, units, customers and cohorts count; money figures say \"no prices "
                              "imported\" for these lines."));
    // Line totals and channel on one row, orders without an ID on the next: the three on one row made the
    // wizard 1,404 px wide in French, past a 1280 px screen.
    auto *orderOptions = new QVBoxLayout(m_orderOptions);
    orderOptions->setContentsMargins(0, 0, 0, 0);
    auto *lineTotalLabel = new QLabel(tr("&Line totals are:"), m_orderOptions);
    lineTotalLabel->setBuddy(m_lineTotal);
    auto *withoutIdLabel = new QLabel(tr("Without an order ID, an &order is:"), m_orderOptions);
    withoutIdLabel->setBuddy(m_ordersWithoutId);
    auto *channelLabel = new QLabel(tr("C&hannel where none is given:"), m_orderOptions);
    channelLabel->setBuddy(m_channel);
    const auto row = [orderOptions](const QList<QWidget *> &widgets) {
        auto *line = new QHBoxLayout;
        line->setSpacing(8);
        for (QWidget *w : widgets)
            line->addWidget(w);
        line->addStretch(1);
        orderOptions->addLayout(line);
        return line;
    };
    QHBoxLayout *first = row({lineTotalLabel, m_lineTotal});
    first->insertSpacing(2, 16);
    first->insertWidget(3, channelLabel);
    first->insertWidget(4, m_channel);
    row({withoutIdLabel, m_ordersWithoutId, m_store->label(), m_store})->insertSpacing(2, 16);
    QHBoxLayout *checks = row({m_noPrices, m_spreadOrderMoney});
    checks->insertSpacing(1, 16);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_required);
    layout->addLayout(settings);
    layout->addWidget(m_orderOptions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);

    registerField(QStringLiteral("dateOrder"), m_dateOrder);
    registerField(QStringLiteral("decimalSeparator"), m_decimal);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &ColumnsPage::settingsChanged);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &ColumnsPage::settingsChanged);
    connect(m_lineTotal, &QComboBox::currentIndexChanged, this, &ColumnsPage::orderOptionsChanged);
    connect(m_ordersWithoutId, &QComboBox::currentIndexChanged, this, &ColumnsPage::orderOptionsChanged);
    connect(m_noPrices, &QCheckBox::toggled, this, &ColumnsPage::orderOptionsChanged);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ColumnsPage::orderOptionsChanged);
    connect(m_spreadOrderMoney, &QCheckBox::toggled, this, &ColumnsPage::orderOptionsChanged);
    connect(m_source, &QComboBox::currentTextChanged, this, &ColumnsPage::sourceChanged);
    connect(m_store, &StoreChoice::storeChosen, this, [this](const QString &store) {
        core::ImportProfile profile = m_wizard->profile();
        profile.defaultStore = store;
        m_wizard->setProfile(profile);
    });
}

void ColumnsPage::initializePage()
{
    m_amountNote.clear();
    core::ImportProfile aligned = alignedProfile(m_wizard->profile(), m_wizard->preview());
    // Two columns that name one field alike: nothing justifies either, so neither is mapped until the user
    // chooses (once per file: going back and forth keeps the user's choice). A saved profile has settled its
    // columns already.
    if (m_contestedFile != m_wizard->preview().path) {
        m_contestedFile = m_wizard->preview().path;
        m_contested = m_wizard->appliedProfileName().isEmpty()
                          ? core::contestedFields(m_wizard->preview(), aligned)
                          : QList<core::ContestedField>();
        for (const core::ContestedField &f : std::as_const(m_contested)) {
            for (int column : f.columns) {
                if (column < aligned.columns.size())
                    aligned.columns[column].field.clear();
            }
        }
    }
    m_wizard->setProfile(aligned);
    const core::ImportProfile &profile = m_wizard->profile();
    {
        const QSignalBlocker b1(m_dateOrder), b2(m_decimal), b3(m_lineTotal), b4(m_ordersWithoutId),
            b5(m_noPrices), b6(m_spreadOrderMoney), b7(m_channel);
        m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(profile.dateOrder)));
        // Left blank when the file does not tell ("1,500" only): the user chooses, nothing is guessed.
        m_decimal->setCurrentIndex(
            profile.decimalSeparatorOpen ? -1 : m_decimal->findData(int(profile.decimalSeparator)));
        m_lineTotal->setCurrentIndex(profile.lineTotalAfterDiscount ? 1 : 0);
        m_ordersWithoutId->setCurrentIndex(m_ordersWithoutId->findData(int(profile.ordersWithoutId)));
        m_noPrices->setChecked(profile.noPrices);
        m_spreadOrderMoney->setChecked(profile.spreadOrderMoney);
        const QString channel = profile.defaultChannel.trimmed();
        if (m_channel->findData(channel.isEmpty() ? core::defaultChannelName() : channel) < 0)
            m_channel->addItem(core::storeChannelDisplayName(channel), channel); // a saved profile's own
        m_channel->setCurrentIndex(
            m_channel->findData(channel.isEmpty() ? core::defaultChannelName() : channel));
    }
    m_store->showStore(profile);
    // The source: the profile's, else the default (the web shop's or the till's, or "Default" where earlier
    // imports went: DefaultSource.h); the sources the workspace knows are offered, the canonical names in the
    // user's language.
    const bool orders = profile.entity == core::Entity::Orders;
    m_sourceLabel->setVisible(orders);
    m_source->setVisible(orders);
    {
        const QSignalBlocker blocker(m_source);
        QStringList names = m_wizard->knownSources();
        const QString current =
            profile.source.trimmed().isEmpty()
                ? core::defaultSourceFor(profile, names.contains(core::defaultSourceName()))
                : profile.source.trimmed();
        if (!names.contains(current))
            names.prepend(current);
        m_source->clear();
        m_source->addItems(core::sourceDisplayNames(names));
        m_source->setCurrentText(core::sourceDisplayName(current));
    }
    if (orders)
        sourceChanged(m_source->currentText());
    setSubTitle(tr("StoreLens suggested a field for the columns it recognised (%1). Fields marked * are "
                   "required; columns set to Ignore are left out.")
                    .arg(core::entityDisplayName(profile.entity)));
    buildRows();
    refresh();
}

void ColumnsPage::buildRows()
{
    const core::ImportProfile &profile = m_wizard->profile();
    const QList<core::FieldSpec> &fields = core::fieldsFor(profile.entity);
    m_table->clearContents();
    m_table->setRowCount(int(profile.columns.size()));
    for (int row = 0; row < profile.columns.size(); ++row) {
        auto *name = new QTableWidgetItem(profile.columns.at(row).column);
        name->setToolTip(profile.columns.at(row).column);
        m_table->setItem(row, NameColumn, name);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldCombo_%1").arg(row));
        combo->addItem(tr("Ignore"), QString());
        for (const core::FieldSpec &spec : fields)
            combo->addItem(alwaysRequired(profile.entity, spec) ? tr("%1 *").arg(core::fieldLabel(spec))
                                                                : core::fieldLabel(spec),
                           spec.key);
        combo->setCurrentIndex(std::max(0, combo->findData(profile.columns.at(row).field)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { fieldChosen(row); });
        combo->setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: the wheel scrolls (WheelScrollsTable)
        combo->installEventFilter(m_wheelGuard);
        m_table->setCellWidget(row, FieldColumn, combo);
        for (int c : {SamplesColumn, LooksLikeColumn, ProblemColumn})
            m_table->setItem(row, c, new QTableWidgetItem);
    }
    // A long column name is cut with "…" and shown whole in its tooltip.
    m_table->resizeColumnToContents(NameColumn);
    m_table->setColumnWidth(NameColumn, std::min(m_table->columnWidth(NameColumn), MaxNameWidth));
}

void ColumnsPage::setColumnField(int column, const QString &fieldKey)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn)))
        combo->setCurrentIndex(std::max(0, combo->findData(fieldKey)));
}

QString ColumnsPage::columnField(int column) const
{
    const auto &columns = m_wizard->profile().columns;
    return column >= 0 && column < columns.size() ? columns.at(column).field : QString();
}

QString ColumnsPage::columnProblem(int column) const
{
    const QTableWidgetItem *item = m_table->item(column, ProblemColumn);
    return item ? item->text() : QString();
}

void ColumnsPage::fieldChosen(int column)
{
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn));
    core::ImportProfile profile = m_wizard->profile();
    if (!combo || column >= profile.columns.size())
        return;
    const QString key = combo->currentData().toString();
    const QString previous = profile.columns.at(column).field;
    profile.columns[column].field = key;
    m_contested.removeIf([column](const core::ContestedField &f) { return f.columns.contains(column); });
    // One column per field: the column that fed it before is ignored now.
    for (int i = 0; i < profile.columns.size(); ++i) {
        if (i != column && !key.isEmpty() && profile.columns.at(i).field == key) {
            profile.columns[i].field.clear();
            if (auto *other = qobject_cast<QComboBox *>(m_table->cellWidget(i, FieldColumn))) {
                const QSignalBlocker blocker(other);
                other->setCurrentIndex(0);
            }
        }
    }
    // The note on the amount unmapped lasts until the unit price or the line total is chosen again.
    const QStringList amounts = {core::field::UnitPrice, core::field::LineTotal};
    if (amounts.contains(key) || amounts.contains(previous))
        m_amountNote = keepOneAmount(profile, column);
    if (amounts.contains(key) || amounts.contains(previous) || key == core::field::Discount ||
        previous == core::field::Discount || key == core::field::Quantity ||
        previous == core::field::Quantity)
        readLineTotalsAsTheRowsSay(profile);
    // A status chosen by hand marks cancellations too, a till's voids as not sold.
    core::useDefaultCancelStatusValues(profile, m_wizard->preview());
    decideOpenDecimalSeparator(profile);
    m_wizard->setProfile(profile);
    refresh();
}

// With the decimal separator still open (no money column was recognised), a money or quantity column mapped
// by hand decides it when its values tell ("32,90"), as the suggestion would have.
void ColumnsPage::decideOpenDecimalSeparator(core::ImportProfile &profile)
{
    if (m_decimal->currentIndex() >= 0)
        return;
    const std::optional<char> decimal = core::decimalSeparatorOfMappedNumbers(m_wizard->preview(), profile);
    if (!decimal)
        return;
    profile.decimalSeparator = *decimal;
    profile.decimalSeparatorOpen = false;
    const QSignalBlocker blocker(m_decimal);
    m_decimal->setCurrentIndex(m_decimal->findData(int(*decimal)));
}

// A line's amount is its quantity × unit price or its line total, never both: with both mapped the import
// reads the price, so a line total chosen beside it changed nothing (trial 20: "Total (Exc VAT)" mapped
// beside "Unit Price"). Choosing one unmaps the other; what it unmapped is said in the notes.
QString ColumnsPage::keepOneAmount(core::ImportProfile &profile, int column)
{
    const QString key = profile.columns.at(column).field;
    const bool total = key == core::field::LineTotal;
    if (!total && key != core::field::UnitPrice)
        return {};
    const int other = profile.columnIndexFor(total ? core::field::UnitPrice : core::field::LineTotal);
    if (other < 0 || other == column)
        return {};
    profile.columns[other].field.clear();
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(other, FieldColumn))) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    const QString chosen = profile.columns.at(column).column.toHtmlEscaped();
    const QString dropped = profile.columns.at(other).column.toHtmlEscaped();
    return total ? tr("\"%1\" is read as the line total, so \"%2\" is no longer read as the unit price: a "
                      "line's amount comes from one of them.")
                       .arg(chosen, dropped)
                 : tr("\"%1\" is read as the unit price, so \"%2\" is no longer read as the line total: a "
                      "line's amount comes from one of them.")
                       .arg(chosen, dropped);
}

// Line totals read instead of a unit price are before or after the line discount as the file's discounted
// rows say (core::lineTotalEvidence()); without such rows the choice stays as it was.
void ColumnsPage::readLineTotalsAsTheRowsSay(core::ImportProfile &profile)
{
    if (profile.columnFor(core::field::LineTotal).isEmpty() ||
        !profile.columnFor(core::field::UnitPrice).isEmpty())
        return;
    const core::LineTotalEvidence evidence = core::lineTotalEvidence(m_wizard->preview(), profile);
    if (evidence.says == core::LineTotalEvidence::Says::Nothing)
        return;
    profile.lineTotalAfterDiscount = evidence.says == core::LineTotalEvidence::Says::AfterDiscount;
    const QSignalBlocker blocker(m_lineTotal);
    m_lineTotal->setCurrentIndex(profile.lineTotalAfterDiscount ? 1 : 0);
}

void ColumnsPage::settingsChanged()
{
    core::ImportProfile profile = m_wizard->profile();
    profile.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    if (m_decimal->currentIndex() >= 0) {
        profile.decimalSeparator = char(m_decimal->currentData().toInt());
        profile.decimalSeparatorOpen = false;
    }
    m_wizard->setProfile(profile);
    refresh();
}

void ColumnsPage::sourceChanged(const QString &name)
{
    core::ImportProfile profile = m_wizard->profile();
    // A default source's name as shown ("Kasse") is its stored one ("Till"); empty: the default source.
    profile.source = core::canonicalSourceName(name, m_wizard->knownSources());
    m_wizard->setProfile(profile);
}

void ColumnsPage::orderOptionsChanged()
{
    core::ImportProfile profile = m_wizard->profile();
    profile.lineTotalAfterDiscount = m_lineTotal->currentData().toBool();
    profile.ordersWithoutId = core::OrdersWithoutId(m_ordersWithoutId->currentData().toInt());
    profile.noPrices = m_noPrices->isChecked();
    profile.spreadOrderMoney = m_spreadOrderMoney->isChecked();
    profile.defaultChannel = m_channel->currentData().toString();
    m_wizard->setProfile(profile);
    refresh();
}

void ColumnsPage::refresh()
{
    const core::ImportProfile &profile = m_wizard->profile();
    const bool orders = profile.entity == core::Entity::Orders;
    const bool priced = !profile.columnFor(core::field::UnitPrice).isEmpty() ||
                        !profile.columnFor(core::field::LineTotal).isEmpty();
    m_orderOptions->setVisible(orders);
    m_store->enableFor(profile);
    m_lineTotal->setEnabled(!profile.columnFor(core::field::LineTotal).isEmpty() &&
                            profile.columnFor(core::field::UnitPrice).isEmpty());
    m_ordersWithoutId->setEnabled(profile.columnFor(core::field::OrderId).isEmpty());
    m_noPrices->setEnabled(!priced || profile.noPrices);
    m_spreadOrderMoney->setVisible(!profile.columnFor(core::field::OrderDiscount).isEmpty() ||
                                   !profile.columnFor(core::field::Shipping).isEmpty());
    const QList<ColumnFinding> findings = ColumnAnalysis::analyse(m_wizard->preview(), profile);
    int problems = 0;
    for (int row = 0; row < m_table->rowCount() && row < findings.size(); ++row) {
        const ColumnFinding &f = findings.at(row);
        // Long examples are cut at the column's width ("…"); the tooltip shows them whole.
        m_table->item(row, SamplesColumn)->setText(f.samples);
        m_table->item(row, SamplesColumn)->setToolTip(f.wholeSamples);
        m_table->item(row, LooksLikeColumn)->setText(f.looksLike);
        // The parsers' reasons usually quote the value already.
        const QString problem = f.problem.isEmpty() || f.problem.contains(f.failingValue)
                                    ? f.problem
                                    : tr("\"%1\": %2").arg(f.failingValue, f.problem);
        m_table->item(row, ProblemColumn)->setText(problem);
        m_table->item(row, ProblemColumn)->setToolTip(problem);
        problems += problem.isEmpty() ? 0 : 1;
        for (int c : {NameColumn, SamplesColumn, LooksLikeColumn, ProblemColumn})
            m_table->item(row, c)->setBackground(problem.isEmpty() ? QBrush() : QBrush(ProblemColour));
    }
    // The problem column only when a column has one: the examples have its room otherwise.
    m_table->setColumnHidden(ProblemColumn, problems == 0);

    const QStringList missing = requiredLabels(profile, profile.missingRequiredFields());
    m_required->setText(missing.isEmpty() ? tr("Every required field has a column.")
                                          : tr("<b>Still to choose:</b> %1.").arg(core::textList(missing)));
    QStringList notes;
    if (!m_amountNote.isEmpty())
        notes << m_amountNote;
    for (const core::ContestedField &f : std::as_const(m_contested)) {
        QStringList columns;
        for (qsizetype i = 0; i < f.columns.size(); ++i)
            columns << tr("column %1 \"%2\"").arg(f.columns.at(i) + 1).arg(f.headers.at(i).toHtmlEscaped());
        const core::FieldSpec *spec = core::findField(profile.entity, f.field);
        notes
            << tr("<b>Choose which column holds %1:</b> %2 both name it, and nothing in the file tells which "
                  "one to use.")
                   .arg(spec ? core::fieldLabel(*spec) : f.field,
                        columns.size() == 2 ? tr("%1 and %2").arg(columns.at(0), columns.at(1))
                                            : columns.join(QStringLiteral(", ")));
    }
    if (const QString date = ColumnAnalysis::openDateExample(m_wizard->preview(), profile); !date.isEmpty())
        notes
            << tr("<b>Day or month first?</b> In the rows shown, a date such as \"%1\" could be day/month "
                  "or month/day. Choose under \"Dates are written as\" if you know how your system writes "
                  "dates; otherwise StoreLens reads the whole file to tell, and stops to ask if no day in it "
                  "is above 12.")
                   .arg(date.toHtmlEscaped());
    if (problems > 0)
        notes << tr("Highlighted columns have values that do not read as the field chosen for them; rows "
                    "with such values will be rejected. Check the field, the date order and the decimal "
                    "separator.");
    if (!profile.cancelOrderPrefix.isEmpty())
        notes << tr("Order IDs that start with \"%1\" are read as cancellations (returns).")
                     .arg(profile.cancelOrderPrefix);
    if (!profile.cancelStatusValues.isEmpty() && !profile.columnFor(core::field::Status).isEmpty()) {
        // Only the values the file's first rows hold: the whole list starts in English ("refunded, refund,
        // cancelled") and read so in a French window (trial 21fr).
        const QStringList seen = statusValuesSeen(profile, m_wizard->preview(), profile.cancelStatusValues);
        const QString values = core::textList(seen);
        if (seen.isEmpty())
            notes << tr("Orders whose status marks a refund or a cancellation (none in the rows shown) were "
                        "sold and refunded: each of their lines counts as a sale and a return.");
        else
            notes
                << (markedRowsAreRefundRows(profile, m_wizard->preview())
                        ? tr("Rows whose status is %1 are refunds: each counts as a return dated on the "
                             "refund's day, not as a sale.")
                              .arg(values)
                        : tr("Orders whose status is %1 were sold and refunded: each of their lines counts "
                             "as a sale and a return. If a status means the item was voided before payment, "
                             "the Check step can leave it out instead.")
                              .arg(values));
    }
    // A till's voided values, left out by default (core::leaveTillVoidsOut()).
    QStringList voids = profile.notSoldStatusValues;
    voids.removeIf([](const QString &v) { return !core::isVoidStatus(v); });
    if (const QStringList seen = statusValuesSeen(profile, m_wizard->preview(), voids); !seen.isEmpty())
        notes << tr("Lines whose status is %1 were voided on the till before payment: they are left out of "
                    "sales. If such a status means the sale was refunded, the Check step can count it as a "
                    "cancellation instead.")
                     .arg(core::textList(seen));
    m_notes->setText(notes.join(QLatin1Char(' ')));
    Q_EMIT completeChanged();
}

bool ColumnsPage::isComplete() const
{
    return m_wizard->profile().missingRequiredFields().isEmpty() && m_contested.isEmpty();
}

} // namespace storelens::ui
