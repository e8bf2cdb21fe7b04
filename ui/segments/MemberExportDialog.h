#pragma once

#include "core/analytics/segments/MemberExport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace storelens::ui {

// Asks how to export a segment's members to CSV: which columns in which order (checkable, draggable list),
// whether customers without marketing (email) consent go too, and the file. It states beforehand how many
// members have no consent and would be left out. The export itself runs in the caller, off the GUI thread.
class MemberExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `members`: the segment's size and how many of them have no email consent (false or unknown).
    MemberExportDialog(const QString &segmentTitle, qint64 members, qint64 withoutConsent,
                       QWidget *parent = nullptr);

    QStringList columns() const; // checked keys in list order
    void setColumns(const QStringList &keys);
    bool includeWithoutConsent() const;
    void setIncludeWithoutConsent(bool include);
    // "For Excel in this language": ';' and the decimal comma where the language writes one, and a byte
    // order mark (core::analytics::MemberCsvStyle::ForExcel). Ticked by default where the language's decimal
    // mark is a comma; the choice is remembered in the settings when the dialog is accepted.
    bool forExcel() const;
    void setForExcel(bool forExcel);
    static bool rememberedForExcel(); // the remembered choice, else the language's default
    void accept() override;
    QString filePath() const;
    void setFilePath(const QString &path);
    core::analytics::MemberExportOptions options() const;
    QString consentText() const; // what the dialog says about consent

    static QString columnLabel(const QString &key);

private:
    void browse();
    void updateState();

    QListWidget *m_columns = nullptr;
    QCheckBox *m_includeWithoutConsent = nullptr;
    QCheckBox *m_forExcel = nullptr;
    QLabel *m_consent = nullptr;
    QLineEdit *m_path = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_members = 0;
    qint64 m_withoutConsent = 0;
};

} // namespace storelens::ui
