#pragma once

#include <QByteArrayView>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdlib>

// Shared by the fuzz targets: the readers take file paths, so each input is written to a file in a folder
// of this process (removed at exit).
namespace storelens::fuzz {

inline const QTemporaryDir &scratchDir()
{
    static const QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    return dir;
}

inline QString writeFile(const QString &name, QByteArrayView bytes)
{
    const QString path = scratchDir().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes.data(), bytes.size()) != bytes.size())
        std::abort();
    return path;
}

// A sanitizer-visible failure: libFuzzer saves the input that led here.
inline void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace storelens::fuzz
