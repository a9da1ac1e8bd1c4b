// The three-way text merge of one field (server/policy/textmerge.cpp): edits of
// different lines merge, edits of different words of one line merge, edits
// of the same words do not, and nothing is ever dropped silently.
#include "textmerge.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestServerTextMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merges_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged"); // empty: no merge expected
        const QString base = u"Stock cards are filled late.\nOrders go out monthly.\n"
                             "Nobody checks expiry dates.\n"_s;
        QTest::newRow("different lines")
            << base
            << u"Stock cards are filled on the day.\nOrders go out monthly.\nNobody checks "
               "expiry dates.\n"_s
            << u"Stock cards are filled late.\nOrders go out monthly.\nThe pharmacist checks "
               "expiry dates.\n"_s
            << u"Stock cards are filled on the day.\nOrders go out monthly.\nThe pharmacist "
               "checks expiry dates.\n"_s;
        QTest::newRow("lines added at both ends")
            << base << u"Context first.\n"_s + base << base + u"A last line.\n"_s
            << u"Context first.\n"_s + base + u"A last line.\n"_s;
        QTest::newRow("different words of one line")
            << u"Reduce stockouts of tracer drugs in all facilities by June."_s
            << u"Reduce stockouts of essential tracer drugs in all facilities by June."_s
            << u"Reduce stockouts of tracer drugs in all facilities by December."_s
            << u"Reduce stockouts of essential tracer drugs in all facilities by December."_s;
        QTest::newRow("the same change twice")
            << base << base + u"Same.\n"_s << base + u"Same.\n"_s << base + u"Same.\n"_s;
        QTest::newRow("one side unchanged") << base << base << u"New text"_s << u"New text"_s;
        QTest::newRow("same words changed differently")
            << u"Target: 80% by June."_s << u"Target: 90% by June."_s << u"Target: 85% by June."_s
            << QString();
        QTest::newRow("one deletes a line the other edits")
            << base << u"Stock cards are filled late.\nNobody checks expiry dates.\n"_s
            << u"Stock cards are filled late.\nOrders go out weekly.\nNobody checks expiry "
               "dates.\n"_s
            << QString();
        QTest::newRow("arabic and russian text")
            << u"الهدف: خفض نفاد المخزون.\nЦель: сократить дефицит.\n"_s
            << u"الهدف: خفض نفاد المخزون بنسبة النصف.\nЦель: сократить дефицит.\n"_s
            << u"الهدف: خفض نفاد المخزون.\nЦель: сократить дефицит лекарств.\n"_s
            << u"الهدف: خفض نفاد المخزون بنسبة النصف.\nЦель: сократить дефицит лекарств.\n"_s;
    }

    void merges()
    {
        QFETCH(QString, base);
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        const std::optional<QString> result = Server::mergeText(base, ours, theirs);
        if (merged.isEmpty()) {
            QVERIFY2(!result, qPrintable(result.value_or(QString())));
        } else {
            QVERIFY(result);
            QCOMPARE(*result, merged);
            // Symmetric: the order of the two edits does not matter.
            QCOMPARE(Server::mergeText(base, theirs, ours).value_or(QString()), merged);
        }
    }

    void hugeTextsAreNotComparedForever()
    {
        QString base;
        for (int i = 0; i < 5000; ++i)
            base += u"line %1\n"_s.arg(i);
        QString ours = base;
        ours.replace(u"line 10\n"_s, u"LINE 10\n"_s);
        QString theirs;
        for (int i = 0; i < 5000; ++i)
            theirs += u"changed %1\n"_s.arg(i);
        // Too large to compare line by line: no merge (a conflict keeps both),
        // rather than a quadratic wait on the server.
        QVERIFY(!Server::mergeText(base, ours, theirs));
    }

    // The merges of one push share a budget; a merge done once is not paid
    // for again (the push works them out before its write transaction).
    void aPushsMergesShareABudget()
    {
        QString base;
        QString ours;
        for (int i = 0; i < 2000; ++i) {
            base += u"line %1\n"_s.arg(i);
            ours += i % 2 == 0 ? u"edited %1\n"_s.arg(i) : u"line %1\n"_s.arg(i);
        }
        const auto theirs = [&base](int n) {
            return QString(base).replace(u"line 1999\n"_s, u"last line, take %1\n"_s.arg(n));
        };
        Server::TextMerger merger(10'000'000);
        const std::optional<QString> first = merger.merge(base, ours, theirs(1));
        QVERIFY(first);
        QVERIFY(first->contains(u"edited 1998\nlast line, take 1\n"_s));
        const qint64 one = merger.spent();
        QVERIFY2(one > 3'000'000 && one < 5'000'000, qPrintable(QString::number(one)));
        QCOMPARE(merger.merge(base, ours, theirs(1)), first); // remembered
        QCOMPARE(merger.spent(), one);
        QVERIFY(merger.merge(base, ours, theirs(2)));
        // What is left no longer pays for a third: that text is not merged.
        QVERIFY(!merger.merge(base, ours, theirs(3)));
        QVERIFY(merger.spent() <= 10'000'000);
        // Alone, it would have merged.
        QVERIFY(Server::mergeText(base, ours, theirs(3)));
    }
};

QTEST_GUILESS_MAIN(TestServerTextMerge)
#include "tst_server_textmerge.moc"
