# Printing the application form for the applicant to sign: the page itself (read back with QtPdf from
# memory) and the main window's print action with its audit entry.
find_package(Qt6 6.4 REQUIRED COMPONENTS Pdf PrintSupport)
add_mtb_test(test_application_form_print SOURCES test_application_form_print.cpp
             LIBS mtb_ui mtb_printing Qt6::Pdf Qt6::PrintSupport LABELS gui)
