// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// The checksum Flyway writes into flyway_schema_history.checksum and compares on validate
// (ChecksumCalculator): CRC-32 (IEEE, as java.util.zip.CRC32) fed each line of the script
// without its line ending (LF, CR or CRLF, as BufferedReader.readLine splits), a UTF-8 BOM
// dropped from the first line, and the result cast to a signed 32-bit int. Over the file as it
// is on disk: placeholders are replaced only in what runs, not in what is summed.
class FlywayChecksum
{
public:
    static qint32 of(const QByteArray &script);
    static quint32 crc32(quint32 crc, const char *data, qsizetype size);
};
