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
//     or those the import counts so;
//   - a file that seems to come from another till or shop than its source (core::OtherSource, trial 20), in
//     bold, with a button that imports it as a source of its own (the page checks again); the page then
//     proposes no replace.
class ImportMatchOffer : public QWidget
{
    Q_OBJECT

public:
    explicit ImportMatchOffer(QWidget *parent = nullptr);

    // Shows what the report found, or hides it all.
    void showFor(const core::ImportReport &report);
    QString idChangeText() const; // the sentences shown, as plain text; empty when hidden
    QString productsText() const;
    QString otherSourceText() const;

Q_SIGNALS:
    void productsByNameChosen();
    void otherSourceChosen(const QString &source); // the name to import the file as

private:
    QLabel *m_idChange;
    QString m_idChangeText;
    QLabel *m_products;
    QPushButton *m_button;
    QLabel *m_otherSource;
    QString m_otherSourceText;
    QPushButton *m_otherSourceButton;
    QString m_suggestedSource;
};

} // namespace storelens::ui
