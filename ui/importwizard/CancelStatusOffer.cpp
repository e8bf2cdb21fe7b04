#include "ui/importwizard/CancelStatusOffer.h"

#include "core/import/OrderStatus.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace storelens::ui {

CancelStatusOffer::CancelStatusOffer(QWidget *parent)
    : QGroupBox(tr("Order statuses StoreLens does not know"), parent)
    , m_text(new QLabel(this))
    , m_knownText(new QLabel(this))
    , m_boxes(new QVBoxLayout)
    , m_apply(new QPushButton(tr("&Count Ticked as Sold, Then Refunded"), this))
    , m_notSold(new QPushButton(tr("Leave Ticked Out (Never &Paid)"), this))
{
    setObjectName(QStringLiteral("cancelStatusOffer"));
    m_text->setText(
        tr("Their orders are counted as sales. Tick a status that means the order was "
           "cancelled or refunded: its orders then count as a sale and a return, and "
           "the import profile keeps the choice.") +
        QLatin1Char(' ') +
        tr("A status that means the order was never paid (a bank transfer still "
           "pending) is left out instead: tick it and choose \"Leave Ticked Out (Never Paid)\"."));
    m_text->setObjectName(QStringLiteral("cancelStatusText"));
    m_text->setWordWrap(true);
    m_knownText->setObjectName(QStringLiteral("knownCancelStatusText"));
    m_knownText->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("cancelStatusButton"));
    m_apply->setToolTip(tr("Checks the file again with the ticked statuses as cancellations."));
    m_notSold->setObjectName(QStringLiteral("notSoldStatusButton"));
    m_notSold->setToolTip(tr("Checks the file again with the ticked statuses as not sold: their lines took "
                             "no payment (a transfer still pending, an item voided) and are left out."));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_notSold);
    buttonRow->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_knownText);
    layout->addLayout(m_boxes);
    layout->addLayout(buttonRow);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT cancellationsChosen(ticked()); });
    connect(m_notSold, &QPushButton::clicked, this, [this] { Q_EMIT notSoldChosen(ticked()); });
    hide();
}

namespace {

bool listed(const QStringList &values, const QString &value)
{
    return std::any_of(values.cbegin(), values.cend(),
                       [&value](const QString &v) { return core::sameStatusValue(v, value); });
}

} // namespace

void CancelStatusOffer::showFor(const QList<core::DataQuality::StatusCount> &unknown,
                                const QStringList &marked, const QStringList &markedNotSold,
                                const QList<core::DataQuality::StatusCount> &known,
                                const QStringList &knownLeftOut)
{
    qDeleteAll(m_checks);
    m_checks.clear();
    m_marked = marked;
    m_markedNotSold = markedNotSold;
    m_known.clear();
    QList<core::DataQuality::StatusCount> offered;
    for (const core::DataQuality::StatusCount &c : known) {
        if (!core::isRefundStatus(c.status) && !listed(marked, c.status)) {
            offered << c;
            m_known << c.status;
        }
    }
    // A void counted as sold-then-refunded is no unknown status: the text on unknown ones ("Their orders are
    // counted as sales") would speak of nothing (trial 24c).
    bool unknownValues =
        !unknown.isEmpty() ||
        std::any_of(marked.cbegin(), marked.cend(), [](const QString &v) { return !core::isVoidStatus(v); });
    for (const QString &value : markedNotSold)
        unknownValues = unknownValues || !listed(knownLeftOut, value);
    // A void counted as a cancellation by the user is a known value still (trial 24b: the box was titled
    // "does not know" after the switch).
    const bool knownValues =
        !offered.isEmpty() || !knownLeftOut.isEmpty() ||
        std::any_of(marked.cbegin(), marked.cend(), [](const QString &v) { return core::isVoidStatus(v); });
    setVisible(unknownValues || knownValues);
    // The title must hold for every value listed: "does not know" only when no known value is.
    setTitle(knownValues ? tr("Order statuses to check") : tr("Order statuses StoreLens does not know"));
    m_text->setVisible(unknownValues);
    m_knownText->setVisible(knownValues);
    QStringList sentences;
    if (!offered.isEmpty())
        sentences << tr(
            "A status counted as a cancellation means the order was sold, then refunded: each of its "
            "lines counts as a sale and a return. If it means the item was voided before payment and "
            "never charged (a till's voided line), tick it and choose \"Leave Ticked Out (Never Paid)\": its "
            "lines are left out, and the import profile keeps the choice.");
    if (!knownLeftOut.isEmpty())
        sentences << tr(
            "A till's voided line or receipt took no payment: it is left out of sales. If a status "
            "left out here means the sale was refunded, keep it ticked and choose \"Count Ticked as Sold, "
            "Then Refunded\": each of its lines then counts as a sale and a return.");
    m_knownText->setText(sentences.join(QLatin1Char(' ')));
    const auto add = [this](const QString &value, const QString &text, bool checked) {
        auto *check = new QCheckBox(text, this);
        check->setObjectName(QStringLiteral("cancelStatusCheck"));
        check->setProperty("statusValue", value);
        check->setChecked(checked);
        connect(check, &QCheckBox::toggled, this, &CancelStatusOffer::updateButton);
        m_boxes->addWidget(check);
        m_checks << check;
    };
    for (const QString &value : marked)
        add(value, tr("\"%1\": counted as sold, then refunded").arg(value), true);
    for (const QString &value : markedNotSold)
        add(value,
            core::isVoidStatus(value) ? tr("\"%1\": left out (voided before payment)").arg(value)
                                      : tr("\"%1\": left out as unpaid").arg(value),
            true);
    for (const core::DataQuality::StatusCount &c : unknown)
        add(c.status,
            tr("\"%1\": %Ln order(s)", nullptr, int(std::min<qint64>(c.orders, INT_MAX))).arg(c.status),
            false);
    for (const core::DataQuality::StatusCount &c : std::as_const(offered))
        add(c.status,
            tr("\"%1\": counted as a cancellation (sold, then refunded), %Ln order(s)", nullptr,
               int(std::min<qint64>(c.orders, INT_MAX)))
                .arg(c.status),
            false);
    updateButton();
}

QStringList CancelStatusOffer::ticked() const
{
    QStringList values;
    for (const QCheckBox *check : m_checks) {
        if (check->isChecked())
            values << check->property("statusValue").toString();
    }
    return values;
}

void CancelStatusOffer::updateButton()
{
    const QStringList values = ticked();
    // A known cancellation value ticked changes nothing when counted as a cancellation.
    QStringList cancellations = values;
    cancellations.removeIf([this](const QString &v) { return m_known.contains(v); });
    m_apply->setEnabled(cancellations != m_marked || !m_markedNotSold.isEmpty());
    m_notSold->setEnabled(values != m_markedNotSold || !m_marked.isEmpty());
}

} // namespace storelens::ui
