#include "FileReplacement.h"

#include "UserError.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <random>
#include <string_view>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace speelveld {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSaving = ".saving-";
/// What SQLite (its rollback journal) and commit() (the backup on its way to FILE.bak) add to a temporary name.
constexpr std::array<std::string_view, 2> kCompanions{"-journal", ".bak"};

std::error_code lastError() { return {errno, std::generic_category()}; }

/// An open file descriptor that is closed when it goes.
class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor()
    {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

/// Asks the system to put the file's (or folder's) contents on the disk itself.
std::error_code flush(const fs::path& path, bool directory)
{
    const Descriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0)));
    if (file.get() < 0) {
        return lastError();
    }
    // EINVAL: this file system has nothing to flush (it keeps no cache of its own).
    if (::fsync(file.get()) != 0 && errno != EINVAL) {
        return lastError();
    }
    return {};
}

std::string hostName()
{
    std::array<char, 256> name{};
    if (::gethostname(name.data(), name.size() - 1) != 0 || name[0] == '\0') {
        return "host";
    }
    return name.data();
}

/// Who wrote a temporary file: `.NAME.saving-HOST-PID-NUMBER`, perhaps followed by one of kCompanions.
struct Writer {
    std::string host;
    pid_t pid = 0;
};

std::optional<Writer> writerOf(std::string name, const fs::path& target)
{
    const std::string prefix = "." + target.filename().string() + std::string(kSaving);
    if (name.rfind(prefix, 0) != 0) {
        return std::nullopt;
    }
    name.erase(0, prefix.size());
    for (const std::string_view companion : kCompanions) {
        if (name.size() > companion.size() &&
            name.compare(name.size() - companion.size(), companion.size(), companion.data(), companion.size()) == 0) {
            name.erase(name.size() - companion.size());
            break;
        }
    }
    const auto numberDash = name.rfind('-');
    if (numberDash == std::string::npos || numberDash == 0) {
        return std::nullopt;
    }
    const auto pidDash = name.rfind('-', numberDash - 1);
    if (pidDash == std::string::npos) {
        return std::nullopt;
    }
    const std::string pid = name.substr(pidDash + 1, numberDash - pidDash - 1);
    const std::string number = name.substr(numberDash + 1);
    auto digits = [](const std::string& text) {
        return !text.empty() && text.size() < 11 && text.find_first_not_of("0123456789") == std::string::npos;
    };
    if (!digits(pid) || !digits(number)) {
        return std::nullopt;
    }
    return Writer{name.substr(0, pidDash), static_cast<pid_t>(std::stol(pid))};
}

fs::path folderOf(const fs::path& file) { return file.parent_path().empty() ? fs::path(".") : file.parent_path(); }

/// Removes the leftovers of saves on this computer whose process is gone (killed, or the power went). A
/// temporary file of a running process, or of another computer sharing the folder, is left alone: it may
/// be a save in progress.
void removeLeftovers(const fs::path& target)
{
    const std::string host = hostName();
    std::error_code error;
    fs::directory_iterator entry(folderOf(target), error);
    for (; !error && entry != fs::directory_iterator(); entry.increment(error)) {
        const auto writer = writerOf(entry->path().filename().string(), target);
        if (!writer || writer->host != host || writer->pid <= 0) {
            continue;
        }
        if (::kill(writer->pid, 0) != 0 && errno == ESRCH) {
            std::error_code ignored;
            fs::remove(entry->path(), ignored);
        }
    }
}

bool diskFull(const std::error_code& cause) { return cause.value() == ENOSPC || cause.value() == EDQUOT; }

/// The cause of a failed step in words a user can act on.
std::string describe(const std::error_code& cause)
{
    if (diskFull(cause)) {
        return "the disk is full";
    }
    switch (cause.value()) {
    case EROFS:
        return "the disk is read-only";
    case EACCES:
    case EPERM:
        return "writing there is not allowed";
    case EIO:
        return "the disk reported an error";
    default:
        return cause.message();
    }
}

[[noreturn]] void fail(const fs::path& target, const std::string& step, const std::error_code& cause,
                       const std::string& otherwise)
{
    throw UserError(
        target.string(), "", step + " (" + describe(cause) + ")",
        "Your previous file is unchanged; " +
            (diskFull(cause) ? std::string("free some space on the disk, or save on another disk") : otherwise));
}

} // namespace

std::optional<std::string> readOnlyReason(const fs::path& file)
{
    constexpr mode_t anyWrite = S_IWUSR | S_IWGRP | S_IWOTH;
    struct stat status {};
    if (::stat(file.c_str(), &status) == 0 && ((status.st_mode & anyWrite) == 0 || ::access(file.c_str(), W_OK) != 0)) {
        return "the file is read-only";
    }
    const fs::path folder = folderOf(file);
    if (::stat(folder.c_str(), &status) == 0 &&
        ((status.st_mode & anyWrite) == 0 || ::access(folder.c_str(), W_OK | X_OK) != 0)) {
        return "the folder " + folder.string() + " is read-only";
    }
    return std::nullopt;
}

bool isSaveLeftover(const fs::path& entry, const fs::path& target)
{
    return writerOf(entry.filename().string(), target).has_value();
}

FileReplacement::FileReplacement(fs::path target) : target_(std::move(target))
{
    removeLeftovers(target_);
    std::random_device entropy;
    temporary_ = folderOf(target_) / ("." + target_.filename().string() + std::string(kSaving) + hostName() + "-" +
                                      std::to_string(::getpid()) + "-" + std::to_string(entropy()));
}

FileReplacement::~FileReplacement()
{
    if (committed_) {
        return;
    }
    std::error_code ignored;
    fs::remove(temporary_, ignored);
    for (const std::string_view companion : kCompanions) {
        fs::remove(temporary_.string() + std::string(companion), ignored);
    }
}

void FileReplacement::commit()
{
    const std::string elsewhere = "save under another name or in another folder";
    if (const auto error = flush(temporary_, false)) {
        fail(target_, "the saved copy could not be put on the disk", error, elsewhere);
    }
    std::error_code error;
    const fs::file_status old = fs::status(target_, error);
    if (fs::exists(old)) {
        // Saving keeps a file private if it was: the new version gets the old one's permissions.
        fs::permissions(temporary_, old.permissions(), error);
        if (error) {
            fail(target_, "the new version could not get the permissions of the old file", error, elsewhere);
        }
        // The backup is made beside the temporary file and then renamed, so a failure keeps the last FILE.bak.
        const fs::path backup = target_.string() + ".bak";
        const fs::path nextBackup = temporary_.string() + ".bak";
        fs::create_hard_link(target_, nextBackup, error);
        if (error) { // a file system without hard links: copy instead
            fs::copy_file(target_, nextBackup, fs::copy_options::overwrite_existing, error);
            if (!error) {
                error = flush(nextBackup, false);
            }
            if (error) {
                fail(target_, "the previous version could not be kept as " + backup.filename().string(), error,
                     elsewhere);
            }
        }
        fs::rename(nextBackup, backup, error);
        if (error) {
            fail(target_, backup.filename().string() + " could not be replaced", error,
                 "move " + backup.filename().string() + " out of the way, or " + elsewhere);
        }
        // rename() does nothing when both names are links to one file (FILE.bak already was the file, after a
        // save that failed at its last step); the second name must not stay behind.
        fs::remove(nextBackup, error);
    }
    fs::rename(temporary_, target_, error);
    if (error) {
        fail(target_, "the new version could not take the place of the old one", error, elsewhere);
    }
    committed_ = true;
    // Makes the rename itself durable. A folder that cannot be flushed (some network shares) does not undo
    // the save, which is complete by now.
    flush(folderOf(target_), true);
}

} // namespace speelveld
