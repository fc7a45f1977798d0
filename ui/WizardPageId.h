// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pages of the wizard, in order (QWizard page ids).
enum WizardPageId {
    ConnectPageId,
    PlanPageId,
    ChecksPageId,
    ConfirmPageId,
    RunPageId,
    DonePageId,
};
