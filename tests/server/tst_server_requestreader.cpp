// RequestReader on its own: requests split at every byte read the same as
// whole ones, bodies come out in canonical form, and each way of framing a
// body ambiguously or too large is refused with its status.
#include "httprequestreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Server::RequestReader;
using State = RequestReader::State;

namespace {

RequestReader reader(std::size_t bodyLimit = 100)
{
    return RequestReader({1024, 8},
                         [bodyLimit](std::string_view, std::string_view) { return bodyLimit; });
}

// Feeds `raw` in pieces of `step` bytes; the state after the last piece.
State feed(RequestReader &r, const std::string &raw, std::size_t step, std::string &in,
           std::size_t &pos)
{
    State state = r.state();
    for (std::size_t at = 0; at < raw.size(); at += step) {
        in.append(raw, at, step);
        state = r.read(in, pos);
        if (state == State::Whole || state == State::Refused)
            break;
    }
    return state;
}

} // namespace

class TestRequestReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitAnywhereReadsTheSame_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("length") << QByteArray("POST /a?x=1 HTTP/1.1\r\nHost: h\r\n"
                                              "Content-Length: 5\r\n\r\nhello")
                                << QByteArray("POST /a?x=1 HTTP/1.1\r\nHost: h\r\n"
                                              "Content-Length: 5\r\n\r\nhello");
        QTest::newRow("chunked")
            << QByteArray(
                   "\r\nPOST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                   "Expect: 100-continue\r\n\r\n2;x=y\r\nhe\r\n3\r\nllo\r\n0\r\nT: 1\r\n\r\n")
            << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello");
        QTest::newRow("no body") << QByteArray("GET /h HTTP/1.1\r\nHost: h\r\n\r\n")
                                 << QByteArray("GET /h HTTP/1.1\r\nHost: h\r\n\r\n");
        QTest::newRow("post, no body")
            << QByteArray("POST /h HTTP/1.1\r\n\r\n")
            << QByteArray("POST /h HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    }
    void splitAnywhereReadsTheSame()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, canonical);
        for (const std::size_t step :
             {std::size_t(1), std::size_t(2), std::size_t(7), std::size_t(raw.size())}) {
            RequestReader r = reader();
            std::string in;
            std::size_t pos = 0;
            QCOMPARE(feed(r, raw.toStdString(), step, in, pos), State::Whole);
            QCOMPARE(QByteArray::fromStdString(r.take()), canonical);
            QCOMPARE(r.state(), State::Start);
            QCOMPARE(pos, in.size());
        }
    }

    void pipelinedRequestsComeOneByOne()
    {
        RequestReader r = reader();
        std::string in = "GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\nok";
        std::size_t pos = 0;
        QCOMPARE(r.read(in, pos), State::Whole);
        QCOMPARE(r.take(), std::string("GET /1 HTTP/1.1\r\n\r\n"));
        QCOMPARE(r.read(in, pos), State::Whole);
        QCOMPARE(r.take(), std::string("POST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\nok"));
        QCOMPARE(pos, in.size());
    }

    void expectContinueWhileTheBodyIsToCome()
    {
        RequestReader r = reader();
        std::string in = "POST /a HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n";
        std::size_t pos = 0;
        QCOMPARE(r.read(in, pos), State::Body);
        QVERIFY(r.expectsContinue());
        in += "ab";
        QCOMPARE(r.read(in, pos), State::Body);
        QCOMPARE(r.bodySize(), std::size_t(2));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("declared too large")
            << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 101\r\n\r\n") << 413
            << u"payload_too_large"_s;
        QTest::newRow("chunk too large")
            << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n50\r\n") +
                   QByteArray(80, 'a') + "\r\n20\r\n"
            << 413 << u"payload_too_large"_s;
        QTest::newRow("two lengths")
            << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx")
            << 400 << u"ambiguous_framing"_s;
        QTest::newRow("length and chunked")
            << QByteArray(
                   "POST /a HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
            << 400 << u"ambiguous_framing"_s;
        QTest::newRow("chunked in 1.0")
            << QByteArray("POST /a HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400
            << u"ambiguous_framing"_s;
        QTest::newRow("signed length")
            << QByteArray("POST /a HTTP/1.1\r\nContent-Length: +1\r\n\r\nx") << 400
            << u"bad_content_length"_s;
        QTest::newRow("gzip") << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")
                              << 501 << u"unsupported_transfer_encoding"_s;
        QTest::newRow("bad chunk size")
            << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400
            << u"bad_chunked_body"_s;
        QTest::newRow("chunk without its CRLF")
            << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nxyz") << 400
            << u"bad_chunked_body"_s;
        QTest::newRow("too many headers")
            << QByteArray("GET / HTTP/1.1\r\nA: 1\r\nA: 1\r\nA: 1\r\nA: 1\r\nA: 1\r\nA: 1\r\nA: "
                          "1\r\nA: 1\r\nA: 1\r\n\r\n")
            << 431 << u"headers_too_large"_s;
        QTest::newRow("head too long")
            << QByteArray("GET /") + QByteArray(2000, 'a') << 431 << u"headers_too_large"_s;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 400 << u"bad_request"_s;
    }
    void refusals()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QString, code);
        for (const std::size_t step : {std::size_t(1), std::size_t(raw.size())}) {
            RequestReader r = reader();
            std::string in;
            std::size_t pos = 0;
            QCOMPARE(feed(r, raw.toStdString(), step, in, pos), State::Refused);
            QCOMPARE(r.refusal().status, status);
            QCOMPARE(r.refusal().code, code);
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestReader)
#include "tst_server_requestreader.moc"
