#include "ui/common/PreferencesDialog.h"

#include "ui/common/LanguageSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace storelens::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_initial(languageSetting())
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    for (const LanguageChoice &choice : languageChoices())
        m_language->addItem(choice.name, choice.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initial)));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);
    updateNote();
}

void PreferencesDialog::updateNote()
{
    const bool changed = m_language->currentData().toString() != m_initial;
    const QString system =
        m_language->currentData().toString().isEmpty() ? systemLanguageNote(QLocale::system()) : QString();
    if (changed)
        m_note->setText(QString(system + QLatin1Char(' ') +
                                tr("The language of the windows, numbers, dates and the PDF report changes "
                                   "when StoreLens is started again."))
                            .trimmed());
    else
        m_note->setText(system.isEmpty()
                            ? tr("The windows, numbers, dates and the PDF report use this language.")
                            : system);
}

// Trial 23it: "System" on an Italian desktop gave English windows with Italian numbers, and nothing said why.
QString PreferencesDialog::systemLanguageNote(const QLocale &system)
{
    if (hasTranslation(system) || system.language() == QLocale::C)
        return {};
    // The language in the sentence's words and in its own (trial 25se: "into svenska" in an English
    // sentence).
    const QString english = QLocale::languageToString(system.language());
    return tr("StoreLens has no translation into %1, the system's language: its words are English; numbers "
              "and dates are written as in %2.")
        .arg(tr("%1 (%2)", "a language's name in English, then in itself: Swedish (svenska)")
                 .arg(english, system.nativeLanguageName()),
             english);
}

bool PreferencesDialog::languageChanged() const
{
    return m_language->currentData().toString() != m_initial;
}

void PreferencesDialog::accept()
{
    setLanguageSetting(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace storelens::ui
