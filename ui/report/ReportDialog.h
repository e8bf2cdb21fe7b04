#pragma once

#include "ui/report/ReportOptions.h"

#include <QDialog>

#include <map>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace storelens::ui {

// File › Export report…: paper size and orientation, the period (the dashboard's filters or a weekly, monthly
// or quarterly preset), the sections, the output file and whether to open it when done. The choices are
// remembered between sessions. Preview asks for a print preview of the same document.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `base` supplies the workspace, query and locale; the dialog fills in the rest.
    ReportDialog(const ReportOptions &base, QWidget *parent = nullptr);

    ReportOptions options() const;
    QString outputPath() const;
    bool openWhenDone() const;

    void setOutputPath(const QString &path);

Q_SIGNALS:
    void previewRequested(const storelens::ui::ReportOptions &options);

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void updateButtons();
    void restoreSettings();
    void saveSettings() const;

    ReportOptions m_base;
    QComboBox *m_period = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    std::map<ReportSection, QCheckBox *> m_sections;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_open = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_preview = nullptr;
};

} // namespace storelens::ui
