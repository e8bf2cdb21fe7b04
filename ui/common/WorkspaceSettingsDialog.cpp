#include "ui/common/WorkspaceSettingsDialog.h"

#include "core/store/Currency.h"
#include "ui/common/AnalysisContext.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace storelens::ui {

WorkspaceSettingsDialog::WorkspaceSettingsDialog(const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_currency(new QComboBox(this))
    , m_example(new QLabel(this))
{
    setObjectName(QStringLiteral("WorkspaceSettingsDialog"));
    setWindowTitle(tr("Workspace Settings"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItem(tr("None (plain numbers)"), QString());
    QStringList codes = core::commonCurrencies();
    if (!currency.isEmpty() && !codes.contains(currency))
        codes.prepend(currency);
    for (const QString &code : codes)
        m_currency->addItem(code, code);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(currency)));
    m_currency->setToolTip(
        tr("The currency money is shown with: a three-letter code such as EUR, USD or GBP. "
           "Figures stay the same; only how they are written changes."));
    m_example->setObjectName(QStringLiteral("currencyExample"));
    m_example->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(QString(), m_example);
    auto *note = new QLabel(tr("The currency was set at the first import: from the file's € $ £ signs or "
                               "codes such as EUR, or by you when the file named none."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_currency, &QComboBox::currentTextChanged, this, [this, buttons] {
        updateExample();
        const QString text = m_currency->currentText().trimmed();
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_currency->currentIndex() == 0 || core::isCurrencyCode(text.toUpper()));
    });
    updateExample();
}

QString WorkspaceSettingsDialog::currency() const
{
    if (m_currency->currentIndex() == 0 && m_currency->currentText() == m_currency->itemText(0))
        return {};
    const QString code = m_currency->currentText().trimmed().toUpper();
    return core::isCurrencyCode(code) ? code : QString();
}

void WorkspaceSettingsDialog::updateExample()
{
    const QString code = currency();
    m_example->setText(tr("Shown as %1").arg(core::formatCurrency(1234.5, code)));
}

QAction *WorkspaceSettingsDialog::createAction(AnalysisContext *context, QWidget *parent)
{
    auto *action = new QAction(tr("&Workspace Settings…"), parent);
    action->setObjectName(QStringLiteral("workspaceSettingsAction"));
    action->setStatusTip(tr("Set the workspace's currency."));
    action->setEnabled(context->hasWorkspace());
    QObject::connect(context, &AnalysisContext::workspaceChanged, action,
                     [action, context] { action->setEnabled(context->hasWorkspace()); });
    QObject::connect(context, &AnalysisContext::settingsWriteFailed, action,
                     [parent](const QString &message) {
                         QMessageBox::warning(parent, tr("Workspace Settings"),
                                              tr("The currency could not be saved: %1").arg(message));
                     });
    QObject::connect(action, &QAction::triggered, parent, [context, parent] {
        WorkspaceSettingsDialog dialog(context->currency(), parent);
        if (dialog.exec() == QDialog::Accepted)
            context->setCurrency(dialog.currency());
    });
    return action;
}

} // namespace storelens::ui
