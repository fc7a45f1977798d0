// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/SqliteFunctions.h"

#include <QString>

#include <QCoreApplication>
#include <cstring>
#include <sqlite3.h>

namespace {

struct State
{
    quint64 sumA;
    quint64 sumB;
};

inline quint64 rotl(quint64 x, int r) { return (x << r) | (x >> (64 - r)); }

// MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
inline quint64 fmix(quint64 k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

// Four independent 64-bit lanes over 32-byte stripes (the structure of xxHash64), so the
// multiplies of one stripe overlap in the CPU; long values such as 2 KB tokens hash several
// times faster than one word at a time. Folded into 128 bits at the end of each row.
struct RowHasher
{
    static constexpr quint64 P1 = 0x9e3779b185ebca87ULL;
    static constexpr quint64 P2 = 0xc2b2ae3d27d4eb4fULL;
    quint64 v[4] = {0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL, 0xa4093822299f31d0ULL, 0x082efa98ec4e6c89ULL};
    unsigned lane = 0;

    static quint64 round(quint64 acc, quint64 input) { return rotl(acc + input * P2, 31) * P1; }
    void word(quint64 w)
    {
        v[lane] = round(v[lane], w);
        lane = (lane + 1) & 3;
    }
    void bytes(const unsigned char *data, qint64 size)
    {
        word(quint64(size));
        qint64 i = 0;
        for (; i + 32 <= size; i += 32) {
            quint64 w[4];
            std::memcpy(w, data + i, 32);
            v[0] = round(v[0], w[0]);
            v[1] = round(v[1], w[1]);
            v[2] = round(v[2], w[2]);
            v[3] = round(v[3], w[3]);
        }
        for (; i + 8 <= size; i += 8) {
            quint64 w;
            std::memcpy(&w, data + i, 8);
            word(w);
        }
        quint64 tail = 0;
        for (int shift = 0; i < size; ++i, shift += 8)
            tail |= quint64(data[i]) << shift;
        word(tail);
    }
    quint64 a() const { return v[0] + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18); }
    quint64 b() const { return (v[0] ^ rotl(v[2], 29)) * P1 + (v[1] ^ rotl(v[3], 41)) * P2; }
};

void checksumStep(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    auto *state = static_cast<State *>(sqlite3_aggregate_context(context, sizeof(State)));
    if (!state) {
        sqlite3_result_error_nomem(context);
        return;
    }
    RowHasher row;
    for (int i = 0; i < argc; ++i) {
        const int type = sqlite3_value_type(argv[i]);
        row.word(0x100 + quint64(type) * 0x1000 + quint64(i));
        switch (type) {
        case SQLITE_INTEGER:
            row.word(quint64(sqlite3_value_int64(argv[i])));
            break;
        case SQLITE_FLOAT: {
            const double d = sqlite3_value_double(argv[i]);
            quint64 bits;
            std::memcpy(&bits, &d, 8);
            row.word(bits);
            break;
        }
        case SQLITE_TEXT: {
            const unsigned char *text = sqlite3_value_text(argv[i]);
            row.bytes(text, sqlite3_value_bytes(argv[i]));
            break;
        }
        case SQLITE_BLOB: {
            const auto *blob = static_cast<const unsigned char *>(sqlite3_value_blob(argv[i]));
            row.bytes(blob, sqlite3_value_bytes(argv[i]));
            break;
        }
        default: // NULL: the type word alone
            break;
        }
    }
    state->sumA += fmix(row.a());
    state->sumB += fmix(row.b() ^ 0x5851f42d4c957f2dULL);
}

void checksumFinal(sqlite3_context *context)
{
    auto *state = static_cast<State *>(sqlite3_aggregate_context(context, 0));
    const State s = state ? *state : State{0, 0};
    char text[33];
    std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(s.sumA),
                  static_cast<unsigned long long>(s.sumB));
    sqlite3_result_text(context, text, 32, SQLITE_TRANSIENT);
}

void casefold(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    // Nearly every e-mail address is ASCII, whose case folding is A-Z → a-z: done here in
    // place, a million rows cost a scan instead of a million QString round trips.
    char ascii[256];
    if (size <= int(sizeof ascii)) {
        bool plain = true;
        for (int i = 0; i < size && plain; ++i) {
            const char c = text[i];
            plain = (c & 0x80) == 0;
            ascii[i] = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
        }
        if (plain) {
            sqlite3_result_text(context, ascii, size, SQLITE_TRANSIENT);
            return;
        }
    }
    const QByteArray folded = QString::fromUtf8(text, size).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

bool SqliteFunctions::install(sqlite3 *db, ErrorInfo *error)
{
    const int rc = sqlite3_create_function_v2(db, "ma_checksum", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                              nullptr, checksumStep, checksumFinal, nullptr);
    const int rc2 = rc != SQLITE_OK ? rc
        : sqlite3_create_function_v2(db, "ma_casefold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, casefold,
                                     nullptr, nullptr, nullptr);
    if (rc2 != SQLITE_OK)
        return fail(error,
                    QCoreApplication::translate("SqliteFunctions", "Cannot register the assistant's functions in SQLite."),
                    QString::fromUtf8(sqlite3_errstr(rc2)));
    return true;
}
