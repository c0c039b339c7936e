// Compiles data/places/gazetteer.bin into the library as newsgraph::embedded::places_gazetteer, in its stored form
// (its payload inflated at build time by cmake/store_gazetteer.cc; lang::Gazetteer reads it in place). The
// file is binary, so it is included by the assembler (.incbin) rather than written out as a C++ literal; its 24-byte
// header keeps the payload's columns 8-byte aligned. NEWSGRAPH_GAZETTEER_FILE is set by src/CMakeLists.txt, which
// also rebuilds this file when the data changes.
#include <string_view>

#ifndef NEWSGRAPH_GAZETTEER_FILE
#error "NEWSGRAPH_GAZETTEER_FILE must name data/places/gazetteer.bin"
#endif

asm(".section .rodata\n"
    ".balign 16\n"
    ".globl newsgraph_gazetteer_begin\n"
    ".hidden newsgraph_gazetteer_begin\n"
    ".globl newsgraph_gazetteer_end\n"
    ".hidden newsgraph_gazetteer_end\n"
    "newsgraph_gazetteer_begin:\n"
    ".incbin \"" NEWSGRAPH_GAZETTEER_FILE "\"\n"
    "newsgraph_gazetteer_end:\n"
    ".previous\n");

extern "C" const char newsgraph_gazetteer_begin[];
extern "C" const char newsgraph_gazetteer_end[];

namespace newsgraph::embedded {
extern const std::string_view places_gazetteer;
const std::string_view places_gazetteer(newsgraph_gazetteer_begin,
                                        static_cast<size_t>(newsgraph_gazetteer_end - newsgraph_gazetteer_begin));
}  // namespace newsgraph::embedded
