#include "DotPrecheck.h"

#include "core/TextCheck.h"
#include "core/UserError.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace speelveld {
namespace {

struct Token {
    enum Kind { End, Name, Punct, EdgeOp } kind = End;
    std::string_view text;
    bool quoted = false; ///< a quoted or HTML string: never a keyword
    std::size_t line = 1;
};

bool nameStart(unsigned char c)
{
    const unsigned lower = c | 0x20u;
    return c == '_' || (lower >= 'a' && lower <= 'z') || c >= 0x80;
}
bool nameChar(unsigned char c) { return nameStart(c) || (c >= '0' && c <= '9'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

/// DOT's lexical rules, as far as they decide where a token ends (graphviz lib/cgraph/scan.l).
class Lexer {
public:
    Lexer(std::string_view text, const std::string& file, const DotLimits& limits)
        : text_(text), file_(file), limits_(limits)
    {}

    Token peek()
    {
        if (!hasPeeked_) {
            peeked_ = scan();
            hasPeeked_ = true;
        }
        return peeked_;
    }
    Token next()
    {
        Token token = peek();
        hasPeeked_ = false;
        return token;
    }
    [[noreturn]] void fail(std::size_t line, const std::string& problem, const std::string& hint) const
    {
        throw UserError(file_, "line " + std::to_string(line), problem, hint);
    }

private:
    char at(std::size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

    void skipBlank()
    {
        bool lineStart = pos_ == 0 || text_[pos_ - 1] == '\n';
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '\n') {
                ++line_;
                ++pos_;
                lineStart = true;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
                ++pos_;
            } else if (c == '#' && lineStart) {
                skipTo("\n");
            } else if (c == '/' && at(pos_ + 1) == '/') {
                skipTo("\n");
            } else if (c == '/' && at(pos_ + 1) == '*') {
                pos_ += 2;
                skipTo("*/");
                pos_ = std::min(pos_ + 2, text_.size());
                lineStart = false;
            } else {
                return;
            }
        }
    }

    void skipTo(std::string_view end)
    {
        const std::size_t found = std::min(text_.find(end, pos_), text_.size());
        for (std::size_t i = pos_; i < found; ++i) {
            line_ += text_[i] == '\n' ? 1 : 0;
        }
        pos_ = found;
    }

    void checkLength(std::size_t bytes, std::size_t line) const
    {
        if (bytes > limits_.maxTokenBytes) {
            fail(line, "a name or text is longer than the limit of " + std::to_string(limits_.maxTokenBytes) + " bytes",
                 "Shorten it; Graphviz reads very long names slowly");
        }
    }

    /// A quoted string and any "+"-joined strings after it: their length counts together.
    std::size_t quotedLength()
    {
        std::size_t total = 0;
        while (true) {
            const std::size_t start = ++pos_;
            while (pos_ < text_.size() && text_[pos_] != '"') {
                line_ += text_[pos_] == '\n' ? 1 : 0;
                pos_ += text_[pos_] == '\\' && pos_ + 1 < text_.size() ? 2 : 1;
            }
            total += pos_ - start;
            pos_ = std::min(pos_ + 1, text_.size());
            const std::size_t afterString = pos_;
            const std::size_t lineAfter = line_;
            skipBlank();
            if (at(pos_) == '+') {
                ++pos_;
                skipBlank();
                if (at(pos_) == '"') {
                    continue;
                }
            }
            pos_ = afterString;
            line_ = lineAfter;
            return total;
        }
    }

    Token scan()
    {
        skipBlank();
        Token token;
        token.line = line_;
        if (pos_ >= text_.size()) {
            return token;
        }
        const std::size_t start = pos_;
        const char c = text_[pos_];
        if (c == '"') {
            checkLength(quotedLength(), token.line);
            token.kind = Token::Name;
            token.quoted = true;
        } else if (c == '<') {
            std::size_t depth = 0;
            do {
                const char h = text_[pos_];
                depth += h == '<' ? 1 : 0;
                depth -= h == '>' ? 1 : 0;
                line_ += h == '\n' ? 1 : 0;
                if (depth > limits_.maxDepth) {
                    fail(token.line, "an HTML text is nested deeper than " + std::to_string(limits_.maxDepth),
                         "Simplify the label");
                }
                ++pos_;
            } while (depth > 0 && pos_ < text_.size());
            checkLength(pos_ - start, token.line);
            token.kind = Token::Name;
            token.quoted = true;
        } else if (c == '-' && (at(pos_ + 1) == '>' || at(pos_ + 1) == '-')) {
            pos_ += 2;
            token.kind = Token::EdgeOp;
        } else if (digit(c) || c == '.' || (c == '-' && (digit(at(pos_ + 1)) || at(pos_ + 1) == '.'))) {
            ++pos_;
            while (pos_ < text_.size() && (digit(text_[pos_]) || text_[pos_] == '.')) {
                ++pos_;
            }
            checkLength(pos_ - start, token.line);
            token.kind = Token::Name;
        } else if (nameStart(static_cast<unsigned char>(c))) {
            while (pos_ < text_.size() && nameChar(static_cast<unsigned char>(text_[pos_]))) {
                ++pos_;
            }
            checkLength(pos_ - start, token.line);
            token.kind = Token::Name;
        } else {
            ++pos_;
            token.kind = Token::Punct;
        }
        token.text = text_.substr(start, pos_ - start);
        return token;
    }

    std::string_view text_;
    const std::string& file_;
    const DotLimits& limits_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    // Not a std::optional: g++ 12 warns that its payload "may be used uninitialized" here, wrongly.
    Token peeked_;
    bool hasPeeked_ = false;
};

bool keyword(const Token& token, std::string_view word)
{
    if (token.kind != Token::Name || token.quoted || token.text.size() != word.size()) {
        return false;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
        if ((token.text[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

bool punct(const Token& token, char c)
{
    return token.kind == Token::Punct && token.text.size() == 1 && token.text[0] == c;
}

/// One { } body: how many node mentions it holds, and the edge statement in progress in it.
struct Frame {
    std::uint64_t members = 0;
    std::uint64_t lastOperand = 0;
    bool edgePending = false;
};

} // namespace

void precheckDot(const std::string& text, const std::string& fileName, const DotLimits& limits)
{
    if (text.size() > limits.maxBytes) {
        throw UserError(fileName, "",
                        "the file is larger than the limit of " + std::to_string(limits.maxBytes / (1024 * 1024)) +
                            " MiB",
                        "Import a smaller network");
    }
    if (const auto bad = firstInvalidUtf8(text)) {
        throw UserError(fileName, "line " + std::to_string(lineAt(text, *bad)),
                        text[*bad] == '\0' ? "the file holds a NUL byte, so it is not DOT text"
                                           : "the file is not text in UTF-8",
                        "Save the DOT file as UTF-8 text");
    }
    Lexer lexer(text, fileName, limits);
    std::vector<Frame> frames(1);
    std::unordered_set<std::string_view> nodes;
    std::uint64_t edges = 0;
    const auto operand = [&](std::uint64_t size, std::size_t line) {
        Frame& frame = frames.back();
        if (frame.edgePending) {
            edges += frame.lastOperand * size;
            if (edges > limits.maxEdges) {
                lexer.fail(line,
                           "the edges up to here make more than " + std::to_string(limits.maxEdges) +
                               " relations, the limit (an edge between two { } sets joins every member of one "
                               "with every member of the other)",
                           "Write the edges one by one, or import a smaller network");
            }
        }
        frame.edgePending = false;
        frame.lastOperand = size;
    };
    for (Token token = lexer.next(); token.kind != Token::End; token = lexer.next()) {
        if (punct(token, '[')) {
            while (token.kind != Token::End && !punct(token, ']')) {
                token = lexer.next();
            }
        } else if (punct(token, '{')) {
            frames.emplace_back();
            if (frames.size() > limits.maxDepth) {
                lexer.fail(token.line, "{ } are nested deeper than " + std::to_string(limits.maxDepth),
                           "Simplify the subgraphs");
            }
        } else if (punct(token, '}')) {
            if (frames.size() > 1) {
                const std::uint64_t members = frames.back().members;
                frames.pop_back();
                frames.back().members += members;
                operand(members, token.line);
            }
        } else if (token.kind == Token::EdgeOp) {
            frames.back().edgePending = true;
        } else if (punct(token, ';')) {
            frames.back().edgePending = false;
            frames.back().lastOperand = 0;
        } else if (token.kind == Token::Name) {
            if (keyword(token, "strict") || keyword(token, "node") || keyword(token, "edge")) {
                continue;
            }
            if (keyword(token, "graph") || keyword(token, "digraph") || keyword(token, "subgraph")) {
                if (lexer.peek().kind == Token::Name) {
                    lexer.next(); // the graph's or subgraph's own name
                }
                continue;
            }
            if (punct(lexer.peek(), '=')) {
                lexer.next();
                lexer.next(); // name = value: an attribute, not a node
                continue;
            }
            while (punct(lexer.peek(), ':')) {
                lexer.next();
                lexer.next(); // a port: node:port:compass
            }
            nodes.insert(token.text);
            if (nodes.size() > limits.maxNodes) {
                lexer.fail(token.line,
                           "the file has more than " + std::to_string(limits.maxNodes) + " nodes, the limit",
                           "Import a smaller network");
            }
            frames.back().members += 1;
            operand(1, token.line);
        }
    }
}

} // namespace speelveld
