// Real output validated against docs/newsgraph.schema.json, with objects treated as closed: a key the schema does not
// list fails, so that every output field is documented.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "test_util.h"

namespace newsgraph {
namespace {

using nlohmann::json;

class Validator {
 public:
  explicit Validator(json root) : root_(std::move(root)) {}

  // Returns an empty string when `value` conforms, else where and why it does not.
  std::string Check(const json& value, const json& schema, const std::string& path) const {
    if (schema.contains("$ref")) return Check(value, Resolve(schema["$ref"]), path);
    if (schema.contains("oneOf")) {
      int matches = 0;
      std::string last;
      for (const auto& option : schema["oneOf"]) {
        const std::string e = Check(value, option, path);
        if (e.empty()) ++matches; else last = e;
      }
      if (matches != 1) return path + ": matches " + std::to_string(matches) + " of oneOf (" + last + ")";
    }
    const json parts = schema.value("allOf", json::array());
    for (const auto& part : parts) {
      const std::string e = CheckOpen(value, part, path);
      if (!e.empty()) return e;
    }
    if (schema.contains("type") && !HasType(value, schema["type"])) return path + ": wrong type " + value.dump(-1).substr(0, 80);
    if (schema.contains("const") && value != schema["const"]) return path + ": not " + schema["const"].dump();
    if (schema.contains("enum")) {
      bool found = false;
      for (const auto& v : schema["enum"]) found |= v == value;
      if (!found) return path + ": " + value.dump() + " not in enum";
    }
    if (value.is_number()) {
      if (schema.contains("minimum") && value.get<double>() < schema["minimum"].get<double>()) return path + ": below minimum";
      if (schema.contains("maximum") && value.get<double>() > schema["maximum"].get<double>()) return path + ": above maximum";
    }
    if (value.is_string() && schema.contains("pattern") &&
        !std::regex_search(value.get<std::string>(), std::regex(schema["pattern"].get<std::string>())))
      return path + ": does not match " + schema["pattern"].get<std::string>();
    if (value.is_array() && schema.contains("items")) {
      for (size_t i = 0; i < value.size(); ++i) {
        const std::string e = Check(value[i], schema["items"], path + "[" + std::to_string(i) + "]");
        if (!e.empty()) return e;
      }
    }
    if (value.is_object() && (schema.contains("properties") || schema.contains("required"))) {
      const json required = schema.value("required", json::array());
      for (const auto& key : required)
        if (!value.contains(key.get<std::string>())) return path + ": missing required " + key.get<std::string>();
      const json allowed = AllowedKeys(schema);
      for (const auto& [key, child] : value.items()) {
        if (!allowed.contains(key)) return path + ": key \"" + key + "\" is not in the schema";
        if (schema.contains("properties") && schema["properties"].contains(key)) {
          const std::string e = Check(child, schema["properties"][key], path + "." + key);
          if (!e.empty()) return e;
        }
      }
    }
    return "";
  }

 private:
  // allOf members are checked for their own constraints only; closedness is judged by the enclosing schema.
  std::string CheckOpen(const json& value, const json& schema, const std::string& path) const {
    json open = schema.contains("$ref") ? Resolve(schema["$ref"]) : schema;
    if (!value.is_object()) return Check(value, open, path);
    const json required = open.value("required", json::array());
    for (const auto& key : required)
      if (!value.contains(key.get<std::string>())) return path + ": missing required " + key.get<std::string>();
    const json properties = open.value("properties", json::object());
    for (const auto& [key, sub] : properties.items())
      if (value.contains(key)) {
        const std::string e = Check(value[key], sub, path + "." + key);
        if (!e.empty()) return e;
      }
    return "";
  }

  json AllowedKeys(const json& schema) const {
    json keys = json::object();
    const json properties = schema.value("properties", json::object());
    for (const auto& [key, sub] : properties.items()) keys[key] = true;
    const json parts = schema.value("allOf", json::array());
    for (const auto& part : parts) {
      const json inherited = AllowedKeys(part.contains("$ref") ? Resolve(part["$ref"]) : part);
      for (const auto& [key, sub] : inherited.items()) keys[key] = true;
    }
    return keys;
  }

  json Resolve(const std::string& ref) const {
    return root_.at(json::json_pointer(ref.substr(1)));  // "#/$defs/span" -> "/$defs/span"
  }

  static bool HasType(const json& value, const json& type) {
    if (type.is_array()) {
      for (const auto& t : type)
        if (HasType(value, t)) return true;
      return false;
    }
    const std::string t = type;
    if (t == "object") return value.is_object();
    if (t == "array") return value.is_array();
    if (t == "string") return value.is_string();
    if (t == "integer") return value.is_number_integer();
    if (t == "number") return value.is_number();
    if (t == "boolean") return value.is_boolean();
    if (t == "null") return value.is_null();
    return false;
  }

  json root_;
};

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    schema_ = json::parse(testing::ReadFileOrDie(testing::SourcePath("docs/newsgraph.schema.json")));
  }
  std::string Validate(const std::string& line) const {
    return Validator(schema_).Check(json::parse(line), schema_, "$");
  }
  json schema_;
};

TEST_F(SchemaTest, ValidatorCatchesUndocumentedKeysAndWrongTypes) {
  EXPECT_NE(Validate(R"({"schema":"newsgraph/3","id":null,"error":"x","surprise":1})"), "");
  EXPECT_NE(Validate(R"({"schema":"newsgraph/3","id":3,"error":"x"})"), "");
  EXPECT_EQ(Validate(R"({"schema":"newsgraph/3","id":"a","line":2,"error":"x"})"), "");
}

TEST_F(SchemaTest, RecordsConform) {
  for (const std::string& file : {std::string("tests/fixtures/starmer-eu.txt"), std::string("examples/harbour-strike.txt")}) {
    const auto r = testing::RunNewsgraph("extract --tokens --date 2025-04-22 " + testing::SourcePath(file));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(Validate(r.out), "") << file;
  }
  const auto repaired = testing::RunNewsgraph("extract --repair -", "Bad \xFF byte.");
  EXPECT_EQ(Validate(repaired.out), "");
  const auto batch = testing::RunNewsgraph("extract --jsonl -",
                                           "{\"id\":\"a\",\"text\":\"Hi.\",\"title\":\"T\",\"url\":\"u\"}\nnot json\n");
  for (const std::string& line : testing::Lines(batch.out)) EXPECT_EQ(Validate(line), "") << line;
  // Web pages: a record with `source` and paragraph html ranges, and a skipped record (a page in French).
  const auto web = testing::RunNewsgraph("extract --warc " + testing::SourcePath("tests/fixtures/html/news.warc.gz"));
  const auto web_lines = testing::Lines(web.out);
  ASSERT_EQ(web_lines.size(), 2u) << web.err;
  for (const std::string& line : web_lines) EXPECT_EQ(Validate(line), "") << line.substr(0, 300);
}

}  // namespace
}  // namespace newsgraph
