#include "ui/segments/SegmentCompareWidget.h"

#include "ui/common/Formatting.h"
#include "ui/common/TableActions.h"
#include "ui/segments/SegmentSummaryModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace storelens::ui {

using core::session::SegmentKey;
using core::session::SegmentsResultPtr;

using core::analytics::SegmentSummary;

namespace {

QString signedText(double value, int places)
{
    const QString text = QLocale().toString(value, 'f', places);
    return value > 0 ? QStringLiteral("+") + text : text;
}

// B − A of one figure, or a dash when either side has none.
QString differenceText(const SegmentSummary &a, const SegmentSummary &b, int column)
{
    const QVariant va = SegmentSummaryModel::rawValue(a, column);
    const QVariant vb = SegmentSummaryModel::rawValue(b, column);
    if (!va.isValid() || !vb.isValid())
        return SegmentCompareWidget::tr("–");
    switch (column) {
    case SegmentSummaryModel::Customers: {
        const qint64 d = vb.toLongLong() - va.toLongLong();
        return d > 0 ? QStringLiteral("+") + formatCount(d) : formatCount(d);
    }
    case SegmentSummaryModel::ShareOfCustomers:
    case SegmentSummaryModel::ShareOfNetSales:
        return SegmentCompareWidget::tr("%1 points")
            .arg(signedText((vb.toDouble() - va.toDouble()) * 100.0, 1));
    case SegmentSummaryModel::NetSales:
    case SegmentSummaryModel::Aov: {
        const qint64 d = vb.toLongLong() - va.toLongLong();
        const QString text = formatMoney(core::Money::fromUnits(d));
        return d > 0 ? QStringLiteral("+") + text : text;
    }
    case SegmentSummaryModel::Frequency:
        return signedText(vb.toDouble() - va.toDouble(), 2);
    case SegmentSummaryModel::Recency:
        return signedText(vb.toDouble() - va.toDouble(), 1);
    default:
        break;
    }
    return {};
}

} // namespace

SegmentCompareWidget::SegmentCompareWidget(QWidget *parent)
    : QWidget(parent)
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("segmentCompare"));
    m_first->setObjectName(QStringLiteral("compareFirst"));
    m_second->setObjectName(QStringLiteral("compareSecond"));
    m_first->setMinimumContentsLength(22);
    m_second->setMinimumContentsLength(22);
    m_table->setObjectName(QStringLiteral("compareTable"));
    TableActions::install(m_table, tr("segment comparison"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnCount(3);
    m_table->setRowCount(SegmentSummaryModel::ColumnCount - 1);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    for (int row = 0; row + 1 < SegmentSummaryModel::ColumnCount; ++row) {
        auto *header = new QTableWidgetItem(SegmentSummaryModel::columnTitle(row + 1));
        header->setToolTip(SegmentSummaryModel::columnToolTip(row + 1));
        m_table->setVerticalHeaderItem(row, header);
    }

    auto *firstLabel = new QLabel(tr("Compare &segment"), this);
    firstLabel->setBuddy(m_first);
    auto *secondLabel = new QLabel(tr("&with"), this);
    secondLabel->setBuddy(m_second);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(firstLabel);
    pickers->addWidget(m_first);
    pickers->addWidget(secondLabel);
    pickers->addWidget(m_second);
    pickers->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_table, 1);

    connect(m_first, &QComboBox::currentIndexChanged, this, &SegmentCompareWidget::refresh);
    connect(m_second, &QComboBox::currentIndexChanged, this, &SegmentCompareWidget::refresh);
}

void SegmentCompareWidget::setData(SegmentsResultPtr data)
{
    m_data = std::move(data);
    m_keys = m_data ? m_data->allKeys() : std::vector<SegmentKey>();
    fillCombo(m_first, 0);
    fillCombo(m_second, 1);
    refresh();
}

void SegmentCompareWidget::fillCombo(QComboBox *combo, int fallback)
{
    const QString previous = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const SegmentKey &key : m_keys)
        combo->addItem(m_data->title(key));
    const int keep = combo->findText(previous);
    combo->setCurrentIndex(keep >= 0 ? keep : std::min(fallback, combo->count() - 1));
}

void SegmentCompareWidget::setSegments(const SegmentKey &a, const SegmentKey &b)
{
    const auto indexOf = [this](const SegmentKey &key) {
        const auto it = std::find(m_keys.begin(), m_keys.end(), key);
        return it == m_keys.end() ? -1 : int(it - m_keys.begin());
    };
    m_first->setCurrentIndex(indexOf(a));
    m_second->setCurrentIndex(indexOf(b));
}

SegmentKey SegmentCompareWidget::keyAt(const QComboBox *combo) const
{
    const int i = combo->currentIndex();
    return i >= 0 && size_t(i) < m_keys.size() ? m_keys[size_t(i)] : SegmentKey();
}

void SegmentCompareWidget::refresh()
{
    const SegmentKey a = keyAt(m_first);
    const SegmentKey b = keyAt(m_second);
    m_table->setHorizontalHeaderLabels({a.isValid() ? m_data->title(a) : tr("First segment"),
                                        b.isValid() ? m_data->title(b) : tr("Second segment"),
                                        tr("Difference (second − first)")});
    const SegmentSummary sa = a.isValid() ? m_data->summary(a) : SegmentSummary();
    const SegmentSummary sb = b.isValid() ? m_data->summary(b) : SegmentSummary();
    for (int row = 0; row + 1 < SegmentSummaryModel::ColumnCount; ++row) {
        const int column = row + 1;
        const QString cells[] = {a.isValid() ? SegmentSummaryModel::displayText(sa, column) : QString(),
                                 b.isValid() ? SegmentSummaryModel::displayText(sb, column) : QString(),
                                 a.isValid() && b.isValid() ? differenceText(sa, sb, column) : QString()};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
}

} // namespace storelens::ui
