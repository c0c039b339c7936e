# The floor check, run by ctest (tests/CMakeLists.txt): every #include "folder/..." in src/ must go to the same floor
# or a lower one. Usage: cmake -DSRC=<dir with the floors' folders> -P CheckFloors.cmake
#
# The floors, lowest first (a file may include its own folder, any lower floor, and the public API "newsgraph/"):
#   0 util                                   hashing, word tables, data files, line readers
#   1 text                                   UTF-8, tokens, sentences
#   2 lang                                   English shared by every stage: lexicons, noun phrases, clauses
#   3 timex ner quotes entities events pos   the stages: one folder a stage
#   4 core                                   the pipeline: stage contract, resources, order, resolution steps
#   5 batch input output eval train          document flow, formats, evaluation, training
#   6 cli                                    the command line
# Stages are peers that do not include each other: what one stage needs from another comes through the Analysis
# (in the pipeline's order), and what they share lives in lang/. An intended exception is listed in
# STAGE_DEPENDENCIES as "from>to" with the reason in a comment. Folders of floor 5 may include each other (train uses
# eval's readers).
cmake_minimum_required(VERSION 3.22)
if(NOT SRC)
  message(FATAL_ERROR "usage: cmake -DSRC=<src dir> -P CheckFloors.cmake")
endif()

get_filename_component(SRC "${SRC}" ABSOLUTE)

set(FLOOR_util 0)
set(FLOOR_text 1)
set(FLOOR_lang 2)
foreach(stage timex ner quotes entities events pos)
  set(FLOOR_${stage} 3)
  list(APPEND STAGES ${stage})
endforeach()
set(FLOOR_core 4)
foreach(folder batch input output eval train)
  set(FLOOR_${folder} 5)
endforeach()
set(FLOOR_cli 6)
# events>ner: the event-trigger detector reads word clusters and shapes from the NER lexicon (ner/lexicon.h,
# ner/word_shape.h) and its model file shares the NER model's envelope (ner/model_file.h, ner/binary_io.h).
# pos>ner: the part-of-speech tagger reads word clusters and shapes from the NER lexicon and shares its model-file
# envelope and weight table (ner/model_file.h, ner/weight_table.h).
# events>pos: the event-trigger detector's features include the tokens' parts of speech (pos/tags.h, pos/tagger.h).
set(STAGE_DEPENDENCIES "events>ner" "pos>ner" "events>pos")

file(GLOB_RECURSE files RELATIVE ${SRC} ${SRC}/*.h ${SRC}/*.cc)
set(violations "")
set(checked 0)
foreach(file IN LISTS files)
  string(REGEX MATCH "^[^/]+" from "${file}")
  if(NOT DEFINED FLOOR_${from})
    string(APPEND violations "  ${file}: the folder ${from}/ is on no floor (add it to cmake/CheckFloors.cmake)\n")
    continue()
  endif()
  file(STRINGS ${SRC}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"[^\"/]+/")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([^\"/]+)/.*$" "\\1" to "${line}")
    math(EXPR checked "${checked} + 1")
    if(to STREQUAL "newsgraph" OR to STREQUAL from)
      continue()
    endif()
    if(NOT DEFINED FLOOR_${to})
      string(APPEND violations "  ${file}: includes ${to}/, which is on no floor\n")
    elseif(FLOOR_${to} GREATER FLOOR_${from})
      string(APPEND violations "  ${file}: ${from}/ (floor ${FLOOR_${from}}) includes ${to}/ (floor ${FLOOR_${to}})\n")
    elseif(FLOOR_${to} EQUAL 3 AND FLOOR_${from} EQUAL 3 AND NOT "${from}>${to}" IN_LIST STAGE_DEPENDENCIES)
      string(APPEND violations "  ${file}: the stage ${from}/ includes the stage ${to}/ (not in STAGE_DEPENDENCIES)\n")
    endif()
  endforeach()
endforeach()

if(violations)
  message(FATAL_ERROR "a lower floor includes a higher one:\n${violations}")
endif()
message(STATUS "floors: ${checked} includes checked, none goes up")
