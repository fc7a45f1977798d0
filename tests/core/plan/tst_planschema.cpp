// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/JsonSchemaCheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// resources/schema/plan.schema.json (installed in share/migration-assistant/schema/) describes
// plan.json format 1: every plan of the project passes it, a misspelt key or a wrong type fails
// it, it uses only the keywords JsonSchemaCheck knows, the compiled-in copy is the file, and every
// key PlanLoader reads is in the schema and in docs/plans.md.
class TestPlanSchema : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QJsonObject object(const QString &path) { return QJsonDocument::fromJson(read(path)).object(); }
    static QString source(const QString &relative) { return QStringLiteral(MA_SOURCE_DIR "/") + relative; }

    // Every "word" PlanLoader, its ManifestReader and PlanFinalizeReader read with QStringLiteral/QLatin1String: keys and values.
    static QStringList loaderWords()
    {
        QSet<QString> words;
        static const QRegularExpression literal(QStringLiteral("(?:QStringLiteral|QLatin1String)\\(\"([a-z_]+)\"\\)"));
        for (const QString &file : {QStringLiteral("core/plan/PlanLoader.cpp"), QStringLiteral("core/plan/ManifestReader.cpp"),
                                    QStringLiteral("core/plan/PlanFinalizeReader.cpp")})
            for (auto it = literal.globalMatch(QString::fromUtf8(read(source(file)))); it.hasNext();)
                words.insert(it.next().captured(1));
        words.remove(QStringLiteral("plan")); // the loader's name for the document's top in its messages
        QStringList out(words.begin(), words.end());
        out.sort();
        return out;
    }

    void collectKeywords(const QJsonValue &v, bool inProperties, QSet<QString> &keywords)
    {
        if (v.isArray())
            for (const QJsonValue &item : v.toArray())
                collectKeywords(item, false, keywords);
        if (!v.isObject())
            return;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!inProperties)
                keywords.insert(it.key());
            if (it.key() == QLatin1String("enum"))
                continue;
            collectKeywords(it.value(), !inProperties && (it.key() == QLatin1String("properties") || it.key() == QLatin1String("$defs")),
                            keywords);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_schema = object(source(QStringLiteral("resources/schema/plan.schema.json")));
        QVERIFY(!m_schema.isEmpty());
    }

    void compiledInCopyIsTheFile()
    {
        QCOMPARE(JsonSchemaCheck::planSchema(), m_schema);
    }

    void usesOnlyTheKeywordsTheValidatorKnows()
    {
        QSet<QString> keywords;
        collectKeywords(m_schema, false, keywords);
        const QSet<QString> known{QStringLiteral("$schema"), QStringLiteral("$id"), QStringLiteral("$defs"), QStringLiteral("$ref"),
                                  QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("type"),
                                  QStringLiteral("required"), QStringLiteral("properties"),
                                  QStringLiteral("additionalProperties"), QStringLiteral("items"), QStringLiteral("enum"),
                                  QStringLiteral("pattern"), QStringLiteral("minimum"), QStringLiteral("maximum"),
                                  QStringLiteral("minItems"), QStringLiteral("anyOf")};
        const QSet<QString> unknown = keywords - known;
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringList(unknown.begin(), unknown.end()).join(QLatin1Char(' '))));
    }

    void everyPlanOfTheProjectPasses()
    {
        const JsonSchemaCheck schema(m_schema);
        int plans = 0;
        for (const QString &root : {QStringLiteral("resources/plans"), QStringLiteral("tests/data/plans")}) {
            QDirIterator it(source(root), {QStringLiteral("plan.json")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QStringList faults = schema.validate(object(path));
                QVERIFY2(faults.isEmpty(), qPrintable(path + QStringLiteral(": ") + faults.join(QStringLiteral("; "))));
                ++plans;
            }
        }
        QCOMPARE(plans, 4);
    }

    void unknownKeysAndWrongTypesFail_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("fault");
        QTest::newRow("unknown top key") << "validation" << "validation: unknown key";
        QTest::newRow("unknown step key") << "step-key" << "steps[0].fle: unknown key";
        QTest::newRow("format as a string") << "format" << "format: must be of type integer";
        QTest::newRow("steps not a list") << "steps" << "steps: must be of type array";
        QTest::newRow("severity unknown") << "severity" << "checks[0].severity: must be one of";
        QTest::newRow("keep_days negative") << "keep_days" << "finalize.keep_days: must be at least 0";
        QTest::newRow("missing detect") << "detect" << "detect: missing";
        QTest::newRow("empty id") << "id" << "id: does not match the pattern";
        QTest::newRow("unknown driver") << "driver" << "detect.source.mysql: unknown key";
    }

    void unknownKeysAndWrongTypesFail()
    {
        QFETCH(QString, change);
        QFETCH(QString, fault);
        QJsonObject plan = object(source(QStringLiteral("resources/plans/user-integrations/plan.json")));
        QVERIFY(JsonSchemaCheck(m_schema).validate(plan).isEmpty());
        if (change == QLatin1String("validation")) {
            plan.insert(QStringLiteral("validation"), plan.take(QStringLiteral("validations")));
        } else if (change == QLatin1String("step-key")) {
            QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
            QJsonObject step = steps.at(0).toObject();
            step.insert(QStringLiteral("fle"), step.take(QStringLiteral("file")));
            steps.replace(0, step);
            plan.insert(QStringLiteral("steps"), steps);
        } else if (change == QLatin1String("format")) {
            plan.insert(QStringLiteral("format"), QStringLiteral("1"));
        } else if (change == QLatin1String("steps")) {
            plan.insert(QStringLiteral("steps"), QJsonObject());
        } else if (change == QLatin1String("severity")) {
            QJsonArray checks = plan.value(QStringLiteral("checks")).toArray();
            QJsonObject check = checks.at(0).toObject();
            check.insert(QStringLiteral("severity"), QStringLiteral("fatal"));
            checks.replace(0, check);
            plan.insert(QStringLiteral("checks"), checks);
        } else if (change == QLatin1String("keep_days")) {
            QJsonObject finalize = plan.value(QStringLiteral("finalize")).toObject();
            finalize.insert(QStringLiteral("keep_days"), -1);
            plan.insert(QStringLiteral("finalize"), finalize);
        } else if (change == QLatin1String("detect")) {
            plan.remove(QStringLiteral("detect"));
        } else if (change == QLatin1String("id")) {
            plan.insert(QStringLiteral("id"), QStringLiteral("  "));
        } else if (change == QLatin1String("driver")) {
            QJsonObject detect = plan.value(QStringLiteral("detect")).toObject();
            QJsonObject source = detect.value(QStringLiteral("source")).toObject();
            source.insert(QStringLiteral("mysql"), QStringLiteral("SELECT 1"));
            detect.insert(QStringLiteral("source"), source);
            plan.insert(QStringLiteral("detect"), detect);
        }
        const QStringList faults = JsonSchemaCheck(m_schema).validate(plan);
        QVERIFY2(faults.size() == 1 && faults.constFirst().startsWith(fault), qPrintable(faults.join(QStringLiteral("; "))));
    }

    void everyKeyTheLoaderReadsIsInTheSchemaAndTheDocs()
    {
        const QStringList words = loaderWords();
        QVERIFY2(words.size() >= 40, qPrintable(words.join(QLatin1Char(' '))));
        const QString schema = QString::fromUtf8(read(source(QStringLiteral("resources/schema/plan.schema.json"))));
        const QString docs = QString::fromUtf8(read(source(QStringLiteral("docs/plans.md"))));
        QStringList notInSchema, notInDocs;
        for (const QString &w : words) {
            if (!schema.contains(QLatin1Char('"') + w + QLatin1Char('"')))
                notInSchema << w;
            if (!docs.contains(QLatin1Char('`') + w) && !docs.contains(QLatin1Char('"') + w + QLatin1Char('"')))
                notInDocs << w;
        }
        QVERIFY2(notInSchema.isEmpty(), qPrintable(QStringLiteral("not in plan.schema.json: ") + notInSchema.join(QLatin1Char(' '))));
        QVERIFY2(notInDocs.isEmpty(), qPrintable(QStringLiteral("not in docs/plans.md: ") + notInDocs.join(QLatin1Char(' '))));
    }

private:
    QJsonObject m_schema;
};

QTEST_GUILESS_MAIN(TestPlanSchema)
#include "tst_planschema.moc"
