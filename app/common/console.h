// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The terminal, for every command and for the window's start: results on standard output, problems
// on standard error after the program's name, usage problems with a pointer to --help. Text a
// person reads is translated by the caller (context "Cli") before it comes here.

#include "gridshare/diagnostics.h"

#include <QString>

#include <string>

namespace gridshare {

// The exit codes the README promises.
enum ExitCode : int {
    Success = 0,
    BadUsage = 2,
    InvalidScenario = 3,
    UnreadableFile = 4, // a file that cannot be read, or an output that cannot be written
    NoSolution = 5,     // solve: no value of the parameter meets the target
};

void writeOut(const std::string& text);
void writeOut(const QString& text);

// "gridshare: text" on standard error.
void writeError(const QString& text);

// Prints the message and returns code.
int failWith(int code, const QString& message);

// A usage problem followed by where to read the usage; returns BadUsage.
int usageError(const QString& message);

// Each issue on its own line, "file: /pointer: reason" in the reader's language; a flood (a file
// with 60,000 unknown keys) is cut after the first few with a count of the rest.
void writeIssues(const Issues& issues);

// The issues that stopped a command, with the pointer to --help when they are usage problems;
// returns exitCode.
int refuseWith(int exitCode, const Issues& issues);

// Flushes standard output; when anything written there was lost (a full disk, /dev/full, a closed
// pipe) says so and returns UnreadableFile, else code. Every command ends through it.
int finishOutput(int code);

} // namespace gridshare
