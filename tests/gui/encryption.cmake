# The start-up unlock dialog (docs/encryption.md).
add_mtb_test(test_unlock_dialog SOURCES test_unlock_dialog.cpp LIBS mtb_ui LABELS gui)
