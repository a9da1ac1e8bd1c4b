#include "httprequestreader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>

namespace Server {

using namespace Qt::StringLiterals;

namespace {

// A chunk's size line, with its extensions.
constexpr std::size_t MaxChunkLine = 1024;

bool sameText(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

RequestReader::Refusal badRequest()
{
    return {400, "Bad Request", u"bad_request"_s, u"the request cannot be understood"_s};
}

RequestReader::Refusal badChunk()
{
    return {400, "Bad Request", u"bad_chunked_body"_s, u"the chunked body cannot be read"_s};
}

RequestReader::Refusal headTooLarge(const QString &message)
{
    return {431, "Request Header Fields Too Large", u"headers_too_large"_s, message};
}

} // namespace

RequestReader::RequestReader(Limits limits, BodyLimit bodyLimit)
    : m_limits(limits)
    , m_bodyLimit(std::move(bodyLimit))
{}

RequestReader::State RequestReader::refuse(Refusal refusal)
{
    m_refusal = std::move(refusal);
    m_body.clear();
    return m_state = State::Refused;
}

bool RequestReader::expectsContinue() const
{
    if (!m_expectContinue || m_state != State::Body)
        return false;
    return m_framing == Framing::Chunked ||
           (m_framing == Framing::Length && m_body.size() < m_expected);
}

RequestReader::State RequestReader::read(const std::string &in, std::size_t &pos)
{
    if (m_state == State::Start) {
        // Empty lines before a request are allowed (RFC 9112, 2.2).
        while (pos + 1 < in.size() && in[pos] == '\r' && in[pos + 1] == '\n')
            pos += 2;
        // Nothing yet, or half of an empty line.
        if (pos >= in.size() || (pos + 1 == in.size() && in[pos] == '\r'))
            return m_state;
        m_state = State::Head;
    }
    if (m_state == State::Head) {
        const std::size_t end = in.find("\r\n\r\n", pos);
        const std::size_t headBytes = end == std::string::npos ? in.size() - pos : end + 4 - pos;
        if (headBytes > m_limits.maxHeadBytes) {
            return refuse(
                headTooLarge(u"the request line and headers take more than %1 bytes"_s.arg(
                    m_limits.maxHeadBytes)));
        }
        if (end == std::string::npos)
            return m_state;
        const std::string_view head(in.data() + pos, end - pos);
        pos = end + 4;
        if (readHead(head) == State::Refused)
            return m_state;
    }
    if (m_state == State::Body)
        return readBody(in, pos);
    return m_state;
}

// Checks the head and sets the body's framing.
RequestReader::State RequestReader::readHead(std::string_view head)
{
    std::size_t lineEnd = head.find("\r\n");
    const std::string_view requestLine = head.substr(0, lineEnd);
    const std::size_t sp1 = requestLine.find(' ');
    const std::size_t sp2 = sp1 == std::string_view::npos ? sp1 : requestLine.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos || requestLine.find(' ', sp2 + 1) != std::string_view::npos)
        return refuse(badRequest());
    const std::string_view method = requestLine.substr(0, sp1);
    const std::string_view target = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
    const std::string_view version = requestLine.substr(sp2 + 1);
    if (method.empty() || target.empty() || (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return refuse(badRequest());
    m_method = std::string(method);
    m_head.assign(requestLine);
    m_head += "\r\n";

    int headers = 0;
    int lengths = 0;
    int encodings = 0;
    std::uint64_t length = 0;
    bool chunked = false;
    m_expectContinue = false;
    while (lineEnd != std::string_view::npos) {
        const std::size_t from = lineEnd + 2;
        lineEnd = head.find("\r\n", from);
        const std::string_view line = head.substr(
            from, lineEnd == std::string_view::npos ? std::string_view::npos : lineEnd - from);
        if (++headers > m_limits.maxHeaderCount) {
            return refuse(headTooLarge(
                u"the request has more than %1 headers"_s.arg(m_limits.maxHeaderCount)));
        }
        const std::size_t colon = line.find(':');
        // A folded line, a name with spaces, a line with no name: each is
        // read differently by different servers (RFC 9112, 5).
        if (colon == 0 || colon == std::string_view::npos || line.front() == ' ' ||
            line.front() == '\t' ||
            line.substr(0, colon).find_first_of(" \t") != std::string_view::npos)
            return refuse(badRequest());
        const std::string_view name = line.substr(0, colon);
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (sameText(name, "Content-Length")) {
            ++lengths;
            const auto [end, error] =
                std::from_chars(value.data(), value.data() + value.size(), length);
            if (value.empty() || value.size() > 18 || error != std::errc() ||
                end != value.data() + value.size()) {
                return refuse({400, "Bad Request", u"bad_content_length"_s,
                               u"the Content-Length is not a byte count"_s});
            }
            continue;
        }
        if (sameText(name, "Transfer-Encoding")) {
            ++encodings;
            chunked = sameText(value, "chunked");
            if (!chunked) {
                return refuse({501, "Not Implemented", u"unsupported_transfer_encoding"_s,
                               u"request bodies are sent with Content-Length or chunked"_s});
            }
            continue;
        }
        if (sameText(name, "Expect")) {
            m_expectContinue = sameText(value, "100-continue");
            continue;
        }
        m_head.append(line);
        m_head += "\r\n";
    }
    if (lengths > 1 || encodings > 1 || (lengths > 0 && encodings > 0) ||
        (encodings > 0 && version == "HTTP/1.0")) {
        return refuse({400, "Bad Request", u"ambiguous_framing"_s,
                       u"the body's length is given more than once (Content-Length and "
                       "Transfer-Encoding, or twice)"_s});
    }

    m_limit = m_bodyLimit(method, target.substr(0, target.find('?')));
    m_body.clear();
    m_framing = chunked ? Framing::Chunked : lengths > 0 ? Framing::Length : Framing::None;
    m_expected = std::size_t(length);
    m_step = ChunkStep::Size;
    m_chunkLeft = 0;
    m_trailerBytes = 0;
    // A declared length over the limit is refused before any of it is read.
    if (m_framing == Framing::Length && length > m_limit) {
        return refuse(
            {413, "Payload Too Large", u"payload_too_large"_s,
             u"the request body is larger than this route takes (%1 bytes)"_s.arg(m_limit)});
    }
    return m_state = State::Body;
}

RequestReader::State RequestReader::readBody(const std::string &in, std::size_t &pos)
{
    if (m_framing == Framing::Chunked)
        return readChunks(in, pos);
    if (m_framing == Framing::Length) {
        const std::size_t n = std::min(m_expected - m_body.size(), in.size() - pos);
        m_body.append(in, pos, n);
        pos += n;
        if (m_body.size() < m_expected)
            return m_state;
    }
    return m_state = State::Whole;
}

// Moves chunk data into the body; trailer fields are read past and dropped.
RequestReader::State RequestReader::readChunks(const std::string &in, std::size_t &pos)
{
    for (;;) {
        const std::size_t available = in.size() - pos;
        switch (m_step) {
        case ChunkStep::Size: {
            const std::size_t end = in.find("\r\n", pos);
            if (end == std::string::npos || end - pos > MaxChunkLine)
                return available > MaxChunkLine ? refuse(badChunk()) : m_state;
            std::string_view line(in.data() + pos, end - pos);
            line = trimmed(line.substr(0, line.find(';')));
            std::uint64_t size = 0;
            const auto [stop, error] =
                std::from_chars(line.data(), line.data() + line.size(), size, 16);
            if (line.empty() || line.size() > 15 || error != std::errc() ||
                stop != line.data() + line.size())
                return refuse(badChunk());
            pos = end + 2;
            if (size == 0) {
                m_step = ChunkStep::Trailer;
                break;
            }
            // Refused as soon as the declared chunk passes the limit.
            if (size > m_limit - m_body.size()) {
                return refuse({413, "Payload Too Large", u"payload_too_large"_s,
                               u"the request body is larger than this route takes (%1 bytes)"_s.arg(
                                   m_limit)});
            }
            m_chunkLeft = std::size_t(size);
            m_step = ChunkStep::Data;
            break;
        }
        case ChunkStep::Data: {
            const std::size_t n = std::min(m_chunkLeft, available);
            if (n == 0)
                return m_state;
            m_body.append(in, pos, n);
            pos += n;
            m_chunkLeft -= n;
            if (m_chunkLeft == 0)
                m_step = ChunkStep::DataEnd;
            break;
        }
        case ChunkStep::DataEnd:
            if (available < 2)
                return m_state;
            if (in.compare(pos, 2, "\r\n") != 0)
                return refuse(badChunk());
            pos += 2;
            m_step = ChunkStep::Size;
            break;
        case ChunkStep::Trailer: {
            const std::size_t end = in.find("\r\n", pos);
            if (end == std::string::npos) {
                return m_trailerBytes + available > m_limits.maxHeadBytes ? refuse(badChunk())
                                                                          : m_state;
            }
            m_trailerBytes += end + 2 - pos;
            if (m_trailerBytes > m_limits.maxHeadBytes)
                return refuse(badChunk());
            const bool last = end == pos;
            pos = end + 2;
            if (last)
                return m_state = State::Whole;
            break;
        }
        }
    }
}

std::string RequestReader::take()
{
    std::string request = std::move(m_head);
    const bool hasBody = m_framing != Framing::None || m_method == "POST" || m_method == "PUT" ||
                         m_method == "PATCH";
    if (hasBody)
        request += "Content-Length: " + std::to_string(m_body.size()) + "\r\n";
    request += "\r\n";
    request += m_body;
    m_head.clear();
    m_body.clear();
    m_body.shrink_to_fit();
    m_state = State::Start;
    m_framing = Framing::None;
    m_expectContinue = false;
    return request;
}

} // namespace Server
