// The shipped translations (translations/*.ts) are complete and safe to load: every message is finished, none
// is left over from strings the code no longer has (vanished or obsolete), none is empty, and each keeps the
// %1…%9 placeholders of its source, so a translated message never drops or invents a number, and each sits in
// a context the app really looks up. Run
// `cmake --build <build> --target update_translations` after changing strings, then translate what it marks.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the <translation> type attribute: empty when finished
    QStringList forms;
};

std::vector<Message> readMessages(const QString &path, QString *error)
{
    std::vector<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            // Either plain text or <numerusform> children.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.forms.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.forms.isEmpty())
                current.forms.append(text);
            out.push_back(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

// The positional placeholders %1 … %9 (with or without L), sorted; %n is a count and may be left out of a
// singular form.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9])"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void whyTitleFitsEveryKpiName_data();
    void whyTitleFitsEveryKpiName();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(STORELENS_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("storelens_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3); // German, Spanish and French ship
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QString error;
    const std::vector<Message> messages = readMessages(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 1000);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(60));
        // Every class that translates lives in namespace storelens, so a context outside it is one lupdate
        // could not resolve (a `using T = …Text; T::tr(…)` alias, a tr() in a function returning a qualified
        // type): the app looks the message up under the real class name and would never find this
        // translation.
        if (!m.context.startsWith(QLatin1String("storelens::")))
            problems.append(QStringLiteral("%1 is in a context the app never asks for").arg(where));
        if (!m.type.isEmpty()) {
            problems.append(QStringLiteral("%1 is %2").arg(where, m.type));
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems.append(QStringLiteral("%1 has an empty translation").arg(where));
            else if (placeholders(form) != placeholders(m.source))
                problems.append(
                    QStringLiteral("%1 changes the placeholders: \"%2\"").arg(where, form.left(60)));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, the first: %2")
                                                .arg(problems.size())
                                                .arg(problems.mid(0, 10).join(QStringLiteral("\n  ")))));
}

void TestTranslations::whyTitleFitsEveryKpiName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name"); // a KPI name as the language writes it
    QTest::addColumn<QString>("title");
    // "Why did %1 change?" takes every KPI name, singular or plural, of any gender: German and Spanish need
    // an article before a bare name ("Warum hat sich Nettoumsatz verändert?", trial 10), so the name is
    // quoted after a noun that has one.
    QTest::newRow("de singular") << QStringLiteral("storelens_de.ts") << QStringLiteral("Nettoumsatz")
                                 << QStringLiteral("Warum hat sich der Wert „Nettoumsatz“ verändert?");
    QTest::newRow("de plural") << QStringLiteral("storelens_de.ts") << QStringLiteral("Bestellungen")
                               << QStringLiteral("Warum hat sich der Wert „Bestellungen“ verändert?");
    QTest::newRow("es plural") << QStringLiteral("storelens_es.ts") << QStringLiteral("Ventas netas")
                               << QStringLiteral("¿Por qué ha variado el valor «Ventas netas»?");
    QTest::newRow("es feminine") << QStringLiteral("storelens_es.ts") << QStringLiteral("Tasa de devolución")
                                 << QStringLiteral("¿Por qué ha variado el valor «Tasa de devolución»?");
    QTest::newRow("fr") << QStringLiteral("storelens_fr.ts") << QStringLiteral("Chiffre d'affaires net")
                        << QStringLiteral("Chiffre d'affaires net : pourquoi cette évolution ?");
}

void TestTranslations::whyTitleFitsEveryKpiName()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, title);
    QString error;
    const std::vector<Message> messages =
        readMessages(QDir(QStringLiteral(STORELENS_TRANSLATIONS_DIR)).filePath(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto it = std::find_if(messages.begin(), messages.end(), [](const Message &m) {
        return m.context == QLatin1String("storelens::ui::ExplainPanel") &&
               m.source == QLatin1String("Why did %1 change?");
    });
    QVERIFY(it != messages.end());
    QCOMPARE(it->forms.value(0).arg(name), title);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
