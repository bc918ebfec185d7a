# cpack -G DEB: an installable package of mtbdesk and mtbdesk-cli (the full installer comes later).
set(CPACK_PACKAGE_NAME "mtbdesk")
set(CPACK_PACKAGE_VENDOR "MTB Desk")
set(CPACK_PACKAGE_CONTACT "MTB Desk maintainers <maintainers@mtbdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Counter client for outpatient chronic and special disease recognition")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Runtime dependencies are worked out from the installed binaries' shared libraries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk")
include(CPack)
