# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest's translations_up_to_date: runs lupdate over the sources into a copy of the .ts and
# fails when that finds a text the .ts lacks (a new tr() nobody translated), one it holds that
# the sources no longer have, or anything lrelease would leave untranslated. The fix is
#   cmake --build BUILD --target update_translations   and translating what it marks unfinished.
#   cmake -DLUPDATE=… -DLRELEASE=… -DPROJECT_IN=…_project.cmake -DGENERATOR=…/GenerateLUpdateProject.cmake
#         -DTS=….ts -DWORK=DIR -P CheckTranslations.cmake
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/${name}")
file(COPY_FILE "${TS}" "${copy}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json -P "${GENERATOR}"
                RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "Could not write the lupdate project from ${PROJECT_IN}")
endif()
execute_process(COMMAND "${LUPDATE}" -project "${WORK}/project.json" -ts "${copy}" -locations none -no-obsolete
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE failed)
message("${out}")
if(failed)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
if(NOT out MATCHES "\\(0 new and [0-9]+ already existing\\)")
    message(FATAL_ERROR "The sources have texts that ${name} lacks: run the update_translations target and translate them.")
endif()
if(out MATCHES "Removed [0-9]+ obsolete")
    message(FATAL_ERROR "${name} holds texts the sources no longer have: run the update_translations target.")
endif()
execute_process(COMMAND "${LRELEASE}" "${copy}" -qm "${WORK}/check.qm" OUTPUT_VARIABLE out RESULT_VARIABLE failed)
message("${out}")
if(failed OR NOT out MATCHES "\\([0-9]+ finished and 0 unfinished\\)" OR out MATCHES "untranslated")
    message(FATAL_ERROR "${name} has unfinished or untranslated messages.")
endif()
