# Enhancement, quality gate, page sources, PDF writer, pipeline (target_sources(mtb_imaging PRIVATE ...)).
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs ximgproc)
target_sources(mtb_imaging PRIVATE
    Background.h
    Enhancer.cpp
    ImageFileSource.cpp ImageFileSource.h
    PagePipeline.cpp
    PageSource.cpp
    PdfPageSource.cpp PdfPageSource.h
    PdfWriter.cpp
    QualityGate.cpp
)
target_link_libraries(mtb_imaging PUBLIC opencv_ximgproc)
