#pragma once

#include <QLatin1String>
#include <QString>

#include <cstddef>
#include <optional>

namespace storelens::core {

// The keys of an enum's values (command-line options, JSON, stored settings), listed in enum order:
//     constexpr const char *kGrainKeys[] = {"day", "week", "month"};
// enumKey(kGrainKeys, Grain::Week) is "week"; enumFromKey<Grain>(kGrainKeys, "Week") is Grain::Week.
template<typename Enum, size_t N> QString enumKey(const char *const (&keys)[N], Enum value)
{
    const auto index = size_t(value);
    return index < N ? QString(QLatin1String(keys[index])) : QString();
}

// The value whose key is `key` (compared case-insensitively); nullopt when there is none.
template<typename Enum, size_t N>
std::optional<Enum> enumFromKey(const char *const (&keys)[N], const QString &key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key.compare(QLatin1String(keys[i]), Qt::CaseInsensitive) == 0)
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace storelens::core
