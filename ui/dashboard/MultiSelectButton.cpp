#include "ui/dashboard/MultiSelectButton.h"

#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace storelens::ui {

MultiSelectButton::MultiSelectButton(const QString &title, QWidget *parent)
    : QToolButton(parent)
    , m_title(title)
    , m_menu(new QMenu(this))
    , m_list(new QListWidget)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(title);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *all = new QPushButton(tr("Select &all"), panel);
    all->setToolTip(tr("Clear the choice: every value is included."));
    layout->addWidget(all);
    m_list->setParent(panel);
    m_list->setAccessibleName(tr("%1 values").arg(title));
    m_list->setMinimumWidth(220);
    layout->addWidget(m_list);
    auto *action = new QWidgetAction(m_menu);
    action->setDefaultWidget(panel);
    m_menu->addAction(action);
    setMenu(m_menu);

    connect(all, &QPushButton::clicked, this, [this] {
        setSelected({});
        Q_EMIT selectionChanged({});
    });
    connect(m_list, &QListWidget::itemChanged, this, &MultiSelectButton::onItemChanged);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_list->setFocus();
        if (m_list->count() > 0 && !m_list->currentItem())
            m_list->setCurrentRow(0);
    });
    updateText();
}

QSize MultiSelectButton::sizeHint() const
{
    return QToolButton::sizeHint() +
           QSize(style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this), 0);
}

QSize MultiSelectButton::minimumSizeHint() const
{
    return QToolButton::minimumSizeHint() +
           QSize(style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this), 0);
}

void MultiSelectButton::setValues(const QStringList &values)
{
    const QStringList keep = m_pending.isEmpty() ? selected() : m_pending;
    if (values.isEmpty()) {
        m_pending = keep; // nothing to choose from yet: keep the choice for the next values
        m_values.clear();
        m_list->clear();
        setEnabled(false);
        updateText();
        return;
    }
    m_values = values;
    m_updating = true;
    m_list->clear();
    for (const QString &value : values) {
        auto *item = new QListWidgetItem(display(value), m_list);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(keep.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setMinimumHeight(qMin(values.size(), 12) * m_list->sizeHintForRow(0) + 8);
    m_updating = false;
    m_pending.clear();
    setEnabled(!values.isEmpty());
    updateText();
}

QStringList MultiSelectButton::selected() const
{
    if (!m_pending.isEmpty())
        return m_pending;
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            result.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return result;
}

void MultiSelectButton::setSelected(const QStringList &values)
{
    if (m_values.isEmpty()) {
        m_pending = values;
        updateText();
        return;
    }
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(values.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    m_updating = false;
    updateText();
}

void MultiSelectButton::onItemChanged()
{
    if (m_updating)
        return;
    updateText();
    Q_EMIT selectionChanged(selected());
}

void MultiSelectButton::updateText()
{
    const QStringList chosen = selected();
    QString text;
    if (chosen.isEmpty())
        text = tr("%1: All").arg(m_title);
    else if (chosen.size() == 1)
        text = tr("%1: %2").arg(m_title, display(chosen.first()));
    else
        text = tr("%1: %2 of %3").arg(m_title).arg(chosen.size()).arg(m_values.size());
    setText(text);
    QStringList shown;
    for (const QString &value : chosen)
        shown << display(value);
    setToolTip(chosen.isEmpty() ? tr("Everything is included. Click to choose.")
                                : shown.join(QStringLiteral(", ")));
}

} // namespace storelens::ui
