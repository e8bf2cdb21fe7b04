#pragma once

#include <QLatin1String>
#include <QString>
#include <QTranslator>

namespace storelens::test {

// A German translation of the importer's canonical store and channel names
// (core::storeChannelDisplayName()), as storelens_de.qm gives them once they are translated: install it to
// see where the names are shown translated.
class GermanDisplayNames : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("storelens::core::DisplayNames"))
            return {};
        const QLatin1String text(source);
        if (text == QLatin1String("Main store"))
            return QStringLiteral("Hauptfiliale");
        if (text == QLatin1String("In store"))
            return QStringLiteral("Im Laden");
        if (text == QLatin1String("Online"))
            return QStringLiteral("Online-Shop");
        if (text == QLatin1String("Online shop"))
            return QStringLiteral("Webshop");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace storelens::test
