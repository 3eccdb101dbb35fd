#include "UserError.h"

namespace speelveld {
namespace {

std::string compose(const std::string& file, const std::string& place, const std::string& problem,
                    const std::string& hint)
{
    std::string text = file;
    if (!place.empty()) {
        text += ": " + place;
    }
    text += ": " + problem;
    if (!hint.empty()) {
        text += ". " + hint;
    }
    return text;
}

} // namespace

UserError::UserError(std::string file, std::string place, std::string problem, std::string hint)
    : std::runtime_error(compose(file, place, problem, hint)), file_(std::move(file)), place_(std::move(place)),
      problem_(std::move(problem)), hint_(std::move(hint))
{}

} // namespace speelveld
