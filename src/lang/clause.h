// Reading a clause around its verb: voice now; tense, aspect, modality, polarity and reported speech next.
#pragma once

#include "lang/words.h"

namespace newsgraph::lang {

// True when the verb at v (not before lo) is a passive participle: "is expected", "was told", "has been told".
bool IsPassive(const Words& w, int v, int lo);

}  // namespace newsgraph::lang
