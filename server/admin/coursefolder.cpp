#include "coursefolder.h"

#include "attachmentref.h"
#include "protocol.h"
#include "record.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>

namespace Server::CourseFolder {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

constexpr qsizetype MaxTitleLength = 300;
// A file larger than this cannot be a lesson body that fits a record.
constexpr qint64 MaxFileBytes = 4 * Core::MaxTextLength;
// The largest file a lesson may link to: what `serve` takes from members
// unless --max-attachment says otherwise.
constexpr qint64 MaxAttachmentBytes = Sync::Protocol::DefaultMaxAttachmentBytes;

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

// `text` with its code (fenced blocks and `spans`) blanked out, each
// character but newlines a space: a link in an example is no link.
QString withoutCode(const QString &text)
{
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    static const QRegularExpression span(u"(?<!`)(`+)(?!`).*?(?<!`)\\1(?!`)"_s);
    QString out = text;
    const auto blank = [&out](qsizetype from, qsizetype length) {
        for (qsizetype i = from; i < from + length; ++i) {
            if (out.at(i) != u'\n')
                out[i] = u' ';
        }
    };
    QString openFence; // the fence of the code block the line is in
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        const QRegularExpressionMatch m = fence.match(line);
        if (!openFence.isEmpty()) {
            blank(lineStart, line.size());
            if (m.hasMatch() && m.captured(1).startsWith(openFence) &&
                line.mid(m.capturedEnd(1)).trimmed().isEmpty())
                openFence.clear();
        } else if (m.hasMatch()) {
            openFence = m.captured(1);
            blank(lineStart, line.size());
        } else {
            for (auto it = span.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch code = it.next();
                blank(lineStart + code.capturedStart(), code.capturedLength());
            }
        }
        lineStart = lineEnd + 1;
    }
    return out;
}

// The link targets of a Markdown text, as (start, length): those of inline
// links and images, [text](target "title") with `target` perhaps in <>, and
// of reference definitions, [label]: target "title".
QList<std::pair<qsizetype, qsizetype>> linkTargets(const QString &text)
{
    // One level of brackets in a link's text, so that the image in
    // [![photo](a.png)](b.pdf) is found as well as the link around it.
    static const QRegularExpression inlineLink(
        uR"(!?\[(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*\]\([ \t]*)"
        uR"((<[^<>\n]*>|(?:[^\s<>()\\]|\\.|\([^\s<>()]*\))+))"
        uR"((?:[ \t\n]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*\))"_s);
    static const QRegularExpression definition(
        uR"(^ {0,3}\[(?!\^)(?:[^\[\]\\\n]|\\.)+\]:[ \t]*(<[^<>\n]*>|\S+))"
        uR"((?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$)"_s,
        QRegularExpression::MultilineOption);
    const QString searched = withoutCode(text);
    QList<std::pair<qsizetype, qsizetype>> out;
    QSet<qsizetype> seen;
    // Matches are tried at every '[' (not only after the previous match), so
    // that links inside a link's text are found too.
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch m = inlineLink.match(searched, from);
        if (!m.hasMatch())
            break;
        if (!seen.contains(m.capturedStart(1))) {
            seen.insert(m.capturedStart(1));
            out.append({m.capturedStart(1), m.capturedLength(1)});
        }
        from = m.capturedStart() + 1;
    }
    for (auto it = definition.globalMatch(searched); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!seen.contains(m.capturedStart(1))) {
            seen.insert(m.capturedStart(1));
            out.append({m.capturedStart(1), m.capturedLength(1)});
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The file of the course folder `root` that `target`, a link target in
// `lessonFile`, names; none for a URL (https:, mailto:, attachment: …), an
// anchor or another Markdown file.
Core::Result<std::optional<File>> linkedFile(const QString &target, const QString &lessonFile,
                                             const QString &root)
{
    QString path = target;
    if (path.startsWith(u'<') && path.endsWith(u'>'))
        path = path.mid(1, path.size() - 2);
    static const QRegularExpression escaped(u"\\\\([!-/:-@\\[-`{-~])"_s);
    path.replace(escaped, u"\\1"_s);
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    if (path.isEmpty() || path.startsWith(u'#') || path.startsWith(u"//"_s) ||
        scheme.match(path).hasMatch())
        return std::optional<File>();
    // A query or fragment (notes.pdf#page=2) does not name another file.
    static const QRegularExpression suffix(u"[?#]"_s);
    if (const qsizetype cut = path.indexOf(suffix); cut >= 0)
        path.truncate(cut);
    path = QUrl::fromPercentEncoding(path.toUtf8());
    if (QFileInfo(path).suffix().compare(u"md"_s, Qt::CaseInsensitive) == 0)
        return std::optional<File>();

    const QString outside =
        u"%1 links to %2, which is outside the course folder; keep the files a lesson "
        "links to in the course folder and give their paths relative to the lesson"_s.arg(
            lessonFile, target);
    const QString rootPath = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const QString absolute =
        QDir::cleanPath(QFileInfo(lessonFile).absoluteDir().absoluteFilePath(path));
    if (QDir::isAbsolutePath(path) || !absolute.startsWith(rootPath + u'/'))
        return invalid(outside);
    const QFileInfo info(absolute);
    if (!info.exists())
        return invalid(u"%1 links to %2, which does not exist"_s.arg(lessonFile, target));
    if (!info.isFile())
        return invalid(u"%1 links to %2, which is not a file"_s.arg(lessonFile, target));
    // A symbolic link may point out of the folder.
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(QFileInfo(root).canonicalFilePath() + u'/'))
        return invalid(outside);
    if (info.size() > MaxAttachmentBytes) {
        return invalid(u"%1 links to %2, which is larger than %3 MiB"_s.arg(lessonFile, target)
                           .arg(MaxAttachmentBytes / (1024 * 1024)));
    }
    if (info.fileName().size() > Core::MaxAttachmentNameLength) {
        return invalid(u"%1 links to %2, whose name is longer than %3 characters; rename it"_s
                           .arg(lessonFile, target)
                           .arg(Core::MaxAttachmentNameLength));
    }
    return std::optional<File>(
        File{canonical, info.fileName(), info.size(), Core::mediaTypeOfFile(canonical)});
}

// Fills in `lesson.files` and `lesson.links` from its body.
Core::Status findFiles(Lesson &lesson, const QString &root)
{
    for (const auto &[start, length] : linkTargets(lesson.body)) {
        const Core::Result<std::optional<File>> file =
            linkedFile(lesson.body.mid(start, length), lesson.file, root);
        if (!file)
            return file.error();
        if (!file->has_value())
            continue;
        const qsizetype index =
            std::find_if(lesson.files.cbegin(), lesson.files.cend(),
                         [&](const File &f) { return f.path == (*file)->path; }) -
            lesson.files.cbegin();
        if (index == lesson.files.size()) {
            if (lesson.files.size() == Core::MaxAttachments) {
                return invalid(u"%1 links to more than %2 files; split it"_s.arg(lesson.file)
                                   .arg(Core::MaxAttachments));
            }
            lesson.files << **file;
        }
        lesson.links << Link{start, length, index};
    }
    return {};
}

Core::Result<Module> readModule(const QFileInfo &folder, const QString &root)
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
        Lesson lesson{titled->title, titled->rest, file.filePath(), {}, {}};
        if (Core::Status s = findFiles(lesson, root); !s)
            return s.error();
        module.lessons << std::move(lesson);
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

QString relinkedBody(const Lesson &lesson, const QStringList &targets)
{
    QString out;
    qsizetype from = 0;
    for (const Link &link : lesson.links) {
        out += QStringView(lesson.body).mid(from, link.start - from);
        out += targets.value(link.file);
        from = link.start + link.length;
    }
    out += QStringView(lesson.body).mid(from);
    return out;
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
        Core::Result<Module> module = readModule(sub, folder);
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
