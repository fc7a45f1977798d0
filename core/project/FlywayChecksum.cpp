// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/FlywayChecksum.h"

#include <array>

namespace {
// The reflected table of polynomial 0xEDB88320 (zlib's and Java's CRC32).
std::array<quint32, 256> makeTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
} // namespace

quint32 FlywayChecksum::crc32(quint32 crc, const char *data, qsizetype size)
{
    static const std::array<quint32, 256> table = makeTable();
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

qint32 FlywayChecksum::of(const QByteArray &script)
{
    QByteArray bytes = script;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // Dropping every CR and LF feeds CRC-32 the same bytes as line after line without endings:
    // CRC-32 of a concatenation is the running CRC over its pieces.
    quint32 crc = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i == bytes.size() || bytes.at(i) == '\n' || bytes.at(i) == '\r') {
            crc = crc32(crc, bytes.constData() + start, i - start);
            start = i + 1;
        }
    }
    return qint32(crc);
}
