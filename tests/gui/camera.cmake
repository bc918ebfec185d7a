# Camera GUI tests.
add_mtb_test(test_camera_capture SOURCES test_camera_capture.cpp LIBS mtb_ui mtb_testutils mtb_synth LABELS gui)
