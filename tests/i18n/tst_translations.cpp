// Every release ships complete translations: each of the six .ts files holds
// every string the sources mark for translation (lupdate is run on the
// sources to find them), none unfinished, vanished or obsolete, and each
// translation keeps the placeholders (%1…%9, %n) of its source text, and
// its shortcut letter (mnemonic) where the source has one, never on a letter
// that joins its neighbours (Arabic: underlining one letter of a word breaks
// its shaping, so the shortcut is a Latin letter in brackets, "ملف (&F)").
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1"_s.arg(path);
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, {}, {}, false, {}};
            current.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"comment") {
            current.comment = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == u"numerusform") {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = u"%1: %2"_s.arg(path, xml.errorString());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(?:L?[1-9]|n)"_s);
    QStringList found;
    auto it = marker.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0).remove(u'L');
    found.sort();
    found.removeDuplicates();
    return found;
}

// The character after the text's mnemonic "&" (an "&&" is a plain "&"); a
// null QChar when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1);
    }
    return {};
}

// Letters of the scripts whose letters join within a word.
bool joins(QChar c)
{
    return c.isLetter() && (c.script() == QChar::Script_Arabic ||
                            c.script() == QChar::Script_Syriac || c.script() == QChar::Script_Nko);
}

QString key(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

const QStringList Languages{u"en"_s, u"es"_s, u"fr"_s, u"pt"_s, u"ar"_s, u"ru"_s};

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    QSet<QString> m_sourceKeys;

private Q_SLOTS:
    void initTestCase()
    {
        // What the sources mark for translation today, found the way the
        // build's update_translations target finds it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(u"sources.ts"_s);
        QStringList args{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s};
        for (const QString &sub : QStringLiteral(LEADERNET_TR_DIRS).split(u'|', Qt::SkipEmptyParts))
            args << sub;
        args << u"-ts"_s << out;
        QProcess lupdate;
        lupdate.start(QStringLiteral(LEADERNET_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString language, error;
        const QList<Message> messages = readTs(out, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Message &m : messages)
            m_sourceKeys.insert(key(m));
    }

    void sourcesHaveStrings()
    {
        // With a desktop build there are many; this guards against a broken
        // lupdate run that would make every other check pass vacuously.
        QVERIFY2(m_sourceKeys.size() >= LEADERNET_MIN_STRINGS,
                 qPrintable(u"only %1 strings found in the sources"_s.arg(m_sourceKeys.size())));
    }

    void everyFileIsComplete_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : Languages)
            QTest::newRow(qPrintable(code)) << code;
    }

    void everyFileIsComplete()
    {
        QFETCH(QString, code);
        const QString path =
            QStringLiteral(LEADERNET_SOURCE_DIR) + u"/translations/leadernet_%1.ts"_s.arg(code);
        QString language, error;
        const QList<Message> messages = readTs(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(language.startsWith(code), qPrintable(language));

        QStringList problems;
        QSet<QString> present;
        for (const Message &m : messages) {
            present.insert(key(m));
            const QString where = u"%1 \"%2\""_s.arg(m.context, m.source.left(60));
            if (!m.type.isEmpty())
                problems << u"%1: %2"_s.arg(where, m.type);
            if (m.translations.isEmpty())
                problems << u"%1: no translation"_s.arg(where);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << u"%1: empty translation"_s.arg(where);
                else if (placeholders(t) != placeholders(m.source))
                    problems << u"%1: placeholders %2 became %3"_s.arg(
                        where, placeholders(m.source).join(u','), placeholders(t).join(u','));
                else if (!mnemonic(m.source).isNull() && mnemonic(t).isNull())
                    problems << u"%1: the shortcut letter is lost in \"%2\""_s.arg(where, t);
                else if (joins(mnemonic(t)))
                    problems << u"%1: the shortcut splits a word in \"%2\""_s.arg(where, t);
            }
        }
        for (const QString &k : std::as_const(m_sourceKeys)) {
            if (!present.contains(k))
                problems << u"missing: %1"_s.arg(QString(k).replace(u'\x1f', u" | "_s));
        }
        for (const QString &k : std::as_const(present)) {
            if (!m_sourceKeys.contains(k))
                problems << u"no longer in the sources: %1"_s.arg(
                    QString(k).replace(u'\x1f', u" | "_s));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(u'\n')));
    }

    void checksCatchProblems()
    {
        // The checker itself fails on what it must catch.
        QCOMPARE(placeholders(u"Synced %1 of %n"_s), (QStringList{u"%1"_s, u"%n"_s}));
        QVERIFY(placeholders(u"Sincronizado %1"_s) != placeholders(u"Synced %1 of %2"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.ts"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"(<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">
<context><name>C</name>
<message><source>A %1</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n item(s)</source><translation><numerusform>%n elemento</numerusform><numerusform>elementos</numerusform></translation></message>
</context></TS>)");
        f.close();
        QString language, error;
        const QList<Message> messages = readTs(path, &language, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].type, u"unfinished"_s);
        QVERIFY(messages[1].numerus);
        QCOMPARE(messages[1].translations.size(), 2);
        QVERIFY(placeholders(messages[1].translations[1]) != placeholders(messages[1].source));
        QCOMPARE(mnemonic(u"Save && &close"_s), u'c');
        QVERIFY(mnemonic(u"Fish && chips"_s).isNull());
        QVERIFY(joins(mnemonic(u"ال&لغة"_s)));
        QVERIFY(!joins(mnemonic(u"اللغة (&L)"_s)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
