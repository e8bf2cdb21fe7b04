#include "ui/importwizard/StoreChoice.h"

#include "core/import/FieldCatalog.h"
#include "core/model/DisplayNames.h"
#include "core/model/Entities.h"

#include <QLabel>
#include <QSignalBlocker>

namespace storelens::ui {

StoreChoice::StoreChoice(QWidget *parent)
    : QComboBox(parent)
    , m_label(new QLabel(tr("Sto&re where none is given:"), parent))
{
    setObjectName(QStringLiteral("defaultStoreCombo"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(14);
    for (const QString &name : {core::defaultStoreName(), core::onlineShopStoreName()})
        addItem(core::storeChannelDisplayName(name), name);
    setToolTip(tr("The store of every line whose file has no store column (or an empty cell): a web shop's "
                  "lines are in its online shop, not in a shop of bricks and mortar."));
    m_label->setBuddy(this);
    connect(this, &QComboBox::currentTextChanged, this, [this] { Q_EMIT storeChosen(store()); });
}

void StoreChoice::showStore(const core::ImportProfile &profile)
{
    const QSignalBlocker blocker(this);
    const QString stored =
        profile.defaultStore.trimmed().isEmpty() ? core::defaultStoreName() : profile.defaultStore.trimmed();
    if (findData(stored) < 0)
        addItem(core::storeChannelDisplayName(stored), stored); // a saved profile's own
    setCurrentIndex(findData(stored));
    enableFor(profile);
}

void StoreChoice::enableFor(const core::ImportProfile &profile)
{
    const bool free = profile.columnFor(core::field::Store).isEmpty();
    setEnabled(free);
    m_label->setEnabled(free);
}

QString StoreChoice::store() const
{
    const QString name = core::canonicalStoreChannelName(currentText());
    return name == core::defaultStoreName() ? QString() : name;
}

} // namespace storelens::ui
