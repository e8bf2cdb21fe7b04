#pragma once

#include "cli/CliCommand.h"
#include "core/model/EnglishPlurals.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace storelens::test {

// Runs `storelens ARGS…` through the core command list, as main() does; returns the exit status, standard
// output in *out and standard error in *err (when given).
inline int runCli(const QStringList &args, QString *out, QString *err = nullptr)
{
    using namespace storelens::cli;
    core::installEnglishPlurals(); // as main() does (ui::installTranslators): "1 customer", "2 customers"
    QString o;
    QString e;
    QTextStream outStream(&o);
    QTextStream errStream(&e);
    CliStreams io{outStream, errStream};
    const CommandList commands = coreCommands();
    int status = BadUsage;
    for (const auto &c : commands) {
        if (c->name() == args.at(0))
            status = c->run(QStringList{QStringLiteral("storelens")} + args, io);
    }
    outStream.flush();
    errStream.flush();
    *out = o;
    if (err)
        *err = e;
    return status;
}

// `storelens sample --workspace PATH --customers N --years Y`: the exit status.
inline int runSample(const QString &path, int customers, int years)
{
    QString out;
    return runCli({QStringLiteral("sample"), QStringLiteral("--workspace"), path,
                   QStringLiteral("--customers"), QString::number(customers), QStringLiteral("--years"),
                   QString::number(years)},
                  &out);
}

} // namespace storelens::test
