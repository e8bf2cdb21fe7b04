#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace storelens::core {

struct ImportProfile;

// A till names its products ("Mantel de lino natural"), a web shop gives each its SKU beside the name
// ("TEX-MAN-01", "Mantel de lino natural"): products are keyed by SKU, a product without one by its name
// (RecordConverter), so one tablecloth was two products in Top products (trial 16). A product "without a
// code" is one whose SKU is its name. Names are compared case and spaces aside ("Bolso de  Esparto" is "bolso
// de esparto").
//
// What an import found: the names that products without a code share with exactly one coded product, one of
// them in this file (a till's file after the web shop's, or the web shop's after the till's); the importer
// does not guess, it says so and offers to count them as that product (ImportProfile::productsByName). A name
// that two or more coded products share is never matched, and said.
struct ProductNameMatch
{
    qint64 matching = 0;  // names a product without a code shares with exactly one coded product
    QString exampleName;  // the product without a code, as written
    QString exampleCode;  // the coded product's SKU
    qint64 ambiguous = 0; // names a product without a code shares with two or more coded products
    QString ambiguousName;
    QStringList ambiguousCodes;
    // With productsByName: the names whose products without a code are now counted as the coded product.
    qint64 counted = 0;
    QString countedName;
    QString countedCode;

    // "2 products of this file have no code but the name of a product with one …" (translated); empty when
    // there is none. The offer names the Check page's button and the command line's option.
    QString offerSentence() const;
    QString ambiguousSentence() const;
    QString countedSentence() const;
    QStringList sentences() const; // the three, those that say something
};

// The workspace's products by name, for one import of order lines inside its transaction. With the
// profile's productsByName the workspace's products without a code are counted as their coded namesake
// before the lines are written (their lines move to it; a line that would then collide with one of the same
// order stays), the file's lines without a code get the coded product's SKU (codeFor(), so a re-import
// meets the lines it wrote), and after the lines are written the file's new coded products take their
// namesakes without a code too.
class ProductNames
{
public:
    static Result<ProductNames> read(QSqlDatabase &db, const ImportProfile &profile);

    // On the parsing thread: the SKU of the one coded product called `name`, or empty (productsByName
    // off, no such product, or two of them). Valid while this object lives.
    QByteArrayView codeFor(QByteArrayView name) const;
    // On the import thread: a product (its id) the file's lines name.
    void fileProduct(qint64 id)
    {
        if (id < 0)
            return;
        if (size_t(id) >= m_fileProducts.size())
            m_fileProducts.resize(std::max(size_t(id) + 1, m_fileProducts.size() * 2));
        m_fileProducts[size_t(id)] = true;
    }
    // After the lines are written, once the parsing thread is done.
    Result<ProductNameMatch> finish(QSqlDatabase &db);

private:
    ProductNames() = default;
    Result<void> countByName(QSqlDatabase &db);
    void counted(const QString &folded, const QString &name, const QString &code);
    bool inFile(qint64 id) const
    {
        return id >= 0 && size_t(id) < m_fileProducts.size() && m_fileProducts[size_t(id)];
    }

    bool m_byName = false;
    QHash<QString, QByteArray> m_codes; // folded name -> the SKU of its one coded product (productsByName)
    // The names codeFor() answered (folded -> as written): written by the parsing thread only, read after it
    // is done.
    mutable QHash<QString, QString> m_mapped;
    std::vector<bool> m_fileProducts;
    QSet<QString> m_counted; // folded names counted as their coded product
    ProductNameMatch m_match;
};

} // namespace storelens::core
