#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace storelens::core {

enum class ErrorCode {
    None,
    Io,
    Usage,
    Encoding,
    Format,
    InvalidValue,
    MissingField,
    Database,
    Cancelled,
    NotFound,
    TooLittleData,
    NotConverged,
};

// An error as a value: a translated message plus where it happened, when that applies.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString file = {}, qint64 line = 0, int column = 0)
        : m_code(code)
        , m_message(std::move(message))
        , m_file(std::move(file))
        , m_line(line)
        , m_column(column)
    {
    }

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &file() const { return m_file; }
    qint64 line() const { return m_line; }
    int column() const { return m_column; }

    // "file:line:column: message", leaving out the parts that do not apply.
    QString toString() const
    {
        QString where = m_file;
        if (m_line > 0)
            where += QLatin1Char(':') + QString::number(m_line);
        if (m_column > 0)
            where += QLatin1Char(':') + QString::number(m_column);
        return where.isEmpty() ? m_message : where + QLatin1String(": ") + m_message;
    }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
    QString m_file;
    qint64 m_line = 0;
    int m_column = 0;
};

// Either a value or an Error. Never throws.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace storelens::core
