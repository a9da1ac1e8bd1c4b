# One INTERFACE target carries every compiler option the project builds with.
add_library(leadernet_options INTERFACE)
target_compile_features(leadernet_options INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
    # UTF-8 sources (the translations' and tests' literals); a standard
    # __cplusplus, which Qt 6 checks.
    target_compile_options(leadernet_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
else()
    target_compile_options(leadernet_options INTERFACE -Wall -Wextra -Wpedantic)
endif()
target_compile_definitions(leadernet_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    LEADERNET_VERSION="${PROJECT_VERSION}")

if(LEADERNET_WERROR)
    target_compile_options(leadernet_options INTERFACE $<IF:$<CXX_COMPILER_ID:MSVC>,/WX,-Werror>)
endif()

if(LEADERNET_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "LEADERNET_SANITIZE needs GCC or Clang (ASan + UBSan)")
    endif()
    target_compile_options(leadernet_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(leadernet_options INTERFACE -fsanitize=address,undefined)
endif()
