#pragma once
// Writing a user's file whole or not at all (RELIABILITY.md, promises 2 and 6): every export and every file a
// command writes is written to a temporary file in the target's folder, flushed to disk and renamed over the
// target. A failure leaves an existing target as it was and no temporary file behind.

#include <QByteArray>
#include <QString>
#include <functional>
#include <string>
#include <vector>

class QIODevice;

namespace speelveld::gui {

/// Runs `write` on a device and puts what it wrote in `path` as writeFileAtomically does. For writers that take
/// a QIODevice (QSvgGenerator, QPdfWriter, QImage::save). An exception from `write` propagates with the target
/// untouched. `what` names the file in messages ("the export"). Throws UserError naming `path` when the disk
/// fails.
void writeAtomically(const QString& path, const std::string& what, const std::function<void(QIODevice&)>& write);

/// The same for writers that take only a file name (libxlsxwriter): `write` gets a fresh name beside `path`
/// and must leave the whole file there.
void writeAtomicallyByName(const QString& path, const std::string& what,
                           const std::function<void(const QString& temporary)>& write);

/// One file's content, for writeFilesAtomically.
struct FileContent {
    QString path;
    QByteArray bytes;
};

/// Writes every file beside its target (QSaveFile), checks every byte and flushes it to disk before the first
/// is renamed over its target, so a full disk or a missing folder replaces none of them (the Kumu CSV pair).
/// Throws UserError naming the file that failed.
void writeFilesAtomically(const std::vector<FileContent>& files, const std::string& what = "the file");

/// writeFilesAtomically for one file.
void writeFileAtomically(const QString& path, const QByteArray& bytes, const std::string& what = "the file");

} // namespace speelveld::gui
