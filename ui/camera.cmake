# Camera capture widgets (target_sources(mtb_ui PRIVATE ...)).
target_sources(mtb_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CameraCaptureDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CameraCaptureDialog.h)
