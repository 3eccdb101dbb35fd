// Runs a harness over files without libFuzzer, so every test build (g++, the ASan preset) replays the seed
// corpus and every input that once failed. Arguments are files or folders (their files, sorted; names starting
// with '.' are skipped). A finding aborts, as it would under libFuzzer; the file being read is printed first.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputsOf(const std::filesystem::path& argument)
{
    if (!std::filesystem::is_directory(argument)) {
        return {argument};
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(argument)) {
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.') {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path argument(argv[i]);
        if (!std::filesystem::exists(argument)) {
            std::fprintf(stderr, "%s: there is no such file or folder\n", argv[i]);
            return 1;
        }
        for (const auto& file : inputsOf(argument)) {
            std::ifstream in(file, std::ios::binary);
            std::vector<char> bytes(std::filesystem::file_size(file));
            if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
                std::fprintf(stderr, "%s: cannot be read\n", file.c_str());
                return 1;
            }
            std::printf("%s (%zu bytes)\n", file.c_str(), bytes.size());
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++count;
        }
    }
    std::printf("%zu inputs, no findings\n", count);
    return 0;
}
