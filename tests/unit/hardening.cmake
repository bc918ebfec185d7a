# Process hardening (issue 5, docs/hardening.md): core dumps off in the real GUI, CLI and PDF render helper binaries.
add_mtb_test(test_process_hardening SOURCES test_process_hardening.cpp LIBS mtb_core LABELS unit)
target_compile_definitions(test_process_hardening PRIVATE
    MTBDESK_CLI="$<TARGET_FILE:mtbdesk-cli>" MTBDESK_GUI="$<TARGET_FILE:mtbdesk>"
    MTBDESK_PDF_RENDER="$<TARGET_FILE:mtbdesk-pdf-render>")
add_dependencies(test_process_hardening mtbdesk-cli mtbdesk mtbdesk-pdf-render)

# Server answers bounded before use (app/sync/ServerReplies; fuzzed by tests/fuzz/fuzz_server_reply).
add_mtb_test(test_server_replies SOURCES test_server_replies.cpp LIBS mtb_sync LABELS unit)

# The shipped executables really carry the flags of cmake/Hardening.cmake (readelf, from binutils).
if(MTB_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    find_program(MTB_READELF NAMES readelf)
    if(MTB_READELF)
        # FORTIFY is on in optimised builds without sanitizers (Hardening.cmake).
        if(MTB_SANITIZE OR MTB_FUZZ)
            set(mtb_expect_fortify 0)
        else()
            set(mtb_expect_fortify "$<IF:$<CONFIG:Release,RelWithDebInfo,MinSizeRel>,1,0>")
        endif()
        add_test(NAME test_binary_hardening
            COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/check_binary_hardening.sh ${MTB_READELF} ${mtb_expect_fortify}
                    $<TARGET_FILE:mtbdesk> $<TARGET_FILE:mtbdesk-cli> $<TARGET_FILE:mtbdesk-pdf-render>)
        set_tests_properties(test_binary_hardening PROPERTIES LABELS unit TIMEOUT 60)
    endif()
endif()
