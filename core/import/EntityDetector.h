#pragma once

#include "core/model/Entities.h"

#include <QList>

namespace storelens::core {

struct FilePreview;

// How well a file's header and first rows fit one entity.
struct EntityScore
{
    Entity entity = Entity::Orders;
    double score = 0;
};

// What a file holds, as far as its header and values tell.
struct EntityGuess
{
    Entity entity = Entity::Orders; // the best fit; orders when nothing fits
    // The best fit is ahead of every other by a clear margin. When false, the CLI refuses to guess and the
    // import wizard asks.
    bool clear = false;
    QList<EntityScore> ranked; // every entity, best first
    // The entities worth offering when the guess is not clear (a positive score close to the best), best
    // first.
    QList<Entity> candidates() const;
};

// Scores every entity from the header (the field catalogue's synonyms), the sample values (a date column
// holds dates, a money column amounts, an order id digits) and the file's shape: a column of transaction ids
// or customer or SKU keys that repeat rule out master data (customers, products), a customer or SKU column
// rules out traffic, staffing and marketing, and each entity needs its own key fields. A file without a
// header is never clear.
EntityGuess detectEntity(const FilePreview &preview);

} // namespace storelens::core
