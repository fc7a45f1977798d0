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
