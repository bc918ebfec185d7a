# cpack -G DEB: an installable package of mtbdesk and mtbdesk-cli, with the desktop entry and icon
# (installed by installer/CMakeLists.txt). Built and checked by `bash installer/debian/setup.sh test`.
set(CPACK_PACKAGE_NAME "mtbdesk")
set(CPACK_PACKAGE_VENDOR "MTB Desk")
set(CPACK_PACKAGE_CONTACT "MTB Desk maintainers <maintainers@mtbdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Counter client for outpatient chronic and special disease recognition")
# CPACK_PACKAGE_VERSION comes from project(VERSION ...).

# --- Debian package -------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)            # mtbdesk_<version>_<arch>.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# Long description (CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY before it as the synopsis line).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "MTB Desk (门诊慢特病受理台) is a desktop client for medical-insurance counters that
accept applications for the recognition of outpatient chronic and special diseases.
It checks each application against the bundled disease catalogue and keeps drafts
in a local SQLite database. The package contains the GUI (mtbdesk), the command-line
tool (mtbdesk-cli), a desktop menu entry and the application icon.")

# Runtime dependencies on shared libraries are worked out by dpkg-shlibdeps (package dpkg-dev)
# from the installed binaries. Qt loads plugins with dlopen(), which dpkg-shlibdeps cannot see,
# so those (and the CJK fonts the UI needs) are listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hicolor-icon-theme")

# Ship stripped binaries; the RelWithDebInfo build tree keeps the full ones for debugging.
set(CPACK_STRIP_FILES ON)

include(CPack)
