# Staff sign-in, locking and role scoping (issue 5, items 1 and 2; docs/signin.md).
add_mtb_test(test_offline_signin SOURCES test_offline_signin.cpp LIBS mtb_auth LABELS unit)
add_mtb_test(test_access_scope SOURCES test_access_scope.cpp LIBS mtb_storage Qt6::Sql LABELS unit)
