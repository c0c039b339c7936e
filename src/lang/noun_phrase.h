// Noun phrases without a parser: who speaks and who acts ("Sen. Ted Cruz", "Ursula von der Leyen", "the foreign
// minister, Jane Doe", "a spokesperson for the Home Office", "58 percent of voters", "he"), read over a document's
// Words from a given token forwards or backwards, and the subject of a verb.
//
//   lang::NounPhrases np(words);
//   lang::Np subject = np.SubjectBefore(verb, sentence_begin);  // "X said", "X, the minister, said"
//   if (subject.type == lang::NpType::kName) ... tokens [subject.b, subject.e)
//
// A phrase is a pronoun, a run of capitalised words (with titles, initials and particles), or a determiner phrase
// headed by a noun. Every search is bounded by a sentence or a fixed number of tokens. Thread safety: const reads.
#pragma once

#include "lang/words.h"

namespace newsgraph::lang {

enum class NpType : uint8_t { kNone, kName, kPronoun, kCommon };

struct Np {
  int b = -1, e = -1;  // token range [b, e)
  NpType type = NpType::kNone;
  explicit operator bool() const { return type != NpType::kNone; }
};

class NounPhrases {
 public:
  explicit NounPhrases(const Words& words) : w_(words) {}

  // The name or noun phrase ending at token j (inclusive), not starting before lo.
  Np EndingAt(int j, int lo) const;

  // The name or noun phrase starting at token j, ending before hi.
  Np StartingAt(int j, int hi) const;

  // The subject of the verb at v: "X said", "X has also said", "X, the foreign minister, said", "X (R-Texas)
  // said". Coordinated verbs ("... but said") take the subject of the sentence.
  Np SubjectBefore(int v, int lo) const;

  // The subject of a sentence: its first noun phrase, after a leading adverbial that ends with a comma.
  Np SentenceSubject(int lo) const;

 private:
  // "European Council Antonio Costa" -> "Antonio Costa": a given name after a capitalised word that is not a
  // title starts the person's name, when a surname follows it.
  Np TrimName(Np np) const;

  // "a spokesperson for the Home Office": np is "Home Office"; take in the head that speaks for it.
  Np ExtendSpeakerOf(Np np, int lo) const;

  // "the foreign minister, Jane Doe" -> Jane Doe; "a spokesperson for the ministry" -> the whole.
  Np ExtendForward(Np np, int hi) const;

  // Whether the lower-case word at k, after the head of a phrase begun before it, is a verb in the past tense that
  // ends the phrase: an "-ed" word that punctuation, a name, a function word or a particle follows ("The star
  // stormed out of the meeting", "the minister resigned.", "the company agreed to pay"). Before a noun it may be an
  // adjective and the phrase goes on ("the former elected official").
  bool IsPastVerbAfterHead(int k, int hi) const;

  const Words& w_;
};

}  // namespace newsgraph::lang
