// A program built against the installed newsgraph: analyses one article and prints its record and the models directory.
#include <fstream>
#include <iostream>
#include <sstream>

#include <newsgraph/newsgraph.h>

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  auto pipeline = newsgraph::Pipeline::Create();
  if (!pipeline.ok()) return std::cerr << pipeline.status().ToString() << "\n", 1;
  newsgraph::Document doc{.id = "article", .text = text.str(), .date = newsgraph::Date::Parse(argv[2]).value()};
  auto analysis = (*pipeline)->Analyze(doc);
  if (!analysis.ok()) return std::cerr << analysis.status().ToString() << "\n", 1;
  std::cout << newsgraph::ToJson(doc, *analysis, {}) << "\n";
  std::cerr << "models: " << newsgraph::ResolveModelsDir() << "\n";
}
