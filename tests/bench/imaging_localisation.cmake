# Localisation accuracy benchmark (synthetic captures, SmartDoc Jaccard per stratum).
add_executable(mtbdesk-localisation-bench localisation_bench.cpp)
target_link_libraries(mtbdesk-localisation-bench PRIVATE mtb_imaging mtb_synth mtb_core Qt6::Gui mtb_compile_options)

# The quality gate's blur flag against the blur put into synthetic captures.
add_executable(mtbdesk-quality-bench quality_bench.cpp)
target_link_libraries(mtbdesk-quality-bench PRIVATE mtb_imaging mtb_synth mtb_core Qt6::Gui mtb_compile_options)
