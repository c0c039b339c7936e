// Finding the models directory, in a build tree, an installed tree or the source tree, and describing the NER model.
#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>

#include "core/stages.h"
#include "ner/model.h"
#include "newsgraph/models.h"

namespace newsgraph {

namespace fs = std::filesystem;

static_assert(std::string_view(kNerModelFile) == ner::kDefaultModelFile);

std::string ResolveModelsDir(const std::string& models_dir) {
  if (!models_dir.empty()) return models_dir;
  if (const char* env = std::getenv("NEWSGRAPH_MODELS"); env && *env) return env;
  std::error_code ec;
  // An installed program (<prefix>/bin/newsgraph beside <prefix>/share/newsgraph/models) or a build tree
  // (build/newsgraph beside the source tree's models/).
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const fs::path& candidate : {exe.parent_path().parent_path() / "share" / "newsgraph" / "models",
                                      exe.parent_path().parent_path() / "models", exe.parent_path() / "models"}) {
      if (fs::is_directory(candidate, ec)) return candidate.string();
    }
  }
  // A program linked with the installed shared library: the models are where the library was installed with them.
  Dl_info library{};
  if (dladdr(reinterpret_cast<void*>(&ResolveModelsDir), &library) != 0 && library.dli_fname != nullptr) {
    const fs::path candidate = fs::path(library.dli_fname).parent_path() / NEWSGRAPH_MODELS_FROM_LIBDIR;
    if (fs::is_directory(candidate, ec)) return candidate.lexically_normal().string();
  }
  if (fs::is_directory(NEWSGRAPH_INSTALLED_MODELS_DIR, ec)) return NEWSGRAPH_INSTALLED_MODELS_DIR;
  return std::string(NEWSGRAPH_SOURCE_DIR) + "/models";
}

StatusOr<ModelInfo> ReadNerModelInfo(const std::string& models_dir) {
  ModelInfo info;
  info.path = ResolveModelsDir(models_dir) + "/" + kNerModelFile;
  std::ifstream in(info.path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "NER model not found: " + info.path);
  // Header (ner/model.h): magic, u32 format version, u32 byte-order mark, u64 feature-set fingerprint, u64 payload
  // size, u64 payload checksum; the payload starts with the metadata as a u32 length and its bytes.
  char header[8 + 4 + 4 + 8 + 8 + 8 + 4];
  in.read(header, sizeof header);
  auto little_endian = [&](size_t offset, int bytes) {
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
      v |= static_cast<uint64_t>(static_cast<unsigned char>(header[offset + i])) << (8 * i);
    return v;
  };
  if (in.gcount() != static_cast<std::streamsize>(sizeof header) ||
      std::memcmp(header, ner::kModelMagic, sizeof ner::kModelMagic) != 0)
    return Status(StatusCode::kCorrupt, info.path + " is not a newsgraph NER model");
  info.format_version = static_cast<uint32_t>(little_endian(8, 4));
  info.checksum = little_endian(32, 8);
  const uint64_t metadata_bytes = little_endian(40, 4);
  std::error_code ec;
  info.bytes = fs::file_size(info.path, ec);
  if (metadata_bytes > info.bytes) return Status(StatusCode::kCorrupt, info.path + " has a bad metadata size");
  info.metadata.resize(metadata_bytes);
  in.read(info.metadata.data(), static_cast<std::streamsize>(metadata_bytes));
  if (static_cast<uint64_t>(in.gcount()) != metadata_bytes)
    return Status(StatusCode::kCorrupt, info.path + " is truncated");
  auto model = ner::NerModel::Load(info.path);
  info.load_status = model.ok() ? Status::Ok() : model.status();
  return info;
}

namespace internal {

std::string ResolveModelsDir(const PipelineOptions& options) { return newsgraph::ResolveModelsDir(options.models_dir); }

}  // namespace internal
}  // namespace newsgraph
