#include "pos/model.h"

#include "ner/binary_io.h"
#include "ner/model_file.h"
#include "pos/features.h"
#include "pos/tagger.h"

namespace newsgraph::pos {

namespace {

Status Corrupt(const std::string& what) { return Status(StatusCode::kCorrupt, "POS model " + what); }

}  // namespace

std::string PosModel::ToBytes() const {
  ner::BinaryWriter p;
  p.Str(metadata);
  lexicon.Write(&p);
  weights_.Write(&p, 4);  // a 32-bit mask per row (kTagCount = 17)
  p.U32(static_cast<uint32_t>(self_tests.size()));
  for (const PosSelfTest& t : self_tests) {
    p.U32(static_cast<uint32_t>(t.tokens.size()));
    for (size_t i = 0; i < t.tokens.size(); ++i) {
      p.Str(t.tokens[i]);
      p.U8(i < t.tags.size() ? t.tags[i] : 0);
    }
  }
  return ner::WrapModelPayload(kPosModelMagic, kPosFormatVersion, PosFeatures::Fingerprint(), p.data());
}

Status PosModel::Save(const std::string& path) const { return ner::WriteModelFile(path, ToBytes()); }

StatusOr<std::unique_ptr<PosModel>> PosModel::FromBytes(std::string_view bytes) {
  auto envelope = ner::OpenModelEnvelope(bytes, kPosModelMagic, kPosFormatVersion, "POS model");
  if (!envelope.ok()) return envelope.status();
  if (envelope->fingerprint != PosFeatures::Fingerprint())
    return Status(StatusCode::kVersionMismatch,
                  "POS model was trained with another feature set; this newsgraph extracts part-of-speech features v" +
                      std::to_string(kPosFeatureVersion) + ": retrain the model");
  auto model = std::make_unique<PosModel>();
  ner::BinaryReader in(envelope->payload);
  model->metadata = std::string(in.Str());
  NEWSGRAPH_RETURN_IF_ERROR(model->lexicon.Read(&in));
  NEWSGRAPH_RETURN_IF_ERROR(model->weights_.Read(&in, 4, "POS model"));
  const uint32_t tests = in.U32();
  if (!in.ok() || tests > 1000) return Corrupt("is truncated");
  model->self_tests.assign(tests, {});
  for (PosSelfTest& t : model->self_tests) {
    const uint32_t n = in.U32();
    if (n > in.remaining()) return Corrupt("has a bad self-test");
    for (uint32_t i = 0; i < n; ++i) {
      t.tokens.emplace_back(in.Str());
      t.tags.push_back(in.U8());
    }
  }
  if (!in.ok()) return Corrupt("is truncated");
  if (!in.AtEnd()) return Corrupt("has trailing bytes");
  // Self-test: the model must still tag its own sentences as it did when it was saved.
  if (!model->self_tests.empty()) {
    PosTagger tagger(*model);
    Scratch scratch;
    std::vector<Upos> tags;
    for (const PosSelfTest& t : model->self_tests) {
      std::vector<std::string_view> tokens(t.tokens.begin(), t.tokens.end());
      tagger.Tag(tokens, {0, static_cast<uint32_t>(tokens.size())}, &scratch, &tags);
      bool same = tags.size() == t.tags.size();
      for (size_t i = 0; same && i < tags.size(); ++i) same = static_cast<uint8_t>(tags[i]) == t.tags[i];
      if (!same) {
        std::string sentence;
        for (const std::string& tok : t.tokens) sentence += (sentence.empty() ? "" : " ") + tok;
        return Corrupt("fails its self-test on \"" + sentence + "\"");
      }
    }
  }
  return model;
}

StatusOr<std::unique_ptr<PosModel>> PosModel::Load(const std::string& path) {
  auto bytes = ner::ReadModelFile(path, "POS model", " (train one with `newsgraph train pos`)");
  if (!bytes.ok()) return bytes.status();
  auto model = FromBytes(*bytes);
  if (!model.ok()) return Status(model.status().code(), model.status().message() + ": " + path);
  return model;
}

}  // namespace newsgraph::pos
