#include "FailingVfs.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

namespace speelveld::test {
namespace {

struct State {
    sqlite3_vfs* base = nullptr;
    std::optional<int> at;
    FailingVfs::Counting counting = FailingVfs::Counting::Writes;
    bool full = false;
    int operations = 0;
    bool failed = false;
};
State state;

/// A file of ours: SQLite's own file object follows it in the same allocation.
struct File {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file) { return reinterpret_cast<File*>(file)->real; }

/// Counts one operation; true when it is the one to fail (or a write on a disk that is already full).
bool fails(bool isWrite)
{
    if (state.failed && state.full && isWrite) {
        return true;
    }
    if (!isWrite && state.counting == FailingVfs::Counting::Writes) {
        return false;
    }
    const int number = state.operations++;
    if (state.at && number == *state.at) {
        state.failed = true;
        return true;
    }
    return false;
}

int fileClose(sqlite3_file* file) { return real(file)->pMethods->xClose(real(file)); }
int fileRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}
int fileWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    return fails(true) ? SQLITE_FULL : real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}
int fileTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    return fails(false) ? SQLITE_IOERR_TRUNCATE : real(file)->pMethods->xTruncate(real(file), size);
}
int fileSync(sqlite3_file* file, int flags)
{
    return fails(false) ? SQLITE_IOERR_FSYNC : real(file)->pMethods->xSync(real(file), flags);
}
int fileSize(sqlite3_file* file, sqlite3_int64* size) { return real(file)->pMethods->xFileSize(real(file), size); }
int fileLock(sqlite3_file* file, int level) { return real(file)->pMethods->xLock(real(file), level); }
int fileUnlock(sqlite3_file* file, int level) { return real(file)->pMethods->xUnlock(real(file), level); }
int fileCheckReservedLock(sqlite3_file* file, int* out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}
int fileControl(sqlite3_file* file, int op, void* argument)
{
    return real(file)->pMethods->xFileControl(real(file), op, argument);
}
int fileSectorSize(sqlite3_file* file) { return real(file)->pMethods->xSectorSize(real(file)); }
int fileDeviceCharacteristics(sqlite3_file* file) { return real(file)->pMethods->xDeviceCharacteristics(real(file)); }
int fileShmMap(sqlite3_file* file, int page, int size, int extend, void volatile** out)
{
    return real(file)->pMethods->xShmMap(real(file), page, size, extend, out);
}
int fileShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}
void fileShmBarrier(sqlite3_file* file) { real(file)->pMethods->xShmBarrier(real(file)); }
int fileShmUnmap(sqlite3_file* file, int remove) { return real(file)->pMethods->xShmUnmap(real(file), remove); }
int fileFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, out);
}
int fileUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, page);
}

// Version 3, like the unix VFS's own files. The shared-memory methods serve WAL mode and the fetch methods
// memory-mapped I/O; the project file uses neither.
const sqlite3_io_methods kMethods{3,
                                  fileClose,
                                  fileRead,
                                  fileWrite,
                                  fileTruncate,
                                  fileSync,
                                  fileSize,
                                  fileLock,
                                  fileUnlock,
                                  fileCheckReservedLock,
                                  fileControl,
                                  fileSectorSize,
                                  fileDeviceCharacteristics,
                                  fileShmMap,
                                  fileShmLock,
                                  fileShmBarrier,
                                  fileShmUnmap,
                                  fileFetch,
                                  fileUnfetch};

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ours = reinterpret_cast<File*>(file);
    ours->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(File));
    ours->real->pMethods = nullptr;
    ours->base.pMethods = nullptr;
    if (fails(false)) {
        return SQLITE_CANTOPEN;
    }
    const int result = state.base->xOpen(state.base, name, ours->real, flags, outFlags);
    if (ours->real->pMethods != nullptr) {
        ours->base.pMethods = &kMethods;
    }
    return result;
}
int vfsDelete(sqlite3_vfs*, const char* name, int syncDir) { return state.base->xDelete(state.base, name, syncDir); }
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return state.base->xAccess(state.base, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return state.base->xFullPathname(state.base, name, size, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name) { return state.base->xDlOpen(state.base, name); }
void vfsDlError(sqlite3_vfs*, int size, char* out) { state.base->xDlError(state.base, size, out); }
void (*vfsDlSym(sqlite3_vfs*, void* library, const char* symbol))(void)
{
    return state.base->xDlSym(state.base, library, symbol);
}
void vfsDlClose(sqlite3_vfs*, void* library) { state.base->xDlClose(state.base, library); }
int vfsRandomness(sqlite3_vfs*, int size, char* out) { return state.base->xRandomness(state.base, size, out); }
int vfsSleep(sqlite3_vfs*, int microseconds) { return state.base->xSleep(state.base, microseconds); }
int vfsCurrentTime(sqlite3_vfs*, double* out) { return state.base->xCurrentTime(state.base, out); }
int vfsGetLastError(sqlite3_vfs*, int size, char* out) { return state.base->xGetLastError(state.base, size, out); }
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) { return state.base->xCurrentTimeInt64(state.base, out); }

sqlite3_vfs vfs{};

} // namespace

FailingVfs::FailingVfs()
{
    REQUIRE(state.base == nullptr);
    state = State{};
    state.base = sqlite3_vfs_find(nullptr);
    REQUIRE(state.base != nullptr);
    REQUIRE(state.base->iVersion >= 2);
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(File)) + state.base->szOsFile;
    vfs.mxPathname = state.base->mxPathname;
    vfs.zName = "speelveld-failing";
    vfs.xOpen = vfsOpen;
    vfs.xDelete = vfsDelete;
    vfs.xAccess = vfsAccess;
    vfs.xFullPathname = vfsFullPathname;
    vfs.xDlOpen = vfsDlOpen;
    vfs.xDlError = vfsDlError;
    vfs.xDlSym = vfsDlSym;
    vfs.xDlClose = vfsDlClose;
    vfs.xRandomness = vfsRandomness;
    vfs.xSleep = vfsSleep;
    vfs.xCurrentTime = vfsCurrentTime;
    vfs.xGetLastError = vfsGetLastError;
    vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    REQUIRE(sqlite3_vfs_register(&vfs, 1) == SQLITE_OK);
}

FailingVfs::~FailingVfs()
{
    sqlite3_vfs_unregister(&vfs);
    state = State{};
}

void FailingVfs::fail(std::optional<int> at, Counting counting, bool full)
{
    state.at = at;
    state.counting = counting;
    state.full = full;
    state.operations = 0;
    state.failed = false;
}

int FailingVfs::operations() const { return state.operations; }

bool FailingVfs::failed() const { return state.failed; }

} // namespace speelveld::test
