// Build step (src/CMakeLists.txt): writes data/places/gazetteer.bin with its payload inflated ("stored": the same
// 24-byte header, the compressed size 0, then the payload itself), which the library compiles in
// (src/lang/gazetteer_data.cc), so that a process reads the gazetteer in place instead of inflating 11 MB at every
// start. The payload's CRC-32 is checked here, once.
//
//   store_gazetteer data/places/gazetteer.bin build/src/gazetteer.stored
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

namespace {

uint32_t ReadU32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

int Fail(const char* what) {
  std::fprintf(stderr, "store_gazetteer: %s\n", what);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) return Fail("usage: store_gazetteer GAZETTEER_BIN OUTPUT");
  std::ifstream in(argv[1], std::ios::binary);
  const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  constexpr size_t kHeaderSize = 24;
  if (file.size() < kHeaderSize || std::memcmp(file.data(), "NGGAZETR", 8) != 0) return Fail("not a gazetteer file");
  const uint32_t payload_size = ReadU32(file.data() + 12), crc = ReadU32(file.data() + 16),
                 compressed = ReadU32(file.data() + 20);
  if (compressed == 0 || compressed != file.size() - kHeaderSize) return Fail("sizes do not match");
  std::string out(kHeaderSize + payload_size, '\0');
  std::memcpy(out.data(), file.data(), 20);  // magic, version, payload size, CRC; the compressed size stays 0
  uLongf inflated = payload_size;
  if (uncompress(reinterpret_cast<Bytef*>(out.data() + kHeaderSize), &inflated,
                 reinterpret_cast<const Bytef*>(file.data() + kHeaderSize), compressed) != Z_OK ||
      inflated != payload_size)
    return Fail("the compressed payload does not inflate");
  if (crc32(0, reinterpret_cast<const Bytef*>(out.data() + kHeaderSize), payload_size) != crc)
    return Fail("bad checksum");
  const std::string tmp = std::string(argv[2]) + ".tmp";
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    o.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!o) return Fail("cannot write the output");
  }
  if (std::rename(tmp.c_str(), argv[2]) != 0) return Fail("cannot rename the output");
  return 0;
}
