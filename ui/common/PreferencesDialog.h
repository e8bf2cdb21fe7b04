#pragma once

#include <QDialog>
#include <QLocale>

class QComboBox;
class QLabel;

namespace storelens::ui {

// Edit › Preferences…: the settings of StoreLens itself, not of a workspace (those are in the workspace's
// settings). Today the language of the windows and of the PDF report, applied at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    void accept() override; // stores the choice
    // Whether the accepted choice differs from the language StoreLens runs in.
    bool languageChanged() const;
    // What "System" means on a desktop whose language StoreLens does not ship; empty when it does.
    static QString systemLanguageNote(const QLocale &system);

private:
    void updateNote();

    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
    QString m_initial;
};

} // namespace storelens::ui
