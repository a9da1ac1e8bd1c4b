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
// Modules and lessons come in the order of their NN prefixes. Other files
// (images, notes without .md) are left alone.
namespace CourseFolder {

struct Lesson {
    QString title;
    QString body;
    QString file; // where it came from, for messages
};

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
// a bad language code, or a text too long to store. Reads files only.
Core::Result<Course> read(const QString &folder);

} // namespace CourseFolder
} // namespace Server
