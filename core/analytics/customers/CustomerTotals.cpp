#include "core/analytics/customers/CustomerTotals.h"

#include <algorithm>
#include <cstring>

namespace storelens::core::analytics {

namespace {

// Masks kept besides all lines: a few filters the user switches between, each as large as the lines.
constexpr size_t kMasksKept = 2;

} // namespace

void CustomerTotalsCache::clear()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.clear();
}

bool CustomerTotalsCache::matches(const Entry &entry, const std::vector<uint8_t> *lineMask)
{
    if (!lineMask)
        return entry.allLines;
    return !entry.allLines && entry.mask.size() == lineMask->size() &&
           std::memcmp(entry.mask.data(), lineMask->data(), lineMask->size()) == 0;
}

std::shared_ptr<CustomerTotalsCache::Entry> CustomerTotalsCache::find(const std::vector<uint8_t> *lineMask)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (matches(**it, lineMask)) {
            std::shared_ptr<Entry> entry = *it;
            m_entries.erase(it);
            m_entries.push_back(entry);
            return entry;
        }
    }
    return nullptr;
}

CustomerTotalsPtr CustomerTotalsCache::get(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask)
{
    std::shared_ptr<Entry> entry;
    std::promise<CustomerTotalsPtr> promise;
    bool owner = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        entry = find(lineMask);
        if (!entry) {
            owner = true;
            entry = std::make_shared<Entry>();
            entry->allLines = lineMask == nullptr;
            if (lineMask)
                entry->mask = *lineMask;
            entry->totals = promise.get_future().share();
            m_entries.push_back(entry);
            const auto isMask = [](const std::shared_ptr<Entry> &e) { return !e->allLines; };
            if (size_t(std::count_if(m_entries.begin(), m_entries.end(), isMask)) > kMasksKept)
                m_entries.erase(std::find_if(m_entries.begin(), m_entries.end(), isMask));
        }
    }
    if (!owner)
        return entry->totals.get(); // waits, without the lock, while another thread computes them
    try {
        promise.set_value(std::make_shared<const CustomerTotals>(computeCustomerTotals(snapshot, lineMask)));
    } catch (...) {
        promise.set_exception(std::current_exception());
        std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.erase(std::remove(m_entries.begin(), m_entries.end(), entry), m_entries.end());
        throw;
    }
    return entry->totals.get();
}

CustomerTotalsPtr customerTotals(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask)
{
    return snapshot.derived.customerTotals().get(snapshot, lineMask);
}

} // namespace storelens::core::analytics
