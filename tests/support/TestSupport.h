#pragma once
// Helpers shared by the tests: the shipped examples and a temporary folder that cleans up after itself.

#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace speelveld::test {

inline std::filesystem::path dataFile(const std::string& name)
{
    return std::filesystem::path(SPEELVELD_DATA_DIR) / name;
}

/// Every shipped example network.
inline std::vector<std::filesystem::path> examples()
{
    return {dataFile("delft.json"), dataFile("lerend-netwerk.json"), dataFile("inburgering.json")};
}

/// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
public:
    TempDir()
    {
        std::random_device entropy;
        path_ = std::filesystem::temp_directory_path() / ("speelveld-test-" + std::to_string(entropy()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

} // namespace speelveld::test
