# Shared compile settings for every MTB Desk target.
add_library(mtb_compile_options INTERFACE)
target_compile_options(mtb_compile_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-unused-parameter>)
# Strict string handling, as Tiled's libtiled does: every user-visible literal must be explicit.
target_compile_definitions(mtb_compile_options INTERFACE
    QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MTB_VERSION="${PROJECT_VERSION}")
