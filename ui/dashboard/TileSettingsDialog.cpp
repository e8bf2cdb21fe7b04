#include "ui/dashboard/TileSettingsDialog.h"

#include "ui/dashboard/TileChoice.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace storelens::ui {

namespace {

using core::analytics::KpiId;
using core::analytics::KpiUnit;

constexpr int kIdRole = Qt::UserRole + 1;

// Targets of ratio KPIs are typed as percentages.
double displayFactor(KpiId id)
{
    return core::analytics::kpiUnit(id) == KpiUnit::Ratio ? 100.0 : 1.0;
}

bool parseTarget(const QString &text, double *value)
{
    QString trimmed = text.trimmed();
    trimmed.remove(QLatin1Char('%'));
    trimmed = trimmed.trimmed();
    bool ok = false;
    *value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        *value = trimmed.toDouble(&ok);
    return ok;
}

} // namespace

TileSettingsDialog::TileSettingsDialog(const std::vector<KpiId> &tiles,
                                       const core::analytics::KpiTargets &targets, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("tileSettingsDialog"));
    setWindowTitle(tr("Choose KPI Tiles"));
    m_table->setHorizontalHeaderLabels({tr("KPI"), tr("Target")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setAccessibleName(tr("KPI tiles"));

    populate(tiles, targets);

    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move &down"), this);
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto *reset = new QPushButton(tr("&Reset to defaults"), this);
    reset->setObjectName(QStringLiteral("resetTiles"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);
    auto *hint = new QLabel(
        tr("Check the tiles to show and order them with Move up and Move down (Alt+Up, Alt+Down). A target "
           "is "
           "shown as progress on its tile; enter rates as percentages. Leave a target empty for none."),
        this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(reset);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(520, 560);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &TileSettingsDialog::validate);
    connect(reset, &QPushButton::clicked, this, [this] { populate(defaultTileChoice(), this->targets()); });
}

void TileSettingsDialog::populate(const std::vector<KpiId> &tiles, const core::analytics::KpiTargets &targets)
{
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (KpiId id : tiles)
        addRow(id, true, targets);
    for (int i = 0; i < core::analytics::kKpiCount; ++i) {
        if (std::find(tiles.begin(), tiles.end(), KpiId(i)) == tiles.end())
            addRow(KpiId(i), false, targets);
    }
    m_table->setCurrentCell(0, 0);
}

void TileSettingsDialog::addRow(KpiId id, bool shown, const core::analytics::KpiTargets &targets)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(core::analytics::kpiLabel(id));
    name->setData(kIdRole, int(id));
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    name->setCheckState(shown ? Qt::Checked : Qt::Unchecked);
    name->setToolTip(core::analytics::kpiDescription(id));
    auto *target = new QTableWidgetItem;
    const auto it = targets.find(core::analytics::kpiKey(id));
    if (it != targets.end())
        target->setText(QLocale().toString(it->second * displayFactor(id), 'g', 12));
    target->setToolTip(core::analytics::kpiUnit(id) == KpiUnit::Ratio ? tr("A percentage, e.g. 35 for 35 %.")
                                                                      : tr("In the KPI's unit."));
    m_table->setItem(row, 0, name);
    m_table->setItem(row, 1, target);
}

void TileSettingsDialog::moveCurrent(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    const int column = m_table->currentColumn();
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QTableWidgetItem *a = m_table->takeItem(row, c);
        QTableWidgetItem *b = m_table->takeItem(to, c);
        m_table->setItem(row, c, b);
        m_table->setItem(to, c, a);
    }
    m_table->setCurrentCell(to, qMax(0, column));
}

std::vector<KpiId> TileSettingsDialog::tiles() const
{
    std::vector<KpiId> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item->checkState() == Qt::Checked)
            result.push_back(KpiId(item->data(kIdRole).toInt()));
    }
    return result;
}

core::analytics::KpiTargets TileSettingsDialog::targets() const
{
    core::analytics::KpiTargets result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const KpiId id = KpiId(m_table->item(row, 0)->data(kIdRole).toInt());
        double value = 0;
        if (parseTarget(m_table->item(row, 1)->text(), &value))
            result[core::analytics::kpiKey(id)] = value / displayFactor(id);
    }
    return result;
}

void TileSettingsDialog::validate()
{
    bool allValid = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *target = m_table->item(row, 1);
        if (!target)
            continue;
        double value = 0;
        const bool valid = target->text().trimmed().isEmpty() || parseTarget(target->text(), &value);
        allValid = allValid && valid;
        const QColor color = valid ? palette().color(QPalette::Text) : QColor(0xc0, 0x24, 0x24);
        if (target->foreground().color() != color) {
            QSignalBlocker block(m_table);
            target->setForeground(color);
        }
    }
    m_ok->setEnabled(allValid);
}

} // namespace storelens::ui
