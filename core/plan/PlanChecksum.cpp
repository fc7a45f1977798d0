// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanChecksum.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
const QRegularExpression &hex64()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}
} // namespace

QByteArray PlanChecksum::normalised(const QByteArray &bytes)
{
    QByteArray out = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    out.replace("\r\n", "\n");
    out.replace('\r', '\n');
    return out;
}

QString PlanChecksum::ofFile(const QByteArray &bytes)
{
    return algorithm() + QLatin1Char(':')
           + QString::fromLatin1(QCryptographicHash::hash(normalised(bytes), QCryptographicHash::Sha256).toHex());
}

QString PlanChecksum::ofPlan(const QByteArray &manifest, const QMap<QString, QByteArray> &files, bool legacy)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(legacy ? manifest : normalised(manifest));
    for (auto it = files.begin(); it != files.end(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(legacy ? it.value() : normalised(it.value()));
    }
    const QString hex = QString::fromLatin1(hash.result().toHex());
    return legacy ? hex : algorithm() + QLatin1Char(':') + hex;
}

QString PlanChecksum::algorithmOf(const QString &checksum)
{
    const qsizetype colon = checksum.indexOf(QLatin1Char(':'));
    return colon < 0 ? legacyAlgorithm() : checksum.left(colon);
}

QString PlanChecksum::shortForm(const QString &checksum)
{
    const qsizetype colon = checksum.indexOf(QLatin1Char(':'));
    return colon < 0 ? checksum.left(12) : checksum.left(colon + 13);
}

bool PlanChecksum::parseAccepted(const QJsonValue &value, QStringList *out, QString *where, QString *what)
{
    *where = QStringLiteral("accepted_checksums");
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *what = tr("must be a list of checksums");
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString text = array.at(i).toString().trimmed().toLower();
        const QString hex = text.startsWith(algorithm() + QLatin1Char(':')) ? text.mid(algorithm().size() + 1) : text;
        if (!array.at(i).isString() || !hex64().match(hex).hasMatch()) {
            *where = QStringLiteral("accepted_checksums[%1]").arg(i);
            *what = tr("must be a checksum as the assistant prints it: %1:<64 hex digits>, or 64 hex digits from an "
                       "earlier version").arg(algorithm());
            return false;
        }
        *out << text;
    }
    return true;
}
