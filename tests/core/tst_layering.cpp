// The layering rule, checked: nothing under core/, sync/, server/ or
// translations/ includes a Qt Widgets header (or QtGui, which drags a
// display in), and the editing layer (editing/) no Qt Widgets header: of
// QtGui it uses the undo framework only. Header names come from the
// installed modules.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLayering final : public QObject
{
    Q_OBJECT

private:
    static QSet<QString> moduleHeaders(const QString &dir)
    {
        QSet<QString> names;
        for (const QString &entry : QDir(dir).entryList(QDir::Files))
            names.insert(entry);
        return names;
    }

    struct Include {
        QString file;
        QString header;
    };
    // Every include directive of the sources under `dir`.
    static QList<Include> includesUnder(const QString &dir, int *files)
    {
        // Built from pieces: moc's preprocessor trips over an include directive
        // spelled out inside a raw string.
        static const QRegularExpression include(u"^\\s*\\x23\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s,
                                                QRegularExpression::MultilineOption);
        QList<Include> out;
        QDirIterator it(QStringLiteral(LEADERNET_SOURCE_DIR) + u'/' + dir, {u"*.h"_s, u"*.cpp"_s},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++*files;
            auto matches = include.globalMatch(QString::fromUtf8(file.readAll()));
            while (matches.hasNext())
                out.append({file.fileName(), matches.next().captured(1)});
        }
        return out;
    }

private Q_SLOTS:
    void noWidgetHeaderBelowUi()
    {
        const QSet<QString> widgets = moduleHeaders(QStringLiteral(LEADERNET_QTWIDGETS_INCLUDE));
        const QSet<QString> gui = moduleHeaders(QStringLiteral(LEADERNET_QTGUI_INCLUDE));
        QVERIFY2(widgets.contains(u"QWidget"_s) && widgets.contains(u"QApplication"_s),
                 "the QtWidgets include directory was not found");
        QVERIFY(gui.contains(u"QGuiApplication"_s));

        QStringList offences;
        int files = 0;
        for (const QString &layer : {u"core"_s, u"sync"_s, u"server"_s, u"translations"_s}) {
            for (const Include &inc : includesUnder(layer, &files)) {
                const QString module = inc.header.section(u'/', 0, 0);
                const QString name = inc.header.section(u'/', -1);
                const bool qtHeader = name.startsWith(u'Q') && !name.contains(u'.');
                if (module == u"QtWidgets" || module == u"QtGui" ||
                    (qtHeader && (widgets.contains(name) || gui.contains(name)))) {
                    offences << u"%1: %2"_s.arg(inc.file, inc.header);
                }
            }
        }
        QVERIFY(files > 10);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }

    void editingLayerHasNoWidgets()
    {
        const QSet<QString> widgets = moduleHeaders(QStringLiteral(LEADERNET_QTWIDGETS_INCLUDE));
        const QSet<QString> gui = moduleHeaders(QStringLiteral(LEADERNET_QTGUI_INCLUDE));
        const QSet<QString> allowedGui{u"QUndoStack"_s, u"QUndoCommand"_s};
        QStringList offences;
        int files = 0;
        for (const Include &inc : includesUnder(u"editing"_s, &files)) {
            const QString name = inc.header.section(u'/', -1);
            if (inc.header.startsWith(u"QtWidgets"_s) || widgets.contains(name) ||
                (gui.contains(name) && !allowedGui.contains(name))) {
                offences << u"%1: %2"_s.arg(inc.file, inc.header);
            }
        }
        QVERIFY(files > 5);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
