#pragma once
// A full or broken disk on demand: SQLite's default file system layer (VFS), wrapped so that one chosen
// operation fails, registered as the default while it lives. Only one may live at a time.

#include <optional>

namespace speelveld::test {

class FailingVfs {
public:
    /// What fails, counted from the last fail() call: writes only (a disk that fills up), or every open,
    /// write, truncate and sync (an I/O error anywhere).
    enum class Counting { Writes, Everything };

    FailingVfs();
    ~FailingVfs();
    FailingVfs(const FailingVfs&) = delete;
    FailingVfs& operator=(const FailingVfs&) = delete;

    /// From now on, operation number `at` (0 is the next) fails. A write fails with SQLITE_FULL and, when
    /// `full`, so does every write after it (a full disk stays full); any other operation fails once with
    /// its SQLite I/O error. nullopt: nothing fails, operations are only counted.
    void fail(std::optional<int> at, Counting counting, bool full);
    /// How many operations of the counted kind were made since the last fail().
    int operations() const;
    /// Whether the chosen operation was reached.
    bool failed() const;
};

} // namespace speelveld::test
