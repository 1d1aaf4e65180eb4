# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer (NSIS), for a build with a MinGW Qt kit: the warning flags in
# cmake/GridShareOptions.cmake are GCC's. Not built in CI; see packaging/README.md.
#
# At install time, and so inside the package, windeployqt copies the Qt libraries and plugins, a
# qt.conf and the MinGW runtime next to gridshare.exe. QCustomPlot is not a Qt module, so its DLL is
# installed here.
qt_generate_deploy_app_script(TARGET gridshare FILENAME_VARIABLE gridshare_deploy_script)
install(SCRIPT ${gridshare_deploy_script})
install(IMPORTED_RUNTIME_ARTIFACTS QCustomPlotQt6::QCustomPlotQt6 RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME GridShare)
set(CPACK_NSIS_DISPLAY_NAME "GridShare ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\gridshare.exe")
# A Start menu entry for the window; the folder goes on PATH for the command line.
set(CPACK_PACKAGE_EXECUTABLES gridshare GridShare)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
