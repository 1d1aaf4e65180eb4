# One INTERFACE target carries the warnings and defines that every GridShare target builds with.
add_library(gridshare_options INTERFACE)
target_compile_options(gridshare_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion -Wnon-virtual-dtor
    -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
    $<$<BOOL:${GRIDSHARE_WERROR}>:-Werror>)
# GCC 12 at -O2/-O3 reports these inside inlined std::string and std::map code where there is no
# fault (GCC bugs 105329, 105651); later compilers keep them.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(gridshare_options INTERFACE -Wno-restrict -Wno-array-bounds -Wno-stringop-overflow)
endif()
# nlohmann reports type errors with their JSON pointer; must be the same in every translation unit.
target_compile_definitions(gridshare_options INTERFACE JSON_DIAGNOSTICS=1)

# Qt-facing targets add these on top.
add_library(gridshare_qt_options INTERFACE)
target_link_libraries(gridshare_qt_options INTERFACE gridshare_options)
target_compile_definitions(gridshare_qt_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS)
# clazy, the Qt-aware checker, runs inside clang as a plugin on the application's code (not the tests'):
# no second parse. qstring-ref is left out: its advice (midRef) is Qt 5's, and Qt 6 has no such function.
add_library(gridshare_clazy INTERFACE)
if(GRIDSHARE_CLAZY)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "GRIDSHARE_CLAZY needs clang; use the asan preset")
    endif()
    find_file(GRIDSHARE_CLAZY_PLUGIN ClazyPlugin.so PATHS /usr/lib/x86_64-linux-gnu /usr/lib64 /usr/lib REQUIRED)
    target_compile_options(gridshare_clazy INTERFACE
        "SHELL:-Xclang -load -Xclang ${GRIDSHARE_CLAZY_PLUGIN}" "SHELL:-Xclang -add-plugin -Xclang clazy"
        "SHELL:-Xclang -plugin-arg-clazy -Xclang level0,level1,no-qstring-ref")
endif()
