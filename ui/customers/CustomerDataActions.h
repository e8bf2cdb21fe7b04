#pragma once

#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;

namespace storelens::ui {

class AnalysisContext;
class LatestTask;

// The privacy actions of a customer's profile: "Export this customer's data…" (everything the workspace holds
// on them, as JSON or CSV) and "Forget this customer…" (their personal data removed for good, their lines
// kept as guest lines so sales totals do not change; asks first, naming the customer). Both run through the
// context's session on a worker thread; the forget reaches every view through AnalysisContext::dataChanged.
class CustomerDataActions : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDataActions(AnalysisContext *context, QWidget *parent = nullptr);

    // The customer the buttons act on: their stored id and the name the profile shows.
    void setCustomer(const QString &customerId, const QString &displayName);

    // The steps behind the buttons, without the file dialog: writes the export (JSON unless the path ends in
    // .csv), and forgets the customer after the confirmation (confirmation() is the box that asks).
    void exportTo(const QString &path);
    QMessageBox *confirmation(); // a new, not yet shown box naming the customer; Yes forgets
    void forget();

    QPushButton *exportButton() const { return m_export; }
    QPushButton *forgetButton() const { return m_forget; }
    QLabel *note() const { return m_note; } // what the last action did, or why it failed

Q_SIGNALS:
    void exported(const QString &path);
    void forgotten(const QString &customerId, qint64 guestLines);
    void failed(const QString &message);

private:
    void chooseExportFile();
    void askToForget();
    void setBusy(bool busy);

    AnalysisContext *m_context = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_note = nullptr;
    LatestTask *m_task = nullptr;
    QString m_customerId;
    QString m_displayName;
};

} // namespace storelens::ui
