// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A test that needs a screen of a given size sets it itself, before QTEST_MAIN makes the
// application: Qt's offscreen platform with one screen described in tests/screens, whatever
// QT_QPA_PLATFORM the caller has (its own 800x600 screen leaves presentation mode no room).

#include <QtGlobal>

#define GRIDSHARE_OFFSCREEN_SCREEN(file)                                                                               \
    [[maybe_unused]] static const bool gridshareOffscreenScreen =                                                      \
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" QT_TESTCASE_SOURCEDIR "/screens/" file)
