# Staff sign-in, locking and role scoping (issue 5, items 1 and 2; docs/signin.md).
add_mtb_test(test_offline_signin SOURCES test_offline_signin.cpp LIBS mtb_auth LABELS unit)
add_mtb_test(test_access_scope SOURCES test_access_scope.cpp LIBS mtb_storage Qt6::Sql LABELS unit)
# The drafts commands of the real mtbdesk-cli within a staff member's scope.
add_mtb_test(test_cli_signin SOURCES test_cli_signin.cpp LIBS mtb_auth LABELS unit)
target_compile_definitions(test_cli_signin PRIVATE MTBDESK_CLI="$<TARGET_FILE:mtbdesk-cli>")
add_dependencies(test_cli_signin mtbdesk-cli)
