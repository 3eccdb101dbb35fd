#pragma once
// A failure the user can act on: which file, where in it, what is wrong, and what to do.

#include <stdexcept>
#include <string>

namespace speelveld {

/// Thrown for bad files and failed reads or writes; what() reads "FILE: PLACE: PROBLEM. HINT".
class UserError : public std::runtime_error {
public:
    UserError(std::string file, std::string place, std::string problem, std::string hint);

    const std::string& file() const { return file_; }
    const std::string& place() const { return place_; }
    const std::string& problem() const { return problem_; }
    const std::string& hint() const { return hint_; }

private:
    std::string file_;
    std::string place_;
    std::string problem_;
    std::string hint_;
};

} // namespace speelveld
