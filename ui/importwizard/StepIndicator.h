#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace storelens::ui {

// Where the user is in a wizard: "Step 2 of 5" above the steps' names, the current one bold, the ones done
// ticked. The import wizard shows it as its side widget.
class StepIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit StepIndicator(const QStringList &steps, QWidget *parent = nullptr);

    void setCurrentStep(int index); // 0-based
    int currentStep() const { return m_current; }
    QString headingText() const;       // "Step 2 of 5"
    QString stepText(int index) const; // as shown, with its mark

private:
    QStringList m_steps;
    QLabel *m_heading = nullptr;
    QList<QLabel *> m_labels;
    int m_current = -1;
};

} // namespace storelens::ui
