// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot/CatalogueSnapshot.h"

#include "db/DatabaseConnection.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Every row of a catalogue query; fields as strings (NULL as an empty string).
bool rows(DatabaseConnection &db, const QString &sql, QList<QStringList> &out, ErrorInfo *error)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql)) {
        const ErrorInfo e = db.describe(q.lastError(), CatalogueSnapshot::tr("Reading the database's catalogue"), sql);
        return fail(error, e.message, e.details);
    }
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        out << fields;
    }
    return true;
}

// The tables' other rows: the first field names the table (SQLite) or its oid (PostgreSQL).
template <typename Add>
bool each(DatabaseConnection &db, const QString &sql, QHash<QString, CatalogueTable *> &byKey, ErrorInfo *error,
          Add add)
{
    QList<QStringList> found;
    if (!rows(db, sql, found, error))
        return false;
    for (const QStringList &row : std::as_const(found))
        if (CatalogueTable *t = byKey.value(row.value(0)))
            add(*t, row);
    return true;
}

bool sqlite(DatabaseConnection &db, CatalogueSnapshot &out, ErrorInfo *error)
{
    QList<QStringList> tables;
    if (!rows(db, QStringLiteral("SELECT name, rootpage FROM sqlite_master WHERE type = 'table' ORDER BY name"), tables,
              error))
        return false;
    for (const QStringList &row : std::as_const(tables)) {
        if (CatalogueSnapshot::isRegistry(QString(), row.at(0)))
            continue;
        CatalogueTable t;
        t.name = row.at(0);
        t.relation = row.at(1).toLongLong();
        out.tables << t;
    }
    QHash<QString, CatalogueTable *> byName;
    for (CatalogueTable &t : out.tables)
        byName.insert(t.name, &t);
    // The table-valued pragmas joined to sqlite_master: one statement for all tables.
    if (!each(db, QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                                 "WHERE m.type = 'table' ORDER BY m.name, p.cid"),
              byName, error, [](CatalogueTable &t, const QStringList &r) { t.columns << r.at(1); }))
        return false;
    // SQLite names the automatic index of a UNIQUE or PRIMARY KEY constraint after the table and
    // a number: it is named by what it is instead.
    if (!each(db, QStringLiteral("SELECT m.name, l.name, l.origin, (SELECT group_concat(coalesce(i.name, '<expr>'), ', ') "
                                 "FROM (SELECT name FROM pragma_index_info(l.name) ORDER BY seqno) i) "
                                 "FROM sqlite_master m, pragma_index_list(m.name) l WHERE m.type = 'table' "
                                 "ORDER BY m.name, l.name"),
              byName, error, [](CatalogueTable &t, const QStringList &r) {
                  const QString what = r.at(2) == QLatin1String("u")    ? QStringLiteral("UNIQUE")
                                       : r.at(2) == QLatin1String("pk") ? QStringLiteral("PRIMARY KEY")
                                                                        : r.at(1);
                  t.indexes << QStringLiteral("%1 (%2)").arg(what, r.at(3));
              }))
        return false;
    QList<QStringList> keys;
    if (!rows(db, QStringLiteral("SELECT m.name, f.id, f.\"table\", f.\"from\", coalesce(f.\"to\", '') "
                                 "FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                                 "ORDER BY m.name, f.id, f.seq"),
              keys, error))
        return false;
    // A key of several columns is several rows with the same id.
    for (qsizetype i = 0; i < keys.size();) {
        qsizetype j = i;
        QStringList from, to;
        while (j < keys.size() && keys.at(j).at(0) == keys.at(i).at(0) && keys.at(j).at(1) == keys.at(i).at(1)) {
            from << keys.at(j).at(3);
            if (!keys.at(j).at(4).isEmpty())
                to << keys.at(j).at(4);
            ++j;
        }
        if (CatalogueTable *t = byName.value(keys.at(i).at(0)))
            t->foreignKeys << QStringLiteral("(%1) REFERENCES %2%3")
                                  .arg(from.join(QStringLiteral(", ")), keys.at(i).at(2),
                                       to.isEmpty() ? QString() : QStringLiteral("(%1)").arg(to.join(QStringLiteral(", "))));
        i = j;
    }
    for (CatalogueTable &t : out.tables)
        t.foreignKeys.sort();
    return true;
}

bool postgresql(DatabaseConnection &db, CatalogueSnapshot &out, ErrorInfo *error)
{
    const QString inSchemas = QStringLiteral("c.relkind IN ('r', 'p') AND n.nspname = ANY (current_schemas(false))");
    QList<QStringList> tables;
    // Without track_counts the statistics say nothing: every table counts as written.
    if (!rows(db, QStringLiteral("SELECT c.oid::int8, n.nspname, c.relname, c.relfilenode::int8, "
                                 "CASE WHEN current_setting('track_counts')::bool "
                                 "THEN coalesce(s.n_tup_ins + s.n_tup_upd + s.n_tup_del, 0) ELSE -1 END "
                                 "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "LEFT JOIN pg_stat_xact_user_tables s ON s.relid = c.oid WHERE %1 ORDER BY 2, 3")
                      .arg(inSchemas),
              tables, error))
        return false;
    for (const QStringList &row : std::as_const(tables)) {
        if (CatalogueSnapshot::isRegistry(row.at(1), row.at(2)))
            continue;
        CatalogueTable t;
        t.relation = row.at(0).toLongLong();
        t.schema = row.at(1);
        t.name = row.at(2);
        t.storage = row.at(3).toLongLong();
        t.writes = row.at(4).toLongLong();
        out.tables << t;
    }
    QHash<QString, CatalogueTable *> byOid;
    for (CatalogueTable &t : out.tables)
        byOid.insert(QString::number(t.relation), &t);
    const QString from = QStringLiteral("JOIN pg_class c ON c.oid = %1 JOIN pg_namespace n ON n.oid = c.relnamespace "
                                        "WHERE ") + inSchemas;
    return each(db, QStringLiteral("SELECT a.attrelid::int8, a.attname FROM pg_attribute a %1 AND a.attnum > 0 "
                                   "AND NOT a.attisdropped ORDER BY 1, a.attnum")
                        .arg(from.arg(QStringLiteral("a.attrelid"))),
                byOid, error, [](CatalogueTable &t, const QStringList &r) { t.columns << r.at(1); })
           && each(db, QStringLiteral("SELECT x.indrelid::int8, i.relname || ' (' || (SELECT string_agg("
                                      "pg_get_indexdef(x.indexrelid, k, true), ', ' ORDER BY k) FROM "
                                      "generate_series(1, x.indnkeyatts) k) || ')' FROM pg_index x "
                                      "JOIN pg_class i ON i.oid = x.indexrelid %1 ORDER BY 1, 2")
                               .arg(from.arg(QStringLiteral("x.indrelid"))),
                   byOid, error, [](CatalogueTable &t, const QStringList &r) { t.indexes << r.at(1); })
           && each(db, QStringLiteral("SELECT k.conrelid::int8, substr(pg_get_constraintdef(k.oid), 13) "
                                      "FROM pg_constraint k %1 AND k.contype = 'f' ORDER BY 1, 2")
                               .arg(from.arg(QStringLiteral("k.conrelid"))),
                   byOid, error, [](CatalogueTable &t, const QStringList &r) { t.foreignKeys << r.at(1); });
}

} // namespace

std::optional<CatalogueSnapshot> CatalogueSnapshot::take(DatabaseConnection &db, ErrorInfo *error)
{
    CatalogueSnapshot out;
    if (!(db.isSqlite() ? sqlite(db, out, error) : postgresql(db, out, error)))
        return std::nullopt;
    return out;
}

const CatalogueTable *CatalogueSnapshot::table(const QString &name) const
{
    for (const CatalogueTable &t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

const CatalogueTable *CatalogueSnapshot::byRelation(qint64 relation) const
{
    for (const CatalogueTable &t : tables)
        if (relation > 0 && t.relation == relation)
            return &t;
    return nullptr;
}

bool CatalogueSnapshot::isRegistry(const QString &schema, const QString &table)
{
    return schema == QLatin1String("sqitch") || table.startsWith(QLatin1String("migration_assistant_"))
           || table.startsWith(QLatin1String("sqlite_")) || table == QLatin1String("flyway_schema_history")
           || table == QLatin1String("schema_migrations");
}
