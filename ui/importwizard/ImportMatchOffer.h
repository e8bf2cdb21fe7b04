#pragma once

#include "core/import/Importer.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace storelens::ui {

// What the Check page's dry run found the file shares with the workspace (trial 16), above the replace
// proposal it concerns:
//   - the file's orders found again under other order IDs (core::OrderIdChange: a till first imported with
//     "Número" alone, then with its series), in bold: replacing the source's lines on the file's days is the
//     way out, and the page's Replace box does it;
//   - products without a code that have the name of one coded product (core::ProductNameMatch: the till's
//     "Mantel de lino natural", the web shop's TEX-MAN-01) and names several coded products share, with a
//     button that counts them as that product (core::ImportProfile::productsByName; the page checks again),
//     or those the import counts so.
class ImportMatchOffer : public QWidget
{
    Q_OBJECT

public:
    explicit ImportMatchOffer(QWidget *parent = nullptr);

    // Shows what the report found, or hides it all.
    void showFor(const core::ImportReport &report);
    QString idChangeText() const; // the sentences shown, as plain text; empty when hidden
    QString productsText() const;

Q_SIGNALS:
    void productsByNameChosen();

private:
    QLabel *m_idChange;
    QString m_idChangeText;
    QLabel *m_products;
    QPushButton *m_button;
};

} // namespace storelens::ui
