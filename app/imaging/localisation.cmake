# Page detection and rectification sources (target_sources(mtb_imaging PRIVATE ...)).
target_sources(mtb_imaging PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AreaShrink.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AreaShrink.h
    ${CMAKE_CURRENT_LIST_DIR}/DetectCandidates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DetectCandidates.h
    ${CMAKE_CURRENT_LIST_DIR}/Rectifier.cpp)
