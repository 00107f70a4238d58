# Included into llama-cpp-python's own CMake project (CMAKE_PROJECT_llama_cpp_INCLUDE),
# so its sources stay untouched. With GGML_CPU_ALL_VARIANTS llama.cpp builds one CPU
# backend per x86-64 level (libggml-cpu-haswell.so, ...-skylakex.so, ...), but
# llama-cpp-python installs only the targets it names, and those are not among them:
# this installs every ggml-cpu-* module next to libllama.so, where llamadesk's loader
# (llamadesk/engine/backends.py) looks for them.
#
# The targets do not exist yet when this file is read (it runs right after project()),
# so the work is deferred to the end of the top-level CMakeLists.txt.

function(llamadesk_install_cpu_variants)
    get_property(ggml_targets DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}/vendor/llama.cpp/ggml/src"
                 PROPERTY BUILDSYSTEM_TARGETS)
    set(found "")
    foreach(target IN LISTS ggml_targets)
        # ggml-cpu-<tag>-feats are object libraries (the feature check, linked into
        # their variant); only the loadable modules are installed.
        get_target_property(kind ${target} TYPE)
        if(target MATCHES "^ggml-cpu-.+" AND kind STREQUAL "MODULE_LIBRARY")
            llama_cpp_python_install_target(${target})
            list(APPEND found ${target})
        endif()
    endforeach()
    # The RPC backend (GGML_RPC), for a pool's server and client devices
    # (llamadesk/pool/rpc.py loads it): llama-cpp-python installs its module itself.
    set(rpc "false")
    if(TARGET ggml-rpc)
        set(rpc "true")
    endif()
    if(NOT found)
        message(FATAL_ERROR "llamadesk: no ggml-cpu-* variants were configured: "
                            "build with -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON")
    endif()
    message(STATUS "llamadesk: installing CPU variants: ${found}")

    # What this build is, for the running engine and `llamadesk info`: a wheel from
    # elsewhere (pip's cache, a plain `pip install`) has no such file, and says so.
    list(TRANSFORM found REPLACE "^ggml-cpu-" "")
    list(JOIN found "\", \"" variants_json)
    set(info "${CMAKE_CURRENT_BINARY_DIR}/llamadesk-engine.json")
    file(WRITE "${info}" "{\"build_id\": \"$ENV{LLAMADESK_ENGINE_BUILD_ID}\", \"cpu_variants\": [\"${variants_json}\"], \"backend_dl\": true, \"rpc\": ${rpc}}\n")
    install(FILES "${info}" DESTINATION "${SKBUILD_PLATLIB_DIR}/llama_cpp/lib")
endfunction()

cmake_language(DEFER DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" CALL llamadesk_install_cpu_variants)
