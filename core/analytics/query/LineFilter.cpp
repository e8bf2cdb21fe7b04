#include "core/analytics/query/LineFilter.h"

#include "core/analytics/segments/SegmentStore.h"
#include "core/model/Countries.h"
#include "core/store/Workspace.h"

namespace storelens::core::analytics {

namespace {

// 1 for every dictionary entry named in `names`; empty when `names` is empty (no filter on this dimension).
std::vector<uint8_t> maskOf(const QStringList &dictionary, const QStringList &names)
{
    if (names.isEmpty())
        return {};
    std::vector<uint8_t> mask(size_t(dictionary.size()), 0);
    for (const QString &name : names) {
        const qsizetype i = dictionary.indexOf(name);
        if (i >= 0)
            mask[size_t(i)] = 1;
    }
    return mask;
}

bool selects(const std::vector<uint8_t> &mask, int32_t index)
{
    return mask.empty() || (index >= 0 && mask[size_t(index)] != 0);
}

// 1 when `mask` selects `index` (no filter: empty), 0 else; one per line, so without a branch on the answer.
uint8_t selected(const std::vector<uint8_t> &mask, int32_t index)
{
    if (mask.empty())
        return 1;
    return uint32_t(index) < mask.size() ? uint8_t(mask[size_t(index)] != 0) : 0;
}

} // namespace

ResolvedFilter resolveFilter(const Snapshot &snapshot, const Filter &filter,
                             const std::vector<uint8_t> *customerAllowList)
{
    ResolvedFilter r;
    r.storeMask = maskOf(snapshot.stores, filter.stores);
    r.channelMask = maskOf(snapshot.channels, filter.channels);
    r.categoryMask = maskOf(snapshot.categories, filter.categories);
    // By key: "Germany", "DEU" or "Deutschland" (typed for --country, or saved before countries had keys)
    // selects "DE".
    const std::vector<uint8_t> countryMask = maskOf(snapshot.countries, countryKeys(filter.countries));

    const bool anyLineFilter = !r.storeMask.empty() || !r.channelMask.empty() || !r.categoryMask.empty() ||
                               !countryMask.empty() || customerAllowList != nullptr;
    if (!anyLineFilter)
        return r;

    r.allLines = false;
    const size_t n = snapshot.lineCount();
    r.lineMask.assign(n, 1);
    // Per product: its category is selected (one lookup per product instead of per line).
    std::vector<uint8_t> productOk;
    if (!r.categoryMask.empty()) {
        productOk.resize(snapshot.productCategory.size());
        for (size_t p = 0; p < productOk.size(); ++p)
            productOk[p] = selects(r.categoryMask, snapshot.productCategory[p]) ? 1 : 0;
    }
    // The lines' stores, channels, ... come in no order: the answers are combined with & rather than &&, so
    // that no branch waits on them.
    const std::vector<uint8_t> noAllowList;
    const std::vector<uint8_t> &allow = customerAllowList ? *customerAllowList : noAllowList;
    const bool byCustomer = customerAllowList != nullptr;
    for (size_t i = 0; i < n; ++i) {
        uint8_t ok = selected(r.storeMask, snapshot.store[i]) & selected(r.channelMask, snapshot.channel[i]) &
                     selected(countryMask, snapshot.country[i]) & selected(productOk, snapshot.product[i]);
        if (byCustomer) // an empty allow list selects no one
            ok &= uint32_t(snapshot.customer[i]) < allow.size()
                      ? uint8_t(allow[size_t(snapshot.customer[i])] != 0)
                      : 0;
        r.lineMask[i] = ok;
    }
    return r;
}

Result<ResolvedFilter> resolveFullFilter(const Snapshot &snapshot, const QString &workspacePath,
                                         const Filter &filter)
{
    if (filter.segment.isEmpty())
        return resolveFilter(snapshot, filter);
    const ResolvedFilter others = resolveFilter(snapshot, filter);
    Connection connection(workspacePath, Connection::Access::ReadOnly);
    if (!connection.isOpen())
        return connection.error();
    auto allow = segmentAllowList(connection.db(), snapshot, others.allLines ? nullptr : &others.lineMask,
                                  filter.segment);
    if (!allow)
        return allow.error();
    return resolveFilter(snapshot, filter, &allow.value());
}

} // namespace storelens::core::analytics
