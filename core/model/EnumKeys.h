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

// An enum value with its key and its display name (a source text marked with QT_TRANSLATE_NOOP when it is
// translated), for a table that names every value once:
//     constexpr EnumName<Entity> kNames[] = {{Entity::Orders, "orders", QT_TRANSLATE_NOOP("ctx", "Orders")},
//     …};
template<typename Enum> struct EnumName
{
    Enum value;
    const char *key;
    const char *name;
};

// The row of `value`; nullptr when the table has none.
template<typename Enum, size_t N> const EnumName<Enum> *enumName(const EnumName<Enum> (&names)[N], Enum value)
{
    for (const EnumName<Enum> &row : names) {
        if (row.value == value)
            return &row;
    }
    return nullptr;
}

// The key of `value`; empty when the table has none.
template<typename Enum, size_t N> QString enumKey(const EnumName<Enum> (&names)[N], Enum value)
{
    const EnumName<Enum> *row = enumName(names, value);
    return row ? QString(QLatin1String(row->key)) : QString();
}

// The value whose key is `key` (compared case-insensitively); nullopt when there is none.
template<typename Enum, size_t N>
std::optional<Enum> enumFromKey(const EnumName<Enum> (&names)[N], const QString &key)
{
    for (const EnumName<Enum> &row : names) {
        if (key.compare(QLatin1String(row.key), Qt::CaseInsensitive) == 0)
            return row.value;
    }
    return std::nullopt;
}

} // namespace storelens::core
