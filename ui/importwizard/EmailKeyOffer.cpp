#include "ui/importwizard/EmailKeyOffer.h"

namespace storelens::ui {

EmailKeyOffer::EmailKeyOffer(QWidget *parent)
    : CheckOffer(QStringLiteral("emailKeyOffer"), parent)
{
    connect(this, &CheckOffer::chosen, this, [this] {
        m_matched = m_offered;
        Q_EMIT emailKeyChosen();
    });
}

void EmailKeyOffer::showFor(const core::EmailKeyMatch &match)
{
    if (match.matching == 0) {
        if (m_matched > 0)
            confirm(
                tr("Each person is counted once: %n customer(s) of this file are the workspace's customers "
                   "with the same e-mail address or phone number. The import profile keeps the choice.",
                   nullptr, int(m_matched)));
        else
            hide();
        return;
    }
    m_offered = match.matching;
    m_matched = 0;
    const QString toolTip =
        match.phoneColumn.isEmpty()
            ? tr("Gives each line the workspace's customer with the address in \"%1\", checks the file again "
                 "and keeps the choice in the import profile.")
                  .arg(match.emailColumn)
            : tr("Gives each line the workspace's customer with the address in \"%1\" or, without one, the "
                 "number in \"%2\", checks the file again and keeps the choice in the import profile.")
                  .arg(match.emailColumn, match.phoneColumn);
    offer(match.sentence(core::EmailKeyMatch::Where::Window), tr("Count Each Person &Once"), toolTip);
}

} // namespace storelens::ui
