#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace Server {

// A course written as a folder of Markdown files, for
// `leadernet-server add-course FOLDER`:
//
//   FOLDER/course.md            "# Title", an optional line "language: xx",
//                               and the summary (the rest)
//   FOLDER/NN-name/             a module; its title is the "# " heading of an
//                               optional module.md, else the folder's name
//   FOLDER/NN-name/NN-name.md   a lesson: "# Title", then its Markdown body
//
// Modules and lessons come in the order of their NN prefixes.
//
// A lesson's images ![text](path) and links [text](path) (also as
// <path with spaces>, percent-encoded, with a "title", or as a reference
// definition [label]: path) to a file of the course folder become its
// attachments: `add-course` keeps each file in the server store once and
// links it as attachment:SHA256. The path is relative to the lesson's file
// and may not leave the course folder. Links with a scheme (https:,
// mailto: …), anchors (#x), links to other .md files and links inside code
// are left alone, as are the images of course.md and files no lesson
// links to.
namespace CourseFolder {

// A file of the course folder that a lesson links to.
struct File {
    QString path; // canonical
    QString name; // its file name, which the attachment keeps
    qint64 size = 0;
    QString mediaType;
};

// Where the body names a File: the link target `body.mid(start, length)`
// (with its angle brackets, without its title).
struct Link {
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype file = 0; // index into Lesson::files
};

struct Lesson {
    QString title;
    QString body;
    QString file;      // where it came from, for messages
    QList<File> files; // each once, in the order the body first names them
    QList<Link> links; // in the order of the body
};

// `lesson.body` with each link to lesson.files[i] pointing to targets[i]
// (one per file), the link texts and titles as they were.
QString relinkedBody(const Lesson &lesson, const QStringList &targets);

struct Module {
    QString title;
    QList<Lesson> lessons;
    QString folder;
};

struct Course {
    QString title;
    QString language; // "en" when course.md gives none (languageGiven false)
    bool languageGiven = false;
    QString summary;
    QList<Module> modules;

    qsizetype lessonCount() const;
};

// Reads `folder`. Invalid, naming the file or folder, for a folder without
// course.md or without modules, a module without lessons, a file that is not
// UTF-8, a missing "# " title, a Markdown file whose name has no NN- prefix,
// a bad language code, a text too long to store, or a lesson that links to
// a file that is missing, outside `folder`, larger than the server's
// default --max-attachment, or one file too many (Core::MaxAttachments).
// Reads files only.
Core::Result<Course> read(const QString &folder);

} // namespace CourseFolder
} // namespace Server
