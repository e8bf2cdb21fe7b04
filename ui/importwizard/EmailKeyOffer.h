#pragma once

#include "core/import/EmailKeyMatch.h"
#include "ui/importwizard/CheckOffer.h"

namespace storelens::ui {

// The Check page's offer for a file whose customer numbers stand for people the
// workspace already knows by e-mail address (core::EmailKeyMatch; trial 16: a
// till's customer 1131 was joaquin.pena@yahoo.es in the web shop): the sentence
// with the count and an example, and a button that keys the file's customers by
// e-mail (core::ImportProfile::customersByEmail; the page checks again).
class EmailKeyOffer : public CheckOffer {
  Q_OBJECT

public:
  explicit EmailKeyOffer(QWidget *parent = nullptr);

  // Shows the offer when some customer of the file matches, or hides it.
  void showFor(const core::EmailKeyMatch &match);

Q_SIGNALS:
  void emailKeyChosen();
};

} // namespace storelens::ui
