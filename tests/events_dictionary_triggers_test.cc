// Event words the TimeBank tagger passes over but the CAMEO dictionaries know (events/records.h,
// AddDictionaryTriggers): event nouns, verbs after "to" or a modal, past-tense verbs after a subject and the verbs the
// part-of-speech tagger reads as finite after a subject; never an adjective after a determiner ("the armed forces").
#include <gtest/gtest.h>

#include <string>

#include "newsgraph/newsgraph.h"

namespace newsgraph {
namespace {

// "word:TYPE" for each event the pipeline lists with --events all, in text order.
std::string Events(const std::string& text) {
  PipelineOptions options;
  options.all_events = true;
  static const auto pipeline = Pipeline::Create(options);
  EXPECT_TRUE(pipeline.ok());
  Document doc;
  doc.text = text;
  doc.date = Date{2025, 5, 27};
  auto a = (*pipeline)->Analyze(doc);
  if (!a.ok()) return "error";
  std::string out;
  for (const Event& e : a->events)
    out += (out.empty() ? "" : " ") + std::string(e.mentions.front().span.In(text)) + ":" + (e.type.empty() ? "-" : e.type);
  return out;
}

TEST(EventDictionaryTriggers, PastTenseVerbsAfterASubject) {
  EXPECT_EQ(Events("Government forces shelled rebel positions near Idlib on Sunday."), "shelled:ASSAULT");
  EXPECT_EQ(Events("Rebels ambushed a convoy of the Malian army."), "ambushed:ASSAULT");
}

// Verbs neither after "to" nor in -ed that the TimeBank tagger passed over: the POS tagger reads them as verbs after a
// noun (both were missed before the tags were used; PLOVER dev records REJECT-0001 and SANCTION-0001).
TEST(EventDictionaryTriggers, VerbsThePosTaggerReadsAfterASubject) {
  const std::string reject = Events("The Palestinians reject proposed Israeli changes to the deal.");
  EXPECT_EQ(reject.rfind("reject:REJECT", 0), 0u) << reject;
  const std::string shot = Events("A Serbian army jet shot down a helicopter carrying truce monitors.");
  EXPECT_EQ(shot.rfind("shot down:ASSAULT", 0), 0u) << shot;
}

TEST(EventDictionaryTriggers, NotAnAdjectiveAfterADeterminer) {
  const std::string events = Events("The armed forces of Sudan held a detailed briefing.");
  EXPECT_EQ(events.find("armed"), std::string::npos) << events;
  EXPECT_EQ(events.find("detailed"), std::string::npos) << events;
}

// A possessive before the participle ("Ecuador's armed forces") or an adverb in "-ly" opening a noun phrase ("when
// heavily armed gunmen") makes it an adjective too; after a subject the adverb leaves it a verb ("Iran quickly armed").
TEST(EventDictionaryTriggers, NotAnAdjectiveAfterAPossessiveOrAnAdverbOpeningAPhrase) {
  const std::string possessive = Events("Kenya's armed forces attacked the camp near Garissa.");
  EXPECT_EQ(possessive.find("armed"), std::string::npos) << possessive;
  EXPECT_NE(possessive.find("attacked:ASSAULT"), std::string::npos) << possessive;  // its subject whole again
  const std::string adverb = Events("Paris was hit in November, when heavily armed gunmen killed 130 people.");
  EXPECT_EQ(adverb.find("armed"), std::string::npos) << adverb;
  const std::string verb = Events("The rebels said Iran quickly armed the militias in Yemen.");
  EXPECT_NE(verb.find("armed:"), std::string::npos) << verb;
}

}  // namespace
}  // namespace newsgraph
