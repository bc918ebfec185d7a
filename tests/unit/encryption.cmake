# Encryption at rest (issue 5 item 3; docs/encryption.md): the cipher, key ring and key vault, and the
# byte search of the data folder.
add_mtb_test(test_key_vault SOURCES test_key_vault.cpp LIBS mtb_security LABELS unit)
add_mtb_test(test_encryption_at_rest SOURCES test_encryption_at_rest.cpp LIBS mtb_storage mtb_sync Qt6::Sql
    LABELS unit)
