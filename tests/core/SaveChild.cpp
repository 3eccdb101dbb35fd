// A process that saves projects for the tests that kill it or make its file system fail.
//
//   save_child loop FILE ACTORS FIRST
//       Generates project 0 (seed 1) and project 1 (seed 2) of about ACTORS actors, says "ready", then saves
//       them over FILE in turn, FIRST first, saying "saved WHICH MILLISECONDS" after each save, until killed.
//   save_child fail FILE ACTORS SEED [--fail CALLS ERRNO]... [--file-size BYTES]
//       Generates one project, then makes the system calls CALLS (rename, link, copy, fsync, chmod) fail with
//       ERRNO (seccomp) and limits the size of files it may write (RLIMIT_FSIZE, SIGXFSZ ignored); saves once
//       and says "saved" or "error MESSAGE".
#include "core/Generator.h"
#include "core/ProjectFile.h"
#include "core/UserError.h"

#include <array>
#include <chrono>
#include <csignal>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <map>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

using namespace speelveld;

namespace {

#if defined(__x86_64__)
constexpr unsigned kArch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
constexpr unsigned kArch = AUDIT_ARCH_AARCH64;
#else
#error "save_child knows the seccomp architecture of x86-64 and arm64 only"
#endif

/// The system calls behind each step a save can fail at.
std::vector<long> callsOf(const std::string& step)
{
    static const std::map<std::string, std::vector<long>> calls{
#ifdef __NR_rename
        {"rename", {__NR_rename, __NR_renameat, __NR_renameat2}}, {"link", {__NR_link, __NR_linkat}},
        {"chmod", {__NR_chmod, __NR_fchmod, __NR_fchmodat}},
#else
        {"rename", {__NR_renameat, __NR_renameat2}},     {"link", {__NR_linkat}},
        {"chmod", {__NR_fchmod, __NR_fchmodat}},
#endif
        {"copy", {__NR_sendfile, __NR_copy_file_range}},          {"fsync", {__NR_fsync, __NR_fdatasync}},
    };
    const auto found = calls.find(step);
    if (found == calls.end()) {
        std::fprintf(stderr, "save_child: unknown step %s\n", step.c_str());
        std::exit(2);
    }
    return found->second;
}

/// From here on, the calls fail with their errno, as a broken or full disk would make them fail.
void failCalls(const std::vector<std::pair<long, int>>& failures)
{
    std::vector<sock_filter> program{
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, kArch, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
    };
    for (const auto& [call, error] : failures) {
        program.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, static_cast<unsigned>(call), 0, 1));
        program.push_back(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (static_cast<unsigned>(error) & 0xffff)));
    }
    program.push_back(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
    const sock_fprog filter{static_cast<unsigned short>(program.size()), program.data()};
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || ::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &filter) != 0) {
        std::perror("save_child: seccomp");
        std::exit(3);
    }
}

Project generated(const char* actors, std::uint64_t seed)
{
    return generateProject({.actors = std::strtoul(actors, nullptr, 10), .seed = seed});
}

int loop(char** argv)
{
    const std::array<Project, 2> projects{generated(argv[3], 1), generated(argv[3], 2)};
    const int first = std::atoi(argv[4]);
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0; i < 1000; ++i) {
        const int which = (first + i) % 2;
        const auto start = std::chrono::steady_clock::now();
        saveProject(projects.at(static_cast<std::size_t>(which)), argv[2]);
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        std::printf("saved %d %.3f\n", which, took.count());
        std::fflush(stdout);
    }
    return 0;
}

int failing(int argc, char** argv)
{
    const Project project = generated(argv[3], std::strtoull(argv[4], nullptr, 10));
    std::vector<std::pair<long, int>> failures;
    for (int i = 5; i < argc; ++i) {
        const std::string option = argv[i];
        if (option == "--fail" && i + 2 < argc) {
            for (const long call : callsOf(argv[i + 1])) {
                failures.emplace_back(call, std::atoi(argv[i + 2]));
            }
            i += 2;
        } else if (option == "--file-size" && i + 1 < argc) {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG instead of killing us
            const rlimit limit{std::strtoul(argv[i + 1], nullptr, 10), std::strtoul(argv[i + 1], nullptr, 10)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            i += 1;
        } else {
            std::fprintf(stderr, "save_child: unknown option %s\n", option.c_str());
            return 2;
        }
    }
    if (!failures.empty()) {
        failCalls(failures);
    }
    try {
        saveProject(project, argv[2]);
        std::printf("saved\n");
    } catch (const UserError& error) {
        std::printf("error %s\n", error.what());
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    ::alarm(120); // never outlive a test that died first
    if (argc >= 5 && std::strcmp(argv[1], "loop") == 0) {
        return loop(argv);
    }
    if (argc >= 5 && std::strcmp(argv[1], "fail") == 0) {
        return failing(argc, argv);
    }
    std::fprintf(stderr, "usage: save_child loop FILE ACTORS FIRST | fail FILE ACTORS SEED [--fail CALLS ERRNO]... "
                         "[--file-size BYTES]\n");
    return 2;
}
