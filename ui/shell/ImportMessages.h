#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace storelens::ui {

struct ImportOutcome;

// The message a finished import shows: a title, one paragraph and optional details (the first rejections).
struct ImportMessage
{
    bool success = false;
    QString title;
    QString text;
    QString details;
};

class ImportMessages
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ImportMessages)

public:
    // How many rejections the details list before "and N more".
    static constexpr int ListedRejections = 20;

    static ImportMessage describe(const ImportOutcome &outcome, const QLocale &locale = QLocale());
};

} // namespace storelens::ui
