# Localisation accuracy benchmark (synthetic captures, SmartDoc Jaccard per stratum).
add_executable(mtbdesk-localisation-bench localisation_bench.cpp)
target_link_libraries(mtbdesk-localisation-bench PRIVATE mtb_imaging mtb_synth mtb_core Qt6::Gui mtb_compile_options)
