# The audit log, log redaction and retention (issue 5 items 4 and 5; docs/audit.md).
add_mtb_test(test_audit_log SOURCES test_audit_log.cpp LIBS mtb_storage mtb_audit Qt6::Sql LABELS unit)
target_compile_definitions(test_audit_log PRIVATE MTBDESK_CLI="$<TARGET_FILE:mtbdesk-cli>")
add_dependencies(test_audit_log mtbdesk-cli)

add_mtb_test(test_log_redaction SOURCES test_log_redaction.cpp LIBS mtb_core LABELS unit)
