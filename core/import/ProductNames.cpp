#include "core/import/ProductNames.h"

#include "core/import/ImportProfile.h"
#include "core/model/TextLocale.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace storelens::core {

namespace {

class ProductNamesText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::ProductNames)
};

// A name as compared: case and spaces aside.
QString folded(const QString &name)
{
    return name.simplified().toCaseFolded();
}

struct NamedProduct
{
    qint64 id = -1;
    QString sku;
    QString name;
};

// The products of one name: those with a code and those without (their SKU is their name).
struct NameGroup
{
    QList<NamedProduct> coded;
    QList<NamedProduct> plain;
};

// The workspace's products by folded name (in order, so that examples do not depend on a hash), "not a
// product" ones (fees, the stand-in of refunds without items) left out.
Result<QMap<QString, NameGroup>> groupsByName(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, sku, name FROM products WHERE non_merchandise = 0 AND name <> ''")))
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    QMap<QString, NameGroup> groups;
    while (q.next()) {
        const NamedProduct p{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        const QString key = folded(p.name);
        if (key.isEmpty())
            continue;
        NameGroup &g = groups[key];
        (folded(p.sku) == key ? g.plain : g.coded) << p;
    }
    return groups;
}

bool exec(QSqlDatabase &db, const QString &sql, const QByteArray &pairs, Error &error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(QString::fromUtf8(pairs));
    if (q.exec())
        return true;
    error = Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    return false;
}

} // namespace

Result<ProductNames> ProductNames::read(QSqlDatabase &db, const ImportProfile &profile)
{
    ProductNames names;
    names.m_byName = profile.entity == Entity::Orders && profile.productsByName;
    if (!names.m_byName)
        return names;
    if (auto counted = names.countByName(db); !counted)
        return counted.error();
    auto groups = groupsByName(db);
    if (!groups)
        return groups.error();
    for (auto it = groups->cbegin(); it != groups->cend(); ++it) {
        if (it->coded.size() == 1)
            names.m_codes.insert(it.key(), it->coded.constFirst().sku.toUtf8());
    }
    return names;
}

QByteArrayView ProductNames::codeFor(QByteArrayView name) const
{
    if (m_codes.isEmpty() || name.isEmpty())
        return {};
    const QString written = QString::fromUtf8(name);
    const QString key = folded(written);
    const auto it = m_codes.constFind(key);
    if (it == m_codes.cend())
        return {};
    if (!m_mapped.contains(key))
        m_mapped.insert(key, written);
    return QByteArrayView(it.value());
}

// Each name with exactly one coded product: the products without a code move their lines to it (a line
// that would collide with one of the same order, day and sequence stays) and go when they have none left.
Result<void> ProductNames::countByName(QSqlDatabase &db)
{
    auto groups = groupsByName(db);
    if (!groups)
        return groups.error();
    QJsonArray pairs;
    for (auto it = groups->cbegin(); it != groups->cend(); ++it) {
        if (it->coded.size() != 1 || it->plain.isEmpty())
            continue;
        for (const NamedProduct &p : it->plain)
            pairs.append(QJsonArray{p.id, it->coded.constFirst().id});
        counted(it.key(), it->plain.constFirst().name, it->coded.constFirst().sku);
    }
    if (pairs.isEmpty())
        return {};
    const QByteArray json = QJsonDocument(pairs).toJson(QJsonDocument::Compact);
    const QString with = QStringLiteral("WITH pairs(plain, coded) AS (SELECT json_extract(value, '$[0]'),"
                                        " json_extract(value, '$[1]') FROM json_each(?)) ");
    Error error;
    if (!exec(db,
              with + QStringLiteral("UPDATE OR IGNORE order_lines SET product_id = (SELECT coded FROM pairs"
                                    " WHERE plain = order_lines.product_id)"
                                    " WHERE product_id IN (SELECT plain FROM pairs)"),
              json, error) ||
        !exec(db,
              with + QStringLiteral("DELETE FROM products WHERE id IN (SELECT plain FROM pairs)"
                                    " AND id NOT IN (SELECT product_id FROM order_lines"
                                    "  WHERE product_id IN (SELECT plain FROM pairs))"
                                    " AND id NOT IN (SELECT product_id FROM inventory)"),
              json, error))
        return error;
    return {};
}

void ProductNames::counted(const QString &key, const QString &name, const QString &code)
{
    if (m_counted.contains(key))
        return;
    m_counted.insert(key);
    if (m_match.countedName.isEmpty()) {
        m_match.countedName = name;
        m_match.countedCode = code;
    }
}

Result<ProductNameMatch> ProductNames::finish(QSqlDatabase &db)
{
    if (m_byName) {
        QStringList mapped = m_mapped.keys();
        mapped.sort();
        for (const QString &key : std::as_const(mapped))
            counted(key, m_mapped.value(key), QString::fromUtf8(m_codes.value(key)));
        if (auto merged = countByName(db); !merged) // the file's new coded products
            return merged.error();
    }
    auto groups = groupsByName(db);
    if (!groups)
        return groups.error();
    const auto touched = [this](const QList<NamedProduct> &products) {
        return std::any_of(products.cbegin(), products.cend(),
                           [this](const NamedProduct &p) { return inFile(p.id); });
    };
    for (auto it = groups->cbegin(); it != groups->cend(); ++it) {
        if (it->coded.isEmpty() || it->plain.isEmpty() || (!touched(it->coded) && !touched(it->plain)))
            continue;
        if (it->coded.size() == 1) {
            if (m_match.matching++ == 0) {
                m_match.exampleName = it->plain.constFirst().name;
                m_match.exampleCode = it->coded.constFirst().sku;
            }
        } else if (m_match.ambiguous++ == 0) {
            m_match.ambiguousName = it->plain.constFirst().name;
            for (const NamedProduct &p : it->coded)
                m_match.ambiguousCodes << p.sku;
            std::sort(m_match.ambiguousCodes.begin(), m_match.ambiguousCodes.end());
        }
    }
    m_match.counted = m_counted.size();
    return m_match;
}

QString ProductNameMatch::offerSentence() const
{
    if (matching == 0)
        return {};
    const QString first =
        matching == 1
            ? ProductNamesText::tr("1 product without a code has the name of a product with one (\"%1\" and "
                                   "%2), so they are counted as two products.")
                  .arg(exampleName, exampleCode)
            : ProductNamesText::tr("%1 products without a code have the name of a product with one (such as "
                                   "\"%2\" and %3), so each is counted as two products.")
                  .arg(QLocale().toString(matching), exampleName, exampleCode);
    return first + QLatin1Char(' ') +
           ProductNamesText::tr("To count a product without a code as the one product with a code of the "
                                "same name, in this file and in the workspace, choose \"Count as One "
                                "Product\" on the Check page, or import with --products-by-name on the "
                                "command line.");
}

QString ProductNameMatch::ambiguousSentence() const
{
    if (ambiguous == 0)
        return {};
    const QString codes = textList(ambiguousCodes);
    return ambiguous == 1
               ? ProductNamesText::tr("1 product without a code (\"%1\") has the name of several products "
                                      "with a code (%2): it is not counted as any of them.")
                     .arg(ambiguousName, codes)
               : ProductNamesText::tr("%1 products without a code have the name of several products with a "
                                      "code (such as \"%2\": %3): they are not counted as any of them.")
                     .arg(QLocale().toString(ambiguous), ambiguousName, codes);
}

QString ProductNameMatch::countedSentence() const
{
    if (counted == 0)
        return {};
    return counted == 1
               ? ProductNamesText::tr("1 product without a code is counted as the product with a code of the "
                                      "same name (\"%1\" as %2).")
                     .arg(countedName, countedCode)
               : ProductNamesText::tr("%1 products without a code are counted as the product with a code of "
                                      "the same name (such as \"%2\" as %3).")
                     .arg(QLocale().toString(counted), countedName, countedCode);
}

QStringList ProductNameMatch::sentences() const
{
    QStringList out;
    for (const QString &s : {countedSentence(), offerSentence(), ambiguousSentence()}) {
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

} // namespace storelens::core
