#include "coursefolder.h"

#include "record.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace Server::CourseFolder {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

constexpr qsizetype MaxTitleLength = 300;
// A file larger than this cannot be a lesson body that fits a record.
constexpr qint64 MaxFileBytes = 4 * Core::MaxTextLength;

Core::Error invalid(const QString &detail)
{
    return makeError(ErrorCode::Invalid, detail);
}

// "03-budgets" -> 3; -1 without an NN- prefix.
int orderOf(const QString &name)
{
    static const QRegularExpression prefix(u"^(\\d{1,6})-."_s);
    const QRegularExpressionMatch m = prefix.match(name);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Entries in the order of their NN prefixes, then of their names.
void sortByPrefix(QFileInfoList &entries)
{
    std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const int oa = orderOf(a.fileName());
        const int ob = orderOf(b.fileName());
        return oa != ob ? oa < ob : a.fileName() < b.fileName();
    });
}

Core::Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (file.size() > MaxFileBytes)
        return invalid(u"%1 is too large (%2 bytes at most)"_s.arg(path).arg(MaxFileBytes));
    if (!file.open(QIODevice::ReadOnly))
        return invalid(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringConverter::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError() || text.contains(QChar(0)))
        return invalid(u"%1 is not UTF-8 text; save it as UTF-8"_s.arg(path));
    text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

struct Titled {
    QString title;
    QString rest; // the other lines, trimmed
};

// The first "# " heading and everything else.
Core::Result<Titled> splitTitle(const QString &text, const QString &path)
{
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(u"# "_s))
            continue;
        const QString title = lines.at(i).mid(2).trimmed();
        if (title.isEmpty())
            break;
        if (title.size() > MaxTitleLength) {
            return invalid(
                u"%1: the title is longer than %2 characters"_s.arg(path).arg(MaxTitleLength));
        }
        lines.removeAt(i);
        return Titled{title, lines.join(u'\n').trimmed()};
    }
    return invalid(u"%1 has no title: start it with a line \"# Title\""_s.arg(path));
}

// "02-working-with-data" -> "Working with data".
QString titleFromFolderName(const QString &name)
{
    QString title = name;
    title.remove(QRegularExpression(u"^\\d+-"_s));
    title.replace(u'-', u' ').replace(u'_', u' ');
    title = title.simplified();
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

Core::Status checkBody(const QString &body, const QString &path)
{
    if (body.size() > Core::MaxTextLength) {
        return invalid(
            u"%1 is longer than %2 characters; split it"_s.arg(path).arg(Core::MaxTextLength));
    }
    return {};
}

Core::Result<Module> readModule(const QFileInfo &folder)
{
    const QDir dir(folder.filePath());
    Module module;
    module.folder = folder.filePath();
    module.title = titleFromFolderName(folder.fileName());
    const QString moduleFile = dir.filePath(u"module.md"_s);
    if (QFileInfo(moduleFile).isFile()) {
        const Core::Result<QString> text = readText(moduleFile);
        if (!text)
            return text.error();
        const Core::Result<Titled> titled = splitTitle(*text, moduleFile);
        if (!titled)
            return titled.error();
        module.title = titled->title;
    }
    QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    sortByPrefix(files);
    for (const QFileInfo &file : std::as_const(files)) {
        if (file.suffix().compare(u"md"_s, Qt::CaseInsensitive) != 0 ||
            file.fileName() == u"module.md")
            continue;
        if (orderOf(file.fileName()) < 0) {
            return invalid(u"%1: a lesson file is named NN-name.md (its number gives its place); "
                           "rename it"_s.arg(file.filePath()));
        }
        const Core::Result<QString> text = readText(file.filePath());
        if (!text)
            return text.error();
        const Core::Result<Titled> titled = splitTitle(*text, file.filePath());
        if (!titled)
            return titled.error();
        if (Core::Status s = checkBody(titled->rest, file.filePath()); !s)
            return s.error();
        module.lessons << Lesson{titled->title, titled->rest, file.filePath()};
    }
    if (module.lessons.isEmpty()) {
        return invalid(
            u"%1 has no lessons (NN-name.md files with a \"# Title\")"_s.arg(folder.filePath()));
    }
    if (module.title.isEmpty())
        return invalid(u"%1: the module has no title; add a module.md"_s.arg(folder.filePath()));
    return module;
}

} // namespace

qsizetype Course::lessonCount() const
{
    qsizetype n = 0;
    for (const Module &m : modules)
        n += m.lessons.size();
    return n;
}

Core::Result<Course> read(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return invalid(u"%1 is not a folder"_s.arg(folder));
    const QDir dir(folder);
    const QString courseFile = dir.filePath(u"course.md"_s);
    if (!QFileInfo(courseFile).isFile()) {
        return invalid(u"%1 has no course.md (a \"# Title\" line, an optional \"language: xx\" "
                       "line and the summary)"_s.arg(folder));
    }
    const Core::Result<QString> text = readText(courseFile);
    if (!text)
        return text.error();
    const Core::Result<Titled> titled = splitTitle(*text, courseFile);
    if (!titled)
        return titled.error();

    Course course;
    course.title = titled->title;
    course.language = u"en"_s;
    static const QRegularExpression languageLine(u"^language:\\s*(\\S*)\\s*$"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression languageCode(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"_s);
    QStringList summary;
    for (const QString &line : titled->rest.split(u'\n')) {
        const QRegularExpressionMatch m = languageLine.match(line);
        if (!m.hasMatch()) {
            summary << line;
            continue;
        }
        if (!languageCode.match(m.captured(1)).hasMatch()) {
            return invalid(u"%1: '%2' is not a language code (en, fr, es, pt, ar, ru …)"_s.arg(
                courseFile, m.captured(1)));
        }
        course.language = m.captured(1);
        course.languageGiven = true;
    }
    course.summary = summary.join(u'\n').trimmed();
    if (Core::Status s = checkBody(course.summary, courseFile); !s)
        return s.error();

    for (const QFileInfo &file : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
        if (file.suffix().compare(u"md"_s, Qt::CaseInsensitive) == 0 &&
            file.fileName() != u"course.md") {
            return invalid(u"%1: lessons go in module folders (NN-name/NN-name.md); move it"_s.arg(
                file.filePath()));
        }
    }
    QFileInfoList folders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    sortByPrefix(folders);
    for (const QFileInfo &sub : std::as_const(folders)) {
        if (orderOf(sub.fileName()) < 0) {
            return invalid(u"%1: a module folder is named NN-name (its number gives its place); "
                           "rename it"_s.arg(sub.filePath()));
        }
        Core::Result<Module> module = readModule(sub);
        if (!module)
            return module.error();
        course.modules << std::move(module).value();
    }
    if (course.modules.isEmpty()) {
        return invalid(u"%1 has no modules: put lessons in folders named NN-name (01-basics/"
                       "01-welcome.md …)"_s.arg(folder));
    }
    return course;
}

} // namespace Server::CourseFolder
