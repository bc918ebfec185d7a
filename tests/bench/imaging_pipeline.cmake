# Pipeline speed and memory benchmarks.
add_executable(mtbdesk-pipeline-bench pipeline_bench.cpp)
target_link_libraries(mtbdesk-pipeline-bench PRIVATE mtb_imaging mtb_testutils Qt6::Gui mtb_compile_options)
