#pragma once

#include <QStringList>
#include <QToolButton>

#include <functional>

class QListWidget;
class QMenu;

namespace storelens::ui {

// A compact picker for several values of one dimension ("Store: All", "Store: Berlin", "Store: 3 of 5"): a
// button whose popup lists the values with check boxes (Space toggles, Escape closes) and a "Select all"
// entry that clears the choice. Nothing checked means "all".
class MultiSelectButton : public QToolButton
{
    Q_OBJECT

public:
    // `title` is the dimension's translated name ("Store").
    MultiSelectButton(const QString &title, QWidget *parent = nullptr);

    // The values offered; checked values that are no longer offered are dropped.
    void setValues(const QStringList &values);
    // How a value reads in the list and on the button (the values themselves, selected() and setSelected()
    // stay as stored): core::storeChannelDisplayName for stores and channels. Set before setValues().
    void setDisplayText(std::function<QString(const QString &)> display) { m_display = std::move(display); }
    QStringList values() const { return m_values; }
    // The checked values (empty: all), in the order offered.
    QStringList selected() const;
    // Checks exactly these values (unknown ones are ignored); emits nothing.
    void setSelected(const QStringList &values);
    // What setSelected() was asked for before the values were known, kept until setValues() can apply it.
    QStringList pendingSelection() const { return m_pending; }

    // Room for the menu arrow the style draws in the bottom right corner, beside the text, not over it.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(const QStringList &selected);

private:
    void updateText();
    void onItemChanged();

    QString display(const QString &value) const { return m_display ? m_display(value) : value; }

    QString m_title;
    std::function<QString(const QString &)> m_display;
    QStringList m_values;
    QStringList m_pending;
    QMenu *m_menu = nullptr;
    QListWidget *m_list = nullptr;
    bool m_updating = false;
};

} // namespace storelens::ui
