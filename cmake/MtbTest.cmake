# add_mtb_test(NAME SOURCES ... LIBS ... [LABELS ...] [GUI])
# One Qt Test executable per unit, in the manner of KeePassXC's add_unit_test and ownCloud's
# owncloud_add_test: a fixed locale, asserts on, and the offscreen platform so nothing needs a display.
function(add_mtb_test NAME)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${NAME} ${T_SOURCES})
    target_link_libraries(${NAME} PRIVATE Qt6::Test mtb_testutils mtb_compile_options ${T_LIBS})
    add_test(NAME ${NAME} COMMAND ${NAME})
    set(env "QT_QPA_PLATFORM=offscreen" "QT_FORCE_ASSERTS=1" "LANG=en_US.UTF-8" "LC_ALL=C.UTF-8"
            "MTB_TEST_TMP=${CMAKE_CURRENT_BINARY_DIR}/tmp"
            # Never the developer's real keychain: tests use test key vaults (tests/testutils/TestKeys.h).
            "MTBDESK_NO_KEYCHAIN=1")
    set_tests_properties(${NAME} PROPERTIES ENVIRONMENT "${env}" LABELS "${T_LABELS}" TIMEOUT 300)
endfunction()
