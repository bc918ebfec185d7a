# Staff sign-in against the real reference service over TLS, then offline with it stopped.
add_mtb_test(test_signin_integration
    SOURCES test_signin_integration.cpp SimHarness.cpp SimHarness.h
    LIBS mtb_auth mtb_testutils Qt6::Network
    LABELS integration)
target_compile_definitions(test_signin_integration PRIVATE
    MTB_CENTRAL_SIM_BINARY="$<TARGET_FILE:mtbdesk-central-sim>"
    MTB_DEV_CA_SCRIPT="${PROJECT_SOURCE_DIR}/installer/dev-ca.sh")
add_dependencies(test_signin_integration mtbdesk-central-sim)
set_tests_properties(test_signin_integration PROPERTIES TIMEOUT 180)
