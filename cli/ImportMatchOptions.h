#pragma once

#include "cli/CliCommand.h"
#include "core/import/Importer.h"

#include <QCommandLineParser>

// `storelens import`'s options for what a file meets in the workspace (trial 16): the store of lines the
// file names none (--store; a web shop's "Online shop" by default), products without a code counted as the
// coded product of their name (--products-by-name, core/import/ProductNames.h) and a file whose orders are
// the source's stored ones under other order IDs (refused unless --replace or --new-order-ids,
// core/import/OrderIdChange.h).
namespace storelens::cli {

void addImportMatchOptions(QCommandLineParser &parser);

// Applies the options to the profile and the import's options: Success, or the exit status with the reason on
// io.err.
// A profile the command suggested (`suggested`: no --profile) that puts a web shop's lines in "Online shop"
// gives way to "Main store" where the workspace holds the source's earlier lines
// (core::keepStoreOfEarlierLines()), unless --store names the store.
int applyImportMatchOptions(const QCommandLineParser &parser, const QString &workspacePath, bool suggested,
                            core::ImportProfile &profile, core::ImportOptions &options, CliStreams &io);

// The store of the lines without one, the products counted or not by name and, for a dry run, the orders
// found again under other IDs.
void printImportMatches(const core::ImportReport &report, const core::ImportProfile &profile, CliStreams &io);

} // namespace storelens::cli
