# Camera unit tests.
add_mtb_test(test_capture_stability SOURCES test_capture_stability.cpp LIBS mtb_imaging LABELS unit)
