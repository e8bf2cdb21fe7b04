#include "ui/importwizard/CancelStatusOffer.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens::ui {

CancelStatusOffer::CancelStatusOffer(QWidget *parent)
    : QGroupBox(tr("Order statuses StoreLens does not know"), parent)
    , m_boxes(new QVBoxLayout)
    , m_apply(new QPushButton(tr("Count Ticked as &Cancellations"), this))
    , m_notSold(new QPushButton(tr("Leave Ticked Out as &Unpaid"), this))
{
    setObjectName(QStringLiteral("cancelStatusOffer"));
    auto *text = new QLabel(tr("Their orders are counted as sales. Tick a status that means the order was "
                               "cancelled or refunded: its orders then count as a sale and a return, and "
                               "the import profile keeps the choice.") +
                                QLatin1Char(' ') +
                                tr("A status that means the order was never paid (a bank transfer still "
                                   "pending) is left out instead: tick it and choose \"Leave Ticked Out as "
                                   "Unpaid\"."),
                            this);
    text->setObjectName(QStringLiteral("cancelStatusText"));
    text->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("cancelStatusButton"));
    m_apply->setToolTip(tr("Checks the file again with the ticked statuses as cancellations."));
    m_notSold->setObjectName(QStringLiteral("notSoldStatusButton"));
    m_notSold->setToolTip(tr("Checks the file again with the ticked statuses as not sold: their orders took "
                             "no payment and are left out."));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_notSold);
    buttonRow->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(m_boxes);
    layout->addLayout(buttonRow);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT cancellationsChosen(ticked()); });
    connect(m_notSold, &QPushButton::clicked, this, [this] { Q_EMIT notSoldChosen(ticked()); });
    hide();
}

void CancelStatusOffer::showFor(const QList<core::DataQuality::StatusCount> &unknown,
                                const QStringList &marked, const QStringList &markedNotSold)
{
    qDeleteAll(m_checks);
    m_checks.clear();
    m_marked = marked;
    m_markedNotSold = markedNotSold;
    setVisible(!unknown.isEmpty() || !marked.isEmpty() || !markedNotSold.isEmpty());
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
        add(value, tr("\"%1\": counted as a cancellation").arg(value), true);
    for (const QString &value : markedNotSold)
        add(value, tr("\"%1\": left out as unpaid").arg(value), true);
    for (const core::DataQuality::StatusCount &c : unknown)
        add(c.status,
            tr("\"%1\": %Ln order(s)", nullptr, int(std::min<qint64>(c.orders, INT_MAX))).arg(c.status),
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
    m_apply->setEnabled(values != m_marked || !m_markedNotSold.isEmpty());
    m_notSold->setEnabled(values != m_markedNotSold || !m_marked.isEmpty());
}

} // namespace storelens::ui
