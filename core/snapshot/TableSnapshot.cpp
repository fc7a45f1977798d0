// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot/TableSnapshot.h"

#include "checks/CheckRunner.h"
#include "db/DatabaseConnection.h"
#include "snapshot/SqliteWriteTracker.h"
#include "util/LoggingCategories.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSet>

namespace {

// Every row of a query, tab-separated: the raw material of a schema fingerprint.
bool appendRows(DatabaseConnection &db, const QString &sql, QStringList &out, ErrorInfo *error,
                const QVariantList &values = {})
{
    QSqlQuery q = db.query();
    if (!(values.isEmpty() ? q.exec(sql) : (q.prepare(sql) && [&] {
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            return q.exec();
        }()))) {
        const ErrorInfo e = db.describe(q.lastError(), TableSnapshot::tr("Reading the table's structure"), sql);
        return fail(error, e.message, e.details);
    }
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << (q.value(i).isNull() ? QStringLiteral("\\N") : q.value(i).toString());
        out << fields.join(QLatin1Char('\t'));
    }
    return true;
}

std::optional<TableState> sqliteState(DatabaseConnection &db, const QString &table, ErrorInfo *error,
                                      const QList<TableState> &earlier, const SqliteWriteTracker *writes)
{
    TableState state;
    state.table = table;
    QStringList columns;
    QStringList shape;
    if (!appendRows(db, QStringLiteral("SELECT cid, name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) "
                                       "ORDER BY cid"),
                    shape, error, {table}))
        return std::nullopt;
    for (const QString &line : std::as_const(shape))
        columns << DatabaseConnection::quoteIdentifier(line.section(QLatin1Char('\t'), 1, 1));
    if (columns.isEmpty()) {
        fail(error, TableSnapshot::tr("The table %1 does not exist.").arg(table));
        return std::nullopt;
    }
    // Foreign keys and unique indexes by content, not by name: SQLite names an automatic
    // index after the table it was created for, which a rename does not update.
    QStringList keys;
    if (!appendRows(db, QStringLiteral("SELECT \"table\", \"from\", \"to\", on_update, on_delete, \"match\" "
                                       "FROM pragma_foreign_key_list(?)"),
                    keys, error, {table})
        || !appendRows(db, QStringLiteral("SELECT l.\"unique\", l.origin, l.partial, "
                                          "(SELECT group_concat(coalesce(i.name, '<expr>'), ',') FROM "
                                          "(SELECT name FROM pragma_index_info(l.name) ORDER BY seqno) i) "
                                          "FROM pragma_index_list(?) l"),
                       keys, error, {table}))
        return std::nullopt;
    keys.sort();
    shape << keys;
    state.schema = QString::fromLatin1(
        QCryptographicHash::hash(shape.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex().left(32));

    // The b-tree's root page follows a table through renames: the same page, the same shape
    // and no statement that wrote it means the same rows as before.
    state.relation = quint32(SqliteWriteTracker::rootPage(db, table));
    if (writes && !writes->mayHaveWritten(state.relation)) {
        for (const TableState &e : earlier) {
            if (e.relation != 0 && e.relation == state.relation && e.schema == state.schema) {
                state.rows = e.rows;
                state.checksum = e.checksum;
                qCDebug(lcRunner, "%s: untouched since %s was read, its checksum is kept", qUtf8Printable(table),
                        qUtf8Printable(e.table));
                return state;
            }
        }
    }
    QSqlQuery q = db.query();
    const QString sql = QStringLiteral("SELECT count(*), ma_checksum(%1) FROM %2")
                            .arg(columns.join(QStringLiteral(", ")), DatabaseConnection::quoteIdentifier(table));
    if (!q.exec(sql) || !q.next()) {
        const ErrorInfo e = db.describe(q.lastError(), TableSnapshot::tr("Computing the checksum of %1").arg(table), sql);
        fail(error, e.message, e.details);
        return std::nullopt;
    }
    state.rows = q.value(0).toLongLong();
    state.checksum = q.value(1).toString();
    return state;
}

std::optional<TableState> postgresqlState(DatabaseConnection &db, const QString &table, ErrorInfo *error,
                                          const QList<TableState> &earlier)
{
    TableState state;
    state.table = table;
    const QString schema = db.spec().schema;
    QStringList shape;
    if (!appendRows(db, QStringLiteral("SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                                       "pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a "
                                       "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                                       "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped "
                                       "ORDER BY a.attnum"),
                    shape, error, {db.qualified(table)}))
        return std::nullopt;
    if (shape.isEmpty()) {
        fail(error, TableSnapshot::tr("The table %1 does not exist in schema %2.").arg(table, schema));
        return std::nullopt;
    }
    const QStringList columnLines = shape;
    // Constraints by definition, not by name (names may differ after a swap).
    QStringList keys;
    if (!appendRows(db, QStringLiteral("SELECT contype, pg_get_constraintdef(oid) FROM pg_constraint "
                                       "WHERE conrelid = to_regclass(?)"),
                    keys, error, {db.qualified(table)}))
        return std::nullopt;
    keys.sort();
    shape << keys;
    state.schema = QString::fromLatin1(
        QCryptographicHash::hash(shape.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex().left(32));

    // Untouched since an earlier state of this transaction? Then its rows are what they were.
    // Writes show in the transaction's own statistics; TRUNCATE and rewrites change the
    // storage file; any change of columns changes the shape. Without track_counts the
    // statistics say nothing, so nothing is reused.
    QSqlQuery ident = db.query();
    const QString identSql = QStringLiteral(
        "SELECT c.oid::int8, c.relfilenode::int8, current_setting('track_counts')::bool, "
        "coalesce(s.n_tup_ins + s.n_tup_upd + s.n_tup_del, 0) FROM pg_class c "
        "LEFT JOIN pg_stat_xact_user_tables s ON s.relid = c.oid WHERE c.oid = to_regclass(?)");
    ident.prepare(identSql);
    ident.bindValue(0, db.qualified(table));
    if (!ident.exec() || !ident.next()) {
        const ErrorInfo e = db.describe(ident.lastError(), TableSnapshot::tr("Reading the table's structure"), identSql);
        fail(error, e.message, e.details);
        return std::nullopt;
    }
    state.relation = quint32(ident.value(0).toLongLong());
    state.storage = quint32(ident.value(1).toLongLong());
    const bool written = !ident.value(2).toBool() || ident.value(3).toLongLong() != 0;
    for (const TableState &e : earlier) {
        if (!written && e.relation == state.relation && e.storage == state.storage && e.schema == state.schema
            && e.relation != 0) {
            state.rows = e.rows;
            state.checksum = e.checksum;
            return state;
        }
    }
    // An order-independent sum of two 64-bit row hashes (128 bits), as SQLite's ma_checksum
    // does, computed by the server's own record hash: no row is turned into text, which made
    // this 6x slower. Types whose equality is looser than their bytes (numeric 1.0 = 1.00,
    // floats' -0 = 0) or that have no hash function (json, xml, geometric) are hashed as
    // their text, so the checksum still tells apart anything a person could see differ.
    static const QSet<QString> exactlyHashed{
        QStringLiteral("text"), QStringLiteral("bytea"), QStringLiteral("boolean"), QStringLiteral("smallint"),
        QStringLiteral("integer"), QStringLiteral("bigint"), QStringLiteral("uuid"), QStringLiteral("jsonb"),
        QStringLiteral("date"), QStringLiteral("timestamp with time zone"),
        QStringLiteral("timestamp without time zone"), QStringLiteral("oid")};
    QStringList fields;
    for (const QString &line : columnLines) {
        const QString column = QStringLiteral("t.") + DatabaseConnection::quoteIdentifier(line.section(QLatin1Char('\t'), 1, 1));
        const QString type = line.section(QLatin1Char('\t'), 2, 2);
        const bool exact = exactlyHashed.contains(type) || type.startsWith(QLatin1String("character varying"))
                           || type.startsWith(QLatin1String("character("));
        fields << (exact ? column : column + QStringLiteral("::text"));
    }
    const QString row = QStringLiteral("ROW(%1)").arg(fields.join(QStringLiteral(", ")));
    QSqlQuery q = db.query();
    const QString sql = QStringLiteral(
        "SELECT count(*), coalesce(sum(hash_record_extended(%1, 0)), 0)::text || '/' || "
        "coalesce(sum(hash_record_extended(%1, 1)), 0)::text FROM %2 t").arg(row, db.qualified(table));
    if (!q.exec(sql) || !q.next()) {
        const ErrorInfo e = db.describe(q.lastError(), TableSnapshot::tr("Computing the checksum of %1").arg(table), sql);
        fail(error, e.message, e.details);
        return std::nullopt;
    }
    state.rows = q.value(0).toLongLong();
    state.checksum = q.value(1).toString();
    return state;
}

} // namespace

std::optional<QList<TableState>> TableSnapshot::take(DatabaseConnection &db, const QStringList &tables,
                                                     ErrorInfo *error, const QList<TableState> &earlier,
                                                     const SqliteWriteTracker *writes)
{
    QList<TableState> states;
    for (const QString &table : tables) {
        const auto state = db.isSqlite() ? sqliteState(db, table, error, earlier, writes) : postgresqlState(db, table, error, earlier);
        if (!state)
            return std::nullopt;
        states << *state;
    }
    return states;
}

QStringList TableSnapshot::differences(const QList<TableState> &expected, const QList<TableState> &actual)
{
    QStringList out;
    for (const TableState &e : expected) {
        const auto it = std::find_if(actual.begin(), actual.end(),
                                     [&](const TableState &a) { return a.table == e.table; });
        if (it == actual.end()) {
            out << tr("%1: the table is missing").arg(e.table);
            continue;
        }
        if (it->rows != e.rows)
            out << tr("%1: %2 rows expected, %3 found")
                       .arg(e.table, CheckRunner::formatCount(e.rows), CheckRunner::formatCount(it->rows));
        else if (it->checksum != e.checksum)
            out << tr("%1: the same number of rows, but their content differs").arg(e.table);
        if (it->schema != e.schema)
            out << tr("%1: its columns, keys or indexes differ").arg(e.table);
    }
    for (const TableState &a : actual)
        if (std::none_of(expected.begin(), expected.end(), [&](const TableState &e) { return e.table == a.table; }))
            out << tr("%1: a table that should not be there").arg(a.table);
    return out;
}

QJsonArray TableSnapshot::toJson(const QList<TableState> &states)
{
    QJsonArray array;
    for (const TableState &s : states)
        array.append(s.toJson());
    return array;
}

QList<TableState> TableSnapshot::fromJson(const QJsonArray &array)
{
    QList<TableState> states;
    for (const QJsonValue &v : array)
        states << TableState::fromJson(v.toObject());
    return states;
}
