// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/ScriptTransactionControl.h"

#include "plan/Plan.h"

#include <QRegularExpression>

#include <optional>

namespace {

using Use = ScriptTransactionControl::Use;

struct Rule
{
    QRegularExpression pattern; // on the statement, simplified and upper case
    QString what;               // the statement's kind, as people write it
};

// The one list of statements that cannot run inside a transaction (the lint, the checks and the
// runner read it here).
const QList<Rule> &postgresqlRules()
{
    static const QList<Rule> rules{
        {QRegularExpression(QStringLiteral("^CREATE (UNIQUE )?INDEX CONCURRENTLY\\b")), QStringLiteral("CREATE INDEX CONCURRENTLY")},
        {QRegularExpression(QStringLiteral("^DROP INDEX CONCURRENTLY\\b")), QStringLiteral("DROP INDEX CONCURRENTLY")},
        {QRegularExpression(QStringLiteral("^REINDEX\\b.*\\bCONCURRENTLY\\b")), QStringLiteral("REINDEX CONCURRENTLY")},
        {QRegularExpression(QStringLiteral("^VACUUM\\b")), QStringLiteral("VACUUM")},
        {QRegularExpression(QStringLiteral("^ALTER SYSTEM\\b")), QStringLiteral("ALTER SYSTEM")},
        {QRegularExpression(QStringLiteral("^(CREATE|DROP) DATABASE\\b")), QStringLiteral("CREATE/DROP DATABASE")},
        {QRegularExpression(QStringLiteral("^(CREATE|DROP) TABLESPACE\\b")), QStringLiteral("CREATE/DROP TABLESPACE")},
        {QRegularExpression(QStringLiteral("^ALTER DATABASE\\b.*\\bSET TABLESPACE\\b")), QStringLiteral("ALTER DATABASE … SET TABLESPACE")},
        {QRegularExpression(QStringLiteral("^(CREATE|DROP) SUBSCRIPTION\\b")), QStringLiteral("CREATE/DROP SUBSCRIPTION")},
        {QRegularExpression(QStringLiteral("^(COMMIT|ROLLBACK) PREPARED\\b")), QStringLiteral("COMMIT/ROLLBACK PREPARED")},
    };
    return rules;
}

const QList<Rule> &sqliteRules()
{
    static const QList<Rule> rules{
        {QRegularExpression(QStringLiteral("^VACUUM\\b")), QStringLiteral("VACUUM")},
        {QRegularExpression(QStringLiteral("^ATTACH\\b")), QStringLiteral("ATTACH")},
        {QRegularExpression(QStringLiteral("^DETACH\\b")), QStringLiteral("DETACH")},
        {QRegularExpression(QStringLiteral("^PRAGMA ([A-Z_0-9]+ ?\\. ?)?JOURNAL_MODE ?[=(]")), QStringLiteral("PRAGMA journal_mode")},
    };
    return rules;
}

// Filled in as psql does: :'name' a string literal, :"name" an identifier, :name as it is.
QString interpolated(char16_t quote, const QString &value)
{
    if (quote == u'\'')
        return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    if (quote == u'"')
        return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return value;
}

// The statement with every variable psql knows filled in; an unknown one stays as written, as
// psql leaves it (the server then says what is wrong).
QString withVariables(const StatementSplitter::Piece &piece, const QHash<QString, QString> &variables)
{
    QString out = piece.text;
    for (qsizetype k = piece.variables.size() - 1; k >= 0; --k) {
        const StatementSplitter::Variable &v = piece.variables.at(k);
        const auto value = variables.constFind(v.name);
        if (value != variables.constEnd())
            out.replace(v.at, v.length, interpolated(v.quote, *value));
    }
    return out;
}

// The words of a \set line as psql reads them: 'quoted' ('' and \' for a quote), :var and
// :'var' filled in, the rest up to a space. A `backquote` (a shell command) is refused.
std::optional<QStringList> metaArguments(QStringView line, const QHash<QString, QString> &variables)
{
    QStringList words;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && line[i].isSpace())
            ++i;
        if (i >= n)
            break;
        QString word;
        while (i < n && !line[i].isSpace()) {
            const QChar c = line[i];
            if (c == u'`')
                return std::nullopt;
            if (c == u'\'') {
                ++i;
                while (i < n) {
                    if (line[i] == u'\'' && i + 1 < n && line[i + 1] == u'\'') {
                        word += QLatin1Char('\'');
                        i += 2;
                    } else if (line[i] == u'\'') {
                        ++i;
                        break;
                    } else if (line[i] == u'\\' && i + 1 < n) {
                        const QChar e = line[i + 1];
                        word += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e;
                        i += 2;
                    } else {
                        word += line[i++];
                    }
                }
                continue;
            }
            if (c == u':' && i + 1 < n) {
                const bool quoted = line[i + 1] == u'\'' || line[i + 1] == u'"';
                qsizetype j = i + (quoted ? 2 : 1);
                const qsizetype start = j;
                while (j < n && (line[j].isLetterOrNumber() || line[j] == u'_'))
                    ++j;
                const QString name = line.sliced(start, j - start).toString();
                if (!name.isEmpty() && variables.contains(name) && (!quoted || (j < n && line[j] == line[i + 1]))) {
                    word += quoted ? interpolated(line[i + 1].unicode(), variables.value(name)) : variables.value(name);
                    i = quoted ? j + 1 : j;
                    continue;
                }
            }
            word += c;
            ++i;
        }
        words << word;
    }
    return words;
}

QString driverName(const QString &driver)
{
    return driver == QLatin1String("sqlite") ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

} // namespace

PreparedScript ScriptTransactionControl::prepare(const QString &script, const QString &driver, Use use,
                                                 const QHash<QString, QString> &planVariables, qint64 postgresqlVersion)
{
    PreparedScript out;
    const bool sqlite = driver == QLatin1String("sqlite");
    QHash<QString, QString> variables = planVariables;
    static const QRegularExpression begin(QStringLiteral("^(BEGIN|START TRANSACTION)\\b"));
    static const QRegularExpression commit(QStringLiteral("^(COMMIT|END)\\b(?! PREPARED\\b)"));
    static const QRegularExpression rollback(
        QStringLiteral("^(ROLLBACK|ABORT)\\b(?!( TRANSACTION| WORK)? TO\\b)(?! PREPARED\\b)"));
    static const QRegularExpression prepareTransaction(QStringLiteral("^PREPARE TRANSACTION\\b"));
    static const QRegularExpression foreignKeys(QStringLiteral("^PRAGMA ([A-Z_0-9]+ ?\\. ?)?FOREIGN_KEYS ?[=(]"));
    static const QRegularExpression addValue(QStringLiteral("^ALTER TYPE\\b.*\\bADD VALUE\\b"));
    const auto pieces = StatementSplitter::pieces(
        script, sqlite ? StatementSplitter::Dialect::Sqlite : StatementSplitter::Dialect::Postgresql);
    for (const StatementSplitter::Piece &piece : pieces) {
        auto fault = [&](const QString &message) { out.faults << LintFinding{QString(), piece.line, message}; };
        if (piece.metaCommand) {
            const QString command = piece.text.section(QLatin1Char(' '), 0, 0);
            if (command != QLatin1String("\\set") && command != QLatin1String("\\unset")) {
                fault(tr("the psql meta-command %1 is not supported: the assistant runs the script's SQL itself, "
                         "not through psql (it follows only \\set and \\unset)").arg(command));
                continue;
            }
            const auto words = metaArguments(QStringView(piece.text).sliced(command.size()), variables);
            if (!words) {
                fault(tr("%1 with a `backquoted` shell command is not supported").arg(command));
                continue;
            }
            if (words->isEmpty())
                continue; // \set alone lists the variables: nothing to do here
            if (command == QLatin1String("\\unset"))
                variables.remove(words->first());
            else
                variables.insert(words->first(), words->mid(1).join(QString()));
            continue;
        }
        StatementSplitter::Piece statement = piece;
        statement.text = withVariables(piece, variables);
        statement.variables.clear();
        const QString head = statement.text.simplified().toUpper();
        if (begin.match(head).hasMatch() || commit.match(head).hasMatch()) {
            ++out.leftOut; // the run's own transaction is the boundary
            continue;
        }
        if (rollback.match(head).hasMatch()) {
            if (use == Use::Verify) {
                ++out.leftOut; // the savepoint around a verify script is rolled back anyway
                continue;
            }
            fault(tr("%1 would undo the step (the assistant runs it inside the run's transaction, which commits "
                     "or rolls back as a whole): remove it").arg(head.section(QLatin1Char(' '), 0, 0)));
            continue;
        }
        if (prepareTransaction.match(head).hasMatch()) {
            fault(tr("PREPARE TRANSACTION would end the run's transaction: the assistant owns it"));
            continue;
        }
        if (sqlite && foreignKeys.match(head).hasMatch()) {
            // A no-op inside a transaction: the run turns foreign keys off before its BEGIN and
            // runs PRAGMA foreign_key_check before its COMMIT instead (lang_altertable.html).
            out.togglesForeignKeys = true;
            ++out.leftOut;
            continue;
        }
        if (use != Use::StepOutsideTransaction) {
            for (const Rule &rule : sqlite ? sqliteRules() : postgresqlRules())
                if (rule.pattern.match(head).hasMatch())
                    fault(tr("%1 cannot run inside a transaction on %2, and this script runs inside the run's "
                             "transaction: give it a step of its own with \"outside_transaction\": true")
                              .arg(rule.what, driverName(driver)));
            if (!sqlite && postgresqlVersion < 120000 && addValue.match(head).hasMatch())
                fault(tr("ALTER TYPE … ADD VALUE cannot run inside a transaction before PostgreSQL 12: set "
                         "minimum_server_version.postgresql to 120000 or more (the new value is usable only after "
                         "the commit), or give it a step of its own with \"outside_transaction\": true"));
        }
        out.statements << statement;
    }
    return out;
}

QList<LintFinding> ScriptTransactionControl::planFaults(const Plan &plan, const QString &driver,
                                                        qint64 postgresqlVersion)
{
    QList<LintFinding> out;
    auto add = [&](const DriverSql &sql, Use use, const QString &what) {
        if (!sql.has(driver))
            return;
        const QString file = sql.files.value(driver);
        for (LintFinding f : prepare(sql.value(driver), driver, use, plan.variables, postgresqlVersion).faults) {
            f.file = file.isEmpty() ? QStringLiteral("plan.json") : file;
            if (file.isEmpty())
                f.message = tr("%1 (its SQL, line %2): %3").arg(what).arg(f.line).arg(f.message);
            out << f;
        }
    };
    for (const PlanStep &s : plan.steps)
        add(s.sql, s.outsideTransaction ? Use::StepOutsideTransaction : Use::Step, tr("step %1").arg(s.id));
    for (const PlanValidation &v : plan.validations)
        add(v.sql, v.mustSucceed ? Use::Verify : Use::Step, tr("validation %1").arg(v.id));
    for (const PlanStep &s : plan.rollbackSteps)
        add(s.sql, s.outsideTransaction ? Use::StepOutsideTransaction : Use::Step, tr("rollback step %1").arg(s.id));
    for (const PlanValidation &v : plan.rollbackValidations)
        add(v.sql, v.mustSucceed ? Use::Verify : Use::Step, tr("rollback validation %1").arg(v.id));
    return out;
}

bool ScriptTransactionControl::togglesForeignKeys(const Plan &plan, bool rollback)
{
    const QString driver = QStringLiteral("sqlite");
    for (const PlanStep &s : rollback ? plan.rollbackSteps : plan.steps)
        if (s.sql.has(driver) && prepare(s.sql.value(driver), driver, Use::Step, plan.variables, 0).togglesForeignKeys)
            return true;
    return false;
}
