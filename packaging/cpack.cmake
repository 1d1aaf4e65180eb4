# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings shared by every platform, then the platform's own: a .deb on Linux, an NSIS
# installer on Windows, a disk image on macOS. `cpack` in a build folder writes the package there.
set(CPACK_PACKAGE_NAME GridShare)
set(CPACK_PACKAGE_VENDOR "The GridShare developers")
# Whoever builds a package for others names themselves here (-DGRIDSHARE_PACKAGER="Name <address>").
set(GRIDSHARE_PACKAGER "The GridShare developers <maintainers@gridshare.invalid>"
    CACHE STRING "Name and e-mail address of the package's maintainer")
set(CPACK_PACKAGE_CONTACT "${GRIDSHARE_PACKAGER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "scenario planner for AI's share of a country's electricity")
# Lines shorter than 80 characters, for the Debian control file.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "GridShare answers one question: how much of a country's electricity will AI"
    "use? It recomputes the AI and data-centre shares of national electricity year"
    "by year as the request volume, model size, electricity price and the"
    "assumptions behind them change, and draws them beside the published"
    "projections (LBNL, EPRI, IEA, BCG, Goldman Sachs). Every default is traced to"
    "a numbered source. Uncertainty ranges give P10-P90 bands from a seeded Monte"
    "Carlo, and a solver finds the value of a parameter that makes a result reach"
    "a target. The same arithmetic runs on the command line, as tables, JSON or CSV.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY GridShare)
set(CPACK_STRIP_FILES ON)
# Packages are made from the build folder; there is no source package.
set(CPACK_SOURCE_GENERATOR "")

if(LINUX)
    include(${CMAKE_CURRENT_LIST_DIR}/linux/cpack.cmake)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/cpack.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/cpack.cmake)
endif()

include(CPack)
