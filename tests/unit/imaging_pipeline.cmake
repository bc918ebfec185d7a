# Enhancer / quality gate / page sources / PDF / pipeline / imaging CLI tests.
# Generated images only (ImagingTestPages.h); nothing large is committed.
add_mtb_test(test_quality_gate SOURCES test_quality_gate.cpp ImagingTestPages.h LIBS mtb_imaging mtb_synth LABELS unit)
add_mtb_test(test_enhancer SOURCES test_enhancer.cpp ImagingTestPages.h LIBS mtb_imaging LABELS unit)
add_mtb_test(test_page_source SOURCES test_page_source.cpp ImagingTestPages.h LIBS mtb_imaging Qt6::Gui LABELS unit)
add_mtb_test(test_pdf_render_size SOURCES test_pdf_render_size.cpp LIBS mtb_imaging LABELS unit)
add_mtb_test(test_image_heap SOURCES test_image_heap.cpp LIBS mtb_imaging LABELS unit)
add_mtb_test(test_tiff_directory SOURCES test_tiff_directory.cpp ImagingTestPages.h LIBS mtb_imaging LABELS unit)
add_mtb_test(test_pdf_writer SOURCES test_pdf_writer.cpp ImagingTestPages.h LIBS mtb_imaging LABELS unit)
add_mtb_test(test_pipeline SOURCES test_pipeline.cpp ImagingTestPages.h LIBS mtb_imaging LABELS unit)
# The imaging CLI suite drives the real mtbdesk-cli binary.
add_mtb_test(test_cli_imaging SOURCES test_cli_imaging.cpp ImagingTestPages.h LIBS mtb_imaging LABELS unit)
target_compile_definitions(test_cli_imaging PRIVATE MTBDESK_CLI="$<TARGET_FILE:mtbdesk-cli>")
add_dependencies(test_cli_imaging mtbdesk-cli)
# The PDF render helper: the real one, and a stand-in that stalls or dies on request (error paths).
add_executable(fake_pdf_render_helper fake_pdf_render_helper.cpp)
target_include_directories(fake_pdf_render_helper PRIVATE ${PROJECT_SOURCE_DIR}/app/imaging)
target_link_libraries(fake_pdf_render_helper PRIVATE Qt6::Core mtb_compile_options)
add_mtb_test(test_pdf_render_process SOURCES test_pdf_render_process.cpp ImagingTestPages.h LIBS mtb_imaging Qt6::Gui LABELS unit)
target_compile_definitions(test_pdf_render_process PRIVATE FAKE_PDF_HELPER="$<TARGET_FILE:fake_pdf_render_helper>"
    MTB_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
add_dependencies(test_pdf_render_process fake_pdf_render_helper mtbdesk-pdf-render)
