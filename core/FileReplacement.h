#pragma once
// Replacing a file so that it is, at every moment, either the old version or the new one: the new version is
// written to a temporary file in the same folder, flushed, and renamed over the old one, which is kept as
// FILE.bak. A save killed half-way leaves the old file as it was, plus a temporary file that the next save
// into that folder on this computer removes.

#include <filesystem>
#include <optional>
#include <string>

namespace speelveld {

/// Why Speelveld must not replace `file`: the file or its folder is read-only (nullopt: it may). Looks at
/// the permission bits as well as access(), because for the superuser access() allows nearly everything.
std::optional<std::string> readOnlyReason(const std::filesystem::path& file);

/// Whether `entry` is a file a save of `target` leaves behind only when it is killed (a temporary copy,
/// its SQLite journal, a backup not yet in place).
bool isSaveLeftover(const std::filesystem::path& entry, const std::filesystem::path& target);

/// One replacement of a file: write the new version to temporary(), then commit(). Until commit() has
/// succeeded, the target is untouched and the destructor removes the temporary file and what was
/// written beside it.
class FileReplacement {
public:
    /// Also removes what earlier saves of `target` on this computer left behind when they were killed
    /// (their process no longer runs).
    explicit FileReplacement(std::filesystem::path target);
    ~FileReplacement();
    FileReplacement(const FileReplacement&) = delete;
    FileReplacement& operator=(const FileReplacement&) = delete;

    const std::filesystem::path& temporary() const { return temporary_; }

    /// Flushes the temporary file, gives it the old file's permissions, keeps the old file as FILE.bak and
    /// renames the temporary file over the target. Throws UserError, with the target unchanged, when a step
    /// fails.
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    bool committed_ = false;
};

} // namespace speelveld
