// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/RunAction.h"

#include <QDialog>

class FleetController;
class FleetResult;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class WizardConfig;

// The Fleet view: many databases at once, as --fleet runs them. Open a manifest, a folder of
// SQLite files or a server with a schema pattern; the targets fill the table (FleetTargetModel)
// with their version and checks once previewed, and their status as they run; one bar for the
// whole fleet with the time left; Stop rolls the running targets back; Save report writes
// FleetReport's HTML, PDF or JSON. Widgets only: FleetController decides and runs.
class FleetWindow : public QDialog
{
    Q_OBJECT

public:
    // config: the wizard's (the catalogue, the operator, the key file and a server to start from).
    explicit FleetWindow(WizardConfig *config, QWidget *parent = nullptr);

    void openManifest();
    void openSqliteFolder();
    void openServer();
    void preview();
    // The chosen action on every target; apply and rollback are confirmed first.
    void start();
    void stop();
    void saveReport();
    // The key of the plans that encrypt (encrypt-tokens), shared with the wizard's plan page.
    void chooseKeyFile();
    void reject() override;

    FleetController *controller() const { return m_controller; }
    QPushButton *folderButton() const { return m_openFolder; }
    QTableView *table() const { return m_table; }
    QComboBox *actionBox() const { return m_action; }
    QComboBox *targetBox() const { return m_target; }
    QSpinBox *parallelBox() const { return m_parallel; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *keyButton() const { return m_chooseKey; }
    QString keyText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QString progressText() const;
    // Stopping to close: the window closes once the fleet's workers are done.
    bool isClosing() const { return m_closeWhenDone; }
    QString sourceText() const;
    QString summaryText() const;

private:
    void onListed(bool ok, const QString &message);
    void onFinished(const FleetResult &result);
    void updateProgress();
    void updateButtons();
    void applySettings();
    void showKey();
    // The confirmation of an apply or rollback; false: not confirmed. *risks: the warnings
    // the preview found that the operator agrees to go past.
    bool confirm(RunAction action, QStringList *risks);

    WizardConfig *m_config;
    FleetController *m_controller;
    QPushButton *m_openManifest;
    QPushButton *m_openFolder;
    QPushButton *m_openServer;
    QLabel *m_source;
    QTableView *m_table;
    QComboBox *m_action;
    QComboBox *m_target;
    QSpinBox *m_parallel;
    QPushButton *m_chooseKey;
    QLabel *m_keyInfo;
    QPushButton *m_preview;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_save;
    QPushButton *m_close;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_summary;
    QTimer *m_tick;
    bool m_closeWhenDone = false;
};
