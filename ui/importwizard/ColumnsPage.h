#pragma once

#include "core/import/MappingSuggester.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace storelens::ui {

class ImportWizard;
class StoreChoice;

// Page 3: what each column holds. One row per column: its name, the canonical field it feeds (or Ignore),
// example values, what the values look like, and the first value that does not read as the chosen field.
// Required fields are marked with *; Next stays disabled until every one is mapped. Date order and decimal
// separator apply to the whole file; order lines also name their source (the profile's, else the default).
// When two columns name one field equally well (two "quantity" headers), neither is mapped and Next waits
// until the user chooses.
class ColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { NameColumn, FieldColumn, SamplesColumn, LooksLikeColumn, ProblemColumn, ColumnCount };

    explicit ColumnsPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // Maps column `column` (0-based) to a field key (empty: ignore), as choosing it in the combo does.
    void setColumnField(int column, const QString &fieldKey);
    QString columnField(int column) const;
    // The problem shown for a column (empty when its sample values read).
    QString columnProblem(int column) const;

private:
    void buildRows();
    void fieldChosen(int column);
    QString keepOneAmount(core::ImportProfile &profile, int column);
    void readLineTotalsAsTheRowsSay(core::ImportProfile &profile);
    void decideOpenDecimalSeparator(core::ImportProfile &profile);
    void settingsChanged();
    void orderOptionsChanged();
    void sourceChanged(const QString &name);
    void refresh();

    ImportWizard *m_wizard;
    QLabel *m_required = nullptr;
    QLabel *m_notes = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QComboBox *m_decimal = nullptr;
    QTableWidget *m_table = nullptr;
    QObject *m_wheelGuard = nullptr; // the field boxes' event filter: the wheel scrolls the table
    // Order lines: how amounts and orders are read when the file leaves them open.
    QWidget *m_orderOptions = nullptr;
    QComboBox *m_lineTotal = nullptr;
    QComboBox *m_ordersWithoutId = nullptr;
    QCheckBox *m_noPrices = nullptr;
    QCheckBox *m_spreadOrderMoney = nullptr;
    QComboBox *m_channel = nullptr; // the channel of lines without one: in store or online
    StoreChoice *m_store =
        nullptr; // the store of lines without one: "Main store", a web shop's "Online shop"
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_source = nullptr; // order lines: the system the export comes from, editable
    // Fields two columns name alike, not settled by the user yet; worked out once per file.
    QList<core::ContestedField> m_contested;
    QString m_contestedFile;
    // What the last choice of a unit price or a line total unmapped (keepOneAmount()), for the notes.
    QString m_amountNote;
};

} // namespace storelens::ui
