# `cmake --install build --prefix P`: the newsgraph program, libnewsgraph (static and shared), the public headers,
# the models with their documentation, the attribution of the data compiled into the library, a CMake package
# (find_package(newsgraph): newsgraph::newsgraph, the shared library, and newsgraph::newsgraph_static) and a
# pkg-config file (newsgraph.pc). Every path in the package files is relative to where they are installed, so the
# tree may be moved or installed under any prefix.
include(CMakePackageConfigHelpers)

set(NEWSGRAPH_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/newsgraph)
install(TARGETS newsgraph_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS newsgraph newsgraph_shared EXPORT newsgraphTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY include/newsgraph ${PROJECT_BINARY_DIR}/include/newsgraph
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")

# Models: found by the library in <datadir>/newsgraph/models (core/models_dir.cc).
file(GLOB NEWSGRAPH_MODEL_FILES ${PROJECT_SOURCE_DIR}/models/*)
install(FILES ${NEWSGRAPH_MODEL_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/newsgraph/models)
# The word lists and gazetteers are compiled into the library (cmake/Embed.cmake); their sources and licences go
# with it. docs/NER.md describes the model, its training data and their terms.
foreach(doc places/ATTRIBUTION.md gazetteers/ATTRIBUTION.md lang/SOURCES.md entities/README.md clusters/README.md)
  get_filename_component(dir ${doc} DIRECTORY)
  install(FILES ${PROJECT_SOURCE_DIR}/data/${doc} DESTINATION ${CMAKE_INSTALL_DATADIR}/newsgraph/data/${dir})
endforeach()
install(FILES README.md docs/schema.md docs/newsgraph.schema.json docs/NER.md docs/ARCHITECTURE.md
  DESTINATION ${CMAKE_INSTALL_DOCDIR})

install(EXPORT newsgraphTargets NAMESPACE newsgraph:: DESTINATION ${NEWSGRAPH_CMAKE_DIR})
configure_package_config_file(cmake/newsgraphConfig.cmake.in ${PROJECT_BINARY_DIR}/newsgraphConfig.cmake
  INSTALL_DESTINATION ${NEWSGRAPH_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/newsgraphConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/newsgraphConfig.cmake ${PROJECT_BINARY_DIR}/newsgraphConfigVersion.cmake
  ${PROJECT_SOURCE_DIR}/cmake/Dependencies.cmake
  DESTINATION ${NEWSGRAPH_CMAKE_DIR})

file(RELATIVE_PATH NEWSGRAPH_PC_TO_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
configure_file(cmake/newsgraph.pc.in ${PROJECT_BINARY_DIR}/newsgraph.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/newsgraph.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
