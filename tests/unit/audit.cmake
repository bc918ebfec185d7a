# The audit log, log redaction and retention (issue 5 items 4 and 5; docs/audit.md).
add_mtb_test(test_audit_log SOURCES test_audit_log.cpp LIBS mtb_storage mtb_audit Qt6::Sql LABELS unit)
target_compile_definitions(test_audit_log PRIVATE MTBDESK_CLI="$<TARGET_FILE:mtbdesk-cli>")
add_dependencies(test_audit_log mtbdesk-cli)

add_mtb_test(test_log_redaction SOURCES test_log_redaction.cpp LIBS mtb_core LABELS unit)

add_mtb_test(test_retention SOURCES test_retention.cpp LIBS mtb_storage mtb_audit Qt6::Sql LABELS unit)
target_compile_definitions(test_retention PRIVATE MTBDESK_CLI="$<TARGET_FILE:mtbdesk-cli>")
add_dependencies(test_retention mtbdesk-cli)

# "Logs from a full test run contain no test person's ID number": a test that runs after every other
# test of the build (it DEPENDS on all of them, collected once every directory has been read) and scans
# what the run has logged (test_log_privacy.cpp).
add_executable(test_log_privacy test_log_privacy.cpp)
target_link_libraries(test_log_privacy PRIVATE Qt6::Test mtb_testutils mtb_core mtb_compile_options)
target_compile_definitions(test_log_privacy PRIVATE MTB_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    MTB_BINARY_DIR="${CMAKE_BINARY_DIR}")
function(mtb_add_log_privacy_test)
    set(others)
    set(dirs ${PROJECT_SOURCE_DIR})
    while(dirs)
        list(POP_FRONT dirs dir)
        get_property(tests DIRECTORY ${dir} PROPERTY TESTS)
        get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
        list(APPEND others ${tests})
        list(APPEND dirs ${subdirs})
    endwhile()
    add_test(NAME test_log_privacy COMMAND test_log_privacy)
    set_tests_properties(test_log_privacy PROPERTIES DEPENDS "${others}" LABELS "unit;gui;integration;privacy"
        TIMEOUT 300 ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=en_US.UTF-8;LC_ALL=C.UTF-8")
endfunction()
cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL mtb_add_log_privacy_test)
