#pragma once

#include "core/import/ImportProfile.h"

#include <QComboBox>

class QLabel;

namespace storelens::ui {

// The Columns page's store of order lines the file gives none (core::ImportProfile::defaultStore): "Main
// store", or "Online shop" as the suggestion gives a web shop's export (trial 16: the web shop was listed as
// a shop called "Main store" beside the real ones), shown in the user's language; editable, for a name of the
// user's own. The name is kept as stored (core::canonicalStoreChannelName()), "Main store" as none, so that
// saved profiles read as before. Disabled while a column names the stores.
class StoreChoice : public QComboBox
{
    Q_OBJECT

public:
    explicit StoreChoice(QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    // Shows the profile's store, without emitting storeChosen() (the page's start).
    void showStore(const core::ImportProfile &profile);
    // Enabled while no column names the stores (each change of the columns).
    void enableFor(const core::ImportProfile &profile);
    QString store() const; // as stored; empty for "Main store"

Q_SIGNALS:
    void storeChosen(const QString &store);

private:
    QLabel *m_label;
};

} // namespace storelens::ui
