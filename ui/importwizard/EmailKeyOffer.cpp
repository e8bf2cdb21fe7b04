#include "ui/importwizard/EmailKeyOffer.h"

namespace storelens::ui {

EmailKeyOffer::EmailKeyOffer(QWidget *parent)
    : CheckOffer(QStringLiteral("emailKeyOffer"), parent) {
  connect(this, &CheckOffer::chosen, this, &EmailKeyOffer::emailKeyChosen);
}

void EmailKeyOffer::showFor(const core::EmailKeyMatch &match) {
  if (match.matching == 0) {
    hide();
    return;
  }
  offer(match.sentence(), tr("Key by &E-mail"),
        tr("Keys each line's customer by the address in \"%1\" when it has "
           "one, by \"%2\" otherwise, checks "
           "the file again and keeps the choice in the import profile.")
            .arg(match.emailColumn, match.idColumn));
}

} // namespace storelens::ui
