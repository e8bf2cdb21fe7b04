#include "core/model/EnglishPlurals.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QTranslator>

namespace storelens::core {

namespace {

class EnglishPluralsTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        const QLatin1String mark("(s)");
        if (n < 0 || !sourceText)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(mark))
            return {};
        return text.replace(mark, n == 1 ? QString() : QStringLiteral("s"));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void installEnglishPlurals()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (app && !app->findChild<EnglishPluralsTranslator *>(QString(), Qt::FindDirectChildrenOnly))
        QCoreApplication::installTranslator(new EnglishPluralsTranslator(app));
}

} // namespace storelens::core
