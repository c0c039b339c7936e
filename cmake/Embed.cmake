# newsgraph_embed(<out_var> <symbol> <file>): compiles a data file (a lexicon, a rule table) into the library as
# `newsgraph::embedded::<symbol>`, a std::string_view, so the binary needs no data directory at run time.
# The file stays a readable text file in data/; it is re-embedded whenever it changes.
set(NEWSGRAPH_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/EmbedFile.cmake)
function(newsgraph_embed out_var symbol file)
  get_filename_component(abs ${file} ABSOLUTE BASE_DIR ${PROJECT_SOURCE_DIR})
  set(out ${CMAKE_BINARY_DIR}/embedded/${symbol}.cc)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${abs} -DOUTPUT=${out} -DSYMBOL=${symbol} -P ${NEWSGRAPH_EMBED_SCRIPT}
    DEPENDS ${abs} ${NEWSGRAPH_EMBED_SCRIPT}
    COMMENT "Embedding ${file}")
  set(${out_var} ${${out_var}} ${out} PARENT_SCOPE)
endfunction()
