# Page detector / rectifier / synthetic capture tests.
add_mtb_test(test_synth SOURCES test_synth.cpp LIBS mtb_imaging mtb_synth mtb_core LABELS unit)
add_mtb_test(test_page_detector SOURCES test_page_detector.cpp LIBS mtb_imaging mtb_synth mtb_core LABELS unit)
add_mtb_test(test_rectifier SOURCES test_rectifier.cpp LIBS mtb_imaging mtb_synth mtb_core LABELS unit)
