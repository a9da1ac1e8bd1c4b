// The layering rule, checked: nothing under core/, sync/, server/ or
// translations/ includes a Qt Widgets header (or QtGui, which drags a
// display in). Header names come from the installed QtWidgets module.
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

private Q_SLOTS:
    void noWidgetHeaderBelowUi()
    {
        const QSet<QString> widgets = moduleHeaders(QStringLiteral(LEADERNET_QTWIDGETS_INCLUDE));
        const QSet<QString> gui = moduleHeaders(QStringLiteral(LEADERNET_QTGUI_INCLUDE));
        QVERIFY2(widgets.contains(u"QWidget"_s) && widgets.contains(u"QApplication"_s),
                 "the QtWidgets include directory was not found");
        QVERIFY(gui.contains(u"QGuiApplication"_s));

        // Built from pieces: moc's preprocessor trips over an include directive
        // spelled out inside a raw string.
        static const QRegularExpression include(u"^\\s*\\x23\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s,
                                                QRegularExpression::MultilineOption);
        QStringList offences;
        int files = 0;
        for (const QString &layer : {u"core"_s, u"sync"_s, u"server"_s, u"translations"_s}) {
            QDirIterator it(QStringLiteral(LEADERNET_SOURCE_DIR) + u'/' + layer,
                            {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                const QString text = QString::fromUtf8(file.readAll());
                auto matches = include.globalMatch(text);
                while (matches.hasNext()) {
                    const QString header = matches.next().captured(1);
                    const QString module = header.section(u'/', 0, 0);
                    const QString name = header.section(u'/', -1);
                    const bool qtHeader = name.startsWith(u'Q') && !name.contains(u'.');
                    if (module == u"QtWidgets" || module == u"QtGui" ||
                        (qtHeader && (widgets.contains(name) || gui.contains(name)))) {
                        offences << u"%1: %2"_s.arg(file.fileName(), header);
                    }
                }
            }
        }
        QVERIFY(files > 10);
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
