#pragma once

#include "core/import/ImportProfile.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace storelens::core::session {
class WorkspaceSession;
}

namespace storelens::ui {

class ImportPage;
class StepIndicator;

// The CSV import wizard: File (which file, what it holds, a matching saved profile), Format (encoding,
// delimiter, quote, header row, live preview), Columns (what each column holds), Check (a dry run of the
// whole file: what will land, every rejected row) and Import (the real import, its summary, saving the
// settings as a profile). It drives the headless core::Importer through ImportController; nothing here parses
// the file itself except the bounded preview. A cancelled wizard leaves the workspace as it was. A step
// indicator beside the pages says which of the five steps this is. The wizard is not modal: the main window
// stays usable while it is open.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, FormatPageId, ColumnsPageId, CheckPageId, ImportPageId };

    // Imports into the session's workspace and saves the profile through its write queue.
    explicit ImportWizard(std::shared_ptr<core::session::WorkspaceSession> session,
                          const QString &csvPath = {}, QWidget *parent = nullptr);
    // A wizard with a session of its own on the workspace (tests, a workspace not open in the window).
    explicit ImportWizard(const QString &workspacePath, const QString &csvPath = {},
                          QWidget *parent = nullptr);
    ~ImportWizard() override;

    const std::shared_ptr<core::session::WorkspaceSession> &session() const { return m_session; }
    const QString &workspacePath() const;
    StepIndicator *stepIndicator() const { return m_steps; }
    QString csvPath() const;

    // The head of the file as the current dialect reads it (set by the File and Format pages).
    const core::FilePreview &preview() const { return m_preview; }
    void setPreview(const core::FilePreview &preview) { m_preview = preview; }
    // The settings the import will use; the pages edit them.
    const core::ImportProfile &profile() const { return m_profile; }
    void setProfile(const core::ImportProfile &profile) { m_profile = profile; }
    // The saved profile the File page applied, as saved, and its name; none, and empty, when none was.
    const std::optional<core::ImportProfile> &appliedProfile() const { return m_appliedAsSaved; }
    QString appliedProfileName() const { return m_appliedAsSaved ? m_appliedAsSaved->name : QString(); }
    void setAppliedProfile(const std::optional<core::ImportProfile> &profile) { m_appliedAsSaved = profile; }
    // The saved profile made for the file's columns that the File page offered and the user did not use (to
    // map a column otherwise), or none: a fresh suggestion keeps its status choices
    // (core::keepStatusChoices).
    const std::optional<core::ImportProfile> &unusedSavedProfile() const { return m_unusedSaved; }
    void setUnusedSavedProfile(const std::optional<core::ImportProfile> &profile) { m_unusedSaved = profile; }

    // Order lines: whether the import replaces the source's lines on the file's days (the Check page proposes
    // it when the file leaves out lines already imported from its source on those days; the user confirms).
    bool replace() const { return m_replace; }
    void setReplace(bool replace) { m_replace = replace; }
    // The sources the workspace and its saved profiles know (read by the File page off the GUI thread).
    const QStringList &knownSources() const { return m_knownSources; }
    void setKnownSources(const QStringList &names) { m_knownSources = names; }

    // The currency the Check page's user chose for a file and workspace that name none (empty: none); stored
    // as the workspace's currency once the import has landed.
    const QString &currency() const { return m_currency; }
    void setCurrency(const QString &code) { m_currency = code; }
    // The currency the workspace's money is shown with once this file has landed: the stored one, else the
    // user's choice, else (order lines) the one the import will store, guessed from the file or the
    // computer's locale; empty when none is known. money() writes an amount with it, as the screens do.
    QString moneyCurrency() const;
    QString money(core::Money value) const;

    // SKUs the Check page's user marked "not a product"; the import marks them in the workspace.
    const QStringList &notProducts() const { return m_notProducts; }
    void setNotProducts(const QStringList &skus) { m_notProducts = skus; }

    // Called by the Import page when the rows have landed.
    void notifyImported(const core::ImportReport &report);
    bool hasImported() const { return m_imported; }

    void accept() override; // saves the settings as a profile when asked, then closes
    void reject() override; // during the import: cancels it (the workspace stays unchanged)

protected:
    void keyPressEvent(QKeyEvent *event) override; // Escape past the first step asks before leaving

Q_SIGNALS:
    void imported(const core::ImportReport &report);
    void profileSaved(const QString &name);

private:
    std::shared_ptr<core::session::WorkspaceSession> m_session;
    core::FilePreview m_preview;
    core::ImportProfile m_profile;
    std::optional<core::ImportProfile> m_appliedAsSaved;
    std::optional<core::ImportProfile> m_unusedSaved;
    QStringList m_notProducts;
    QString m_currency;
    mutable QString m_guessedCurrency; // of the file m_guessedFor, read once
    mutable QString m_guessedFor;
    QStringList m_knownSources;
    bool m_replace = false;
    bool m_imported = false;
    ImportPage *m_importPage = nullptr;
    StepIndicator *m_steps = nullptr;
};

} // namespace storelens::ui
