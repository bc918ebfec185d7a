# Sanitizer and fuzzing builds (issue 5, docs/hardening.md). Include before cmake/Hardening.cmake.
#
#   -DMTB_SANITIZE=address,undefined   the whole project (every library, executable and test) built with
#                                      -fsanitize=... -fno-omit-frame-pointer -fno-sanitize-recover=undefined;
#                                      _FORTIFY_SOURCE is left off (Hardening.cmake). GCC or clang.
#   -DMTB_FUZZ=ON                      the libFuzzer targets of tests/fuzz (target mtb_fuzzers), clang only;
#                                      everything is compiled with -fsanitize=fuzzer-no-link plus
#                                      MTB_SANITIZE (default address,undefined). Build only mtb_fuzzers there.
#
# Qt, OpenCV and the other system libraries are not instrumented: a bug inside them shows up only where
# our code hands them bad memory, and leaks they make are suppressed in tests/sanitizers/lsan.supp.
set(MTB_SANITIZE "" CACHE STRING "Sanitizers for the whole project, e.g. address,undefined (empty: none)")
option(MTB_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)

if(MTB_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "MTB_FUZZ=ON needs clang (libFuzzer): configure a separate build directory with "
                            "-DCMAKE_CXX_COMPILER=clang++ (Debian packages clang and libclang-rt-14-dev).")
    endif()
    if(MTB_SANITIZE STREQUAL "")
        set(MTB_SANITIZE "address,undefined")
    endif()
    # Coverage feedback for libFuzzer in all of our code; the fuzz executables add -fsanitize=fuzzer
    # (libFuzzer's main) themselves (tests/fuzz/CMakeLists.txt).
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NOT MTB_SANITIZE STREQUAL "")
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "MTB_SANITIZE needs GCC or clang")
    endif()
    message(STATUS "MTB Desk: building with -fsanitize=${MTB_SANITIZE}")
    # Global rather than through mtb_compile_options: every target of the project, including ones
    # that forget that interface target, must be instrumented.
    add_compile_options(-fsanitize=${MTB_SANITIZE} -fno-omit-frame-pointer)
    if(MTB_SANITIZE MATCHES "undefined")
        # An undefined-behaviour report aborts the program (and fails its test) instead of scrolling by.
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    add_link_options(-fsanitize=${MTB_SANITIZE})
    # These builds are for finding bugs, not for speed: -O1 (what the sanitizer documentation
    # recommends: reports stay exact) and -g1 (line tables for the stack traces, no variable info)
    # compile about 45% faster than RelWithDebInfo's -O2 -g (measured on 5 of our files). Later
    # flags win, so these override the build type's.
    add_compile_options($<$<CONFIG:RelWithDebInfo,Release>:-O1> $<$<CONFIG:RelWithDebInfo,Release>:-g1>)
endif()
