#include "ImportFile.h"

#include "DotFormat.h"
#include "core/GexfFormat.h"
#include "core/GraphmlFormat.h"
#include "core/ProjectFile.h"
#include "core/ProjectLoader.h"
#include "core/UserError.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <string>

namespace speelveld {
namespace {

std::string lowerExtension(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

/// The text after a byte-order mark, white space and comments (XML comments and declarations are left: the
/// root element is searched for instead).
std::string_view skipBlank(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    }
    for (;;) {
        const auto start = text.find_first_not_of(" \t\r\n");
        if (start == std::string_view::npos) {
            return {};
        }
        text.remove_prefix(start);
        if (text.substr(0, 2) == "//" || text.substr(0, 1) == "#") {
            const auto end = text.find('\n');
            text.remove_prefix(end == std::string_view::npos ? text.size() : end);
        } else if (text.substr(0, 2) == "/*") {
            const auto end = text.find("*/");
            if (end == std::string_view::npos) {
                return {};
            }
            text.remove_prefix(end + 2);
        } else {
            return text;
        }
    }
}

bool startsWithWord(std::string_view text, std::string_view word)
{
    if (text.size() < word.size()) {
        return false;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) {
            return false;
        }
    }
    return text.size() == word.size() || !std::isalnum(static_cast<unsigned char>(text[word.size()]));
}

bool looksLikeDot(std::string_view text)
{
    if (startsWithWord(text, "strict")) {
        text = skipBlank(text.substr(6));
    }
    return startsWithWord(text, "graph") || startsWithWord(text, "digraph");
}

} // namespace

std::string_view formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Project:
        return "Speelveld project";
    case FileFormat::SpeelveldJson:
        return "Speelveld JSON";
    case FileFormat::Graphml:
        return "GraphML";
    case FileFormat::Gexf:
        return "GEXF";
    case FileFormat::Dot:
        return "DOT";
    case FileFormat::KumuCsv:
        return "Kumu CSV";
    }
    return "?";
}

FileFormat detectFormat(const std::filesystem::path& file)
{
    std::error_code error;
    if (!std::filesystem::exists(file, error)) {
        throw UserError(file.string(), "", "there is no such file", "Check the name and the folder");
    }
    if (std::filesystem::is_directory(file, error)) {
        throw UserError(file.string(), "", "this is a folder, not a file", "Give the name of a file in it");
    }
    if (looksLikeSqlite(file)) {
        return FileFormat::Project;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError(file.string(), "", "the file cannot be opened", "Check the name and that you may read it");
    }
    // The root element of an XML file comes after its declaration, comments and perhaps a DOCTYPE: 64 KiB is
    // more than any of those take in files other tools write.
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const std::string_view text = skipBlank(head);
    if (text.substr(0, 1) == "{") {
        return FileFormat::SpeelveldJson;
    }
    if (text.substr(0, 1) == "<") {
        if (text.find("<graphml") != std::string_view::npos) {
            return FileFormat::Graphml;
        }
        if (text.find("<gexf") != std::string_view::npos) {
            return FileFormat::Gexf;
        }
        throw UserError(file.string(), "", "this XML file is neither GraphML nor GEXF",
                        "Export the network from your tool as GraphML or GEXF");
    }
    if (looksLikeDot(text)) {
        return FileFormat::Dot;
    }
    const std::string extension = lowerExtension(file);
    if (extension == ".csv" || extension == ".tsv" || extension == ".txt") {
        return FileFormat::KumuCsv;
    }
    throw UserError(file.string(), "", "Speelveld cannot tell what kind of file this is",
                    "Give a Speelveld project or JSON file, GraphML, GEXF, DOT, or CSV files ending in .csv");
}

Imported importFile(const std::filesystem::path& file, const std::optional<std::filesystem::path>& connections,
                    const CsvColumnMapping& mapping)
{
    const FileFormat format = detectFormat(file);
    if (connections && format != FileFormat::KumuCsv) {
        throw UserError(connections->string(), "", "a connections file goes with a CSV elements file only",
                        "Give " + file.filename().string() + " alone, or give a CSV elements file first");
    }
    switch (format) {
    case FileFormat::Project:
    case FileFormat::SpeelveldJson: {
        Imported imported{openProjectFile(file), {}};
        imported.report.format = formatName(format);
        imported.report.notes.push_back("a Speelveld file: read as it is, nothing to map");
        return imported;
    }
    case FileFormat::Graphml:
        return readGraphml(file);
    case FileFormat::Gexf:
        return readGexf(file);
    case FileFormat::Dot:
        return readDot(file);
    case FileFormat::KumuCsv:
        return readKumuCsv(file, connections, mapping);
    }
    throw UserError(file.string(), "", "unknown format", "");
}

Project openAnyFile(const std::filesystem::path& file) { return importFile(file).project; }

} // namespace speelveld
