#pragma once

#include "core/csv/Dialect.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace storelens::ui {

class ImportWizard;
class LatestTask;
class PreviewModel;

// Page 2: how the file is written: encoding, delimiter, quote character and header row, as detected and each
// changeable, with a preview of the first rows that is re-read (off the GUI thread, a bounded head of the
// file) whenever one of them changes.
class FormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FormatPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isReading() const;

private:
    core::csv::Dialect chosenDialect() const;
    void showDialect(const core::csv::Dialect &dialect);
    void reread();
    void showPreview();

    ImportWizard *m_wizard;
    LatestTask *m_task;
    PreviewModel *m_model;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_quote = nullptr;
    QCheckBox *m_header = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storelens::ui
