#pragma once
// The window, or with --screenshot a PNG of it rendered offscreen.

#include <QString>

namespace gridshare::gui {

// True when the arguments ask for a screenshot, which must pick the offscreen platform before
// the application object exists.
bool wantsScreenshot(int argc, char* argv[]);

// Problems that must be reported before a QApplication exists: a word that is no command, or no
// display to open the window on. Returns the exit code to stop with, or 0 to go on.
int checkBeforeWindow(int argc, char* argv[], const QString& language);

// language: one of availableLanguages(), installed once the application exists.
int runWindow(int argc, char* argv[], const QString& language);

} // namespace gridshare::gui
