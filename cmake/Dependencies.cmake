# newsgraph_import(NAME HEADER LIBRARY): finds a library that ships no CMake package and makes the imported target
# newsgraph::NAME (include directory and library file). Used by the build (a missing library is a fatal error) and by
# the installed package config (where it makes find_package(newsgraph) fail with a message instead).
macro(newsgraph_import name header library)
  if(NOT TARGET newsgraph::${name})
    find_path(NEWSGRAPH_${name}_INCLUDE_DIR ${header})
    find_library(NEWSGRAPH_${name}_LIBRARY ${library})
    if(NOT NEWSGRAPH_${name}_INCLUDE_DIR OR NOT NEWSGRAPH_${name}_LIBRARY)
      set(_newsgraph_missing "newsgraph needs ${name} (${header}, lib${library}); scripts/setup.sh lists the Debian packages")
      if(NOT NEWSGRAPH_IMPORT_FROM_PACKAGE)
        message(FATAL_ERROR "${_newsgraph_missing}")
      endif()
      set(newsgraph_FOUND FALSE)
      set(newsgraph_NOT_FOUND_MESSAGE "${_newsgraph_missing}")
      return()
    endif()
    add_library(newsgraph::${name} UNKNOWN IMPORTED)
    set_target_properties(newsgraph::${name} PROPERTIES IMPORTED_LOCATION ${NEWSGRAPH_${name}_LIBRARY}
      INTERFACE_INCLUDE_DIRECTORIES ${NEWSGRAPH_${name}_INCLUDE_DIR})
  endif()
endmacro()
