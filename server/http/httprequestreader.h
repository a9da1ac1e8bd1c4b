#pragma once

#include <QString>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace Server {

// Reads one HTTP/1.1 request from bytes as they arrive, with no I/O of its
// own: the request line and headers, bounded in size and number, then the
// body, framed by one Content-Length or by chunked coding and bounded by its
// route's limit however it is framed. Framing that proxies could read
// differently is refused, never guessed at: two Content-Lengths, one with a
// Transfer-Encoding, a length that is not a byte count, folded headers, a
// name with spaces before its colon. The whole request comes out in a
// canonical form (one Content-Length, no Transfer-Encoding or Expect), which
// httplib then reads with no framing left to decide.
class RequestReader final
{
public:
    struct Limits {
        std::size_t maxHeadBytes = 16 * 1024;
        int maxHeaderCount = 64;
    };

    // Why a request is refused: the status, its reason phrase, and the
    // error body's code and message. The connection closes after it.
    struct Refusal {
        int status = 0;
        std::string_view reason;
        QString code;
        QString message;
    };

    enum class State {
        Start,   // nothing of a request yet (empty lines before one are skipped)
        Head,    // part of the request line and headers
        Body,    // the head is read; the body is coming
        Whole,   // the request is whole: take() it
        Refused, // refusal() says why
    };

    // The largest body a request may have, from its method and path (no query).
    using BodyLimit = std::function<std::size_t(std::string_view method, std::string_view path)>;

    RequestReader(Limits limits, BodyLimit bodyLimit);

    // Reads on from `in` at `pos`, moving `pos` past what it used; the state after.
    State read(const std::string &in, std::size_t &pos);

    State state() const { return m_state; }
    // The head asked for "100 Continue" and the body has yet to come.
    bool expectsContinue() const;
    std::size_t bodySize() const { return m_body.size(); }
    std::size_t bodyLimit() const { return m_limit; }
    const Refusal &refusal() const { return m_refusal; }

    // The whole request (State::Whole) in canonical form; the reader starts
    // over for the next one.
    std::string take();

private:
    enum class Framing { None, Length, Chunked };
    enum class ChunkStep { Size, Data, DataEnd, Trailer };

    State refuse(Refusal refusal);
    State readHead(std::string_view head);
    State readBody(const std::string &in, std::size_t &pos);
    State readChunks(const std::string &in, std::size_t &pos);

    Limits m_limits;
    BodyLimit m_bodyLimit;
    State m_state = State::Start;
    Refusal m_refusal;
    std::string m_head; // canonical request line and headers, no final empty line
    std::string m_method;
    std::string m_body;
    Framing m_framing = Framing::None;
    bool m_expectContinue = false;
    std::size_t m_expected = 0; // Framing::Length
    std::size_t m_limit = 0;
    ChunkStep m_step = ChunkStep::Size;
    std::size_t m_chunkLeft = 0;
    std::size_t m_trailerBytes = 0;
};

} // namespace Server
