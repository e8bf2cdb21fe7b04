#pragma once

#include <QFrame>

class QPushButton;

namespace storelens::ui {

// The bar above the views while the sample store is open: it says the data is made up and offers to import
// the user's own (into a new workspace, never into the sample).
class SampleBar : public QFrame
{
    Q_OBJECT

public:
    explicit SampleBar(QWidget *parent = nullptr);

    QPushButton *importButton() const { return m_import; }

Q_SIGNALS:
    void importRequested();

private:
    QPushButton *m_import = nullptr;
};

} // namespace storelens::ui
