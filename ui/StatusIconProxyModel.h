#pragma once

#include <QIdentityProxyModel>

// Gives the core's table models their icons: turns the ItemStatusRole they answer into
// Qt::DecorationRole, so the models stay free of QtGui.
class StatusIconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
