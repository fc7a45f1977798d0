// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The man page (packaging/migration-assistant.1) is written by hand: this keeps it from
// falling behind the binary. Every flag `migration-assistant --help` lists must be in the
// page, every flag the page names must be one the binary takes, and every exit code the
// help lists must have its entry under EXIT STATUS.
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QSet<QString> longFlags(const QString &text)
{
    QSet<QString> flags;
    static const QRegularExpression flag(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)*"));
    for (auto it = flag.globalMatch(text); it.hasNext();)
        flags.insert(it.next().captured());
    return flags;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFlagOfHelpIsInThePage();
    void everyFlagOfThePageIsTaken();
    void everyExitCodeIsInThePage();

private:
    QString m_help;
    QString m_page; // the troff source with its escaped hyphens (\-) made plain
};

void TestManPage::initTestCase()
{
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    const auto help = TestSupport::runBinary({QStringLiteral("--help")}, 30000, TestSupport::headlessEnvironment());
    QCOMPARE(help.exitCode, 0);
    m_help = QString::fromUtf8(help.out);
    QVERIFY2(m_help.contains(QLatin1String("--headless")), qPrintable(m_help));

    QFile page(QStringLiteral(MA_SOURCE_DIR "/packaging/migration-assistant.1"));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    m_page = QString::fromUtf8(page.readAll()).replace(QLatin1String("\\-"), QLatin1String("-"));
}

void TestManPage::everyFlagOfHelpIsInThePage()
{
    const QSet<QString> help = longFlags(m_help);
    QVERIFY2(help.size() >= 20, qPrintable(sorted(help)));
    const QSet<QString> missing = help - longFlags(m_page);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("--help lists flags the man page lacks: ") + sorted(missing)));
}

void TestManPage::everyFlagOfThePageIsTaken()
{
    const QSet<QString> unknown = longFlags(m_page) - longFlags(m_help);
    QVERIFY2(unknown.isEmpty(),
             qPrintable(QStringLiteral("the man page names flags --help does not list: ") + sorted(unknown)));
}

void TestManPage::everyExitCodeIsInThePage()
{
    const qsizetype exitCodes = m_help.indexOf(QLatin1String("Exit codes:"));
    QVERIFY2(exitCodes >= 0, qPrintable(m_help));
    const qsizetype section = m_page.indexOf(QLatin1String(".SH EXIT STATUS"));
    QVERIFY(section >= 0);
    const QString status = m_page.mid(section, m_page.indexOf(QLatin1String(".SH "), section + 1) - section);
    static const QRegularExpression code(QStringLiteral("(?:^|[,:] )(\\d+) "));
    QStringList codes;
    for (auto it = code.globalMatch(m_help.mid(exitCodes).simplified()); it.hasNext();)
        codes << it.next().captured(1);
    QCOMPARE(codes.size(), 8);
    for (const QString &c : std::as_const(codes))
        QVERIFY2(status.contains(QStringLiteral("\n.TP\n.B %1\n").arg(c)),
                 qPrintable(QStringLiteral("exit code %1 is not under EXIT STATUS").arg(c)));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
