// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Importing a projections CSV into the person's data folder, for `gridshare projections --import`
// and File > Import Projections…: the rows are checked (projection_import.h), the good ones added
// to sources.json and projections.json there, each written atomically; what else those files hold
// is kept, and a file of theirs that GridShare cannot use is never replaced.

#include "gridshare/projection_import.h"

#include <QString>

#include <string>
#include <vector>

namespace gridshare {

struct ProjectionImportResult {
    ProjectionImport rows;        // every row's problems, file-level ones included
    QString failure;              // why nothing was stored, in the reader's language; empty on success
    bool unreadable = false;      // the CSV could not be read, or the folder could not be written
    std::vector<std::string> ids; // the projections stored
};

ProjectionImportResult importProjectionsFile(const QString& csvPath, const QString& dataFolder, const Dataset& data);

} // namespace gridshare
