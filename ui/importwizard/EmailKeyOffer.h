#pragma once

#include "core/import/EmailKeyMatch.h"
#include "ui/importwizard/CheckOffer.h"

namespace storelens::ui {

// The Check page's offer for a file whose customers the workspace already knows as other customers, by e-mail
// address or phone number (core::EmailKeyMatch; trial 16: a till's customer 1131 was joaquin.pena@yahoo.es in
// the web shop): the sentence with the counts and an example, and a button that matches them
// (core::ImportProfile::customersByEmail; the page checks again).
class EmailKeyOffer : public CheckOffer
{
    Q_OBJECT

public:
    explicit EmailKeyOffer(QWidget *parent = nullptr);

    // Shows the offer when some customer of the file matches; after the user took it, says what it did (trial
    // 20: the block just vanished); else hides.
    void showFor(const core::EmailKeyMatch &match);

Q_SIGNALS:
    void emailKeyChosen();

private:
    qint64 m_offered = 0; // the customers the offer shown names
    qint64 m_matched = 0; // the customers the user chose to count once (0: not chosen)
};

} // namespace storelens::ui
