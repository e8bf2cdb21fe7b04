#pragma once

#include "core/import/EntityDetector.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileStore.h"

#include <QWizardPage>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace storelens::ui {

class ImportWizard;
class LatestTask;

// What the File page learns about a file in the background: its head, what it holds as far as its header and
// values tell, and the saved profiles made for the same header.
struct FileProbe
{
    core::FilePreview preview;
    core::EntityGuess guess;
    std::vector<core::SavedProfile> matching;
    QStringList sources; // the workspace's sources and those its saved profiles name
    // The suggestion's "Online shop" for a web shop's lines gives way to "Main store", where the workspace
    // holds its source's earlier lines (core::keepStoreOfEarlierLines()).
    bool keepMainStore = false;
    // A file of refunds of earlier orders (eBay's transaction report): the source that holds the orders its
    // refunds are of, proposed as its source (empty: none holds them).
    QString earlierOrdersSource;
};

// Page 1: the file and what it holds. The file is probed off the GUI thread (sniffed dialect, first rows,
// saved profiles with the same header); the entity is detected from the header and values and can be changed
// (when the detection is not clear, nothing is chosen and the page asks); a matching saved profile is offered
// and, when used, the wizard goes straight to the Check page.
class FilePage : public QWizardPage
{
    Q_OBJECT

public:
    FilePage(ImportWizard *wizard, const QString &csvPath);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    bool isProbing() const;
    bool usesSavedProfile() const;

private:
    void browse();
    void probe();
    void showProbe(const FileProbe &probe);
    void showError(const QString &message);

    ImportWizard *m_wizard;
    LatestTask *m_task;
    QLineEdit *m_path = nullptr;
    QLabel *m_info = nullptr;
    QComboBox *m_entity = nullptr;
    QCheckBox *m_useProfile = nullptr;
    QLabel *m_useProfileNote = nullptr;
    std::optional<FileProbe> m_probe;
    // The file and entity the wizard's profile was last suggested for (a later visit keeps user edits).
    QString m_suggestedFor;
};

} // namespace storelens::ui
