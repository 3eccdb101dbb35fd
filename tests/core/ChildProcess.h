#pragma once
// A program a test starts, reads line by line and may kill (posix_spawn, its standard output on a pipe).

#include <doctest/doctest.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace speelveld::test {

class ChildProcess {
public:
    explicit ChildProcess(const std::vector<std::string>& command)
    {
        int pipe[2] = {-1, -1};
        REQUIRE(::pipe2(pipe, O_CLOEXEC) == 0);
        output_ = pipe[0];
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, pipe[1], STDOUT_FILENO);
        std::vector<char*> argv;
        for (const auto& word : command) {
            argv.push_back(const_cast<char*>(word.c_str())); // posix_spawn's signature, it does not write
        }
        argv.push_back(nullptr);
        const int started = ::posix_spawn(&pid_, argv.front(), &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(pipe[1]);
        REQUIRE_MESSAGE(started == 0, "cannot start " << command.front());
    }
    ~ChildProcess()
    {
        if (pid_ > 0 && !reaped_) {
            ::kill(pid_, SIGKILL);
            wait();
        }
        ::close(output_);
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    /// The next line the child writes, without its newline; nullopt when it writes none in time or has ended.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout = std::chrono::seconds(60))
    {
        const auto until = std::chrono::steady_clock::now() + timeout;
        while (true) {
            if (const auto end = buffer_.find('\n'); end != std::string::npos) {
                std::string line = buffer_.substr(0, end);
                buffer_.erase(0, end + 1);
                return line;
            }
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
            pollfd wanted{output_, POLLIN, 0};
            if (left.count() <= 0 || ::poll(&wanted, 1, static_cast<int>(left.count())) <= 0) {
                return std::nullopt;
            }
            char chunk[4096];
            const ssize_t got = ::read(output_, chunk, sizeof chunk);
            if (got <= 0) {
                return std::nullopt;
            }
            buffer_.append(chunk, static_cast<std::size_t>(got));
        }
    }

    /// Every line left once the child has ended.
    std::vector<std::string> remainingLines()
    {
        std::vector<std::string> lines;
        while (auto line = readLine(std::chrono::seconds(10))) {
            lines.push_back(std::move(*line));
        }
        return lines;
    }

    void kill(int signal) { ::kill(pid_, signal); }
    pid_t pid() const { return pid_; }

    /// Waits for the child to end; its status as waitpid gives it.
    int wait()
    {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        reaped_ = true;
        return status;
    }

private:
    pid_t pid_ = -1;
    int output_ = -1;
    bool reaped_ = false;
    std::string buffer_;
};

} // namespace speelveld::test
