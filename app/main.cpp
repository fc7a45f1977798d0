#include "HeadlessCommand.h"

#include <cstdio>

// Thin on purpose: decide headless or wizard from argv, before any Qt application object
// exists, so the headless mode never needs a display.
int main(int argc, char **argv)
{
    if (HeadlessCommand::wantsHeadless(argc, argv))
        return HeadlessCommand::main(argc, argv);
    std::fprintf(stderr, "migration-assistant: the wizard is not built yet; use --headless (see --help).\n");
    return 1;
}
