# Enhancement, quality gate, page sources, PDF writer, pipeline (target_sources(mtb_imaging PRIVATE ...)).
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs ximgproc)
target_sources(mtb_imaging PRIVATE
    Background.h
    Enhancer.cpp
    ImageFileSource.cpp ImageFileSource.h
    ImageHeap.cpp ImageHeap.h
    PagePipeline.cpp
    PageSource.cpp
    PdfPageSource.cpp PdfPageSource.h PdfRenderSize.cpp PdfRenderSize.h
    PdfProcessPageSource.cpp PdfProcessPageSource.h
    PdfRenderProtocol.h
    PdfWriter.cpp
    QualityGate.cpp
    TiffDirectory.cpp TiffDirectory.h
)
target_link_libraries(mtb_imaging PUBLIC opencv_ximgproc)

# The PDF render helper (PdfProcessPageSource.h): PDFium runs there, with a time limit per page.
add_executable(mtbdesk-pdf-render pdf-render/main.cpp)
target_link_libraries(mtbdesk-pdf-render PRIVATE mtb_imaging mtb_core mtb_compile_options)
install(TARGETS mtbdesk-pdf-render RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/mtbdesk)
# Programs and tests run from the build tree find it there.
target_compile_definitions(mtb_imaging PRIVATE MTB_PDF_RENDER_BUILD_PATH="$<TARGET_FILE:mtbdesk-pdf-render>")
