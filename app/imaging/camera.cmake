# Camera / capture-stability sources (target_sources(mtb_imaging PRIVATE ...)).
# CameraSource reads document cameras (高拍仪) and, in tests, image sequences through cv::VideoCapture.
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs videoio)
target_sources(mtb_imaging PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CameraSource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CameraSource.h
    ${CMAKE_CURRENT_LIST_DIR}/CaptureStability.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaptureStability.h)
target_link_libraries(mtb_imaging PUBLIC opencv_videoio)
