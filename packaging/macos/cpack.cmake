# SPDX-License-Identifier: GPL-3.0-or-later
# The macOS disk image (DragNDrop): GridShare.app (app/CMakeLists.txt makes the bundle) beside a
# link to /Applications. Not built in CI; see packaging/README.md.
#
# At install time, and so inside the image, macdeployqt copies Qt, its plugins and the other
# libraries the binary links (QCustomPlot among them) into the bundle.
qt_generate_deploy_app_script(TARGET gridshare FILENAME_VARIABLE gridshare_deploy_script)
install(SCRIPT ${gridshare_deploy_script})

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME GridShare)
set(CPACK_PACKAGE_FILE_NAME GridShare-${PROJECT_VERSION})
