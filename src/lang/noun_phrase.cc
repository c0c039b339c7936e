#include "lang/noun_phrase.h"

#include <string_view>

namespace newsgraph::lang {

Np NounPhrases::EndingAt(int j, int lo) const {
  Np np;
  if (j < lo) return np;
  if (w_.IsSubjectPronoun(j)) return Np{j, j + 1, NpType::kPronoun};
  int end = j + 1;
  if (w_.Is(j, kCloseBracket)) {  // "Sen. Ted Cruz (R-Texas)"
    int k = j - 1;
    while (k >= lo && k > j - 8 && !w_.Is(k, kOpenBracket)) --k;
    if (k < lo || k <= j - 8 || k - 1 < lo) return np;
    j = k - 1;
    end = j + 1;
    if (!w_.IsNameWord(j)) return np;
  }
  if (w_.IsNameWord(j) || (w_.Is(j, kInitial))) {
    int k = j;
    while (k - 1 >= lo && k > j - 10) {
      const int p = k - 1;
      if (w_.IsNameWord(p) || w_.Is(p, kInitial)) {
        k = p;
      } else if (w_.Has(p, kNameParticle) && w_.Is(p, kLower) && p - 1 >= lo &&
                 (w_.IsNameWord(p - 1) || (w_.Has(p - 1, kNameParticle) && p - 2 >= lo && w_.IsNameWord(p - 2)))) {
        k = p;  // "von der Leyen"
      } else if (w_.Lower(p, "of") && p - 1 >= lo && w_.IsNameWord(p - 1)) {
        k = p;  // "Secretary of State John Kerry", "Bank of England"
      } else if (w_.Lower(p, "the") && p - 2 >= lo && w_.Lower(p - 1, "of") && w_.IsNameWord(p - 2)) {
        k = p - 1;  // "President of the European Council"
      } else {
        break;
      }
    }
    if (!w_.IsNameWord(j) && k == j) return np;
    np = TrimName(Np{k, end, NpType::kName});
    return ExtendSpeakerOf(np, lo);
  }
  if (w_.IsContentWord(j) || w_.IsQuantity(j)) {
    int k = j;
    bool quantity = w_.IsQuantity(j);
    while (k - 1 >= lo && k > j - 10) {
      const int p = k - 1;
      if (w_.IsContentWord(p) || w_.IsNameWord(p) || w_.Is(p, kPossessive) || w_.IsQuantity(p)) {
        quantity |= w_.IsQuantity(p);
        k = p;
      } else if ((w_.Lower(p, "of") || w_.Lower(p, "in")) && p - 1 >= lo &&
                 (w_.IsQuantity(p - 1) || w_.Has(p - 1, kDeterminer))) {
        k = p;  // "58 percent of voters", "one in four", "many in the crowd"
      } else if (w_.Lower(p, "of") && p - 1 >= lo && w_.IsContentWord(p - 1) && !w_.Has(p - 1, kSpeakerNounOf)) {
        k = p;  // "supporters of reform", "the secretary of state"
      } else if (w_.Lower(p, "out") && k < j && w_.Lower(k, "of")) {
        k = p;  // "four out of 10 voters"
      } else {
        break;
      }
    }
    if (quantity && k - 1 >= lo &&
        (w_.Lower(k - 1, "about") || w_.Lower(k - 1, "nearly") || w_.Lower(k - 1, "almost") ||
         w_.Lower(k - 1, "roughly") || w_.Lower(k - 1, "around") || w_.Lower(k - 1, "only")))
      --k;  // "about four in 10 voters"
    // "the Clinton campaign's spokesman": the possessor belongs to the phrase.
    bool det = false;
    if (k - 1 >= lo && w_.Has(k - 1, kDeterminer)) {
      --k;
      det = true;
    }
    det |= w_.Has(k, kDeterminer);
    bool speakerish = false;
    for (int t = k; t <= j; ++t) speakerish |= w_.Has(t, kSpeakerNoun);
    // Without a determiner, a speaker noun ("officials said"), a quantity ("58 percent said") or a plural
    // ("respondents said") can speak.
    if (!det && !speakerish && !quantity && !w_.IsBarePlural(j)) {
      // "former secretary of state": the head is before "of".
      if (k - 2 >= lo && (w_.Lower(k - 1, "of") || w_.Lower(k - 1, "for")) && w_.Has(k - 2, kSpeakerNounOf)) {
        Np head = EndingAt(k - 2, lo);
        if (head) return Np{head.b, end, NpType::kCommon};
      }
      return np;
    }
    np = Np{k, end, NpType::kCommon};
    return ExtendSpeakerOf(np, lo);
  }
  return np;
}

Np NounPhrases::TrimName(Np np) const {
  for (int t = np.b + 1; t + 1 < np.e; ++t) {
    if (!w_.Has(t, kMaleName | kFemaleName) || !w_.IsNameWord(t + 1)) continue;
    if (w_.Has(t - 1, kTitle | kMaleName | kFemaleName) || w_.Is(t - 1, kInitial) || !w_.IsNameWord(t - 1)) continue;
    return Np{t, np.e, NpType::kName};
  }
  return np;
}

Np NounPhrases::ExtendSpeakerOf(Np np, int lo) const {
  int k = np.b;
  if (k - 1 >= lo && w_.Has(k - 1, kDeterminer)) --k;
  if (k - 2 < lo || !(w_.Lower(k - 1, "for") || w_.Lower(k - 1, "of") || w_.Lower(k - 1, "at"))) return np;
  const int head = k - 2;
  if (!w_.Has(head, kSpeakerNounOf) || !w_.Is(head, kLower)) return np;
  Np outer = EndingAt(head, lo);
  if (!outer || outer.type != NpType::kCommon) {
    // "spokesperson for X" without a determiner
    outer = Np{head, head + 1, NpType::kCommon};
  }
  return Np{outer.b, np.e, NpType::kCommon};
}

Np NounPhrases::StartingAt(int j, int hi) const {
  Np np;
  if (j >= hi) return np;
  if (w_.IsSubjectPronoun(j)) return Np{j, j + 1, NpType::kPronoun};
  if (w_.IsNameWord(j) || w_.Is(j, kInitial)) {
    int k = j + 1;
    while (k < hi && k < j + 10) {
      if (w_.IsNameWord(k) || w_.Is(k, kInitial)) ++k;
      else if (w_.Has(k, kNameParticle) && w_.Is(k, kLower) && k + 1 < hi &&
               (w_.IsNameWord(k + 1) || (w_.Has(k + 1, kNameParticle) && k + 2 < hi && w_.IsNameWord(k + 2))))
        ++k;  // "von der Leyen"
      else if (w_.Lower(k, "of") && k + 1 < hi && w_.IsNameWord(k + 1)) ++k;
      else if (w_.Lower(k, "of") && k + 2 < hi && w_.Lower(k + 1, "the") && w_.IsNameWord(k + 2)) k += 2;
      else break;
    }
    while (k > j + 1 && !w_.IsNameWord(k - 1) && !w_.Is(k - 1, kInitial)) --k;  // no trailing "of"
    np = TrimName(Np{j, k, NpType::kName});
    return ExtendForward(np, hi);
  }
  int k = j;
  bool det = false;
  if (w_.Has(k, kDeterminer) && !w_.IsSubjectPronoun(k)) {
    det = true;
    ++k;
  }
  const int content = k;
  while (k < hi && k < content + 8) {
    // After a speaker noun a lower-case word that is no speaker noun is the verb: "a party spokesman played
    // down ...", "the company cut jobs"; "the party spokesman" and "the company's chief" go on.
    if (k > content && w_.Has(k - 1, kSpeakerNoun) && w_.Is(k, kLower) && w_.IsContentWord(k) &&
        !w_.Has(k, kSpeakerNoun))
      break;
    if (k > content && IsPastVerbAfterHead(k, hi)) break;  // "the star stormed out of the meeting"
    if (w_.IsContentWord(k) || w_.IsNameWord(k) || w_.Is(k, kPossessive | kNumber | kInitial) || w_.IsQuantity(k)) {
      ++k;
    } else if (w_.Lower(k, "of") && k > content && k + 1 < hi &&
               (w_.IsContentWord(k + 1) || w_.IsNameWord(k + 1) || w_.Has(k + 1, kDeterminer))) {
      k += w_.Has(k + 1, kDeterminer) ? 2 : 1;  // "master of ceremonies", "one of those advisers"
    } else {
      break;
    }
  }
  if (k == content) return np;
  bool speakerish = false;
  for (int t = content; t < k; ++t) speakerish |= w_.Has(t, kSpeakerNoun);
  if (!det && !speakerish) {
    // "former Massachusetts congressman Barney Frank": a role before a name; the name speaks.
    int name_b = k;
    while (name_b - 1 >= content && w_.IsNameWord(name_b - 1)) --name_b;
    if (name_b < k && name_b > content && k - name_b >= 2) return ExtendForward(Np{name_b, k, NpType::kName}, hi);
    return np;
  }
  // The phrase ends with its head: a name run at the end ("White House press secretary Josh Earnest") is the
  // name of the speaker.
  np = Np{j, k, NpType::kCommon};
  int name_b = k;
  while (name_b - 1 >= content && w_.IsNameWord(name_b - 1)) --name_b;
  if (name_b < k && name_b > content && !w_.Is(name_b - 1, kPossessive)) np = Np{name_b, k, NpType::kName};
  return ExtendForward(np, hi);
}

bool NounPhrases::IsPastVerbAfterHead(int k, int hi) const {
  if (!w_.Is(k, kLower) || w_[k].lower_len < 4 || !w_.EndsWith(k, "ed") || w_.IsQuantity(k)) return false;
  // After a noun, not after an adverb or a quantity ("the newly elected mayor", "the two injured men").
  const int p = k - 1;
  if (!w_.IsContentWord(p) || w_.EndsWith(p, "ly") || w_.IsQuantity(p)) return false;
  if (k + 1 >= hi || !w_.Is(k + 1, kLower) || !w_.IsContentWord(k + 1)) return true;  // "resigned.", "told the"
  // "stormed out", "walked off": a verb's particle, not a noun the word could qualify.
  static constexpr std::string_view kParticles[] = {"out", "off", "away", "up", "down", "back", "over", "aside"};
  const std::string_view next(w_[k + 1].lower, w_[k + 1].lower_len);
  for (std::string_view particle : kParticles)
    if (next == particle) return true;
  return false;
}

Np NounPhrases::ExtendForward(Np np, int hi) const {
  if (np.type == NpType::kCommon && np.e + 1 < hi && (w_.Lower(np.e, "for") || w_.Lower(np.e, "of")) &&
      w_.Has(np.e - 1, kSpeakerNounOf)) {
    Np inner = StartingAt(np.e + 1, hi);
    if (inner && inner.type != NpType::kPronoun) return Np{np.b, inner.e, NpType::kCommon};
  }
  if (np.type == NpType::kCommon && np.e + 1 < hi && w_.Is(np.e, kComma)) {
    Np name = StartingAt(np.e + 1, hi);
    if (name.type == NpType::kName && (name.e >= hi || w_.Is(name.e, kComma | kTerminal))) return name;
  }
  return np;
}

Np NounPhrases::SubjectBefore(int v, int lo) const {
  int j = w_.SkipAuxBack(v - 1, lo);
  if (j < lo) return Np{};
  if (w_.Is(j, kComma) && j - 1 >= lo && w_.Is(j - 1, kCloseBracket)) {
    Np np = EndingAt(j - 1, lo);  // "Sen. Jack Reed (D-R.I.), said"
    if (np) return np;
  }
  if (w_.Is(j, kComma)) {
    // Appositions and inserted clauses between commas ("Sanders, meanwhile, who has no such endorsements, said").
    int segments = 0, segment_end = j;
    for (int k = j - 1; k >= lo && k > j - 40 && segments < 3; --k) {
      if (w_.Is(k, kQuoteMark | kColon | kSemicolon) || w_.IsSentenceEnd(k) || w_.InQuotation(k)) break;
      if (w_.Is(k, kComma)) {
        ++segments;
        Np np = EndingAt(k - 1, lo);
        // "Carson's business manager, Armstrong Williams, stated": the name between the commas.
        Np inner = StartingAt(k + 1, segment_end);
        const bool inner_name =
            inner.type == NpType::kName &&
            (inner.e == segment_end || (w_.Is(inner.e, kOpenBracket) && w_.Is(segment_end - 1, kCloseBracket)));
        if (np && (np.b == lo || !w_.Has(np.b - 1, kPreposition))) {
          // "Scottish Finance Minister, Tom McCabe, said": the name, not the role before it.
          if (segments == 1 && inner_name && (np.type != NpType::kName || w_.Has(np.e - 1, kPersonNoun | kTitle)))
            return inner;
          return np;
        }
        if (inner_name) return inner;  // "..., Gov. John Kasich (R-OH), said"
        segment_end = k;
      }
    }
    return Np{};
  }
  if ((w_.Lower(j, "who") || w_.Lower(j, "which") || w_.Lower(j, "that")) && j - 1 >= lo) {
    // "Barkley, who said ...", "the report, which notes", "a headline that said"
    Np np = EndingAt(w_.Is(j - 1, kComma) ? j - 2 : j - 1, lo);
    if (np.type == NpType::kName || np.type == NpType::kCommon) return np;
    return Np{};
  }
  if (w_.Lower(j, "to") && j - 1 >= lo) {
    // An infinitive: "The email went on to say", "declined to say": the subject of the verb before "to".
    int k = j - 1;
    for (int steps = 0; k > lo && steps < 3 && w_.Is(k, kLower) &&
                        !w_.Has(k, kDeterminer | kPreposition | kConjunction) && !w_.IsSubjectPronoun(k);
         ++steps)
      --k;
    if (w_.Lower(k, "on") || w_.Lower(k, "up")) --k;
    if (k >= lo && k < j - 1) return SubjectBefore(k + 1, lo);
    return Np{};
  }
  if (w_.Has(j, kConjunction) && (w_.Lower(j, "and") || w_.Lower(j, "but"))) {
    // Coordinated verbs share a subject: "Lazar said he welcomed it and added", "declined ..., but said".
    if (j - 1 < lo || !w_.Is(j - 1, kComma | kLower | kCap | kNumber | kCloseBracket | kDash)) return Np{};
    for (int k = j - 1; k >= lo && k > j - 30; --k) {
      if (w_.InQuotation(k) || w_.Is(k, kSemicolon)) break;
      if (w_[k].verb != 0 && w_[k].form != VerbForm::kGerund && w_.Is(k, kLower)) {
        const int before = w_.SkipAuxBack(k - 1, lo);
        if (before >= lo && !w_.Is(before, kComma) && !w_.Has(before, kConjunction)) {
          Np np = EndingAt(before, lo);
          if (np) return np;
        }
      }
    }
    return SentenceSubject(lo);
  }
  if (w_.IsObjectPronoun(j) && !w_.IsSubjectPronoun(j) && j - 2 >= lo && w_.Has(j - 1, kPreposition)) {
    Np outer = EndingAt(j - 2, lo);  // "a source close to him said"
    if (!outer && w_.IsContentWord(j - 2)) outer = EndingAt(j - 3, lo);
    if (outer && outer.type != NpType::kPronoun) return Np{outer.b, j + 1, outer.type};
    return Np{};
  }
  Np np = EndingAt(j, lo);
  if (!np) return np;
  // An object of a preposition belongs to the phrase before it: "a report by the ministry said", "People in Fort
  // Pierce said".
  if (np.b - 1 >= lo && w_.Has(np.b - 1, kPreposition) && !w_.Has(np.b - 1, kDeterminer)) {
    if (w_.Lower(np.b - 1, "for") || w_.Lower(np.b - 1, "of")) return np;  // handled by ExtendSpeakerOf
    Np outer = EndingAt(np.b - 2, lo);
    if (outer && outer.type != NpType::kPronoun) return Np{outer.b, np.e, outer.type};
    return Np{};
  }
  return np;
}

Np NounPhrases::SentenceSubject(int lo) const {
  const int end = w_.SentenceEnd(lo);
  int j = lo;
  while (j < end && w_.Is(j, kQuoteMark | kOpenBracket)) ++j;
  if (j >= end) return Np{};
  Np np = StartingAt(j, end);
  if (np && np.e < end && !w_.Is(np.e, kComma)) return np;
  // After a leading adverbial ("On Thursday, after remaining neutral, Warren appeared ...").
  int commas = 0;
  for (int k = j; k < end && k < j + 40 && commas < 3; ++k) {
    if (w_.InQuotation(k) || w_.IsSentenceEnd(k) || w_.Is(k, kSemicolon)) break;
    if (w_.Is(k, kComma)) {
      ++commas;
      Np after = StartingAt(k + 1, end);
      if (after && after.e < end && !w_.Is(after.e, kComma)) return after;
    }
  }
  return np;
}

}  // namespace newsgraph::lang
