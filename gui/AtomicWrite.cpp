#include "AtomicWrite.h"

#include "core/UserError.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace speelveld::gui {
namespace {

[[noreturn]] void fail(const QString& path, const std::string& what, const QString& why)
{
    // Said only when true: every failure below happens before anything is renamed over the target.
    const std::string unchanged = QFileInfo(path).isFile() ? "; the earlier file is unchanged" : "";
    throw UserError(path.toStdString(), "", what + " could not be written (" + why.toStdString() + ")",
                    "Check that the folder exists, that you may write there and that the disk is not full" + unchanged);
}

QString systemError() { return QString::fromLocal8Bit(std::strerror(errno)); }

/// A file created beside the target for a writer that wants a name; removed unless it took the target's place.
class TemporaryBeside {
public:
    TemporaryBeside(const QString& target, const std::string& what)
    {
        const QFileInfo info(target);
        std::random_device entropy;
        for (int attempt = 0; attempt < 100 && name_.isEmpty(); ++attempt) {
            const QString name = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                                 QStringLiteral(".saving-") + QString::number(entropy(), 36);
            // 0666 less the umask, as for any new file; O_EXCL: never a file someone else made.
            const int fd = ::open(QFile::encodeName(name).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd >= 0) {
                ::close(fd);
                name_ = name;
            } else if (errno != EEXIST) {
                fail(target, what, systemError());
            }
        }
        if (name_.isEmpty()) {
            fail(target, what, QStringLiteral("no free temporary name in the folder"));
        }
    }
    ~TemporaryBeside()
    {
        if (!name_.isEmpty()) {
            ::unlink(QFile::encodeName(name_).constData());
        }
    }
    TemporaryBeside(const TemporaryBeside&) = delete;
    TemporaryBeside& operator=(const TemporaryBeside&) = delete;

    const QString& name() const { return name_; }
    void release() { name_.clear(); }

private:
    QString name_;
};

bool syncFile(const QString& name, bool folder)
{
    const int fd =
        ::open(QFile::encodeName(name).constData(), (folder ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) {
        return folder; // some file systems do not let a folder be opened; the rename is atomic all the same
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced || folder;
}

} // namespace

void writeAtomically(const QString& path, const std::string& what, const std::function<void(QIODevice&)>& write)
{
    // Rendered in memory first: QSvgGenerator and QPainter ignore a short write, and QSaveFile (Qt 6.4) neither
    // notices one nor a failed last flush, so on a full disk it would rename a truncated file over the target.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(buffer);
    writeFilesAtomically({{path, buffer.data()}}, what);
}

void writeAtomicallyByName(const QString& path, const std::string& what,
                           const std::function<void(const QString& temporary)>& write)
{
    // Like QSaveFile: through a symbolic link to the file it names, and never over a folder.
    const QFileInfo info(path);
    const QString target = info.isSymLink() && info.exists() ? info.canonicalFilePath() : path;
    if (QFileInfo(target).isDir()) {
        fail(path, what, QStringLiteral("a folder has this name"));
    }
    TemporaryBeside temporary(target, what);
    write(temporary.name());
    if (!syncFile(temporary.name(), false)) {
        fail(path, what, systemError());
    }
    struct stat existing {};
    if (::stat(QFile::encodeName(target).constData(), &existing) == 0) {
        ::chmod(QFile::encodeName(temporary.name()).constData(), existing.st_mode & 07777); // keep who may read it
    }
    if (std::rename(QFile::encodeName(temporary.name()).constData(), QFile::encodeName(target).constData()) != 0) {
        fail(path, what, systemError());
    }
    temporary.release();
    syncFile(QFileInfo(target).absolutePath(), true);
}

void writeFilesAtomically(const std::vector<FileContent>& files, const std::string& what)
{
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const FileContent& content : files) {
        auto& file = saves.emplace_back(std::make_unique<QSaveFile>(content.path));
        if (!file->open(QIODevice::WriteOnly)) {
            fail(content.path, what, file->errorString());
        }
        // Every byte checked here, flushed and on disk before any file is renamed: commit() alone would not see
        // a short write or a failed flush, and a full disk shows now, while every target is still whole.
        errno = 0;
        if (file->write(content.bytes) != content.bytes.size() || !file->flush()) {
            fail(content.path, what, errno != 0 ? systemError() : file->errorString());
        }
        if (::fsync(file->handle()) != 0) {
            fail(content.path, what, systemError());
        }
    }
    for (std::size_t i = 0; i < saves.size(); ++i) {
        if (!saves[i]->commit()) {
            fail(files[i].path, what, saves[i]->errorString());
        }
    }
}

void writeFileAtomically(const QString& path, const QByteArray& bytes, const std::string& what)
{
    writeFilesAtomically({{path, bytes}}, what);
}

} // namespace speelveld::gui
