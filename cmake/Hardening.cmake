# Compiler and linker hardening for every MTB Desk target (issue 5, docs/hardening.md), in the manner
# of KeePassXC's top-level CMakeLists.txt. The flags reach every library and executable through
# mtb_compile_options (cmake/Warnings.cmake), which each target links; include this file after it.
#
#   -fstack-protector-strong       canaries in functions with arrays or address-taken locals
#   -fstack-clash-protection       probe large stack allocations page by page (no jump over the guard)
#   -fcf-protection                Intel CET: endbr64 landing pads and shadow-stack marking (x86 only)
#   -D_FORTIFY_SOURCE=2            glibc's checked memcpy/sprintf/... (*_chk), only when optimising;
#                                  not with sanitizers (they intercept the same functions)
#   PIE                            executables are position independent (ASLR for the main binary)
#   -Wl,-z,relro -Wl,-z,now        GOT read-only after start-up; every symbol bound at load (BIND_NOW)
#   -Wl,-z,noexecstack             no executable stack, whatever an object file asks for
#
# Check the result on a build: readelf -lW / -d / -s, see docs/hardening.md.
include(CheckCXXCompilerFlag)
include(CheckLinkerFlag)
include(CheckPIESupported)

option(MTB_HARDENING "Build with compiler and linker hardening flags" ON)

add_library(mtb_hardening INTERFACE)
target_link_libraries(mtb_compile_options INTERFACE mtb_hardening)

if(MTB_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # PIE through CMake's own switch: -fPIE when compiling executables (Qt adds -fPIC everywhere, which
    # is as good) and -pie when linking them (policy CMP0083, NEW since cmake_minimum_required 3.14).
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    check_pie_supported(OUTPUT_VARIABLE mtb_pie_message LANGUAGES CXX)
    if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
        message(WARNING "MTB Desk: the linker cannot make PIE executables: ${mtb_pie_message}")
    endif()

    foreach(flag -fstack-protector-strong -fstack-clash-protection -fcf-protection)
        string(MAKE_C_IDENTIFIER "MTB_HAS${flag}" var)
        check_cxx_compiler_flag(${flag} ${var})
        if(${var})
            target_compile_options(mtb_hardening INTERFACE ${flag})
        endif()
    endforeach()

    # FORTIFY needs optimisation (glibc warns without it) and fights the sanitizers' interceptors.
    # -U first: some distributions' compilers (Ubuntu's) predefine it, and a redefinition warns.
    if(NOT MTB_SANITIZE AND NOT MTB_FUZZ)
        target_compile_options(mtb_hardening INTERFACE
            $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
    endif()

    foreach(flag -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
        string(MAKE_C_IDENTIFIER "MTB_HAS${flag}" var)
        check_linker_flag(CXX ${flag} ${var})
        if(${var})
            target_link_options(mtb_hardening INTERFACE ${flag})
        endif()
    endforeach()
endif()
