# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package. dpkg-shlibdeps computes Depends from the libraries the binary links, so it
# follows whatever Qt and QCustomPlot the build machine has; both tools must be present to configure.
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps REQUIRED)
find_program(FILE_COMMAND file REQUIRED) # CPack finds the binaries to give dpkg-shlibdeps with it

set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_NAME gridshare)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Qt loads these as plugins, which dpkg-shlibdeps cannot see: the Wayland platform (without it Qt
# falls back to X11) and the SVG icon engine (PNG icons are installed too). The Chinese window
# needs Qt's own translations (its standard buttons) and a font with Chinese characters.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, libqt6svg6, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
