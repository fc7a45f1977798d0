<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppliedPlanCheck</name>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Plan changed since it was applied</source>
        <translation>Plan seit der Anwendung geändert</translation>
    </message>
    <message>
        <source>The plan changed since it was applied; which files cannot be told: files recorded before this version of the assistant</source>
        <translation>Der Plan hat sich seit der Anwendung geändert; welche Dateien, lässt sich nicht sagen: Dateien vor dieser Version des Assistenten erfasst</translation>
    </message>
    <message>
        <source>The plan changed since it was applied</source>
        <translation>Der Plan hat sich seit der Anwendung geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the plan changed since it was applied: %1</source>
        <translation>
            <numerusform>%n Datei des Plans hat sich seit der Anwendung geändert: %1</numerusform>
            <numerusform>%n Dateien des Plans haben sich seit der Anwendung geändert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was migrated with plan files that differ from the ones loaded now (checksum %1 then, %2 now). Find out what changed before relying on this plan&apos;s rollback. A change that means nothing (a comment, say) is accepted by listing the earlier checksum in &quot;accepted_checksums&quot; in plan.json.</source>
        <translation>Die Datenbank wurde mit Plandateien migriert, die sich von den jetzt geladenen unterscheiden (Prüfsumme damals %1, jetzt %2). Klären Sie, was sich geändert hat, bevor Sie sich auf das Zurücksetzen mit diesem Plan verlassen. Eine bedeutungslose Änderung (etwa ein Kommentar) wird akzeptiert, indem die frühere Prüfsumme in plan.json unter &quot;accepted_checksums&quot; aufgeführt wird.</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>Checks, then the migration, then validation.</source>
        <translation>Prüfungen, dann die Migration, dann die Validierung.</translation>
    </message>
</context>
<context>
    <name>BackfillChecks</name>
    <message>
        <source>No key file given: the key is compared with the one used so far when a run gets one</source>
        <translation>Keine Schlüsseldatei angegeben: Der Schlüssel wird mit dem bisher verwendeten verglichen, sobald ein Lauf einen erhält</translation>
    </message>
    <message>
        <source>Nothing is encrypted yet; the key&apos;s fingerprint is %1</source>
        <translation>Noch ist nichts verschlüsselt; der Fingerabdruck des Schlüssels ist %1</translation>
    </message>
    <message>
        <source>The key file matches: fingerprint %1</source>
        <translation>Die Schlüsseldatei passt: Fingerabdruck %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were encrypted with another key (fingerprint %1), not with this key file (%2)</source>
        <translation>
            <numerusform>%n Zeile wurde mit einem anderen Schlüssel verschlüsselt (Fingerabdruck %1), nicht mit dieser Schlüsseldatei (%2)</numerusform>
            <numerusform>%n Zeilen wurden mit einem anderen Schlüssel verschlüsselt (Fingerabdruck %1), nicht mit dieser Schlüsseldatei (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPhase</name>
    <message>
        <source>Backing up the database</source>
        <translation>Sicherung der Datenbank</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sicherung geschrieben und geprüft: %1</translation>
    </message>
    <message>
        <source>The backup %1 was removed: the database was not changed.</source>
        <translation>Die Sicherung %1 wurde entfernt: Die Datenbank wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The plan %1 has no rollback steps: only the backup taken before it can undo it, and only when it is the one plan rolled back (roll back to %2 first). Nothing was changed.</source>
        <translation>Der Plan %1 hat keine Rollback-Schritte: Nur die vor ihm angelegte Sicherung kann ihn rückgängig machen, und nur, wenn er der einzige zurückgerollte Plan ist (zuerst auf %2 zurückrollen). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The plan %1 has no rollback steps, and a PostgreSQL server keeps no backup of the run: it cannot be rolled back. Nothing was changed.</source>
        <translation>Der Plan %1 hat keine Rollback-Schritte, und ein PostgreSQL-Server bewahrt keine Sicherung des Laufs auf: Er kann nicht zurückgerollt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restoring the backup taken before the migration</source>
        <translation>Die vor der Migration angelegte Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Another program has the database open (%1 is in use), so its file cannot be replaced: nothing was changed. Stop it and run again.</source>
        <translation>Ein anderes Programm hat die Datenbank geöffnet (%1 ist in Gebrauch), daher kann ihre Datei nicht ersetzt werden: Es wurde nichts geändert. Beenden Sie es und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Backup restored; the migrated database is kept as %1</source>
        <translation>Sicherung wiederhergestellt; die migrierte Datenbank bleibt als %1 erhalten</translation>
    </message>
    <message>
        <source>The plan %1 is not applied to this database: nothing to roll back.</source>
        <translation>Der Plan %1 ist auf diese Datenbank nicht angewendet: Es gibt nichts zurückzurollen.</translation>
    </message>
    <message>
        <source>The plan %1 was run on this database after %2 (%3 on %4): restoring the backup taken before %2 would undo it too, so nothing was changed.</source>
        <translation>Der Plan %1 lief nach %2 auf dieser Datenbank (%3 am %4): Die Wiederherstellung der vor %2 angelegten Sicherung würde auch ihn rückgängig machen, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The apply of %1 recorded no backup, and the plan has no rollback steps: it cannot be rolled back. Nothing was changed.</source>
        <translation>Die Anwendung von %1 hat keine Sicherung verzeichnet, und der Plan hat keine Rollback-Schritte: Er kann nicht zurückgerollt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup %1 taken before %2 is gone, and the plan has no rollback steps: it cannot be rolled back. Nothing was changed.</source>
        <translation>Die vor %2 angelegte Sicherung %1 ist nicht mehr vorhanden, und der Plan hat keine Rollback-Schritte: Er kann nicht zurückgerollt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Comparing with the state after the migration</source>
        <translation>Vergleich mit dem Stand nach der Migration</translation>
    </message>
    <message>
        <source>Changes since the migration</source>
        <translation>Änderungen seit der Migration</translation>
    </message>
    <message>
        <source>No table changed since the migration</source>
        <translation>Keine Tabelle hat sich seit der Migration geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) changed since the migration: %1</source>
        <translation>
            <numerusform>%n Tabelle hat sich seit der Migration geändert: %1</numerusform>
            <numerusform>%n Tabellen haben sich seit der Migration geändert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling back puts back the backup taken before the migration. Rows written since then would be lost, so the rollback is refused.</source>
        <translation>Das Zurückrollen setzt die vor der Migration angelegte Sicherung wieder ein. Seitdem geschriebene Zeilen gingen verloren, daher wird das Zurückrollen verweigert.</translation>
    </message>
    <message>
        <source>The database changed after the migration (%1); restoring the backup would lose those changes, so nothing was changed.</source>
        <translation>Die Datenbank hat sich nach der Migration geändert (%1); die Wiederherstellung der Sicherung würde diese Änderungen verlieren, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: a table added since the migration</source>
        <translation>%1: eine seit der Migration hinzugefügte Tabelle</translation>
    </message>
    <message>
        <source>%1: a table dropped since the migration</source>
        <translation>%1: eine seit der Migration gelöschte Tabelle</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>Die Sicherung wird geprüft</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened, so nothing was changed: %2</source>
        <translation>Die Sicherung %1 lässt sich nicht öffnen, daher wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (integrity check: %2), so nothing was changed.</source>
        <translation>Die Sicherung %1 ist beschädigt (Integritätsprüfung: %2), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold the tables as they were before the migration, so nothing was changed.</source>
        <translation>Die Sicherung %1 enthält die Tabellen nicht so, wie sie vor der Migration waren, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read, so nothing was changed.</source>
        <translation>Die Sicherung %1 lässt sich nicht lesen, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot write beside the database, so nothing was changed.</source>
        <translation>Neben der Datenbank kann nicht geschrieben werden, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Copying the backup failed, so nothing was changed.</source>
        <translation>Das Kopieren der Sicherung ist fehlgeschlagen, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot keep the migrated database as %1, so nothing was changed.</source>
        <translation>Die migrierte Datenbank kann nicht als %1 aufbewahrt werden, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Putting the backup in place failed, so nothing was changed.</source>
        <translation>Das Einsetzen der Sicherung ist fehlgeschlagen, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Verifying the restore</source>
        <translation>Die Wiederherstellung wird geprüft</translation>
    </message>
    <message>
        <source>The migrated database is kept as %1: a person needs to look at this.</source>
        <translation>Die migrierte Datenbank bleibt als %1 erhalten: Das muss sich ein Mensch ansehen.</translation>
    </message>
    <message>
        <source>The restored database cannot be opened: %1.</source>
        <translation>Die wiederhergestellte Datenbank lässt sich nicht öffnen: %1.</translation>
    </message>
    <message>
        <source>The restored tables differ from the state before the migration.</source>
        <translation>Die wiederhergestellten Tabellen weichen vom Stand vor der Migration ab.</translation>
    </message>
    <message>
        <source>Restore verified: every table matches its row count and checksum from before the migration</source>
        <translation>Wiederherstellung geprüft: Jede Tabelle stimmt in Zeilenzahl und Prüfsumme mit dem Stand vor der Migration überein</translation>
    </message>
    <message>
        <source>Recording the rollback</source>
        <translation>Das Zurückrollen wird verzeichnet</translation>
    </message>
    <message>
        <source>The restore is verified, but its history row could not be written: %1.</source>
        <translation>Die Wiederherstellung ist geprüft, aber ihre Verlaufszeile konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Restored the backup %1 taken before the migration; the migrated database is kept as %2.</source>
        <translation>Die vor der Migration angelegte Sicherung %1 wurde wiederhergestellt; die migrierte Datenbank bleibt als %2 erhalten.</translation>
    </message>
</context>
<context>
    <name>BaselineCommand</name>
    <message>
        <source>Record that a database made outside the assistant is at VERSION; refused unless that version&apos;s detect query confirms it.</source>
        <translation>Erfassen, dass eine außerhalb des Assistenten erstellte Datenbank auf VERSION ist; verweigert, sofern die Erkennungsabfrage dieser Version es nicht bestätigt.</translation>
    </message>
    <message>
        <source>--baseline takes a version, such as v2.</source>
        <translation>--baseline erwartet eine Version, etwa v2.</translation>
    </message>
</context>
<context>
    <name>BaselineRun</name>
    <message>
        <source>No plans are loaded: a baseline needs the plans that know the versions.</source>
        <translation>Keine Pläne geladen: Eine Baseline braucht die Pläne, die die Versionen kennen.</translation>
    </message>
    <message>
        <source>No plan knows the version %1: no plan has SQL for %2 databases.</source>
        <translation>Kein Plan kennt die Version %1: Kein Plan hat SQL für %2-Datenbanken.</translation>
    </message>
    <message>
        <source>No plan knows the version %1 (the versions known for %2 databases: %3).</source>
        <translation>Kein Plan kennt die Version %1 (die bekannten Versionen für %2-Datenbanken: %3).</translation>
    </message>
    <message numerus="yes">
        <source>This database already has a history of the assistant&apos;s (%n row(s), the last: %1 of %2 on %3): a baseline is only for a database made outside the assistant, so nothing was recorded.</source>
        <translation>
            <numerusform>Diese Datenbank hat bereits einen Verlauf des Assistenten (%n Zeile, die letzte: %1 von %2 am %3): Eine Baseline ist nur für eine außerhalb des Assistenten erstellte Datenbank, daher wurde nichts erfasst.</numerusform>
            <numerusform>Diese Datenbank hat bereits einen Verlauf des Assistenten (%n Zeilen, die letzte: %1 von %2 am %3): Eine Baseline ist nur für eine außerhalb des Assistenten erstellte Datenbank, daher wurde nichts erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database does not look like %1: the detect query of the plan %2 for %1 does not recognise its schema, so nothing was recorded.</source>
        <translation>Die Datenbank sieht nicht nach %1 aus: Die Erkennungsabfrage des Plans %2 für %1 erkennt ihr Schema nicht, daher wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>Committing the baseline</source>
        <translation>Baseline wird festgeschrieben</translation>
    </message>
    <message>
        <source>Recorded: the database is at %1 (a baseline, confirmed by the detect query of the plan %2).</source>
        <translation>Erfasst: Die Datenbank ist auf %1 (eine Baseline, bestätigt durch die Erkennungsabfrage des Plans %2).</translation>
    </message>
    <message>
        <source>Baseline committed</source>
        <translation>Baseline festgeschrieben</translation>
    </message>
</context>
<context>
    <name>BatchedRun</name>
    <message>
        <source>The rehearsal was cancelled; everything was rolled back.</source>
        <translation>Die Probe wurde abgebrochen; alles wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Stopped between batches: every finished batch is kept and recorded in the checkpoint, the batch in progress was rolled back. Run the same action again to resume.</source>
        <translation>Zwischen zwei Stapeln angehalten: Jeder fertige Stapel bleibt erhalten und ist im Checkpoint vermerkt, der laufende Stapel wurde zurückgerollt. Führen Sie dieselbe Aktion erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Batches committed before the failure are kept and recorded in the checkpoint; run the same action again to resume once the cause is fixed.</source>
        <translation>Vor dem Fehler festgeschriebene Stapel bleiben erhalten und sind im Checkpoint vermerkt; führen Sie dieselbe Aktion erneut aus, sobald die Ursache behoben ist, um fortzufahren.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has batched steps but no key: its transforms need one (&quot;needs_key&quot;: true).</source>
        <translation>Der Plan „%1“ hat Stapel-Schritte, aber keinen Schlüssel: Seine Umwandlungen brauchen einen („needs_key“: true).</translation>
    </message>
    <message>
        <source>The plan %1 was already applied on %2 by %3: nothing to do.</source>
        <translation>Der Plan %1 wurde bereits am %2 von %3 angewendet: Es gibt nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <source>The plan %1 was applied before; %n row(s) hold values written since (or left behind): this run completes them.</source>
        <translation>
            <numerusform>Der Plan %1 wurde bereits angewendet; %n Zeile enthält seitdem geschriebene (oder liegen gebliebene) Werte: Dieser Lauf vervollständigt sie.</numerusform>
            <numerusform>Der Plan %1 wurde bereits angewendet; %n Zeilen enthalten seitdem geschriebene (oder liegen gebliebene) Werte: Dieser Lauf vervollständigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation>Prüfungen laufen</translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation>Prüfungen bestanden</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 up to key %2 (%n row(s))</source>
        <translation>
            <numerusform>%1 bis Schlüsselwert %2 (%n Zeile)</numerusform>
            <numerusform>%1 bis Schlüsselwert %2 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed an interrupted run from its checkpoint: %1.</source>
        <translation>Ein unterbrochener Lauf wurde an seinem Checkpoint fortgesetzt: %1.</translation>
    </message>
    <message>
        <source>The plan %1 is not applied to this database: nothing to roll back.</source>
        <translation>Der Plan %1 ist auf diese Datenbank nicht angewendet: Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>The interrupted run of %1 had not changed the table yet: nothing to roll back.</source>
        <translation>Der unterbrochene Lauf von %1 hatte die Tabelle noch nicht verändert: Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Schlüssel wird geprüft</translation>
    </message>
    <message>
        <source>Resumed an interrupted rollback from its checkpoint.</source>
        <translation>Ein unterbrochenes Zurücksetzen wurde an seinem Checkpoint fortgesetzt.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>The step &quot;%1&quot; did not run: %n row(s) could not be completed by the batches before it (see the notes). Run the same action again.</source>
        <translation>
            <numerusform>Der Schritt „%1“ wurde nicht ausgeführt: %n Zeile konnte von den Stapeln davor nicht fertig bearbeitet werden (siehe Hinweise). Führen Sie dieselbe Aktion erneut aus.</numerusform>
            <numerusform>Der Schritt „%1“ wurde nicht ausgeführt: %n Zeilen konnten von den Stapeln davor nicht fertig bearbeitet werden (siehe Hinweise). Führen Sie dieselbe Aktion erneut aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) kept changing while the step &quot;%1&quot; tried to write them and were left as they are (never overwritten); keys: %2. Run the same action again to complete them.</source>
        <translation>
            <numerusform>%n Zeile änderte sich immer wieder, während der Schritt „%1“ sie schreiben wollte, und blieb unverändert (nie überschrieben); Schlüsselwerte: %2. Führen Sie dieselbe Aktion erneut aus, um sie fertigzustellen.</numerusform>
            <numerusform>%n Zeilen änderten sich immer wieder, während der Schritt „%1“ sie schreiben wollte, und blieben unverändert (nie überschrieben); Schlüsselwerte: %2. Führen Sie dieselbe Aktion erneut aus, um sie fertigzustellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a row changed between the batch&apos;s read and its write; it was read again and redone from its new values.</source>
        <translation>
            <numerusform>%n-mal änderte sich eine Zeile zwischen dem Lesen und dem Schreiben des Stapels; sie wurde erneut gelesen und mit ihren neuen Werten bearbeitet.</numerusform>
            <numerusform>%n-mal änderte sich eine Zeile zwischen dem Lesen und dem Schreiben des Stapels; sie wurde jeweils erneut gelesen und mit ihren neuen Werten bearbeitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were written again during the step &quot;%1&quot; after their batch; they are kept as written and completed by the next run of the same action; keys: %2.</source>
        <translation>
            <numerusform>%n Zeile wurde während des Schritts „%1“ nach ihrem Stapel erneut geschrieben; sie bleibt wie geschrieben und wird vom nächsten Lauf derselben Aktion fertiggestellt; Schlüsselwerte: %2.</numerusform>
            <numerusform>%n Zeilen wurden während des Schritts „%1“ nach ihrem Stapel erneut geschrieben; sie bleiben wie geschrieben und werden vom nächsten Lauf derselben Aktion fertiggestellt; Schlüsselwerte: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) in %2 batch(es)</source>
        <translation>
            <numerusform>%1: %n Zeile in %2 Stapel(n)</numerusform>
            <numerusform>%1: %n Zeilen in %2 Stapel(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The step &quot;%1&quot;</source>
        <translation>Der Schritt „%1“</translation>
    </message>
    <message>
        <source>The validation failed: %1</source>
        <translation>Die Validierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Rehearsal only: every batch ran inside one transaction that was rolled back; the database is unchanged.</source>
        <translation>Nur eine Probe: Jeder Stapel lief in einer einzigen Transaktion, die zurückgerollt wurde; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>Every batch committed; the run is recorded in the history</source>
        <translation>Alle Stapel festgeschrieben; der Lauf ist im Verlauf vermerkt</translation>
    </message>
    <message>
        <source>Rollback committed; the run is recorded in the history</source>
        <translation>Zurücksetzen festgeschrieben; der Lauf ist im Verlauf vermerkt</translation>
    </message>
</context>
<context>
    <name>BatchedStepRunner</name>
    <message>
        <source>Starting a batch</source>
        <translation>Einen Stapel beginnen</translation>
    </message>
    <message>
        <source>Committing a batch</source>
        <translation>Einen Stapel festschreiben</translation>
    </message>
</context>
<context>
    <name>CatalogueSnapshot</name>
    <message>
        <source>Reading the database&apos;s catalogue</source>
        <translation>Der Katalog der Datenbank wird gelesen</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Run the pre-migration checks, print them, change nothing.</source>
        <translation>Die Prüfungen vor der Migration ausführen und ausgeben; nichts verändern.</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>The database is at %1, ready to move to %2</source>
        <translation>Die Datenbank ist auf %1 und bereit für den Wechsel auf %2</translation>
    </message>
    <message>
        <source>The database already looks like %1, but this assistant&apos;s history has no record of migrating it: it was probably migrated by hand</source>
        <translation>Die Datenbank sieht bereits wie %1 aus, aber der Verlauf dieses Assistenten kennt keine solche Migration: Sie wurde vermutlich von Hand migriert</translation>
    </message>
    <message>
        <source>The database is not at %1 of this schema (tables or columns the plan needs are missing, or tables it would create already exist)</source>
        <translation>Die Datenbank ist nicht auf %1 dieses Schemas (Tabellen oder Spalten, die der Plan braucht, fehlen, oder Tabellen, die er anlegen würde, gibt es schon)</translation>
    </message>
    <message>
        <source>A table %1 exists that this assistant did not create</source>
        <translation>Es gibt eine Tabelle %1, die nicht von diesem Assistenten angelegt wurde</translation>
    </message>
    <message>
        <source>No unexpected table %1</source>
        <translation>Keine unerwartete Tabelle %1</translation>
    </message>
    <message>
        <source>SQLite has no sessions to list: the run holds the database&apos;s write lock, so other programs wait</source>
        <translation>SQLite kennt keine Sitzungen, die sich auflisten ließen: Der Lauf hält die Schreibsperre der Datenbank, andere Programme warten also</translation>
    </message>
    <message>
        <source>No other session is connected to this database</source>
        <translation>Keine andere Sitzung ist mit dieser Datenbank verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) connected: %1</source>
        <translation>
            <numerusform>%n andere Sitzung verbunden: %1</numerusform>
            <numerusform>%n andere Sitzungen verbunden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is new enough</source>
        <translation>%1 %2 ist neu genug</translation>
    </message>
    <message>
        <source>%1 %2 is too old: the plan needs version %3 or newer</source>
        <translation>%1 %2 ist zu alt: Der Plan braucht Version %3 oder neuer</translation>
    </message>
    <message>
        <source>No backup is made for this action</source>
        <translation>Für diese Aktion wird keine Sicherung angelegt</translation>
    </message>
    <message>
        <source>No backup file is made on a server: the run is one transaction</source>
        <translation>Auf einem Server wird keine Sicherungsdatei angelegt: Der Lauf ist eine einzige Transaktion</translation>
    </message>
    <message>
        <source>%1 free in %2; the backup needs %3</source>
        <translation>%1 frei in %2; die Sicherung braucht %3</translation>
    </message>
    <message>
        <source>Only %1 free in %2, but the backup needs %3</source>
        <translation>Nur %1 frei in %2, die Sicherung braucht aber %3</translation>
    </message>
    <message>
        <source>Unknown built-in check %1</source>
        <translation>Unbekannte eingebaute Prüfung %1</translation>
    </message>
    <message>
        <source>The plan cannot recognise a %1 database.</source>
        <translation>Der Plan kann eine %1-Datenbank nicht erkennen.</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; could not run: %2</source>
        <translation>Die Prüfung „%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>The database is part-way to %1: an earlier run of this plan is resumed</source>
        <translation>Die Datenbank ist auf halbem Weg zu %1: Ein früherer Lauf dieses Plans wird fortgesetzt</translation>
    </message>
    <message>
        <source>Statements the assistant cannot run as written</source>
        <translation>Anweisungen, die der Assistent so nicht ausführen kann</translation>
    </message>
    <message>
        <source>Every step runs inside the run&apos;s one transaction: a statement that ends it, cannot run inside one, or needs psql is refused before anything changes.</source>
        <translation>Jeder Schritt läuft in der einen Transaktion des Laufs: eine Anweisung, die sie beendet, die nicht in einer Transaktion laufen kann oder die psql braucht, wird abgelehnt, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>Steps outside the transaction</source>
        <translation>Schritte außerhalb der Transaktion</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) run after the COMMIT, outside the transaction: %1. This plan is not all-or-nothing.</source>
        <translation>
            <numerusform>%n Schritt läuft nach dem COMMIT, außerhalb der Transaktion: %1. Dieser Plan ist nicht „alles oder nichts“.</numerusform>
            <numerusform>%n Schritte laufen nach dem COMMIT, außerhalb der Transaktion: %1. Dieser Plan ist nicht „alles oder nichts“.</numerusform>
        </translation>
    </message>
    <message>
        <source>These steps run once the rest of the migration is committed, in autocommit, one statement at a time. If one fails, the migration stays committed without what it does, and the validations never saw it: a person finishes it by hand.</source>
        <translation>Diese Schritte laufen, sobald der Rest der Migration bestätigt ist, im Autocommit, eine Anweisung nach der anderen. Schlägt einer fehl, bleibt die Migration ohne seine Wirkung bestätigt, und die Validierungen haben ihn nie gesehen: ein Mensch führt ihn von Hand zu Ende.</translation>
    </message>
</context>
<context>
    <name>CheckTableModel</name>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Plan %1 of %2: %3 (%4 → %5)</source>
        <translation>Plan %1 von %2: %3 (%4 → %5)</translation>
    </message>
</context>
<context>
    <name>CheckpointStore</name>
    <message>
        <source>Creating the checkpoint table</source>
        <translation>Die Checkpoint-Tabelle anlegen</translation>
    </message>
    <message>
        <source>Reading the checkpoints</source>
        <translation>Die Checkpoints lesen</translation>
    </message>
    <message>
        <source>Writing the checkpoint</source>
        <translation>Den Checkpoint schreiben</translation>
    </message>
    <message>
        <source>Clearing the checkpoints</source>
        <translation>Die Checkpoints löschen</translation>
    </message>
    <message>
        <source>Dropping the empty checkpoint table</source>
        <translation>Die leere Checkpoint-Tabelle entfernen</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>E&amp;xamples (secrets are masked):</source>
        <translation>&amp;Beispiele (vertrauliche Werte sind maskiert):</translation>
    </message>
    <message>
        <source>Warnings that need your OK</source>
        <translation>Warnungen, die Ihre Zustimmung brauchen</translation>
    </message>
    <message>
        <source>Run the checks a&amp;gain</source>
        <translation>Prüfungen &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Re&amp;hearse…</source>
        <translation>&amp;Probelauf…</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Pre-migration checks</source>
        <translation>Prüfungen vor der Migration</translation>
    </message>
    <message>
        <source>What the migration would meet in this database. Nothing is changed here.</source>
        <translation>Was die Migration in dieser Datenbank vorfinden würde. Hier wird nichts verändert.</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>Zusammenfassung der Prüfungen</translation>
    </message>
    <message>
        <source>Checks running</source>
        <translation>Prüfungen laufen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Selected check</source>
        <translation>Ausgewählte Prüfung</translation>
    </message>
    <message>
        <source>What the selected check means</source>
        <translation>Was die ausgewählte Prüfung bedeutet</translation>
    </message>
    <message>
        <source>Example rows of the selected check</source>
        <translation>Beispielzeilen der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>Rehearse the migration</source>
        <translation>Probelauf der Migration</translation>
    </message>
    <message>
        <source>Runs the whole migration and its validation inside a transaction, shows the counts it would produce, then rolls it back. The database is not changed.</source>
        <translation>Führt die ganze Migration mit ihrer Validierung in einer Transaktion aus, zeigt die Anzahlen, die sie ergeben würde, und setzt sie dann zurück. Die Datenbank wird nicht verändert.</translation>
    </message>
    <message>
        <source>Save the check report</source>
        <translation>Prüfbericht speichern</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Prüfungen laufen…</translation>
    </message>
    <message>
        <source>&amp;%1 I accept: %2</source>
        <translation>&amp;%1 Ich akzeptiere: %2</translation>
    </message>
    <message>
        <source>I accept: %1</source>
        <translation>Ich akzeptiere: %1</translation>
    </message>
    <message>
        <source>Accept the warning: %1</source>
        <translation>Warnung akzeptieren: %1</translation>
    </message>
    <message>
        <source>To undo it, go Back to the first page and open History….</source>
        <translation>Um die Migration rückgängig zu machen, gehen Sie zurück zur ersten Seite und öffnen Sie „Verlauf…“.</translation>
    </message>
    <message>
        <source>Blockers: %1. The migration cannot go ahead: fix what they name in the database, then run the checks again.</source>
        <translation>Blocker: %1. Die Migration kann nicht stattfinden: Beheben Sie, was sie nennen, in der Datenbank und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <source>Warnings that need your OK: %1. Read each one and tick its box to go on; what you accept is recorded in the database&apos;s history.</source>
        <translation>Warnungen, die Ihre Zustimmung brauchen: %1. Lesen Sie jede und haken Sie ihr Kästchen an, um fortzufahren; was Sie akzeptieren, wird im Verlauf der Datenbank festgehalten.</translation>
    </message>
    <message>
        <source>No blocker, and you accepted every warning (%1): the migration can go ahead.</source>
        <translation>Kein Blocker, und Sie haben jede Warnung akzeptiert (%1): Die Migration kann stattfinden.</translation>
    </message>
    <message>
        <source>Every check passed: the migration can go ahead.</source>
        <translation>Alle Prüfungen bestanden: Die Migration kann stattfinden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Migration Assistant moves a database from one schema version to the next, all or nothing.
Without --headless it opens the wizard.</source>
        <translation>Der Migrationsassistent bringt eine Datenbank von einer Schemaversion auf die nächste, ganz oder gar nicht.
Ohne --headless öffnet er den Assistenten.</translation>
    </message>
    <message>
        <source>Run without a window; never ask a question.</source>
        <translation>Ohne Fenster laufen; nie eine Frage stellen.</translation>
    </message>
    <message>
        <source>Log what the run does (lock, connection, steps, backup) on stderr; the wizard takes it too.</source>
        <translation>Protokolliert auf stderr, was der Lauf tut (Sperre, Verbindung, Schritte, Sicherung); auch der Assistent versteht diese Option.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (give the database with --db).</source>
        <translation>Unerwartetes Argument „%1“ (die Datenbank wird mit --db angegeben).</translation>
    </message>
    <message>
        <source>These options need --headless.</source>
        <translation>Diese Optionen brauchen --headless.</translation>
    </message>
    <message>
        <source>Give exactly one action: --check, --rehearse, --apply, --rollback, --status, --baseline or --finalize.</source>
        <translation>Geben Sie genau eine Aktion an: --check, --rehearse, --apply, --rollback, --status, --baseline oder --finalize.</translation>
    </message>
    <message>
        <source>--fleet takes exactly one action: --check, --rehearse, --apply, --rollback or --status.</source>
        <translation>--fleet nimmt genau eine Aktion: --check, --rehearse, --apply, --rollback oder --status.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;migration-assistant --help&apos; for the options.
</source>
        <translation>Die Optionen zeigt &apos;migration-assistant --help&apos;.
</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Ready to migrate</source>
        <translation>Bereit zur Migration</translation>
    </message>
    <message>
        <source>Read this once more. The migration runs in one transaction: if anything fails or you stop it, everything is rolled back.</source>
        <translation>Lesen Sie dies noch einmal. Die Migration läuft in einer einzigen Transaktion: Schlägt etwas fehl oder halten Sie sie an, wird alles zurückgesetzt.</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <source>Operator name for the history</source>
        <translation>Name des Bearbeiters für den Verlauf</translation>
    </message>
    <message>
        <source>Your &amp;name, for the history:</source>
        <translation>Ihr &amp;Name für den Verlauf:</translation>
    </message>
    <message>
        <source>When you press Migrate the run starts at once. You can stop it while it runs; a stopped run leaves the database exactly as it was.</source>
        <translation>Wenn Sie auf „Migrieren“ klicken, beginnt der Lauf sofort. Sie können ihn währenddessen anhalten; ein angehaltener Lauf hinterlässt die Datenbank genau so, wie sie war.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>S&amp;QLite database file</source>
        <translation>S&amp;QLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Create &amp;demo database…</source>
        <translation>Demo-Datenbank &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>V&amp;erlauf…</translation>
    </message>
    <message>
        <source>Connect to the database</source>
        <translation>Mit der Datenbank verbinden</translation>
    </message>
    <message>
        <source>Choose the customer database to migrate, then test the connection.</source>
        <translation>Wählen Sie die Kundendatenbank, die migriert werden soll, und testen Sie dann die Verbindung.</translation>
    </message>
    <message>
        <source>R&amp;ecent:</source>
        <translation>Zuletzt &amp;verwendet:</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Zuletzt verwendete Verbindungen</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>/path/to/customer.db</source>
        <translation>/pfad/zu/kunde.db</translation>
    </message>
    <message>
        <source>Browse for the database file</source>
        <translation>Datenbankdatei suchen</translation>
    </message>
    <message>
        <source>Create a demo database</source>
        <translation>Demo-Datenbank anlegen</translation>
    </message>
    <message>
        <source>Writes a new v1 demo database with %1 users, to try the assistant out.</source>
        <translation>Schreibt eine neue v1-Demo-Datenbank mit %1 Benutzern, um den Assistenten auszuprobieren.</translation>
    </message>
    <message>
        <source>Never stored. Leave empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation>Wird nie gespeichert. Leer lassen, um PGPASSWORD oder ~/.pgpass zu verwenden.</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <source>Ho&amp;st:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>S&amp;chema:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Passwo&amp;rt:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>History of migrations in this database</source>
        <translation>Verlauf der Migrationen in dieser Datenbank</translation>
    </message>
    <message>
        <source>What this assistant has done to this database, with a rollback of the last run.</source>
        <translation>Was dieser Assistent mit dieser Datenbank gemacht hat, mit Zurücksetzen des letzten Laufs.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Connection test details</source>
        <translation>Details zum Verbindungstest</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Choose a recent connection…</source>
        <translation>Zuletzt verwendete Verbindung wählen…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Writing the demo database…</source>
        <translation>Demo-Datenbank wird geschrieben…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>SQLite databases (*.db)</source>
        <translation>SQLite-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>F&amp;leet…</source>
        <translation>F&amp;lotte…</translation>
    </message>
    <message>
        <source>Migrate many databases at once</source>
        <translation>Viele Datenbanken auf einmal migrieren</translation>
    </message>
    <message>
        <source>A fleet manifest, a folder of SQLite files or a server&apos;s schemas, each migrated as a single run would be.</source>
        <translation>Ein Flotten-Manifest, ein Ordner mit SQLite-Dateien oder die Schemas eines Servers, jede Datenbank migriert wie in einem einzelnen Lauf.</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>No database given: use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Keine Datenbank angegeben: Verwenden Sie --db sqlite:PATH oder --db postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>The SQLite URL names no file: write sqlite:PATH.</source>
        <translation>Die SQLite-URL nennt keine Datei: Schreiben Sie sqlite:PATH.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed.</source>
        <translation>Die PostgreSQL-URL ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The database URL contains a password. Passwords are never taken on the command line: use --password-file, PGPASSWORD or ~/.pgpass.</source>
        <translation>Die Datenbank-URL enthält ein Passwort. Passwörter werden nie auf der Kommandozeile angenommen: Verwenden Sie --password-file, PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL must look like postgresql://USER@HOST:PORT/DBNAME?schema=NAME.</source>
        <translation>Die PostgreSQL-URL muss so aussehen: postgresql://USER@HOST:PORT/DBNAME?schema=NAME.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unknown option &quot;%1&quot; (known: schema, sslmode, connect_timeout).</source>
        <translation>Die PostgreSQL-URL hat eine unbekannte Option „%1“ (bekannt: schema, sslmode, connect_timeout).</translation>
    </message>
    <message>
        <source>The schema given in the URL is empty.</source>
        <translation>Das in der URL angegebene Schema ist leer.</translation>
    </message>
    <message>
        <source>Unknown kind of database URL: use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Unbekannte Art von Datenbank-URL: Verwenden Sie sqlite:PATH oder postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a database URL nor an existing file. Use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>„%1“ ist weder eine Datenbank-URL noch eine vorhandene Datei. Verwenden Sie sqlite:PATH oder postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>A SQLite URL names a file, not a user or a password: write sqlite:PATH.</source>
        <translation>Eine SQLite-URL nennt eine Datei, keinen Benutzer und kein Passwort: Schreiben Sie sqlite:PFAD.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL&apos;s sslmode must be one of %1.</source>
        <translation>Der sslmode der PostgreSQL-URL muss einer von %1 sein.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Unter %1 gibt es keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (permission denied).</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>Der SQLite-Treiber hat kein natives Handle geliefert.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is damaged.</source>
        <translation>%1 ist keine SQLite-Datenbank oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert (Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server: %1</source>
        <translation>Keine Verbindung zum PostgreSQL-Server möglich: %1</translation>
    </message>
    <message>
        <source>The database %1 has no schema &quot;%2&quot;.</source>
        <translation>Die Datenbank %1 hat kein Schema „%2“.</translation>
    </message>
    <message>
        <source>The operation was interrupted.</source>
        <translation>Der Vorgang wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The database is locked by another program that is writing to it. Close that program (or wait for it to finish) and try again.</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt, das gerade in sie schreibt. Schließen Sie dieses Programm (oder warten Sie, bis es fertig ist) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full: SQLite could not write. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: SQLite konnte nicht schreiben. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database is read-only for this user: it cannot be changed.</source>
        <translation>Die Datenbank ist für diesen Benutzer schreibgeschützt: Sie kann nicht verändert werden.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost: %1</source>
        <translation>Die Verbindung zum PostgreSQL-Server ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: it cannot be migrated. Make it writable (and its folder, for the journal and the backup) and try again.</source>
        <translation>Die Datenbankdatei %1 ist schreibgeschützt: Sie kann nicht migriert werden. Machen Sie sie beschreibbar (und ihren Ordner, für das Journal und die Sicherung) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DatabaseVersion</name>
    <message>
        <source>The database is at %1 (from its history: the last run was %2).</source>
        <translation>Die Datenbank ist auf %1 (laut ihrem Verlauf: zuletzt lief %2).</translation>
    </message>
    <message>
        <source>The database is at %1 (recognised by its schema; it has no history of the assistant&apos;s).</source>
        <translation>Die Datenbank ist auf %1 (an ihrem Schema erkannt; sie hat keinen Verlauf des Assistenten).</translation>
    </message>
    <message>
        <source>The version of the database is unknown: no plan recognises its schema.</source>
        <translation>Die Version der Datenbank ist unbekannt: Kein Plan erkennt ihr Schema.</translation>
    </message>
    <message>
        <source>This database is at %1; this assistant knows up to %2: a newer assistant is needed.</source>
        <translation>Diese Datenbank ist auf %1; dieser Assistent kennt Versionen bis %2: Ein neuerer Assistent wird gebraucht.</translation>
    </message>
    <message>
        <source>The version of the database is unknown: no plan recognises its schema, and it has no history of the assistant&apos;s. If it was made outside the assistant, record its version with a baseline.</source>
        <translation>Die Version der Datenbank ist unbekannt: Kein Plan erkennt ihr Schema, und sie hat keinen Verlauf des Assistenten. Wurde sie außerhalb des Assistenten erstellt, halten Sie ihre Version mit einer Baseline fest.</translation>
    </message>
    <message>
        <source>The history names %1, which no plan of this catalogue leads to or from.</source>
        <translation>Der Verlauf nennt %1, zu dem kein Plan dieses Katalogs hin- oder wegführt.</translation>
    </message>
    <message>
        <source>The history says %1, but the schema does not look like %1: the plan %2 does not recognise it.</source>
        <translation>Laut Verlauf ist die Datenbank auf %1, aber das Schema sieht nicht nach %1 aus: Der Plan %2 erkennt es nicht.</translation>
    </message>
    <message>
        <source>The database is at %1 (from its history: a baseline recorded it, made outside the assistant).</source>
        <translation>Die Datenbank ist auf %1 (laut ihrem Verlauf: Eine Baseline hat sie erfasst; sie wurde außerhalb des Assistenten erstellt).</translation>
    </message>
    <message>
        <source>Nothing of the project is deployed on the database yet (%1&apos;s registry records no change).</source>
        <translation>Von dem Projekt ist auf der Datenbank noch nichts eingespielt (die Registry von %1 verzeichnet keine Änderung).</translation>
    </message>
    <message>
        <source>The database is at %1 (from %2&apos;s registry).</source>
        <translation>Die Datenbank ist auf %1 (laut der Registry von %2).</translation>
    </message>
    <message>
        <source>%1&apos;s registry records %2, which this project does not have: the database was migrated by a newer release of it, or by another project.</source>
        <translation>Die Registry von %1 verzeichnet %2, das dieses Projekt nicht enthält: Die Datenbank wurde mit einer neueren Version des Projekts oder von einem anderen Projekt migriert.</translation>
    </message>
    <message>
        <source>%1&apos;s registry says a migration was left unfinished; settle it before running again.</source>
        <translation>Laut der Registry von %1 blieb eine Migration unvollendet; klären Sie das, bevor Sie erneut starten.</translation>
    </message>
    <message>
        <source>%1&apos;s registry records changes this project does not have: %2.</source>
        <translation>Die Registry von %1 verzeichnet Änderungen, die dieses Projekt nicht enthält: %2.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Users in the demo database (default 10000).</source>
        <translation>Benutzer in der Demo-Datenbank (Standard: 10000).</translation>
    </message>
    <message>
        <source>Write a v1 demo SQLite database at PATH.</source>
        <translation>Eine v1-Demo-Datenbank (SQLite) unter PATH schreiben.</translation>
    </message>
    <message>
        <source>--users goes with --demo.</source>
        <translation>--users gehört zu --demo.</translation>
    </message>
    <message>
        <source>--users takes a whole number from 1 to 50000000.</source>
        <translation>--users erwartet eine ganze Zahl von 1 bis 50000000.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a v1 demo database with %n users: %1
</source>
        <translation>
            <numerusform>v1-Demo-Datenbank mit %n Benutzer geschrieben: %1
</numerusform>
            <numerusform>v1-Demo-Datenbank mit %n Benutzern geschrieben: %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoDatabaseWriter</name>
    <message>
        <source>Could not write the demo database.</source>
        <translation>Die Demo-Datenbank konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 already exists. The demo database is only ever written to a new file: choose another name or remove the file first.</source>
        <translation>%1 gibt es bereits. Die Demo-Datenbank wird nur in eine neue Datei geschrieben: Wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>The built-in v1 schema is missing from this program.</source>
        <translation>Das eingebaute v1-Schema fehlt in diesem Programm.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber für Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Could not open the new demo database.</source>
        <translation>Die neue Demo-Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>No file name was given for the demo database.</source>
        <translation>Für die Demo-Datenbank wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>The number of users must be zero or more.</source>
        <translation>Die Anzahl der Benutzer muss null oder mehr sein.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Could not create a file in %1.</source>
        <translation>In %1 konnte keine Datei angelegt werden.</translation>
    </message>
    <message>
        <source>Could not make the demo database private to its owner.</source>
        <translation>Die Demo-Datenbank konnte nicht auf ihren Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <source>Could not save the demo database as %1.</source>
        <translation>Die Demo-Datenbank konnte nicht als %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The demo database is a SQLite file in the v1 schema that the built-in plan user-integrations migrates from: users with their Gmail (about 60%), Google Calendar (about 35%), Telegram (about 20%) and Signal (about 10%) credentials in columns of the users table, plus about two emails, one digest and half a task per user. It holds the awkward data real customers have: names and tokens with quotes, backslashes, newlines, tabs, JSON, emoji and other Unicode; empty strings next to NULLs; tokens of 2 KB and more; mixed-case and non-ASCII email addresses; timestamps in several ISO-8601 forms; refresh_expired true, false and unknown; users with only a client id or only a refresh token; a few percent of unfinished OAuth sign-ins (an auth code or scopes but no token), which the checks report and the plan leaves alone; and Telegram accounts with and without a signup token. It has no NULL or duplicate emails and no orphan rows, so it migrates without blockers. The same number of users always gives the same content, and the file is readable by its owner only.</source>
        <translation>Die Demo-Datenbank ist eine SQLite-Datei im v1-Schema, von dem der eingebaute Plan user-integrations ausgeht: Benutzer mit ihren Zugangsdaten für Gmail (etwa 60 %), Google Calendar (etwa 35 %), Telegram (etwa 20 %) und Signal (etwa 10 %) in Spalten der Tabelle users, dazu je Benutzer etwa zwei E-Mails, ein Digest und eine halbe Aufgabe. Sie enthält die unbequemen Daten echter Kunden: Namen und Tokens mit Anführungszeichen, Backslashes, Zeilenumbrüchen, Tabulatoren, JSON, Emoji und anderem Unicode; leere Zeichenketten neben NULL-Werten; Tokens ab 2 KB; E-Mail-Adressen mit gemischter Groß-/Kleinschreibung und Nicht-ASCII-Zeichen; Zeitstempel in mehreren ISO-8601-Formen; refresh_expired wahr, falsch und unbekannt; Benutzer nur mit Client-ID oder nur mit Refresh-Token; einige Prozent nicht abgeschlossene OAuth-Anmeldungen (ein Autorisierungscode oder Scopes, aber kein Token), die die Prüfungen melden und der Plan unangetastet lässt; und Telegram-Konten mit und ohne Anmelde-Token. Sie hat keine fehlenden oder doppelten E-Mail-Adressen und keine verwaisten Zeilen, lässt sich also ohne Blocker migrieren. Dieselbe Anzahl Benutzer ergibt immer denselben Inhalt, und die Datei ist nur für ihren Eigentümer lesbar.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Save &amp;report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>R&amp;oll back…</source>
        <translation>Zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Roll back the migration</source>
        <translation>Migration zurücksetzen</translation>
    </message>
    <message>
        <source>Undoes this migration and verifies that every table is exactly as before.</source>
        <translation>Macht diese Migration rückgängig und prüft, dass jede Tabelle genau wie vorher ist.</translation>
    </message>
    <message>
        <source>Roll back the migration of %1?

The database goes back to %2: the tables are restored and then compared with their state before the migration, row count and checksum. Anything written to the migrated tables since would be lost, so the rollback refuses to run if they changed.</source>
        <translation>Die Migration von %1 zurücksetzen?

Die Datenbank geht zurück auf %2: Die Tabellen werden wiederhergestellt und dann mit ihrem Stand vor der Migration verglichen, nach Zeilenzahl und Prüfsumme. Alles, was seitdem in die migrierten Tabellen geschrieben wurde, ginge verloren; deshalb verweigert das Zurücksetzen den Lauf, wenn sie sich verändert haben.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Keep the migration</source>
        <translation>Migration &amp;behalten</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>The rollback did not start.</source>
        <translation>Das Zurücksetzen hat nicht begonnen.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Choose the key file</source>
        <translation>Die Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Key files (*.key *.hex *.txt);;All files (*)</source>
        <translation>Schlüsseldateien (*.key *.hex *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FinalizeCommand</name>
    <message>
        <source>Run the finalize script of applied plans whose keep period is over (e.g. drop users_old); afterwards their rollback is refused.</source>
        <translation>Das Abschlussskript angewendeter Pläne ausführen, deren Aufbewahrungsfrist vorbei ist (z. B. users_old löschen); danach wird ihr Zurücksetzen verweigert.</translation>
    </message>
</context>
<context>
    <name>FinalizeRun</name>
    <message numerus="yes">
        <source>The plan %1 keeps what its rollback needs until %2 (%n day(s) after its apply on %3): its finalize is not due before then.</source>
        <translation>
            <numerusform>Der Plan %1 behält, was sein Zurücksetzen braucht, bis %2 (%n Tag nach seiner Anwendung am %3): Sein Abschluss ist vorher nicht fällig.</numerusform>
            <numerusform>Der Plan %1 behält, was sein Zurücksetzen braucht, bis %2 (%n Tage nach seiner Anwendung am %3): Sein Abschluss ist vorher nicht fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to finalize: no applied plan with a finalize is waiting for one.</source>
        <translation>Nichts abzuschließen: Kein angewendeter Plan mit einem Abschluss wartet darauf.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The plan %1 was finalized %2 meanwhile.</source>
        <translation>Der Plan %1 wurde inzwischen %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>Committing the finalize</source>
        <translation>Abschluss wird festgeschrieben</translation>
    </message>
    <message>
        <source>The connection was lost while committing the finalize of %1; run --status once the server is back: its history says whether it took.</source>
        <translation>Die Verbindung ging beim Festschreiben des Abschlusses von %1 verloren; führen Sie --status aus, sobald der Server wieder erreichbar ist: Sein Verlauf zeigt, ob er wirksam wurde.</translation>
    </message>
    <message>
        <source>Finalize of %1 committed</source>
        <translation>Abschluss von %1 festgeschrieben</translation>
    </message>
    <message numerus="yes">
        <source>The plan %1 is finalized (applied on %2, kept at least %n day(s)): its rollback is refused from now on.</source>
        <translation>
            <numerusform>Der Plan %1 ist abgeschlossen (angewendet am %2, mindestens %n Tag aufbewahrt): Sein Zurücksetzen wird von nun an verweigert.</numerusform>
            <numerusform>Der Plan %1 ist abgeschlossen (angewendet am %2, mindestens %n Tage aufbewahrt): Sein Zurücksetzen wird von nun an verweigert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 made before the migration was already gone.</source>
        <translation>Die vor der Migration erstellte Sicherung %1 war bereits entfernt.</translation>
    </message>
    <message>
        <source>Deleted the backup %1 made before the migration.</source>
        <translation>Die vor der Migration erstellte Sicherung %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The backup %1 made before the migration could not be deleted: delete it by hand.</source>
        <translation>Die vor der Migration erstellte Sicherung %1 konnte nicht gelöscht werden: Löschen Sie sie von Hand.</translation>
    </message>
</context>
<context>
    <name>FinalizedPlan</name>
    <message>
        <source>on %1 by %2 (%3)</source>
        <translation>am %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>The plan %1 was finalized %2: what its rollback restores from is gone, so the rollback is refused and nothing was changed.</source>
        <translation>Der Plan %1 wurde %2 abgeschlossen: Woraus sein Zurücksetzen wiederherstellt, ist entfernt, daher wird das Zurücksetzen verweigert und nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source>Run the action on every target of the manifest FILE (JSON; docs/fleet.md).</source>
        <translation>Die Aktion auf jedem Ziel des Manifests FILE ausführen (JSON; docs/fleet.md).</translation>
    </message>
    <message>
        <source>With --fleet: targets run at once (default: the manifest&apos;s, else 1).</source>
        <translation>Mit --fleet: so viele Ziele laufen gleichzeitig (Vorgabe: die des Manifests, sonst 1).</translation>
    </message>
    <message>
        <source>--parallel goes with --fleet.</source>
        <translation>--parallel gehört zu --fleet.</translation>
    </message>
    <message>
        <source>--fleet takes its targets from the manifest: leave out --db.</source>
        <translation>--fleet nimmt seine Ziele aus dem Manifest: --db bitte weglassen.</translation>
    </message>
    <message>
        <source>--fleet gives every target its own lock: leave out --lock-file.</source>
        <translation>--fleet gibt jedem Ziel eine eigene Sperre: --lock-file bitte weglassen.</translation>
    </message>
    <message>
        <source>--parallel takes a whole number from 1 to 256.</source>
        <translation>--parallel nimmt eine ganze Zahl von 1 bis 256.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>Read them, then run again with --yes or --accept-risk %1 (or accept_risk in the manifest&apos;s defaults).</source>
        <translation>Bitte lesen, dann erneut mit --yes oder --accept-risk %1 ausführen (oder accept_risk in den Vorgaben des Manifests).</translation>
    </message>
</context>
<context>
    <name>FleetController</name>
    <message numerus="yes">
        <source>%n target</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n targets</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>manifest %1</source>
        <translation>Manifest %1</translation>
    </message>
    <message>
        <source>SQLite files %1</source>
        <translation>SQLite-Dateien %1</translation>
    </message>
    <message>
        <source>schemas %1 of %2</source>
        <translation>Schemas %1 von %2</translation>
    </message>
    <message>
        <source>Wait until the fleet&apos;s run has ended.</source>
        <translation>Warten Sie, bis der Lauf der Flotte beendet ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 matches no database.</source>
        <translation>%1 trifft auf keine Datenbank zu.</translation>
    </message>
    <message>
        <source>The fleet is busy; wait until it has ended.</source>
        <translation>Die Flotte ist beschäftigt; warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>Open a manifest, a folder of SQLite files or a server first.</source>
        <translation>Öffnen Sie zuerst ein Manifest, einen Ordner mit SQLite-Dateien oder einen Server.</translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation>Es ist noch nichts gelaufen.</translation>
    </message>
    <message>
        <source>%1 of %2 targets</source>
        <translation>%1 von %2 Zielen</translation>
    </message>
    <message>
        <source>%1 · stopping, rolling back the running targets…</source>
        <translation>%1 · wird angehalten, die laufenden Ziele werden zurückgerollt…</translation>
    </message>
    <message>
        <source>%1 · time left %2</source>
        <translation>%1 · verbleibend %2</translation>
    </message>
</context>
<context>
    <name>FleetManifestReader</name>
    <message>
        <source>%1[%2]: %3</source>
        <translation>%1[%2]: %3</translation>
    </message>
    <message>
        <source>Cannot read the fleet manifest %1: %2</source>
        <translation>Das Flotten-Manifest %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The fleet manifest %1: %2</source>
        <translation>Das Flotten-Manifest %1: %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>stages[%1] selects by label, but the manifest has no top-level targets.</source>
        <translation>stages[%1] wählt nach Label aus, aber das Manifest hat keine Ziele auf oberster Ebene.</translation>
    </message>
    <message>
        <source>it names no targets.</source>
        <translation>es nennt keine Ziele.</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message numerus="yes">
        <source>%n target(s): %1</source>
        <translation>
            <numerusform>%n Ziel: %1</numerusform>
            <numerusform>%n Ziele: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation>VERSIONEN</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>EXIT</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Fleet %1, %2
</source>
        <translation>Flotte %1, %2
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>Interrupted: no target was started after the signal; the running ones were rolled back.
</source>
        <translation>Unterbrochen: Nach dem Signal wurde kein Ziel mehr gestartet; die laufenden wurden zurückgerollt.
</translation>
    </message>
    <message>
        <source>Fleet finished in %1 ms, exit code %2.
</source>
        <translation>Flotte in %1 ms beendet, Exit-Code %2.
</translation>
    </message>
    <message>
        <source>Fleet finished in %1 ms.
</source>
        <translation>Flotte in %1 ms beendet.
</translation>
    </message>
    <message>
        <source>Migration Assistant fleet report</source>
        <translation>Migrationsassistent – Flottenbericht</translation>
    </message>
    <message>
        <source>Manifest %1, action %2.</source>
        <translation>Manifest %1, Aktion %2.</translation>
    </message>
    <message>
        <source>Exit code %1, %2 ms.</source>
        <translation>Exit-Code %1, %2 ms.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;: use a file name ending in .%2.</source>
        <translation>Unbekanntes Berichtsformat „%1“: Bitte einen Dateinamen mit der Endung .%2 verwenden.</translation>
    </message>
</context>
<context>
    <name>FleetRun</name>
    <message>
        <source>%1 Held by %2.</source>
        <translation>%1 Gehalten von %2.</translation>
    </message>
    <message>
        <source>%1 matches no database.</source>
        <translation>%1 trifft auf keine Datenbank zu.</translation>
    </message>
    <message>
        <source>%1: %2 Tried again at the end of the stage.</source>
        <translation>%1: %2 Wird am Ende der Stufe erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>Stage %1: %n target(s), %2 at once.</source>
        <translation>
            <numerusform>Stufe %1: %n Ziel, %2 gleichzeitig.</numerusform>
            <numerusform>Stufe %1: %n Ziele, %2 gleichzeitig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage %1 stopped after %n blocked or failed target(s); the targets after it were skipped.</source>
        <translation>
            <numerusform>Stufe %1 hat nach %n blockierten oder fehlgeschlagenen Ziel angehalten; die Ziele danach wurden übersprungen.</numerusform>
            <numerusform>Stufe %1 hat nach %n blockierten oder fehlgeschlagenen Zielen angehalten; die Ziele danach wurden übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetServerDialog</name>
    <message>
        <source>Server and schema pattern</source>
        <translation>Server und Schema-Muster</translation>
    </message>
    <message>
        <source>Every schema whose name matches: * is any text, ? one character.</source>
        <translation>Jedes Schema, dessen Name passt: * steht für beliebigen Text, ? für ein Zeichen.</translation>
    </message>
    <message>
        <source>Every schema of the database whose name matches the pattern is one target.</source>
        <translation>Jedes Schema der Datenbank, dessen Name zum Muster passt, ist ein Ziel.</translation>
    </message>
    <message>
        <source>Ho&amp;st:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Passwo&amp;rt:</translation>
    </message>
    <message>
        <source>Schema &amp;pattern:</source>
        <translation>Schema-&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;List the schemas</source>
        <translation>Schemas &amp;auflisten</translation>
    </message>
</context>
<context>
    <name>FleetTargetExpander</name>
    <message>
        <source>A schema pattern takes * and ?, not [...]: %1</source>
        <translation>Ein Schema-Muster kennt * und ?, nicht [...]: %1</translation>
    </message>
</context>
<context>
    <name>FleetTargetModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped, rolled back</source>
        <translation>angehalten, zurückgerollt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running, %1 %</source>
        <translation>läuft, %1 %</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>locked, tried again later</source>
        <translation>gesperrt, wird später erneut versucht</translation>
    </message>
    <message numerus="yes">
        <source>%n check passed</source>
        <translation>
            <numerusform>%n Prüfung bestanden</numerusform>
            <numerusform>alle %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n checks passed</source>
        <translation>
            <numerusform>%n Prüfung bestanden</numerusform>
            <numerusform>alle %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker</source>
        <translation>
            <numerusform>%n Blocker</numerusform>
            <numerusform>%n Blocker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blockers</source>
        <translation>
            <numerusform>%n Blocker</numerusform>
            <numerusform>%n Blocker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>FleetWindow</name>
    <message>
        <source>Open &amp;manifest…</source>
        <translation>&amp;Manifest öffnen…</translation>
    </message>
    <message>
        <source>S&amp;QLite folder…</source>
        <translation>S&amp;QLite-Ordner…</translation>
    </message>
    <message>
        <source>Ser&amp;ver and schema pattern…</source>
        <translation>Se&amp;rver und Schema-Muster…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Bericht s&amp;peichern…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Open a fleet manifest, a folder of SQLite files or a server with a schema pattern. Each database runs exactly as a single run would: its own lock, checks, backup and history.</source>
        <translation>Öffnen Sie ein Flotten-Manifest, einen Ordner mit SQLite-Dateien oder einen Server mit einem Schema-Muster. Jede Datenbank läuft genau wie in einem einzelnen Lauf: mit eigener Sperre, eigenen Prüfungen, eigener Sicherung und eigenem Verlauf.</translation>
    </message>
    <message>
        <source>The fleet</source>
        <translation>Die Flotte</translation>
    </message>
    <message>
        <source>The fleet&apos;s result</source>
        <translation>Das Ergebnis der Flotte</translation>
    </message>
    <message>
        <source>Targets of the fleet</source>
        <translation>Ziele der Flotte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>the latest</source>
        <translation>die neueste</translation>
    </message>
    <message>
        <source>Version to take every target to</source>
        <translation>Version, auf die jedes Ziel gebracht wird</translation>
    </message>
    <message>
        <source>Targets at once</source>
        <translation>Ziele gleichzeitig</translation>
    </message>
    <message>
        <source>How many targets run at the same time (each with its own connection).</source>
        <translation>Wie viele Ziele gleichzeitig laufen (jedes mit eigener Verbindung).</translation>
    </message>
    <message>
        <source>Checks every target (nothing changes) to fill in its version and checks.</source>
        <translation>Prüft jedes Ziel (nichts wird geändert), um seine Version und Prüfungen einzutragen.</translation>
    </message>
    <message>
        <source>No target starts any more; the running ones are rolled back.</source>
        <translation>Kein Ziel startet mehr; die laufenden werden zurückgerollt.</translation>
    </message>
    <message>
        <source>Progress of the fleet</source>
        <translation>Fortschritt der Flotte</translation>
    </message>
    <message>
        <source>Targets done and time left</source>
        <translation>Erledigte Ziele und verbleibende Zeit</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;To version:</source>
        <translation>Auf &amp;Version:</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>&amp;Gleichzeitig:</translation>
    </message>
    <message>
        <source>Open a fleet manifest</source>
        <translation>Ein Flotten-Manifest öffnen</translation>
    </message>
    <message>
        <source>Fleet manifest (*.json)</source>
        <translation>Flotten-Manifest (*.json)</translation>
    </message>
    <message>
        <source>Open manifest</source>
        <translation>Manifest öffnen</translation>
    </message>
    <message>
        <source>A folder of SQLite files</source>
        <translation>Ein Ordner mit SQLite-Dateien</translation>
    </message>
    <message>
        <source>SQLite folder</source>
        <translation>SQLite-Ordner</translation>
    </message>
    <message>
        <source>Server and schema pattern</source>
        <translation>Server und Schema-Muster</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Checking every target; nothing changes.</source>
        <translation>Jedes Ziel wird geprüft; nichts wird geändert.</translation>
    </message>
    <message>
        <source>Roll back the last migration of every target that has one (%1)?

Each target&apos;s rollback is checked and verified as a single rollback is.</source>
        <translation>Die letzte Migration jedes Ziels zurücksetzen, das eine hat (%1)?

Das Zurücksetzen jedes Ziels wird geprüft und verifiziert wie ein einzelnes Zurücksetzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n target</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n targets</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target will change.</source>
        <translation>
            <numerusform>%n Ziel wird geändert.</numerusform>
            <numerusform>%n Ziele werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n targets will change.</source>
        <translation>
            <numerusform>%n Ziel wird geändert.</numerusform>
            <numerusform>%n Ziele werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n bereits aktuell.</numerusform>
            <numerusform>%n bereits aktuell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked or failed in the preview.</source>
        <translation>
            <numerusform>%n in der Vorschau blockiert oder fehlgeschlagen.</numerusform>
            <numerusform>%n in der Vorschau blockiert oder fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview found warnings nobody has accepted yet: %1. Applying goes past them on every target that has them, and each target&apos;s history records who accepted them.</source>
        <translation>Die Vorschau hat Warnungen gefunden, die noch niemand akzeptiert hat: %1. Das Anwenden geht bei jedem betroffenen Ziel über sie hinweg, und der Verlauf jedes Ziels hält fest, wer sie akzeptiert hat.</translation>
    </message>
    <message>
        <source>No preview has run: up to %1 may change. Preview first to see each one&apos;s version and checks.</source>
        <translation>Es lief keine Vorschau: bis zu %1 können sich ändern. Starten Sie zuerst die Vorschau, um Version und Prüfungen jedes Ziels zu sehen.</translation>
    </message>
    <message>
        <source>Each target is backed up and migrated in one transaction; a failure rolls that target back and the others go on.</source>
        <translation>Jedes Ziel wird gesichert und in einer Transaktion migriert; ein Fehler rollt dieses Ziel zurück, die anderen laufen weiter.</translation>
    </message>
    <message>
        <source>Roll back the fleet</source>
        <translation>Die Flotte zurücksetzen</translation>
    </message>
    <message>
        <source>Apply to the fleet</source>
        <translation>Auf die Flotte anwenden</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stopped: the running targets were rolled back, the others did not start.</source>
        <translation>Angehalten: Die laufenden Ziele wurden zurückgerollt, die anderen sind nicht gestartet.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Save the fleet&apos;s report</source>
        <translation>Den Bericht der Flotte speichern</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The fleet is changing databases.

Stop it and close? The running targets are rolled back first; the ones already done stay done. The window closes when that is done.</source>
        <translation>Die Flotte ändert Datenbanken.

Anhalten und schließen? Die laufenden Ziele werden zuerst zurückgerollt; die bereits erledigten bleiben erledigt. Das Fenster schließt sich, sobald das geschehen ist.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Anhalten und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Fleet — stopping, rolling back…</source>
        <translation>Flotte — wird angehalten, zurückgerollt…</translation>
    </message>
    <message>
        <source>&amp;Key file…</source>
        <translation>Schlüssel&amp;datei…</translation>
    </message>
    <message>
        <source>The file holding the key of the plans that encrypt tokens; applying and rolling them back needs it.</source>
        <translation>Die Datei mit dem Schlüssel der Pläne, die Tokens verschlüsseln; Anwenden und Zurücknehmen brauchen ihn.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>no key: targets whose path encrypts tokens are blocked</source>
        <translation>kein Schlüssel: Ziele, deren Pfad Tokens verschlüsselt, werden blockiert</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>FlywayConfig</name>
    <message>
        <source>%1 is not followed: the assistant reads V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql and R__&lt;description&gt;.sql anywhere in the folder, with ${…} placeholders</source>
        <translation>%1 wird nicht befolgt: Der Assistent liest V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql und R__&lt;description&gt;.sql überall im Ordner, mit ${…}-Platzhaltern</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1:%2: not a TOML table header this reader knows: %3</source>
        <translation>%1:%2: keine TOML-Tabellenüberschrift, die dieser Leser kennt: %3</translation>
    </message>
    <message>
        <source>%1:%2: expected key = value, found: %3</source>
        <translation>%1:%2: erwartet wurde Schlüssel = Wert, gefunden: %3</translation>
    </message>
    <message>
        <source>the assistant cannot know it before connecting; set it in flyway.conf (flyway.user, flyway.url)</source>
        <translation>der Assistent kann ihn vor dem Verbinden nicht kennen; setzen Sie ihn in flyway.conf (flyway.user, flyway.url)</translation>
    </message>
    <message>
        <source>set flyway.placeholders.%1 in flyway.conf or [flyway.placeholders] in flyway.toml</source>
        <translation>setzen Sie flyway.placeholders.%1 in flyway.conf oder [flyway.placeholders] in flyway.toml</translation>
    </message>
    <message>
        <source>no value for the placeholder ${%1}: %2 (Flyway refuses the script too)</source>
        <translation>kein Wert für den Platzhalter ${%1}: %2 (auch Flyway lehnt das Skript ab)</translation>
    </message>
</context>
<context>
    <name>FlywayProjectReader</name>
    <message>
        <source>not a Flyway migration name (V&lt;version&gt;__&lt;description&gt;.sql: two underscores after the version); Flyway and the assistant leave it out</source>
        <translation>kein Flyway-Migrationsname (V&lt;version&gt;__&lt;description&gt;.sql: zwei Unterstriche nach der Version); Flyway und der Assistent lassen die Datei aus</translation>
    </message>
    <message>
        <source>not a Flyway migration (V…, U… or R__…): left out</source>
        <translation>keine Flyway-Migration (V…, U… oder R__…): ausgelassen</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>a repeatable migration has no version: R__&lt;description&gt;.sql</source>
        <translation>eine wiederholbare Migration hat keine Version: R__&lt;description&gt;.sql</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Flyway version: digits separated by . or _ (1, 1.1, 2_0_1)</source>
        <translation>„%1“ ist keine Flyway-Version: Ziffern, getrennt durch . oder _ (1, 1.1, 2_0_1)</translation>
    </message>
    <message>
        <source>version %1 is also the version of %2: Flyway refuses a project with two migrations of one version</source>
        <translation>Version %1 ist auch die Version von %2: Flyway lehnt ein Projekt mit zwei Migrationen derselben Version ab</translation>
    </message>
    <message>
        <source>the description &quot;%1&quot; is also the description of %2: Flyway refuses two repeatable migrations of one description</source>
        <translation>die Beschreibung „%1“ ist auch die Beschreibung von %2: Flyway lehnt zwei wiederholbare Migrationen mit derselben Beschreibung ab</translation>
    </message>
    <message>
        <source>no undo migration U%1__….sql: --rollback cannot undo V%1</source>
        <translation>keine Undo-Migration U%1__….sql: --rollback kann V%1 nicht rückgängig machen</translation>
    </message>
    <message>
        <source>an undo migration without V%1__….sql: it undoes nothing</source>
        <translation>eine Undo-Migration ohne V%1__….sql: sie macht nichts rückgängig</translation>
    </message>
    <message>
        <source>Repeatable migrations</source>
        <translation>Wiederholbare Migrationen</translation>
    </message>
    <message>
        <source>%1 holds no Flyway migration (V&lt;version&gt;__&lt;description&gt;.sql)</source>
        <translation>%1 enthält keine Flyway-Migration (V&lt;version&gt;__&lt;description&gt;.sql)</translation>
    </message>
</context>
<context>
    <name>FlywayRegistry</name>
    <message>
        <source>the table %1 of the database</source>
        <translation>die Tabelle %1 der Datenbank</translation>
    </message>
    <message>
        <source>the table %1 in the schema %2</source>
        <translation>die Tabelle %1 im Schema %2</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>%1 (%2) failed at %3 and was not repaired: run flyway repair, or fix the database by hand and delete its row from %4</source>
        <translation>%1 (%2) ist am %3 fehlgeschlagen und wurde nicht repariert: führen Sie flyway repair aus oder bringen Sie die Datenbank von Hand in Ordnung und löschen Sie ihre Zeile aus %4</translation>
    </message>
    <message>
        <source>record %1 in %2</source>
        <translation>%1 in %2 eintragen</translation>
    </message>
    <message>
        <source>forget %1 in %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>%1 is not a migration of this Flyway project.</source>
        <translation>%1 ist keine Migration dieses Flyway-Projekts.</translation>
    </message>
    <message>
        <source>V%1 has no undo migration (U%1__….sql): it cannot be rolled back.</source>
        <translation>V%1 hat keine Undo-Migration (U%1__….sql): sie kann nicht zurückgerollt werden.</translation>
    </message>
</context>
<context>
    <name>ForeignKeyGuard</name>
    <message>
        <source>The foreign key check</source>
        <translation>Die Fremdschlüsselprüfung</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 refer to no row of %2</source>
        <translation>
            <numerusform>%n Zeile von %1 verweist auf keine Zeile von %2</numerusform>
            <numerusform>%n Zeilen von %1 verweisen auf keine Zeile von %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PRAGMA foreign_key_check found rows whose reference the steps broke: %1</source>
        <translation>PRAGMA foreign_key_check hat Zeilen gefunden, deren Verweis die Schritte zerstört haben: %1</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done or nothing to do, 1 bad usage or input, 2 cannot open the database,
3 checks stopped the run, 4 another run holds the lock, 5 failed and rolled back,
6 rollback failed or its verification found a difference, 130 interrupted.
</source>
        <translation>
Exit-Codes: 0 erledigt oder nichts zu tun, 1 falscher Aufruf oder falsche Eingabe,
2 Datenbank kann nicht geöffnet werden, 3 Prüfungen haben den Lauf angehalten,
4 ein anderer Lauf hält die Sperre, 5 fehlgeschlagen und zurückgesetzt,
6 Zurücksetzen fehlgeschlagen oder seine Prüfung fand einen Unterschied, 130 unterbrochen.
</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>R&amp;efresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>&amp;Roll back the last migration…</source>
        <translation>Letzte Migration &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What this assistant has done to %1:</source>
        <translation>Was dieser Assistent mit %1 gemacht hat:</translation>
    </message>
    <message>
        <source>Status of the plan</source>
        <translation>Stand des Plans</translation>
    </message>
    <message>
        <source>The selected run</source>
        <translation>Der ausgewählte Lauf</translation>
    </message>
    <message>
        <source>History of runs</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation>Verlauf aktualisieren</translation>
    </message>
    <message>
        <source>Roll back the last migration</source>
        <translation>Letzte Migration zurücksetzen</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Verlauf schließen</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>No run of this assistant is recorded in this database.</source>
        <translation>In dieser Datenbank ist kein Lauf dieses Assistenten verzeichnet.</translation>
    </message>
    <message>
        <source>Roll back the migration applied on %1 by %2?

The database goes back to %3: the tables are restored and then compared with their state before the migration, row count and checksum. Anything written to the migrated tables since would be lost, so the rollback refuses to run if they changed.</source>
        <translation>Die am %1 von %2 angewendete Migration zurücksetzen?

Die Datenbank geht zurück auf %3: Die Tabellen werden wiederhergestellt und dann mit ihrem Stand vor der Migration verglichen, nach Zeilenzahl und Prüfsumme. Alles, was seitdem in die migrierten Tabellen geschrieben wurde, ginge verloren; deshalb verweigert das Zurücksetzen den Lauf, wenn sie sich verändert haben.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Keep the migration</source>
        <translation>Migration &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>&amp;Abschließen…</translation>
    </message>
    <message>
        <source>Finalize the migrations whose keep period is over</source>
        <translation>Die Migrationen abschließen, deren Aufbewahrungsfrist abgelaufen ist</translation>
    </message>
    <message>
        <source>Drops what a migration kept for its rollback (such as users_old) once its keep period is over. Afterwards it can no longer be rolled back.</source>
        <translation>Entfernt, was eine Migration für ihr Zurücksetzen aufbewahrt hat (etwa users_old), sobald ihre Aufbewahrungsfrist abgelaufen ist. Danach kann sie nicht mehr zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finalize these migrations?

%1

Their keep period is over. What they kept for a rollback is dropped, and the backup made before them is deleted: afterwards they can no longer be rolled back.</source>
        <translation>Diese Migrationen abschließen?

%1

Ihre Aufbewahrungsfrist ist abgelaufen. Was sie für ein Zurücksetzen aufbewahrt haben, wird entfernt, und die Sicherung von davor wird gelöscht: Danach können sie nicht mehr zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Creating the history table</source>
        <translation>Anlegen der Verlaufstabelle</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Lesen des Verlaufs</translation>
    </message>
    <message>
        <source>Writing the history</source>
        <translation>Schreiben des Verlaufs</translation>
    </message>
    <message>
        <source>Adding the plan&apos;s file checksums to the history table</source>
        <translation>Prüfsummen der Plandateien zur Verlaufstabelle hinzufügen</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Applied %1 → %2</source>
        <translation>Angewendet %1 → %2</translation>
    </message>
    <message>
        <source>Rolled back %1 → %2</source>
        <translation>Zurückgesetzt %1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, by %3)</source>
        <translation>%1 (%2, von %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Run %1: %2, plan %3 (checksum %4)</source>
        <translation>Lauf %1: %2, Plan %3 (Prüfsumme %4)</translation>
    </message>
    <message>
        <source>Started %1, finished %2, by %3 (system user %4) on %5 with version %6</source>
        <translation>Begonnen %1, beendet %2, von %3 (Systembenutzer %4) auf %5 mit Version %6</translation>
    </message>
    <message>
        <source>Accepted risks: %1</source>
        <translation>Akzeptierte Risiken: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Finalized %1: the rollback is refused</source>
        <translation>%1 abgeschlossen: Das Zurücksetzen wird verweigert</translation>
    </message>
    <message>
        <source>Baseline: recorded at %1</source>
        <translation>Baseline: erfasst auf %1</translation>
    </message>
</context>
<context>
    <name>ImpactPreview</name>
    <message>
        <source>Counting the rows of %1</source>
        <translation>Die Zeilen von %1 werden gezählt</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Rows the steps change</source>
        <translation>Zeilen, die die Schritte ändern</translation>
    </message>
    <message>
        <source>Counted in a rehearsal of the plan&apos;s steps that was rolled back.</source>
        <translation>Gezählt in einer Probe der Schritte des Plans, die zurückgerollt wurde.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>The steps write no row of the existing tables</source>
        <translation>Die Schritte schreiben keine Zeile der bestehenden Tabellen</translation>
    </message>
    <message>
        <source>Rows before → after: %1</source>
        <translation>Zeilen vorher → nachher: %1</translation>
    </message>
    <message>
        <source>Tables, columns, indexes and foreign keys the steps change</source>
        <translation>Tabellen, Spalten, Indizes und Fremdschlüssel, die die Schritte ändern</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>tables added: %1</source>
        <translation>hinzugefügte Tabellen: %1</translation>
    </message>
    <message>
        <source>table added</source>
        <translation>Tabelle hinzugefügt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>tables dropped: %1</source>
        <translation>gelöschte Tabellen: %1</translation>
    </message>
    <message>
        <source>table dropped</source>
        <translation>Tabelle gelöscht</translation>
    </message>
    <message>
        <source>tables renamed: %1</source>
        <translation>umbenannte Tabellen: %1</translation>
    </message>
    <message>
        <source>table renamed</source>
        <translation>Tabelle umbenannt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>columns added: %1</source>
        <translation>hinzugefügte Spalten: %1</translation>
    </message>
    <message>
        <source>column added</source>
        <translation>Spalte hinzugefügt</translation>
    </message>
    <message>
        <source>columns dropped: %1</source>
        <translation>gelöschte Spalten: %1</translation>
    </message>
    <message>
        <source>column dropped</source>
        <translation>Spalte gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 value(s))</source>
        <translation>
            <numerusform>%1 (%2 Wert)</numerusform>
            <numerusform>%1 (%2 Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>indexes added: %1</source>
        <translation>hinzugefügte Indizes: %1</translation>
    </message>
    <message>
        <source>index added</source>
        <translation>Index hinzugefügt</translation>
    </message>
    <message>
        <source>indexes dropped: %1</source>
        <translation>gelöschte Indizes: %1</translation>
    </message>
    <message>
        <source>index dropped</source>
        <translation>Index gelöscht</translation>
    </message>
    <message>
        <source>foreign keys added: %1</source>
        <translation>hinzugefügte Fremdschlüssel: %1</translation>
    </message>
    <message>
        <source>foreign key added</source>
        <translation>Fremdschlüssel hinzugefügt</translation>
    </message>
    <message>
        <source>foreign keys dropped: %1</source>
        <translation>gelöschte Fremdschlüssel: %1</translation>
    </message>
    <message>
        <source>foreign key dropped</source>
        <translation>Fremdschlüssel gelöscht</translation>
    </message>
    <message>
        <source>The steps change no table, column, index or foreign key</source>
        <translation>Die Schritte ändern keine Tabelle, keine Spalte, keinen Index und keinen Fremdschlüssel</translation>
    </message>
    <message>
        <source>Data the steps drop</source>
        <translation>Daten, die die Schritte löschen</translation>
    </message>
    <message>
        <source>the table %1 with %2</source>
        <translation>die Tabelle %1 mit %2</translation>
    </message>
    <message numerus="yes">
        <source>the column %1 with %2 value(s)</source>
        <translation>
            <numerusform>die Spalte %1 mit %2 Wert</numerusform>
            <numerusform>die Spalte %1 mit %2 Werten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing the steps drop holds data</source>
        <translation>Nichts, was die Schritte löschen, enthält Daten</translation>
    </message>
    <message>
        <source>The steps drop %1</source>
        <translation>Die Schritte löschen %1</translation>
    </message>
    <message>
        <source>Once applied, these rows and values are gone: only a rollback or the backup brings them back. Make sure nobody needs them, then accept this warning by its id.</source>
        <translation>Nach der Anwendung sind diese Zeilen und Werte fort: Nur ein Zurückrollen oder die Sicherung bringt sie zurück. Stellen Sie sicher, dass niemand sie braucht, und akzeptieren Sie dann diese Warnung über ihre ID.</translation>
    </message>
    <message>
        <source>Impact preview</source>
        <translation>Vorschau der Auswirkungen</translation>
    </message>
    <message>
        <source>Not previewed: the plan runs batch by batch, each batch committed, so it cannot be rehearsed and rolled back whole</source>
        <translation>Keine Vorschau: Der Plan läuft Stapel für Stapel, jeder Stapel wird festgeschrieben, daher lässt er sich nicht als Ganzes proben und zurückrollen</translation>
    </message>
    <message>
        <source>Rehearsing the steps to preview what they change</source>
        <translation>Die Schritte werden geprobt, um zu zeigen, was sie ändern</translation>
    </message>
    <message>
        <source>How a rollback goes back</source>
        <translation>Wie ein Zurückrollen zurückführt</translation>
    </message>
    <message>
        <source>The plan has no rollback steps: a rollback restores the backup taken before the migration, and is refused once the database changed after it</source>
        <translation>Der Plan hat keine Rollback-Schritte: Ein Zurückrollen stellt die vor der Migration angelegte Sicherung wieder her und wird verweigert, sobald sich die Datenbank danach geändert hat</translation>
    </message>
    <message>
        <source>No way back</source>
        <translation>Kein Weg zurück</translation>
    </message>
    <message>
        <source>The plan has no rollback steps: once applied, it cannot be rolled back</source>
        <translation>Der Plan hat keine Rollback-Schritte: Einmal angewendet, kann er nicht zurückgerollt werden</translation>
    </message>
    <message>
        <source>A PostgreSQL server keeps no backup of the run: going back would need your own backup (pg_dump) or hand-written SQL. Make one first, then accept this warning by its id.</source>
        <translation>Ein PostgreSQL-Server bewahrt keine Sicherung des Laufs auf: Für den Weg zurück bräuchten Sie eine eigene Sicherung (pg_dump) oder handgeschriebenes SQL. Legen Sie zuerst eine an und akzeptieren Sie dann diese Warnung über ihre ID.</translation>
    </message>
    <message>
        <source>The plan&apos;s steps failed when rehearsed for the impact preview: %1</source>
        <translation>Die Schritte des Plans sind bei der Probe für die Vorschau der Auswirkungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The plan&apos;s steps failed when rehearsed: %1</source>
        <translation>Die Schritte des Plans sind bei der Probe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Applying the plan would fail here and roll back. Nothing was changed.</source>
        <translation>Die Anwendung des Plans würde hier fehlschlagen und zurückgerollt. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>JsonSchemaCheck</name>
    <message>
        <source>the schema&apos;s $ref %1 names nothing</source>
        <translation>der $ref %1 des Schemas verweist auf nichts</translation>
    </message>
    <message>
        <source>must be of type %1</source>
        <translation>muss vom Typ %1 sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>does not match the pattern %1</source>
        <translation>passt nicht zum Muster %1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>braucht mindestens %1 Einträge</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unknown key (known here: %1)</source>
        <translation>unbekannter Schlüssel (hier bekannt: %1)</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>This plan needs a key file (--key-file FILE): 64 hexadecimal characters, the AES-256 key.</source>
        <translation>Dieser Plan braucht eine Schlüsseldatei (--key-file DATEI): 64 Hexadezimalzeichen, der AES-256-Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key file %1 is not usable: %2</source>
        <translation>Die Schlüsseldatei %1 ist nicht verwendbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>it must hold exactly 64 hexadecimal characters (a 32-byte key), surrounding whitespace ignored; it holds %n character(s) after trimming%1.</source>
        <translation>
            <numerusform>Sie muss genau 64 Hexadezimalzeichen enthalten (einen 32-Byte-Schlüssel), umgebender Leerraum wird ignoriert; ohne ihn enthält sie %n Zeichen%1.</numerusform>
            <numerusform>Sie muss genau 64 Hexadezimalzeichen enthalten (einen 32-Byte-Schlüssel), umgebender Leerraum wird ignoriert; ohne ihn enthält sie %n Zeichen%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, not all of them hexadecimal</source>
        <translation>, nicht alle davon hexadezimal</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>%1: no faults found.
</source>
        <translation>%1: keine Fehler gefunden.
</translation>
    </message>
    <message>
        <source>Faults found: %1.
</source>
        <translation>Gefundene Fehler: %1.
</translation>
    </message>
    <message>
        <source>Check the plan folder DIR (or a folder of plan folders, or a Sqitch project) and exit: 0 clean, 1 faults (file:line messages on stderr).</source>
        <translation>Den Planordner DIR (oder einen Ordner mit Planordnern oder ein Sqitch-Projekt) prüfen und beenden: 0 fehlerfrei, 1 Fehler (Meldungen Datei:Zeile auf stderr).</translation>
    </message>
</context>
<context>
    <name>LockHolder</name>
    <message>
        <source>another run (lock file %1)</source>
        <translation>ein anderer Lauf (Sperrdatei %1)</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3, since %4)</source>
        <translation>%1 (Prozess %2 auf %3, seit %4)</translation>
    </message>
</context>
<context>
    <name>LockRefusal</name>
    <message>
        <source>Another run is migrating this database: %1. Nothing was changed.</source>
        <translation>Ein anderer Lauf migriert diese Datenbank: %1. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Lock file: %1</source>
        <translation>Sperrdatei: %1</translation>
    </message>
    <message>
        <source>Another run is migrating this database (it holds the plan&apos;s lock on the server). Nothing was changed.</source>
        <translation>Ein anderer Lauf migriert diese Datenbank gerade (er hält die Sperre des Plans auf dem Server). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Another run is migrating this database: PostgreSQL session %1. Nothing was changed.</source>
        <translation>Ein anderer Lauf migriert diese Datenbank gerade: PostgreSQL-Sitzung %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Advisory lock %1 on the server</source>
        <translation>Advisory-Sperre %1 auf dem Server</translation>
    </message>
    <message>
        <source> In the way: %1.</source>
        <translation> Im Weg: %1.</translation>
    </message>
    <message>
        <source>The tables to migrate are in use by other sessions and could not be locked within %1 s. Nothing was changed.%2</source>
        <translation>Die zu migrierenden Tabellen werden von anderen Sitzungen benutzt und konnten nicht innerhalb von %1 s gesperrt werden. Es wurde nichts geändert.%2</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <source>Another run is using this database</source>
        <translation>Ein anderer Lauf verwendet diese Datenbank</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Who holds the lock</source>
        <translation>Wer die Sperre hält</translation>
    </message>
    <message>
        <source>Nothing was changed. Two runs on one database at once could damage it, so this one did not start. Wait until the other run has finished (or ask whoever started it), then retry.</source>
        <translation>Es wurde nichts verändert. Zwei gleichzeitige Läufe auf einer Datenbank könnten sie beschädigen, deshalb hat dieser nicht begonnen. Warten Sie, bis der andere Lauf fertig ist (oder fragen Sie, wer ihn gestartet hat), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Lock file</source>
        <translation>Sperrdatei</translation>
    </message>
    <message>
        <source>Retry the run</source>
        <translation>Lauf erneut versuchen</translation>
    </message>
    <message>
        <source>It is held by %1.</source>
        <translation>Die Sperre hält %1.</translation>
    </message>
    <message>
        <source>Lock file: %1</source>
        <translation>Sperrdatei: %1</translation>
    </message>
</context>
<context>
    <name>MigrateProjectReader</name>
    <message>
        <source>not a golang-migrate migration name (&lt;number&gt;_&lt;name&gt;.up.sql or .down.sql): golang-migrate and the assistant leave it out</source>
        <translation>kein golang-migrate-Migrationsname (&lt;number&gt;_&lt;name&gt;.up.sql oder .down.sql): golang-migrate und der Assistent lassen die Datei aus</translation>
    </message>
    <message>
        <source>%1 is too large for golang-migrate&apos;s version (uint64)</source>
        <translation>%1 ist zu groß für die Version von golang-migrate (uint64)</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>version %1 is also the version of %2: golang-migrate refuses two migrations of one version</source>
        <translation>Version %1 ist auch die Version von %2: golang-migrate lehnt zwei Migrationen derselben Version ab</translation>
    </message>
    <message>
        <source>a down migration without %1_….up.sql: it undoes nothing</source>
        <translation>eine Down-Migration ohne %1_….up.sql: sie macht nichts rückgängig</translation>
    </message>
    <message>
        <source>no %1_%2.down.sql: --rollback cannot undo migration %3</source>
        <translation>keine %1_%2.down.sql: --rollback kann Migration %3 nicht rückgängig machen</translation>
    </message>
    <message>
        <source>%1 holds no golang-migrate migration (&lt;number&gt;_&lt;name&gt;.up.sql)</source>
        <translation>%1 enthält keine golang-migrate-Migration (&lt;number&gt;_&lt;name&gt;.up.sql)</translation>
    </message>
</context>
<context>
    <name>MigrateRegistry</name>
    <message>
        <source>the table %1 of the database</source>
        <translation>die Tabelle %1 der Datenbank</translation>
    </message>
    <message>
        <source>the table %1 in the schema %2</source>
        <translation>die Tabelle %1 im Schema %2</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>the rollback of the first migration was left dirty: a previous run failed in it; check the database, then `migrate force -1` (nothing applied) or `migrate force %1` (still applied)</source>
        <translation>der Rollback der ersten Migration wurde als „dirty“ hinterlassen: ein früherer Lauf ist darin fehlgeschlagen; prüfen Sie die Datenbank, dann `migrate force -1` (nichts angewendet) oder `migrate force %1` (noch angewendet)</translation>
    </message>
    <message>
        <source>migration %1 was left dirty: a previous run failed in it; check the database, then `migrate force %2` if it changed nothing (or you undid it), or `migrate force %1` if it completed</source>
        <translation>Migration %1 wurde als „dirty“ hinterlassen: ein früherer Lauf ist darin fehlgeschlagen; prüfen Sie die Datenbank, dann `migrate force %2`, wenn sie nichts geändert hat (oder Sie sie rückgängig gemacht haben), oder `migrate force %1`, wenn sie vollständig durchgelaufen ist</translation>
    </message>
    <message>
        <source>%1 is not a migration of this golang-migrate project.</source>
        <translation>%1 ist keine Migration dieses golang-migrate-Projekts.</translation>
    </message>
    <message>
        <source>migration %1 has no down script: it cannot be rolled back.</source>
        <translation>Migration %1 hat kein Down-Skript: sie kann nicht zurückgerollt werden.</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>record version %1 in %2</source>
        <translation>Version %1 in %2 eintragen</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>The plan &quot;%1&quot; has no SQL for %2 databases.</source>
        <translation>Der Plan „%1“ hat kein SQL für %2-Datenbanken.</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Migration Assistant</source>
        <translation>Migrationsassistent</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Start the migration</source>
        <translation>Migration starten</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>Abbrechen und schließen</translation>
    </message>
    <message>
        <source>A run is changing the database.

Stop it and close? Everything it has done so far is rolled back first: the database stays as it was before this run. The window closes when that is done.</source>
        <translation>Ein Lauf verändert gerade die Datenbank.

Ihn anhalten und schließen? Alles, was er bisher getan hat, wird zuerst zurückgesetzt: Die Datenbank bleibt, wie sie vor diesem Lauf war. Das Fenster schließt sich, sobald das erledigt ist.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Anhalten und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Migration Assistant — stopping, rolling back…</source>
        <translation>Migrationsassistent – wird angehalten und zurückgesetzt…</translation>
    </message>
</context>
<context>
    <name>NewPlanCommand</name>
    <message>
        <source>The version a new plan starts from (with --new-plan).</source>
        <translation>Die Version, bei der ein neuer Plan beginnt (mit --new-plan).</translation>
    </message>
    <message>
        <source>Write a plan skeleton into DIR (with --from VERSION --to VERSION) and exit.</source>
        <translation>Ein Plangerüst nach DIR schreiben (mit --from VERSION --to VERSION) und beenden.</translation>
    </message>
    <message>
        <source>--from goes with --new-plan.</source>
        <translation>--from gehört zu --new-plan.</translation>
    </message>
    <message>
        <source>--new-plan needs --from VERSION and --to VERSION.</source>
        <translation>--new-plan braucht --from VERSION und --to VERSION.</translation>
    </message>
    <message>
        <source>Wrote a plan skeleton from %1 to %2 in %3:
</source>
        <translation>Plangerüst von %1 nach %2 in %3 geschrieben:
</translation>
    </message>
    <message>
        <source>Replace the stand-in table and the example step (README.md in the folder says how), then run --lint %1.
</source>
        <translation>Die Platzhaltertabelle und den Beispielschritt ersetzen (README.md im Ordner sagt, wie), dann --lint %1 ausführen.
</translation>
    </message>
</context>
<context>
    <name>OneTransactionRun</name>
    <message>
        <source>The plan %1 was already applied on %2: nothing to check.</source>
        <translation>Der Plan %1 wurde bereits am %2 angewendet: Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>The plan %1 was already applied on %2 by %3: nothing to do.</source>
        <translation>Der Plan %1 wurde bereits am %2 von %3 angewendet: Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation>Prüfungen laufen</translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation>Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Recording row counts and checksums before the migration</source>
        <translation>Zeilenzahlen und Prüfsummen vor der Migration werden erfasst</translation>
    </message>
    <message>
        <source>Recording row counts and checksums after the migration</source>
        <translation>Zeilenzahlen und Prüfsummen nach der Migration werden erfasst</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Rehearsal only: everything was rolled back, the database is unchanged.</source>
        <translation>Nur ein Probelauf: Alles wurde zurückgesetzt, die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The plan %1 is not applied to this database: nothing to roll back.</source>
        <translation>Der Plan %1 ist auf diese Datenbank nicht angewendet: Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Comparing with the state after the migration</source>
        <translation>Vergleich mit dem Stand nach der Migration</translation>
    </message>
    <message>
        <source>Changes since the migration</source>
        <translation>Änderungen seit der Migration</translation>
    </message>
    <message>
        <source>No table changed since the migration</source>
        <translation>Seit der Migration hat sich keine Tabelle geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) changed since the migration: going back would lose those changes</source>
        <translation>
            <numerusform>%n Tabelle hat sich seit der Migration geändert: Beim Zurücksetzen gingen diese Änderungen verloren</numerusform>
            <numerusform>%n Tabellen haben sich seit der Migration geändert: Beim Zurücksetzen gingen diese Änderungen verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling back restores the tables as they were before the migration. Rows written since then would be lost, so the rollback is refused.</source>
        <translation>Das Zurücksetzen stellt die Tabellen so wieder her, wie sie vor der Migration waren. Seitdem geschriebene Zeilen gingen verloren, deshalb wird das Zurücksetzen verweigert.</translation>
    </message>
    <message>
        <source>The database changed after the migration; rolling back would lose those changes, so nothing was changed.</source>
        <translation>Die Datenbank hat sich nach der Migration geändert; beim Zurücksetzen gingen diese Änderungen verloren, deshalb wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Verifying the restore</source>
        <translation>Wiederherstellung wird geprüft</translation>
    </message>
    <message>
        <source>The restored tables differ from the state before the migration, so the rollback was undone: the database is still migrated. A person needs to look at this.</source>
        <translation>Die wiederhergestellten Tabellen weichen vom Stand vor der Migration ab, deshalb wurde das Zurücksetzen rückgängig gemacht: Die Datenbank ist weiterhin migriert. Das muss sich ein Mensch ansehen.</translation>
    </message>
    <message>
        <source>Restore verified: every table matches its row count and checksum from before the migration</source>
        <translation>Wiederherstellung geprüft: Jede Tabelle stimmt in Zeilenzahl und Prüfsumme mit dem Stand vor der Migration überein</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>The validation after the migration failed, so nothing was kept: %1</source>
        <translation>Die Validierung nach der Migration ist fehlgeschlagen, deshalb wurde nichts übernommen: %1</translation>
    </message>
    <message>
        <source>The plan %1 has steps that run after its own COMMIT, outside the transaction, so it cannot be one part of a path&apos;s one transaction: run it on its own, or commit each plan of the path.</source>
        <translation>Der Plan %1 hat Schritte, die nach seinem eigenen COMMIT außerhalb der Transaktion laufen, daher kann er nicht Teil der einen Transaktion eines Pfads sein: führen Sie ihn für sich aus, oder bestätigen Sie jeden Plan des Pfads einzeln.</translation>
    </message>
    <message>
        <source>The steps that run outside the transaction were not rehearsed: they would commit.</source>
        <translation>Die Schritte außerhalb der Transaktion wurden nicht geprobt: sie würden bestätigen.</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>The migration was applied and validated.</source>
        <translation>Die Migration wurde angewendet und validiert.</translation>
    </message>
    <message>
        <source>The rehearsal succeeded.</source>
        <translation>Der Probelauf war erfolgreich.</translation>
    </message>
    <message>
        <source>The checks passed.</source>
        <translation>Die Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Nothing to roll back.</source>
        <translation>Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>The migration was rolled back and the restore verified.</source>
        <translation>Die Migration wurde zurückgesetzt und die Wiederherstellung geprüft.</translation>
    </message>
    <message>
        <source>The rollback was refused.</source>
        <translation>Das Zurücksetzen wurde verweigert.</translation>
    </message>
    <message>
        <source>The checks stopped the run.</source>
        <translation>Die Prüfungen haben den Lauf angehalten.</translation>
    </message>
    <message>
        <source>Another run is using this database.</source>
        <translation>Ein anderer Lauf verwendet diese Datenbank.</translation>
    </message>
    <message>
        <source>The rehearsal failed.</source>
        <translation>Der Probelauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The migration failed.</source>
        <translation>Die Migration ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A person needs to look at this database.</source>
        <translation>Diese Datenbank muss sich ein Mensch ansehen.</translation>
    </message>
    <message>
        <source>The plan or the connection settings are not usable.</source>
        <translation>Der Plan oder die Verbindungseinstellungen sind nicht verwendbar.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The database is now at %1. Every validation passed inside the same transaction before it was committed.</source>
        <translation>Die Datenbank ist jetzt auf %1. Jede Validierung wurde in derselben Transaktion bestanden, bevor diese festgeschrieben wurde.</translation>
    </message>
    <message>
        <source>The whole migration and its validation ran inside a transaction and were rolled back: the database is unchanged. The counts below are what the migration would produce.</source>
        <translation>Die ganze Migration und ihre Validierung liefen in einer Transaktion und wurden zurückgesetzt: Die Datenbank ist unverändert. Die Anzahlen unten sind das, was die Migration ergeben würde.</translation>
    </message>
    <message>
        <source>The database is back at %1: every table matches its row count and checksum from before the migration.</source>
        <translation>Die Datenbank ist wieder auf %1: Jede Tabelle stimmt in Zeilenzahl und Prüfsumme mit dem Stand vor der Migration überein.</translation>
    </message>
    <message>
        <source>%1. Nothing was changed. Wait for it to finish, or ask whoever runs it, then try again.</source>
        <translation>%1. Es wurde nichts verändert. Warten Sie, bis der andere Lauf fertig ist, oder fragen Sie, wer ihn ausführt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>It is held by %1</source>
        <translation>Die Sperre hält %1</translation>
    </message>
    <message>
        <source>Everything was rolled back: the database is exactly as it was before the run.</source>
        <translation>Alles wurde zurückgesetzt: Die Datenbank ist genau so, wie sie vor dem Lauf war.</translation>
    </message>
    <message>
        <source>%1 Everything was rolled back: the database is exactly as it was before the run.</source>
        <translation>%1 Alles wurde zurückgesetzt: Die Datenbank ist genau so, wie sie vor dem Lauf war.</translation>
    </message>
    <message>
        <source>Read each warning on the Checks page and tick &quot;I accept&quot; beside it to go on.</source>
        <translation>Lesen Sie jede Warnung auf der Seite „Prüfungen“ und setzen Sie das Häkchen „Ich akzeptiere“ daneben, um fortzufahren.</translation>
    </message>
    <message>
        <source>ran, then rolled back with the rest of the path</source>
        <translation>lief, dann mit dem Rest des Pfads zurückgerollt</translation>
    </message>
    <message>
        <source>not run: the path stopped before it</source>
        <translation>nicht gelaufen: Der Pfad hielt vorher an</translation>
    </message>
    <message>
        <source>applied and validated</source>
        <translation>angewendet und validiert</translation>
    </message>
    <message>
        <source>rehearsed, then rolled back</source>
        <translation>geprobt, dann zurückgerollt</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>rolled back and verified</source>
        <translation>zurückgerollt und überprüft</translation>
    </message>
    <message>
        <source>stopped by its checks</source>
        <translation>von seinen Prüfungen angehalten</translation>
    </message>
    <message>
        <source>not started: another run holds the lock</source>
        <translation>nicht gestartet: Ein anderer Lauf hält die Sperre</translation>
    </message>
    <message>
        <source>failed and rolled back</source>
        <translation>fehlgeschlagen und zurückgerollt</translation>
    </message>
    <message>
        <source>cancelled and rolled back</source>
        <translation>abgebrochen und zurückgerollt</translation>
    </message>
    <message>
        <source>needs a person</source>
        <translation>braucht einen Menschen</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <source>%1. %2 (%3 → %4): %5</source>
        <translation>%1. %2 (%3 → %4): %5</translation>
    </message>
    <message>
        <source>Finalized: what the rollback needed is gone, and so is the backup of the apply.</source>
        <translation>Abgeschlossen: Was das Zurücksetzen brauchte, ist entfernt, ebenso die Sicherung von vor der Anwendung.</translation>
    </message>
    <message>
        <source>The finalize is not due yet.</source>
        <translation>Der Abschluss ist noch nicht fällig.</translation>
    </message>
</context>
<context>
    <name>OutsideTransactionSteps</name>
    <message>
        <source>The migration was committed, but a step that runs outside the transaction failed: %1 The database is at %2 without what that step does; a person needs to finish it.</source>
        <translation>Die Migration wurde bestätigt, aber ein Schritt außerhalb der Transaktion ist fehlgeschlagen: %1 Die Datenbank ist auf %2, ohne die Wirkung dieses Schritts; ein Mensch muss ihn zu Ende führen.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) ran after the commit, outside the transaction: %1</source>
        <translation>
            <numerusform>%n Schritt lief nach dem Commit, außerhalb der Transaktion: %1</numerusform>
            <numerusform>%n Schritte liefen nach dem Commit, außerhalb der Transaktion: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The history still holds the tables as the transaction left them, before those steps: %1</source>
        <translation>Der Verlauf enthält die Tabellen noch so, wie die Transaktion sie hinterließ, vor diesen Schritten: %1</translation>
    </message>
</context>
<context>
    <name>PathCheck</name>
    <message>
        <source>Not checked: the checks of %1 before it could not run.</source>
        <translation>Nicht geprüft: die Prüfungen von %1 davor konnten nicht laufen.</translation>
    </message>
    <message>
        <source>Checked when its turn comes: %1 before it runs batch by batch, so it cannot be rehearsed ahead.</source>
        <translation>Wird geprüft, wenn er an der Reihe ist: %1 davor läuft Stapel für Stapel und kann daher nicht vorab geprobt werden.</translation>
    </message>
    <message>
        <source>Rehearsing %1 for the checks of the next plan</source>
        <translation>Probe von %1 für die Prüfungen des nächsten Plans</translation>
    </message>
    <message>
        <source>Rehearsal of %1</source>
        <translation>Probe von %1</translation>
    </message>
    <message>
        <source>The plan&apos;s steps failed when rehearsed: %1</source>
        <translation>Die Schritte des Plans sind bei der Probe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Applying the path would fail here and roll back. Nothing was changed.</source>
        <translation>Das Anwenden des Pfads würde hier fehlschlagen und zurückgerollt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not checked: the rehearsal of %1 before it failed.</source>
        <translation>Nicht geprüft: die Probe von %1 davor ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>PathRun</name>
    <message>
        <source>No plan has SQL for %1 databases.</source>
        <translation>Kein Plan hat SQL für %1-Datenbanken.</translation>
    </message>
    <message>
        <source>The database&apos;s history and its schema disagree, so nothing was changed: %1</source>
        <translation>Der Verlauf der Datenbank und ihr Schema passen nicht zusammen, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The assistant has not migrated this database (it has no history): nothing to roll back.</source>
        <translation>Der Assistent hat diese Datenbank nicht migriert (sie hat keinen Verlauf): nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>The database is at %1: nothing to roll back.</source>
        <translation>Die Datenbank ist auf %1: nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>The database is at %1, past %2: to go back, use --rollback --to %2.</source>
        <translation>Die Datenbank ist auf %1, also über %2 hinaus: um zurückzugehen, --rollback --to %2 verwenden.</translation>
    </message>
    <message>
        <source>The database is at %1, the newest version: nothing to do.</source>
        <translation>Die Datenbank ist auf %1, der neuesten Version: nichts zu tun.</translation>
    </message>
    <message>
        <source>The database is at %1 already: nothing to do.</source>
        <translation>Die Datenbank ist bereits auf %1: nichts zu tun.</translation>
    </message>
    <message>
        <source>A key for %1</source>
        <translation>Ein Schlüssel für %1</translation>
    </message>
    <message>
        <source>The plan %1 (%2 → %3) needs a key: give it with --key-file FILE.</source>
        <translation>Der Plan %1 (%2 → %3) braucht einen Schlüssel: mit --key-file DATEI angeben.</translation>
    </message>
    <message>
        <source>The plan %1 (%2 → %3) needs a key: give it with --key-file FILE, or stop before it with --to %2.</source>
        <translation>Der Plan %1 (%2 → %3) braucht einen Schlüssel: mit --key-file DATEI angeben oder mit --to %2 davor anhalten.</translation>
    </message>
    <message>
        <source>The plan encrypts or decrypts with a key that only you have. Nothing was changed.</source>
        <translation>Der Plan ver- oder entschlüsselt mit einem Schlüssel, den nur Sie haben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Plan %1 of %2: %3 (%4 → %5)</source>
        <translation>Plan %1 von %2: %3 (%4 → %5)</translation>
    </message>
    <message>
        <source>Rehearsal only: everything was rolled back, the database is unchanged.</source>
        <translation>Nur eine Probe: alles wurde zurückgerollt, die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>%1 (plan %2 of the path, %3 → %4)</source>
        <translation>%1 (Plan %2 des Pfads, %3 → %4)</translation>
    </message>
    <message>
        <source>Nothing of the path was kept: the database is still at %1.</source>
        <translation>Nichts vom Pfad wurde behalten: die Datenbank ist weiterhin auf %1.</translation>
    </message>
    <message>
        <source>The plans before it are committed: the database is at %1. Run again to go on from there.</source>
        <translation>Die Pläne davor sind festgeschrieben: die Datenbank ist auf %1. Erneut ausführen, um von dort weiterzumachen.</translation>
    </message>
    <message>
        <source>The %1 project %2 has no migrations for %3 databases (it is written for %4).</source>
        <translation>Das %1-Projekt %2 hat keine Migrationen für %3-Datenbanken (es ist für %4 geschrieben).</translation>
    </message>
    <message>
        <source>another engine</source>
        <translation>ein anderes Datenbanksystem</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Move service credentials into user_integrations</source>
        <extracomment>user-integrations: title</extracomment>
        <translation>Zugangsdaten der Dienste nach user_integrations verschieben</translation>
    </message>
    <message>
        <source>Moves the per-service credential columns of users (Gmail, Google Calendar, Telegram, Signal) into a normalized user_integrations table, one row per user and service. The v1 users table is kept untouched as users_old, and emails and digests point at the new users table.</source>
        <extracomment>user-integrations: description</extracomment>
        <translation>Verschiebt die Spalten mit den Zugangsdaten je Dienst (Gmail, Google Calendar, Telegram, Signal) aus users in eine normalisierte Tabelle user_integrations, eine Zeile je Benutzer und Dienst. Die v1-Tabelle users bleibt unverändert als users_old erhalten, und emails und digests verweisen auf die neue Tabelle users.</translation>
    </message>
    <message>
        <source>Database is at schema v1</source>
        <extracomment>user-integrations: checks schema-version: title</extracomment>
        <translation>Datenbank ist auf Schema v1</translation>
    </message>
    <message>
        <source>The plan moves a database from v1 to v2. A database at another version (or one changed by hand) could be damaged, so it is refused.</source>
        <extracomment>user-integrations: checks schema-version: explanation</extracomment>
        <translation>Der Plan bringt eine Datenbank von v1 auf v2. Eine Datenbank in einer anderen Version (oder eine von Hand veränderte) könnte beschädigt werden, deshalb wird sie abgelehnt.</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>user-integrations: checks users-total: title</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>{value} users will be copied into the new users table</source>
        <extracomment>user-integrations: checks users-total: message</extracomment>
        <translation>Benutzer, die in die neue Tabelle users kopiert werden: {value}</translation>
    </message>
    <message>
        <source>Every user is copied; the old table is kept as users_old.</source>
        <extracomment>user-integrations: checks users-total: explanation</extracomment>
        <translation>Jeder Benutzer wird kopiert; die alte Tabelle bleibt als users_old erhalten.</translation>
    </message>
    <message>
        <source>Gmail integrations</source>
        <extracomment>user-integrations: checks migrate-gmail: title</extracomment>
        <translation>Gmail-Integrationen</translation>
    </message>
    <message>
        <source>{value} Gmail integrations will be created</source>
        <extracomment>user-integrations: checks migrate-gmail: message</extracomment>
        <translation>Gmail-Integrationen, die angelegt werden: {value}</translation>
    </message>
    <message>
        <source>One row in user_integrations for each user with a Gmail access token, refresh token or client id.</source>
        <extracomment>user-integrations: checks migrate-gmail: explanation</extracomment>
        <translation>Eine Zeile in user_integrations für jeden Benutzer mit einem Gmail-Access-Token, Refresh-Token oder einer Client-ID.</translation>
    </message>
    <message>
        <source>Google Calendar integrations</source>
        <extracomment>user-integrations: checks migrate-google_calendar: title</extracomment>
        <translation>Google-Calendar-Integrationen</translation>
    </message>
    <message>
        <source>{value} Google Calendar integrations will be created</source>
        <extracomment>user-integrations: checks migrate-google_calendar: message</extracomment>
        <translation>Google-Calendar-Integrationen, die angelegt werden: {value}</translation>
    </message>
    <message>
        <source>One row for each user with a Google Calendar access token, refresh token or client id.</source>
        <extracomment>user-integrations: checks migrate-google_calendar: explanation</extracomment>
        <translation>Eine Zeile für jeden Benutzer mit einem Google-Calendar-Access-Token, Refresh-Token oder einer Client-ID.</translation>
    </message>
    <message>
        <source>Telegram integrations</source>
        <extracomment>user-integrations: checks migrate-telegram: title</extracomment>
        <translation>Telegram-Integrationen</translation>
    </message>
    <message>
        <source>{value} Telegram integrations will be created</source>
        <extracomment>user-integrations: checks migrate-telegram: message</extracomment>
        <translation>Telegram-Integrationen, die angelegt werden: {value}</translation>
    </message>
    <message>
        <source>One row for each user with a Telegram id; the signup token goes into credentials.</source>
        <extracomment>user-integrations: checks migrate-telegram: explanation</extracomment>
        <translation>Eine Zeile für jeden Benutzer mit einer Telegram-ID; das Anmelde-Token kommt in credentials.</translation>
    </message>
    <message>
        <source>Signal integrations</source>
        <extracomment>user-integrations: checks migrate-signal: title</extracomment>
        <translation>Signal-Integrationen</translation>
    </message>
    <message>
        <source>{value} Signal integrations will be created</source>
        <extracomment>user-integrations: checks migrate-signal: message</extracomment>
        <translation>Signal-Integrationen, die angelegt werden: {value}</translation>
    </message>
    <message>
        <source>One row for each user with a Signal source UUID.</source>
        <extracomment>user-integrations: checks migrate-signal: explanation</extracomment>
        <translation>Eine Zeile für jeden Benutzer mit einer Signal-Source-UUID.</translation>
    </message>
    <message>
        <source>Unfinished Gmail sign-ins</source>
        <extracomment>user-integrations: checks incomplete-oauth-gmail: title</extracomment>
        <translation>Unvollständige Gmail-Anmeldungen</translation>
    </message>
    <message>
        <source>{value} users started connecting Gmail but never finished: they get no Gmail integration</source>
        <extracomment>user-integrations: checks incomplete-oauth-gmail: message</extracomment>
        <translation>Benutzer, die Gmail zu verbinden begonnen, aber nie abgeschlossen haben: {value}. Sie erhalten keine Gmail-Integration</translation>
    </message>
    <message>
        <source>These users have an authorization code or granted scopes but no token or client id. They are not migrated; their data stays in users_old. They will have to connect Gmail again.</source>
        <extracomment>user-integrations: checks incomplete-oauth-gmail: explanation</extracomment>
        <translation>Diese Benutzer haben einen Autorisierungscode oder gewährte Scopes, aber kein Token und keine Client-ID. Sie werden nicht migriert; ihre Daten bleiben in users_old. Sie müssen Gmail erneut verbinden.</translation>
    </message>
    <message>
        <source>Unfinished Google Calendar sign-ins</source>
        <extracomment>user-integrations: checks incomplete-oauth-google_calendar: title</extracomment>
        <translation>Unvollständige Calendar-Anmeldungen</translation>
    </message>
    <message>
        <source>{value} users started connecting Google Calendar but never finished: they get no Calendar integration</source>
        <extracomment>user-integrations: checks incomplete-oauth-google_calendar: message</extracomment>
        <translation>Benutzer, die Google Calendar zu verbinden begonnen, aber nie abgeschlossen haben: {value}. Sie erhalten keine Calendar-Integration</translation>
    </message>
    <message>
        <source>These users have an authorization code or granted scopes for Calendar but no token or client id. They are not migrated; their data stays in users_old.</source>
        <extracomment>user-integrations: checks incomplete-oauth-google_calendar: explanation</extracomment>
        <translation>Diese Benutzer haben einen Autorisierungscode oder gewährte Scopes für Calendar, aber kein Token und keine Client-ID. Sie werden nicht migriert; ihre Daten bleiben in users_old.</translation>
    </message>
    <message>
        <source>Users without an email</source>
        <extracomment>user-integrations: checks null-emails: title</extracomment>
        <translation>Benutzer ohne E-Mail-Adresse</translation>
    </message>
    <message>
        <source>{value} users have no email address</source>
        <extracomment>user-integrations: checks null-emails: message</extracomment>
        <translation>Benutzer ohne E-Mail-Adresse: {value}</translation>
    </message>
    <message>
        <source>The new users table requires an email for every user. Give these users an email address (or remove them) first.</source>
        <extracomment>user-integrations: checks null-emails: explanation</extracomment>
        <translation>Die neue Tabelle users verlangt für jeden Benutzer eine E-Mail-Adresse. Geben Sie diesen Benutzern zuerst eine E-Mail-Adresse (oder entfernen Sie sie).</translation>
    </message>
    <message>
        <source>Email addresses used twice</source>
        <extracomment>user-integrations: checks duplicate-emails: title</extracomment>
        <translation>Doppelt verwendete E-Mail-Adressen</translation>
    </message>
    <message>
        <source>{value} email addresses belong to more than one user (ignoring upper and lower case)</source>
        <extracomment>user-integrations: checks duplicate-emails: message</extracomment>
        <translation>E-Mail-Adressen, die mehr als einem Benutzer gehören (ohne Beachtung der Groß-/Kleinschreibung): {value}</translation>
    </message>
    <message>
        <source>Two accounts with the same address (e.g. Anna@x.com and anna@x.com) would be confused after the migration. Merge or correct them first.</source>
        <extracomment>user-integrations: checks duplicate-emails: explanation</extracomment>
        <translation>Zwei Konten mit derselben Adresse (z. B. Anna@x.com und anna@x.com) würden nach der Migration verwechselt. Führen Sie sie zuerst zusammen oder korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>Emails and digests without a user</source>
        <extracomment>user-integrations: checks orphan-rows: title</extracomment>
        <translation>E-Mails und Digests ohne Benutzer</translation>
    </message>
    <message>
        <source>{value} rows of emails and digests belong to a user who does not exist</source>
        <extracomment>user-integrations: checks orphan-rows: message</extracomment>
        <translation>Zeilen in emails und digests, die zu einem nicht vorhandenen Benutzer gehören: {value}</translation>
    </message>
    <message>
        <source>SQLite does not enforce foreign keys by default, so these rows point at deleted users. After the migration the foreign keys are checked; delete or reassign these rows first.</source>
        <extracomment>user-integrations: checks orphan-rows: explanation</extracomment>
        <translation>SQLite erzwingt Fremdschlüssel standardmäßig nicht, deshalb verweisen diese Zeilen auf gelöschte Benutzer. Nach der Migration werden die Fremdschlüssel geprüft; löschen Sie diese Zeilen zuerst oder ordnen Sie sie neu zu.</translation>
    </message>
    <message>
        <source>Leftover users_old table</source>
        <extracomment>user-integrations: checks users-old-exists: title</extracomment>
        <translation>Übrig gebliebene Tabelle users_old</translation>
    </message>
    <message>
        <source>A table users_old exists that this assistant did not create: probably a migration run by hand. The migration needs that name; find out what it holds before going on.</source>
        <extracomment>user-integrations: checks users-old-exists: explanation</extracomment>
        <translation>Es gibt eine Tabelle users_old, die nicht von diesem Assistenten angelegt wurde: vermutlich eine von Hand ausgeführte Migration. Die Migration braucht diesen Namen; finden Sie heraus, was sie enthält, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Other sessions on the database</source>
        <extracomment>encrypt-tokens: checks active-connections: title
----------
user-integrations: checks active-connections: title</extracomment>
        <translation>Andere Sitzungen auf der Datenbank</translation>
    </message>
    <message>
        <source>The application may still be running. Its writes would wait for the migration; stop it for the maintenance window.</source>
        <extracomment>user-integrations: checks active-connections: explanation</extracomment>
        <translation>Die Anwendung läuft vielleicht noch. Ihre Schreibzugriffe würden auf die Migration warten; beenden Sie sie für das Wartungsfenster.</translation>
    </message>
    <message>
        <source>Database engine version</source>
        <extracomment>encrypt-tokens: checks server-version: title
----------
user-integrations: checks server-version: title</extracomment>
        <translation>Version des Datenbanksystems</translation>
    </message>
    <message>
        <source>The migration uses features of newer database versions.</source>
        <extracomment>user-integrations: checks server-version: explanation</extracomment>
        <translation>Die Migration verwendet Funktionen neuerer Datenbankversionen.</translation>
    </message>
    <message>
        <source>Free space for the backup</source>
        <extracomment>user-integrations: checks free-space: title</extracomment>
        <translation>Freier Speicherplatz für die Sicherung</translation>
    </message>
    <message>
        <source>A verified copy of the database is made before anything changes. Free some space on that disk first.</source>
        <extracomment>user-integrations: checks free-space: explanation</extracomment>
        <translation>Bevor sich etwas ändert, wird eine geprüfte Kopie der Datenbank angelegt. Geben Sie zuerst Speicherplatz auf diesem Datenträger frei.</translation>
    </message>
    <message>
        <source>Create the new users table</source>
        <extracomment>user-integrations: steps create-users-new: title</extracomment>
        <translation>Neue Tabelle users anlegen</translation>
    </message>
    <message>
        <source>Copy users</source>
        <extracomment>user-integrations: steps copy-users: title</extracomment>
        <translation>Benutzer kopieren</translation>
    </message>
    <message>
        <source>Swap in the new users table</source>
        <extracomment>user-integrations: steps swap-users: title</extracomment>
        <translation>Neue Tabelle users einsetzen</translation>
    </message>
    <message>
        <source>Create services and user_integrations</source>
        <extracomment>user-integrations: steps create-integrations: title</extracomment>
        <translation>services und user_integrations anlegen</translation>
    </message>
    <message>
        <source>Move Gmail credentials</source>
        <extracomment>user-integrations: steps migrate-gmail: title</extracomment>
        <translation>Gmail-Zugangsdaten verschieben</translation>
    </message>
    <message>
        <source>Move Google Calendar credentials</source>
        <extracomment>user-integrations: steps migrate-google_calendar: title</extracomment>
        <translation>Google-Calendar-Zugangsdaten verschieben</translation>
    </message>
    <message>
        <source>Move Telegram ids</source>
        <extracomment>user-integrations: steps migrate-telegram: title</extracomment>
        <translation>Telegram-IDs verschieben</translation>
    </message>
    <message>
        <source>Move Signal ids</source>
        <extracomment>user-integrations: steps migrate-signal: title</extracomment>
        <translation>Signal-IDs verschieben</translation>
    </message>
    <message>
        <source>Every user is in the new users table</source>
        <extracomment>user-integrations: validations users-count: title</extracomment>
        <translation>Jeder Benutzer ist in der neuen Tabelle users</translation>
    </message>
    <message>
        <source>users_old holds every v1 user</source>
        <extracomment>user-integrations: validations users-old-count: title</extracomment>
        <translation>users_old enthält jeden v1-Benutzer</translation>
    </message>
    <message>
        <source>Gmail integrations as counted</source>
        <extracomment>user-integrations: validations gmail-count: title</extracomment>
        <translation>Gmail-Integrationen wie gezählt</translation>
    </message>
    <message>
        <source>Google Calendar integrations as counted</source>
        <extracomment>user-integrations: validations google_calendar-count: title</extracomment>
        <translation>Google-Calendar-Integrationen wie gezählt</translation>
    </message>
    <message>
        <source>Telegram integrations as counted</source>
        <extracomment>user-integrations: validations telegram-count: title</extracomment>
        <translation>Telegram-Integrationen wie gezählt</translation>
    </message>
    <message>
        <source>Signal integrations as counted</source>
        <extracomment>user-integrations: validations signal-count: title</extracomment>
        <translation>Signal-Integrationen wie gezählt</translation>
    </message>
    <message>
        <source>No row points at a missing user or service</source>
        <extracomment>user-integrations: validations no-orphans: title</extracomment>
        <translation>Keine Zeile verweist auf einen fehlenden Benutzer oder Dienst</translation>
    </message>
    <message>
        <source>emails.user_id references the new users</source>
        <extracomment>user-integrations: validations fk-emails: title</extracomment>
        <translation>emails.user_id verweist auf die neue Tabelle users</translation>
    </message>
    <message>
        <source>digests.user_id references the new users</source>
        <extracomment>user-integrations: validations fk-digests: title</extracomment>
        <translation>digests.user_id verweist auf die neue Tabelle users</translation>
    </message>
    <message>
        <source>No foreign key names users_old or users_new</source>
        <extracomment>user-integrations: validations fk-old-names: title</extracomment>
        <translation>Kein Fremdschlüssel nennt users_old oder users_new</translation>
    </message>
    <message>
        <source>Drop user_integrations and services</source>
        <extracomment>user-integrations: rollback.steps drop-integrations: title</extracomment>
        <translation>user_integrations und services entfernen</translation>
    </message>
    <message>
        <source>Restore the v1 users table</source>
        <extracomment>user-integrations: rollback.steps restore-users: title</extracomment>
        <translation>v1-Tabelle users wiederherstellen</translation>
    </message>
    <message>
        <source>emails.user_id references users</source>
        <extracomment>user-integrations: rollback.validations fk-emails: title</extracomment>
        <translation>emails.user_id verweist auf users</translation>
    </message>
    <message>
        <source>digests.user_id references users</source>
        <extracomment>user-integrations: rollback.validations fk-digests: title</extracomment>
        <translation>digests.user_id verweist auf users</translation>
    </message>
    <message>
        <source>No v2 table is left</source>
        <extracomment>user-integrations: rollback.validations no-v2-tables: title</extracomment>
        <translation>Keine v2-Tabelle ist übrig</translation>
    </message>
    <message>
        <source>Encrypt the tokens of user_integrations</source>
        <extracomment>encrypt-tokens: title</extracomment>
        <translation>Die Tokens von user_integrations verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypts access_token, refresh_token and client_secret of every integration with AES-256-GCM into new _enc columns and empties the plaintext columns, batch by batch while the application keeps running. Needs a key file; keep it safe: without it the tokens cannot be read back.</source>
        <extracomment>encrypt-tokens: description</extracomment>
        <translation>Verschlüsselt access_token, refresh_token und client_secret jeder Integration mit AES-256-GCM in neue _enc-Spalten und leert die Klartextspalten, Stapel für Stapel, während die Anwendung weiterläuft. Braucht eine Schlüsseldatei; bewahren Sie sie sicher auf: Ohne sie lassen sich die Tokens nicht mehr lesen.</translation>
    </message>
    <message>
        <source>Database is at schema v2</source>
        <extracomment>encrypt-tokens: checks schema-version: title</extracomment>
        <translation>Datenbank ist auf Schema v2</translation>
    </message>
    <message>
        <source>The plan encrypts the tokens of the v2 table user_integrations (made by the plan user-integrations). A database at another version is refused.</source>
        <extracomment>encrypt-tokens: checks schema-version: explanation</extracomment>
        <translation>Der Plan verschlüsselt die Tokens der v2-Tabelle user_integrations (angelegt vom Plan user-integrations). Eine Datenbank in einer anderen Version wird abgelehnt.</translation>
    </message>
    <message>
        <source>Integrations to encrypt</source>
        <extracomment>encrypt-tokens: checks rows-to-encrypt: title</extracomment>
        <translation>Zu verschlüsselnde Integrationen</translation>
    </message>
    <message>
        <source>{value} integrations hold a token or secret in plaintext and will be encrypted</source>
        <extracomment>encrypt-tokens: checks rows-to-encrypt: message</extracomment>
        <translation>{value} Integrationen enthalten ein Token oder Geheimnis im Klartext und werden verschlüsselt</translation>
    </message>
    <message>
        <source>Each of these rows is encrypted in one update: its plaintext columns are emptied in the same statement that fills the _enc columns.</source>
        <extracomment>encrypt-tokens: checks rows-to-encrypt: explanation</extracomment>
        <translation>Jede dieser Zeilen wird in einer einzigen Aktualisierung verschlüsselt: Ihre Klartextspalten werden in derselben Anweisung geleert, die die _enc-Spalten füllt.</translation>
    </message>
    <message>
        <source>Integrations already encrypted</source>
        <extracomment>encrypt-tokens: checks rows-already-encrypted: title</extracomment>
        <translation>Bereits verschlüsselte Integrationen</translation>
    </message>
    <message>
        <source>{value} integrations are already encrypted (by an earlier, interrupted run)</source>
        <extracomment>encrypt-tokens: checks rows-already-encrypted: message</extracomment>
        <translation>{value} Integrationen sind bereits verschlüsselt (von einem früheren, unterbrochenen Lauf)</translation>
    </message>
    <message>
        <source>An interrupted run resumes from its checkpoint; rows it already encrypted are not touched again.</source>
        <extracomment>encrypt-tokens: checks rows-already-encrypted: explanation</extracomment>
        <translation>Ein unterbrochener Lauf wird an seinem Checkpoint fortgesetzt; bereits verschlüsselte Zeilen werden nicht erneut angefasst.</translation>
    </message>
    <message>
        <source>The key file matches earlier runs</source>
        <extracomment>encrypt-tokens: checks key-fingerprint: title</extracomment>
        <translation>Die Schlüsseldatei passt zu früheren Läufen</translation>
    </message>
    <message>
        <source>Rows already encrypted record the fingerprint of their key (key_id). A different key would leave the table encrypted with two keys, and its rows would not decrypt: use the key file of the earlier runs.</source>
        <extracomment>encrypt-tokens: checks key-fingerprint: explanation</extracomment>
        <translation>Bereits verschlüsselte Zeilen vermerken den Fingerabdruck ihres Schlüssels (key_id). Ein anderer Schlüssel hinterließe die Tabelle mit zwei Schlüsseln verschlüsselt, und ihre Zeilen ließen sich nicht entschlüsseln: Verwenden Sie die Schlüsseldatei der früheren Läufe.</translation>
    </message>
    <message>
        <source>This plan runs online: the application may keep running. Each batch locks only its own rows, for milliseconds; a value the application changes during the run is read again, never overwritten.</source>
        <extracomment>encrypt-tokens: checks active-connections: explanation</extracomment>
        <translation>Dieser Plan läuft im laufenden Betrieb: Die Anwendung darf weiterlaufen. Jeder Stapel sperrt nur seine eigenen Zeilen, für Millisekunden; ein Wert, den die Anwendung während des Laufs ändert, wird erneut gelesen, nie überschrieben.</translation>
    </message>
    <message>
        <source>The rollback drops columns (SQLite 3.35 or newer).</source>
        <extracomment>encrypt-tokens: checks server-version: explanation</extracomment>
        <translation>Das Zurücksetzen entfernt Spalten (SQLite 3.35 oder neuer).</translation>
    </message>
    <message>
        <source>Add the encrypted columns</source>
        <extracomment>encrypt-tokens: steps add-columns: title</extracomment>
        <translation>Die verschlüsselten Spalten hinzufügen</translation>
    </message>
    <message>
        <source>Encrypt the tokens, batch by batch</source>
        <extracomment>encrypt-tokens: steps encrypt: title</extracomment>
        <translation>Die Tokens verschlüsseln, Stapel für Stapel</translation>
    </message>
    <message>
        <source>Every encrypted row names its key</source>
        <extracomment>encrypt-tokens: validations key-id-everywhere: title</extracomment>
        <translation>Jede verschlüsselte Zeile nennt ihren Schlüssel</translation>
    </message>
    <message>
        <source>Decrypt the tokens, batch by batch</source>
        <extracomment>encrypt-tokens: rollback.steps decrypt: title</extracomment>
        <translation>Die Tokens entschlüsseln, Stapel für Stapel</translation>
    </message>
    <message>
        <source>Drop the encrypted columns</source>
        <extracomment>encrypt-tokens: rollback.steps drop-columns: title</extracomment>
        <translation>Die verschlüsselten Spalten entfernen</translation>
    </message>
    <message>
        <source>No v3 column is left</source>
        <extracomment>encrypt-tokens: rollback.validations no-v3-columns: title</extracomment>
        <translation>Keine v3-Spalte ist übrig</translation>
    </message>
    <message>
        <source>Drop users_old, kept for the rollback</source>
        <extracomment>user-integrations: finalize.steps drop-users-old: title</extracomment>
        <translation>users_old löschen, für das Zurücksetzen aufbewahrt</translation>
    </message>
</context>
<context>
    <name>PlanCatalogue</name>
    <message>
        <source>Two plans have the id &quot;%1&quot;: %2 and %3. Remove one of them.</source>
        <translation>Zwei Pläne haben die Kennung „%1“: %2 und %3. Entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>The plan %1 leads from a version to the same version.</source>
        <translation>Der Plan %1 führt von einer Version zu derselben Version.</translation>
    </message>
    <message>
        <source>Two plans leave %1 on %2: %3 and %4. Which one runs next cannot be decided; remove one of them.</source>
        <translation>Zwei Pläne führen auf %2 von %1 weg: %3 und %4. Welcher als Nächstes läuft, lässt sich nicht entscheiden; entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>The plans for %1 form a cycle: %2.</source>
        <translation>Die Pläne für %1 bilden einen Kreis: %2.</translation>
    </message>
    <message>
        <source>The plans for %1 do not make one chain: %2 start chains of their own (a plan is missing between them, or one does not belong here).</source>
        <translation>Die Pläne für %1 bilden keine durchgehende Kette: %2 beginnen jeweils eine eigene Kette (dazwischen fehlt ein Plan, oder einer gehört nicht hierher).</translation>
    </message>
    <message>
        <source>The plans folder %1 does not exist.</source>
        <translation>Der Plan-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>No plan knows the version %1. Known versions: %2.</source>
        <translation>Kein Plan kennt die Version %1. Bekannte Versionen: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No plan leads to the version %1. Known versions: %2.</source>
        <translation>Kein Plan führt zur Version %1. Bekannte Versionen: %2.</translation>
    </message>
    <message>
        <source>The database is at %1, which is newer than %2: going back to %2 means rolling back the plans in between.</source>
        <translation>Die Datenbank ist auf %1, also neuer als %2: Zurück zu %2 heißt, die Pläne dazwischen zurückzurollen.</translation>
    </message>
    <message>
        <source>%1 is a %2 project, a chain of its own: it cannot be combined with --plans.</source>
        <translation>%1 ist ein %2-Projekt, eine eigene Kette: Es lässt sich nicht mit --plans kombinieren.</translation>
    </message>
</context>
<context>
    <name>PlanChecksum</name>
    <message>
        <source>must be a list of checksums</source>
        <translation>muss eine Liste von Prüfsummen sein</translation>
    </message>
    <message>
        <source>must be a checksum as the assistant prints it: %1:&lt;64 hex digits&gt;, or 64 hex digits from an earlier version</source>
        <translation>muss eine Prüfsumme sein, wie der Assistent sie ausgibt: %1:&lt;64 Hexadezimalziffern&gt;, oder 64 Hexadezimalziffern aus einer früheren Version</translation>
    </message>
</context>
<context>
    <name>PlanFinalizeReader</name>
    <message>
        <source>must be an object with &quot;keep_days&quot; and &quot;steps&quot;</source>
        <translation>muss ein Objekt mit &quot;keep_days&quot; und &quot;steps&quot; sein</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to %1</source>
        <translation>muss eine ganze Zahl von Tagen von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>needs at least one step</source>
        <translation>braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>a finalize step is plain SQL: no chunk, no batch</source>
        <translation>ein Abschlussschritt ist einfaches SQL: kein Chunk, kein Batch</translation>
    </message>
</context>
<context>
    <name>PlanLint</name>
    <message>
        <source>there is no folder %1</source>
        <translation>es gibt keinen Ordner %1</translation>
    </message>
    <message>
        <source>no plan.json here, nor in a subfolder: --lint checks the assistant&apos;s plan folders (plan.json and its SQL, docs/plans.md); other migration projects are not linted</source>
        <translation>hier ist keine plan.json, auch nicht in einem Unterordner: --lint prüft die Planordner des Assistenten (plan.json und ihr SQL, docs/plans.md); andere Migrationsprojekte werden nicht geprüft</translation>
    </message>
    <message>
        <source>cannot read plan.json: %1</source>
        <translation>plan.json kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (plan.schema.json)</source>
        <translation>%1 (plan.schema.json)</translation>
    </message>
    <message>
        <source>no rollback steps: --rollback could not undo this plan; add &quot;rollback&quot;: {&quot;steps&quot;: […]} that restores the tables of &quot;tables.before&quot;</source>
        <translation>keine Rücknahmeschritte: --rollback könnte diesen Plan nicht zurücknehmen; &quot;rollback&quot;: {&quot;steps&quot;: […]} ergänzen, das die Tabellen aus &quot;tables.before&quot; wiederherstellt</translation>
    </message>
    <message>
        <source>no validations: nothing confirms the migration before its commit; add &quot;validations&quot;</source>
        <translation>keine Validierungen: nichts bestätigt die Migration vor ihrem Commit; &quot;validations&quot; ergänzen</translation>
    </message>
    <message>
        <source>no rollback validations: nothing confirms the rollback before its commit; add &quot;rollback&quot;: {&quot;validations&quot;: […]}</source>
        <translation>keine Validierungen der Rücknahme: nichts bestätigt die Rücknahme vor ihrem Commit; &quot;rollback&quot;: {&quot;validations&quot;: […]} ergänzen</translation>
    </message>
    <message>
        <source>the plan has %1 SQL but no %1 detect query for &quot;source&quot; and &quot;target&quot;: the assistant cannot tell which version a %1 database is at</source>
        <translation>der Plan hat SQL für %1, aber keine Erkennungsabfrage für %1 bei &quot;source&quot; und &quot;target&quot;: der Assistent kann nicht sagen, auf welcher Version eine %1-Datenbank ist</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has no %2 SQL, but other steps do</source>
        <translation>der Schritt &quot;%1&quot; hat kein SQL für %2, andere Schritte aber schon</translation>
    </message>
    <message>
        <source>the batched step &quot;%1&quot; encrypts or decrypts: the plan needs &quot;needs_key&quot;: true (--key-file)</source>
        <translation>der Schritt in Stapeln &quot;%1&quot; verschlüsselt oder entschlüsselt: der Plan braucht &quot;needs_key&quot;: true (--key-file)</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>give either &quot;sql&quot; or &quot;file&quot;, not both</source>
        <translation>entweder &quot;sql&quot; oder &quot;file&quot; angeben, nicht beides</translation>
    </message>
    <message>
        <source>needs &quot;sql&quot; or &quot;file&quot;</source>
        <translation>braucht &quot;sql&quot; oder &quot;file&quot;</translation>
    </message>
    <message>
        <source>must be an object keyed by driver (sqlite, postgresql)</source>
        <translation>muss ein Objekt mit Treibern als Schlüssel sein (sqlite, postgresql)</translation>
    </message>
    <message>
        <source>unknown driver (known: sqlite, postgresql)</source>
        <translation>unbekannter Treiber (bekannt: sqlite, postgresql)</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>the file must be inside the plan folder: %1</source>
        <translation>die Datei muss im Plan-Ordner liegen: %1</translation>
    </message>
    <message>
        <source>no readable file %1 in the plan folder</source>
        <translation>keine lesbare Datei %1 im Plan-Ordner</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>muss eine Liste von Schritten sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>must be a list of validations</source>
        <translation>muss eine Liste von Validierungen sein</translation>
    </message>
    <message>
        <source>needs equals, min or equals_check</source>
        <translation>braucht equals, min oder equals_check</translation>
    </message>
    <message>
        <source>There is no built-in plan &quot;%1&quot; and no plan folder by that name. Built-in plans: %2.</source>
        <translation>Es gibt keinen eingebauten Plan „%1“ und keinen Plan-Ordner dieses Namens. Eingebaute Pläne: %2.</translation>
    </message>
    <message>
        <source>The plan folder %1 has no readable plan.json.</source>
        <translation>Der Plan-Ordner %1 hat keine lesbare plan.json.</translation>
    </message>
    <message>
        <source>The plan&apos;s manifest %1 is not valid JSON (%2: %3).</source>
        <translation>Das Manifest des Plans %1 ist kein gültiges JSON (%2: %3).</translation>
    </message>
    <message>
        <source>The plan&apos;s manifest %1 must hold a JSON object.</source>
        <translation>Das Manifest des Plans %1 muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>this version of the assistant reads plan format 1</source>
        <translation>diese Version des Assistenten liest Plan-Format 1</translation>
    </message>
    <message>
        <source>needs &quot;before&quot; and &quot;after&quot; lists of tables</source>
        <translation>braucht Tabellenlisten &quot;before&quot; und &quot;after&quot;</translation>
    </message>
    <message>
        <source>must be an object keyed by driver</source>
        <translation>muss ein Objekt mit Treibern als Schlüssel sein</translation>
    </message>
    <message>
        <source>must be a list of checks</source>
        <translation>muss eine Liste von Prüfungen sein</translation>
    </message>
    <message>
        <source>must be info, warning or blocker, not &quot;%1&quot;</source>
        <translation>muss info, warning oder blocker sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown built-in check &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte eingebaute Prüfung &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>a plan needs at least one step</source>
        <translation>ein Plan braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares with check &quot;%2&quot;, which the plan does not have</source>
        <translation>„%1“ vergleicht mit der Prüfung „%2“, die der Plan nicht hat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name a query of the plan and its column, as query.column</source>
        <translation>„%1“ muss eine Abfrage des Plans und ihre Spalte nennen, als query.column</translation>
    </message>
    <message>
        <source>a chunked step&apos;s %1 SQL must contain {{chunk}}</source>
        <translation>das %1-SQL eines Schritts in Teilstücken muss {{chunk}} enthalten</translation>
    </message>
    <message>
        <source>a chunked step&apos;s %1 SQL must be exactly one statement</source>
        <translation>das %1-SQL eines Schritts in Teilstücken muss genau eine Anweisung sein</translation>
    </message>
    <message>
        <source>Invalid plan: %1</source>
        <translation>Ungültiger Plan: %1</translation>
    </message>
    <message>
        <source>Plan folder: %1</source>
        <translation>Plan-Ordner: %1</translation>
    </message>
    <message>
        <source>a chunked step&apos;s %1 SQL must be an INSERT into another table than &quot;%2&quot;, the one it walks</source>
        <translation>das %1-SQL eines Schritts in Abschnitten muss ein INSERT in eine andere Tabelle als „%2“ sein, die er durchläuft</translation>
    </message>
    <message>
        <source>a batched step has no SQL and no chunk: the transform does its work</source>
        <translation>ein Stapel-Schritt hat kein SQL und keinen chunk: Die Umwandlung erledigt seine Arbeit</translation>
    </message>
    <message>
        <source>unknown transform &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Umwandlung „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>needs at least one column</source>
        <translation>braucht mindestens eine Spalte</translation>
    </message>
    <message>
        <source>a chunked or batched step runs inside a transaction; only a plain step runs outside</source>
        <translation>ein Schritt in Abschnitten oder Stapeln läuft in einer Transaktion; nur ein einfacher Schritt läuft außerhalb</translation>
    </message>
    <message>
        <source>a script that must succeed has its own SQL, not a value</source>
        <translation>ein Skript, das fehlerfrei laufen muss, hat sein eigenes SQL, keinen Wert</translation>
    </message>
    <message>
        <source>must be an object of names and string values</source>
        <translation>muss ein Objekt aus Namen und Zeichenkettenwerten sein</translation>
    </message>
    <message>
        <source>a variable&apos;s name is letters, digits and _</source>
        <translation>der Name einer Variablen besteht aus Buchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>a step outside the transaction runs after the COMMIT: put it after every step that runs inside</source>
        <translation>ein Schritt außerhalb der Transaktion läuft nach dem COMMIT: stellen Sie ihn hinter jeden Schritt, der innerhalb läuft</translation>
    </message>
    <message>
        <source>a batched plan runs batch by batch: its steps cannot run outside the transaction</source>
        <translation>ein Plan in Stapeln läuft Stapel für Stapel: seine Schritte können nicht außerhalb der Transaktion laufen</translation>
    </message>
    <message>
        <source>only the migration&apos;s steps can run outside the transaction</source>
        <translation>nur die Schritte der Migration können außerhalb der Transaktion laufen</translation>
    </message>
</context>
<context>
    <name>PlanOnDisk</name>
    <message>
        <source>The plan folder %1 changed since it was loaded and can no longer be used: %2 Open it again and run the checks again.</source>
        <translation>Der Plan-Ordner %1 hat sich geändert, seit er geladen wurde, und kann nicht mehr verwendet werden: %2 Öffnen Sie ihn erneut und führen Sie die Prüfungen noch einmal aus.</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>The plan folder %1 changed since it was loaded (%2): nothing was changed. Open it again and run the checks again, so that what runs is what you checked.</source>
        <translation>Der Plan-Ordner %1 hat sich geändert, seit er geladen wurde (%2): Es wurde nichts geändert. Öffnen Sie ihn erneut und führen Sie die Prüfungen noch einmal aus, damit ausgeführt wird, was Sie geprüft haben.</translation>
    </message>
    <message>
        <source>Checksum when loaded: %1; now: %2</source>
        <translation>Prüfsumme beim Laden: %1; jetzt: %2</translation>
    </message>
    <message>
        <source>the change %1 is no longer in the project.</source>
        <translation>die Änderung %1 ist nicht mehr im Projekt.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Open plan folder…</source>
        <translation>Plan-&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Choose the migration plan</source>
        <translation>Migrationsplan wählen</translation>
    </message>
    <message>
        <source>A plan says what changes, in which order, how it is checked and how it is undone.</source>
        <translation>Ein Plan legt fest, was sich ändert, in welcher Reihenfolge, wie es geprüft und wie es rückgängig gemacht wird.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Open a plan folder</source>
        <translation>Plan-Ordner öffnen</translation>
    </message>
    <message>
        <source>Problem with the plan</source>
        <translation>Problem mit dem Plan</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>This folder does not hold a usable plan: %1</source>
        <translation>Dieser Ordner enthält keinen verwendbaren Plan: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;From version &lt;b&gt;%1&lt;/b&gt; to version &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Von Version &lt;b&gt;%1&lt;/b&gt; auf Version &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;While it runs, writes to these tables wait: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Während er läuft, warten Schreibzugriffe auf diese Tabellen: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A rollback restores and verifies these tables: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Zurücksetzen stellt diese Tabellen wieder her und prüft sie: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Steps: %1 · checks: %2 · validations: %3. Source: %4. Checksum %5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schritte: %1 · Prüfungen: %2 · Validierungen: %3. Herkunft: %4. Prüfsumme %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>Choose &amp;key file…</source>
        <translation>&amp;Schlüsseldatei wählen…</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>64 hexadecimal characters: the AES-256 key</source>
        <translation>64 Hexadezimalzeichen: der AES-256-Schlüssel</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Die Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>About the key</source>
        <translation>Zum Schlüssel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Runs online, batch by batch: each batch is one short transaction with its checkpoint, so a stopped run resumes where it stopped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Läuft im laufenden Betrieb, Stapel für Stapel: Jeder Stapel ist eine kurze Transaktion mit seinem Checkpoint, sodass ein angehaltener Lauf dort fortfährt, wo er stehen blieb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This plan encrypts the tokens. Choose the file holding its key; keep that file safe: without it the tokens cannot be read back or rolled back.</source>
        <translation>Dieser Plan verschlüsselt die Tokens. Wählen Sie die Datei mit seinem Schlüssel; bewahren Sie diese Datei sicher auf: Ohne sie lassen sich die Tokens weder lesen noch zurücksetzen.</translation>
    </message>
    <message>
        <source>Key fingerprint %1. Rows already encrypted must carry the same one; the checks compare them.</source>
        <translation>Fingerabdruck des Schlüssels: %1. Bereits verschlüsselte Zeilen müssen denselben tragen; die Prüfungen vergleichen sie.</translation>
    </message>
    <message>
        <source>&amp;Migrate to:</source>
        <translation>&amp;Migrieren bis:</translation>
    </message>
    <message>
        <source>Advanced: run one p&amp;lan only</source>
        <translation>Erweitert: nur einen P&amp;lan ausführen</translation>
    </message>
    <message>
        <source>Where the database stands</source>
        <translation>Wo die Datenbank steht</translation>
    </message>
    <message>
        <source>Version to migrate to</source>
        <translation>Zielversion der Migration</translation>
    </message>
    <message>
        <source>The plans that will run</source>
        <translation>Die Pläne, die laufen werden</translation>
    </message>
    <message>
        <source>Run one plan only</source>
        <translation>Nur einen Plan ausführen</translation>
    </message>
    <message>
        <source>Runs exactly the plan chosen below instead of the path to a version: for support staff who were told which plan to run, or a plan folder from disk.</source>
        <translation>Führt genau den unten gewählten Plan aus statt des Pfads zu einer Version: für Support-Mitarbeiter, denen gesagt wurde, welcher Plan laufen soll, oder für einen Planordner von der Festplatte.</translation>
    </message>
    <message>
        <source>%1 (the newest)</source>
        <translation>%1 (die neueste)</translation>
    </message>
    <message>
        <source>Plan %1 of %2: %3 (%4)</source>
        <translation>Plan %1 von %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Open migration &amp;project…</source>
        <translation>Migrations&amp;projekt öffnen…</translation>
    </message>
    <message>
        <source>&amp;Built-in plans</source>
        <translation>&amp;Eingebaute Pläne</translation>
    </message>
    <message>
        <source>Open a migration project</source>
        <translation>Ein Migrationsprojekt öffnen</translation>
    </message>
    <message>
        <source>A Sqitch, Flyway or golang-migrate project, or a plan folder: its changes become the path, with the assistant&apos;s checks, backup and rollback.</source>
        <translation>Ein Sqitch-, Flyway- oder golang-migrate-Projekt oder ein Planordner: Seine Änderungen werden zum Pfad, mit den Prüfungen, der Sicherung und dem Rollback des Assistenten.</translation>
    </message>
    <message>
        <source>Use the built-in plans</source>
        <translation>Die eingebauten Pläne verwenden</translation>
    </message>
    <message>
        <source>This folder does not hold a usable plan or project: %1</source>
        <translation>Dieser Ordner enthält keinen verwendbaren Plan und kein Projekt: %1</translation>
    </message>
    <message>
        <source>Reading where the database stands in the project…</source>
        <translation>Lese, wo die Datenbank im Projekt steht…</translation>
    </message>
</context>
<context>
    <name>PlanSkeleton</name>
    <message>
        <source>&quot;%1&quot; is not a version name: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit (e.g. v7)</source>
        <translation>&quot;%1&quot; ist kein Versionsname: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer (z. B. v7)</translation>
    </message>
    <message>
        <source>--from and --to must name two different versions</source>
        <translation>--from und --to müssen zwei verschiedene Versionen nennen</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: --new-plan writes only into a new or empty folder</source>
        <translation>%1 existiert und ist nicht leer: --new-plan schreibt nur in einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>The plan %1 is applied: the database is at %2.</source>
        <translation>Der Plan %1 ist angewendet: Die Datenbank ist auf %2.</translation>
    </message>
    <message>
        <source>The plan %1 is not applied to this database.</source>
        <translation>Der Plan %1 ist auf diese Datenbank nicht angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>An interrupted run of %1 left checkpoints (%n step(s)); --apply resumes it, --rollback undoes it.</source>
        <translation>
            <numerusform>Ein unterbrochener Lauf von %1 hat Checkpoints hinterlassen (%n Schritt); --apply setzt ihn fort, --rollback macht ihn rückgängig.</numerusform>
            <numerusform>Ein unterbrochener Lauf von %1 hat Checkpoints hinterlassen (%n Schritte); --apply setzt ihn fort, --rollback macht ihn rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan %1 was finalized %2: its rollback is refused.</source>
        <translation>Der Plan %1 wurde %2 abgeschlossen: Sein Zurücksetzen wird verweigert.</translation>
    </message>
    <message numerus="yes">
        <source>Its finalize (--finalize) is due from %1, %n day(s) after the apply.</source>
        <translation>
            <numerusform>Sein Abschluss (--finalize) ist ab %1 fällig, %n Tag nach der Anwendung.</numerusform>
            <numerusform>Sein Abschluss (--finalize) ist ab %1 fällig, %n Tage nach der Anwendung.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is at the newest version this assistant knows.</source>
        <translation>Sie ist auf der neuesten Version, die dieser Assistent kennt.</translation>
    </message>
    <message numerus="yes">
        <source>The newest version is %1: %n plan(s) to run: %2.</source>
        <translation>
            <numerusform>Die neueste Version ist %1: %n Plan auszuführen: %2.</numerusform>
            <numerusform>Die neueste Version ist %1: %n Pläne auszuführen: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresSessions</name>
    <message>
        <source>Listing the other sessions</source>
        <translation>Auflisten der anderen Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSqlCommand</name>
    <message>
        <source>Print the plan&apos;s migration as one SQL script for DRIVER (sqlite or postgresql) and exit; with --rollback, the rollback script.</source>
        <translation>Die Migration des Plans als ein SQL-Skript für DRIVER (sqlite oder postgresql) ausgeben und beenden; mit --rollback das Skript zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has no SQL for &quot;%2&quot;.</source>
        <translation>Der Plan „%1“ hat kein SQL für „%2“.</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Plan %1 of %2</source>
        <translation>Plan %1 von %2</translation>
    </message>
    <message>
        <source>Plan %1 of %2: %3</source>
        <translation>Plan %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>ProjectKind</name>
    <message>
        <source>plan folder</source>
        <translation>Planordner</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <source>%1 is a plan folder, not a migration project of another tool.</source>
        <translation>%1 ist ein Planordner, kein Migrationsprojekt eines anderen Werkzeugs.</translation>
    </message>
    <message>
        <source>%1 holds neither a plan (plan.json) nor a Sqitch, Flyway or golang-migrate project.</source>
        <translation>%1 enthält weder einen Plan (plan.json) noch ein Sqitch-, Flyway- oder golang-migrate-Projekt.</translation>
    </message>
</context>
<context>
    <name>ProjectSummary</name>
    <message>
        <source>%1 project “%2”, %3 changes (%4)</source>
        <translation>%1-Projekt „%2“, %3 Änderungen (%4)</translation>
    </message>
    <message>
        <source>&lt;p&gt;It has no changes for %1 databases.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es hat keine Änderungen für %1-Datenbanken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>eingespielt</translation>
    </message>
    <message>
        <source>will run</source>
        <translation>wird ausgeführt</translation>
    </message>
    <message>
        <source>not now (after the chosen version)</source>
        <translation>jetzt nicht (nach der gewählten Version)</translation>
    </message>
    <message>
        <source>no revert script</source>
        <translation>kein Revert-Skript</translation>
    </message>
    <message>
        <source>no verify script</source>
        <translation>kein Verify-Skript</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>%1 project “%2”, 1 change (%3)</source>
        <translation>%1-Projekt „%2“, 1 Änderung (%3)</translation>
    </message>
</context>
<context>
    <name>RegistryRecorder</name>
    <message>
        <source>%1&apos;s registry could not be written, so nothing was kept: %2</source>
        <translation>Die Registry von %1 konnte nicht geschrieben werden, daher wurde nichts übernommen: %2</translation>
    </message>
    <message>
        <source>The database was migrated and committed, but %1&apos;s registry (%2) could not be updated: %3 Until it is, %1 reports an older state than the database has; run --status to see both.</source>
        <translation>Die Datenbank wurde migriert und festgeschrieben, aber die Registry von %1 (%2) konnte nicht aktualisiert werden: %3 Bis dahin meldet %1 einen älteren Stand als die Datenbank hat; --status zeigt beides.</translation>
    </message>
</context>
<context>
    <name>RehearsalDialog</name>
    <message>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>The migration runs inside a transaction that is rolled back at the end: this shows what it would do, and changes nothing.</source>
        <translation>Die Migration läuft in einer Transaktion, die am Ende zurückgesetzt wird: So sehen Sie, was sie tun würde, ohne dass sich etwas ändert.</translation>
    </message>
</context>
<context>
    <name>RehearseCommand</name>
    <message>
        <source>Run the migration and its validation in a transaction, report, roll back.</source>
        <translation>Migration und Validierung in einer Transaktion ausführen, berichten, zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>ReportSaver</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
</context>
<context>
    <name>RiskGate</name>
    <message>
        <source>&quot;%1&quot; is a %2, not a warning: only warnings can be accepted.</source>
        <translation>„%1“ ist vom Typ %2, keine Warnung: Nur Warnungen können akzeptiert werden.</translation>
    </message>
    <message>
        <source>--accept-risk names &quot;%1&quot;, which is not a check of the plan &quot;%2&quot;.</source>
        <translation>--accept-risk nennt „%1“, aber das ist keine Prüfung des Plans „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) found: nothing was changed. Fix what they name and run again.</source>
        <translation>
            <numerusform>%n Blocker gefunden: Es wurde nichts verändert. Beheben Sie, was er nennt, und starten Sie den Lauf erneut.</numerusform>
            <numerusform>%n Blocker gefunden: Es wurde nichts verändert. Beheben Sie, was sie nennen, und starten Sie den Lauf erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) need your agreement: nothing was changed.</source>
        <translation>
            <numerusform>%n Warnung braucht Ihre Zustimmung: Es wurde nichts geändert.</numerusform>
            <numerusform>%n Warnungen brauchen Ihre Zustimmung: Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>--accept-risk names &quot;%1&quot;, but the plan &quot;%2&quot; is not part of this run (%3).</source>
        <translation>--accept-risk nennt „%1“, aber der Plan „%2“ gehört nicht zu diesem Lauf (%3).</translation>
    </message>
    <message>
        <source>--accept-risk names &quot;%1&quot;, which is not a check of any plan of this run (%2).</source>
        <translation>--accept-risk nennt „%1“, das keine Prüfung eines Plans dieses Laufs ist (%2).</translation>
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>Undo the last applied run, then verify the restore.</source>
        <translation>Den letzten angewendeten Lauf rückgängig machen, dann die Wiederherstellung prüfen.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Read them, then run again with --yes or --accept-risk %1.</source>
        <translation>Lesen Sie sie und starten Sie dann erneut mit --yes oder --accept-risk %1.</translation>
    </message>
</context>
<context>
    <name>RunContext</name>
    <message>
        <source>Step: %1</source>
        <extracomment>A plan&apos;s step starts; %1 is its title.</extracomment>
        <translation>Schritt: %1</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>Cannot create the lock file %1: is the folder %2 writable?</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: Ist der Ordner %2 beschreibbar?</translation>
    </message>
</context>
<context>
    <name>RunLockPhase</name>
    <message>
        <source>Waiting up to %1 s for the run lock %2</source>
        <translation>Warte bis zu %1 s auf die Laufsperre %2</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>&amp;Stop and roll back…</source>
        <translation>&amp;Anhalten und zurücksetzen…</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Erledigte Zeilen</translation>
    </message>
    <message>
        <source>Elapsed and remaining time</source>
        <translation>Verstrichene und verbleibende Zeit</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Protokoll des Laufs</translation>
    </message>
    <message>
        <source>Stop the run and roll back</source>
        <translation>Lauf anhalten und zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Starting the migration…</source>
        <translation>Migration beginnt…</translation>
    </message>
    <message>
        <source>Starting the rollback…</source>
        <translation>Zurücksetzen beginnt…</translation>
    </message>
    <message>
        <source>Starting the rehearsal…</source>
        <translation>Probelauf beginnt…</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Datenbank wird gelesen…</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Elapsed %1 · about %2 left</source>
        <translation>Verstrichen: %1 · noch etwa %2</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <source>Stop the migration?

Everything it has done so far is rolled back: the database stays exactly as it was before.</source>
        <translation>Die Migration anhalten?

Alles, was sie bisher getan hat, wird zurückgesetzt: Die Datenbank bleibt genau so, wie sie vorher war.</translation>
    </message>
    <message>
        <source>Stop the rollback?

What it has done so far is undone: the database stays migrated, as it is now.</source>
        <translation>Das Zurücksetzen anhalten?

Was es bisher getan hat, wird rückgängig gemacht: Die Datenbank bleibt migriert, so wie sie jetzt ist.</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Lauf anhalten</translation>
    </message>
    <message>
        <source>&amp;Stop and roll back</source>
        <translation>&amp;Anhalten und zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stopping: rolling back what was done…</source>
        <translation>Wird angehalten: Bisher Getanes wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Plan running</source>
        <translation>Laufender Plan</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Migrating</source>
        <translation>Migration läuft</translation>
    </message>
    <message>
        <source>The database is being migrated in one transaction. Other programs that write to it wait until it is done.</source>
        <translation>Die Datenbank wird in einer einzigen Transaktion migriert. Andere Programme, die in sie schreiben, warten, bis das erledigt ist.</translation>
    </message>
    <message>
        <source>The migration did not start.</source>
        <translation>Die Migration hat nicht begonnen.</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>The checks passed: the migration can go ahead.</source>
        <translation>Die Prüfungen wurden bestanden: Die Migration kann stattfinden.</translation>
    </message>
    <message>
        <source>The rehearsal succeeded and was rolled back: the database is unchanged.</source>
        <translation>Der Probelauf war erfolgreich und wurde zurückgesetzt: Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The migration was applied and validated.</source>
        <translation>Die Migration wurde angewendet und validiert.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>The migration was rolled back and the restore verified.</source>
        <translation>Die Migration wurde zurückgesetzt und die Wiederherstellung geprüft.</translation>
    </message>
    <message>
        <source>Database: %1
</source>
        <translation>Datenbank: %1
</translation>
    </message>
    <message>
        <source>Plan:     %1 — %2 (%3 → %4)
</source>
        <translation>Plan:      %1 — %2 (%3 → %4)
</translation>
    </message>
    <message>
        <source>Action:   %1
</source>
        <translation>Aktion:    %1
</translation>
    </message>
    <message>
        <source>
Checks:
</source>
        <translation>
Prüfungen:
</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>      Examples (%1):
</source>
        <translation>      Beispiele (%1):
</translation>
    </message>
    <message>
        <source>
Rows before:
</source>
        <translation>
Zeilen vorher:
</translation>
    </message>
    <message>
        <source>
Rows after:
</source>
        <translation>
Zeilen nachher:
</translation>
    </message>
    <message>
        <source>
Validation:
</source>
        <translation>
Validierung:
</translation>
    </message>
    <message>
        <source>
History:
</source>
        <translation>
Verlauf:
</translation>
    </message>
    <message>
        <source>  (no run of this assistant is recorded in this database)
</source>
        <translation>  (in dieser Datenbank ist kein Lauf dieses Assistenten verzeichnet)
</translation>
    </message>
    <message>
        <source>      accepted risks: %1
</source>
        <translation>      akzeptierte Risiken: %1
</translation>
    </message>
    <message>
        <source>      backup: %1
</source>
        <translation>      Sicherung: %1
</translation>
    </message>
    <message>
        <source>
Differences:
</source>
        <translation>
Unterschiede:
</translation>
    </message>
    <message>
        <source>
Backup: %1</source>
        <translation>
Sicherung: %1</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>Details: %1
</translation>
    </message>
    <message>
        <source>Result: %1 (exit code %2) in %3 ms
</source>
        <translation>Ergebnis: %1 (Exit-Code %2) in %3 ms
</translation>
    </message>
    <message>
        <source>Migration Assistant report</source>
        <translation>Bericht des Migrationsassistenten</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan checksum</source>
        <translation>Prüfsumme des Plans</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation>akzeptiert von %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>Examples (secrets masked):</source>
        <translation>Beispiele (vertrauliche Werte maskiert):</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Zeilen vorher</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>Zeilen nachher</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;: use a file name ending in .%2.</source>
        <translation>Unbekanntes Berichtsformat „%1“: Verwenden Sie einen Dateinamen mit der Endung .%2.</translation>
    </message>
    <message>
        <source>The report %1 could not be rendered.</source>
        <translation>Der Bericht %1 konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Cannot write the report %1.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>  [%1] %2: %3 (expected %4)
</source>
        <translation>  [%1] %2: %3 (erwartet %4)
</translation>
    </message>
    <message>
        <source>  #%1 %2 %3 %4 %5 → %6 by %7 on %8, version %9
</source>
        <translation>  #%1 %2 %3 %4 %5 → %6 von %7 auf %8, Version %9
</translation>
    </message>
    <message>
        <source>Result: %1 in %2 ms
</source>
        <translation>Ergebnis: %1 in %2 ms
</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, accepted by %3)</source>
        <translation>%1 (%2, akzeptiert von %3)</translation>
    </message>
    <message>
        <source>Version:  %1
</source>
        <translation>Version:  %1
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Pending:  %1
</source>
        <translation>Ausstehend: %1
</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Version:  %1 → %2
</source>
        <translation>Version:  %1 → %2
</translation>
    </message>
    <message>
        <source>Path:     </source>
        <translation>Pfad:     </translation>
    </message>
    <message>
        <source>%1. %2 — %3 (%4 → %5): %6
</source>
        <translation>%1. %2 — %3 (%4 → %5): %6
</translation>
    </message>
    <message>
        <source>  Plan %1:
</source>
        <translation>  Plan %1:
</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2, %n plan(s): %3</source>
        <translation>
            <numerusform>%1 → %2, %n Plan: %3</numerusform>
            <numerusform>%1 → %2, %n Pläne: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The database&apos;s version was recorded.</source>
        <translation>Die Version der Datenbank wurde erfasst.</translation>
    </message>
    <message>
        <source>The finalize ran: what the rollback needed is gone, and the rollback is refused.</source>
        <translation>Der Abschluss ist gelaufen: Was das Zurücksetzen brauchte, ist entfernt, und das Zurücksetzen wird verweigert.</translation>
    </message>
</context>
<context>
    <name>RunResultView</name>
    <message>
        <source>Details for support</source>
        <translation>Details für den Support</translation>
    </message>
    <message>
        <source>Differences found</source>
        <translation>Gefundene Unterschiede</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Det&amp;ails for support</source>
        <translation>&amp;Details für den Support</translation>
    </message>
    <message>
        <source>Di&amp;fferences</source>
        <translation>&amp;Unterschiede</translation>
    </message>
    <message>
        <source>Rows per &amp;table</source>
        <translation>Zeilen je &amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;Validation</source>
        <translation>&amp;Validierung</translation>
    </message>
    <message>
        <source>Rows per table before and after</source>
        <translation>Zeilen je Tabelle vorher und nachher</translation>
    </message>
    <message>
        <source>Validation results</source>
        <translation>Ergebnisse der Validierung</translation>
    </message>
    <message>
        <source>Backup of the database as it was before this run: %1</source>
        <translation>Sicherung der Datenbank, wie sie vor diesem Lauf war: %1</translation>
    </message>
    <message>
        <source>Each plan of the path</source>
        <translation>Jeder Plan des Pfads</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
</context>
<context>
    <name>RunTransaction</name>
    <message>
        <source>The run was cancelled before it changed anything.</source>
        <translation>Der Lauf wurde abgebrochen, bevor er etwas geändert hat.</translation>
    </message>
    <message>
        <source>The run was cancelled and everything was rolled back: the database is as it was.</source>
        <translation>Der Lauf wurde abgebrochen und alles wurde zurückgesetzt: Die Datenbank ist, wie sie war.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost during the run. The server rolled back everything this run had done: the database is as it was before it.</source>
        <translation>Die Verbindung zum PostgreSQL-Server ist während des Laufs abgebrochen. Der Server hat alles zurückgenommen, was dieser Lauf getan hatte: Die Datenbank ist so, wie sie vorher war.</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Committing the migration</source>
        <translation>Migration wird festgeschrieben</translation>
    </message>
    <message>
        <source>Committing the rollback</source>
        <translation>Zurücksetzen wird festgeschrieben</translation>
    </message>
    <message>
        <source>Migration committed</source>
        <translation>Migration festgeschrieben</translation>
    </message>
    <message>
        <source>Rollback committed</source>
        <translation>Zurücksetzen festgeschrieben</translation>
    </message>
    <message>
        <source>The connection to the server was lost while committing, and the server cannot be reached to tell whether the commit took effect. Run --status once the server is back: its history says which state the database is in.</source>
        <translation>Die Verbindung zum Server ist beim Festschreiben abgebrochen, und der Server ist nicht erreichbar, um zu klären, ob das Festschreiben wirksam wurde. Führen Sie --status aus, sobald der Server wieder erreichbar ist: Sein Verlauf zeigt, in welchem Zustand die Datenbank ist.</translation>
    </message>
    <message>
        <source>The connection was lost just after COMMIT was sent; the server&apos;s history shows the commit took effect.</source>
        <translation>Die Verbindung ist direkt nach dem Senden von COMMIT abgebrochen; der Verlauf auf dem Server zeigt, dass das Festschreiben wirksam wurde.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost while committing; the commit did not take effect, so the database is as it was before this run.</source>
        <translation>Die Verbindung zum PostgreSQL-Server ist beim Festschreiben abgebrochen; das Festschreiben wurde nicht wirksam, die Datenbank ist also so, wie sie vor diesem Lauf war.</translation>
    </message>
</context>
<context>
    <name>ScriptLint</name>
    <message>
        <source>SQLite cannot parse this statement: %1</source>
        <translation>SQLite kann diese Anweisung nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>ScriptTransactionControl</name>
    <message>
        <source>the psql meta-command %1 is not supported: the assistant runs the script&apos;s SQL itself, not through psql (it follows only \set and \unset)</source>
        <translation>das psql-Metakommando %1 wird nicht unterstützt: der Assistent führt das SQL des Skripts selbst aus, nicht über psql (er befolgt nur \set und \unset)</translation>
    </message>
    <message>
        <source>%1 with a `backquoted` shell command is not supported</source>
        <translation>%1 mit einem `in Backticks` gesetzten Shell-Befehl wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 would undo the step (the assistant runs it inside the run&apos;s transaction, which commits or rolls back as a whole): remove it</source>
        <translation>%1 würde den Schritt rückgängig machen (der Assistent führt ihn in der Transaktion des Laufs aus, die als Ganzes bestätigt oder zurückgerollt wird): entfernen Sie es</translation>
    </message>
    <message>
        <source>PREPARE TRANSACTION would end the run&apos;s transaction: the assistant owns it</source>
        <translation>PREPARE TRANSACTION würde die Transaktion des Laufs beenden: sie gehört dem Assistenten</translation>
    </message>
    <message>
        <source>%1 cannot run inside a transaction on %2, and this script runs inside the run&apos;s transaction: give it a step of its own with &quot;outside_transaction&quot;: true</source>
        <translation>%1 kann unter %2 nicht innerhalb einer Transaktion laufen, und dieses Skript läuft in der Transaktion des Laufs: geben Sie ihm einen eigenen Schritt mit &quot;outside_transaction&quot;: true</translation>
    </message>
    <message>
        <source>ALTER TYPE … ADD VALUE cannot run inside a transaction before PostgreSQL 12: set minimum_server_version.postgresql to 120000 or more (the new value is usable only after the commit), or give it a step of its own with &quot;outside_transaction&quot;: true</source>
        <translation>ALTER TYPE … ADD VALUE kann vor PostgreSQL 12 nicht innerhalb einer Transaktion laufen: setzen Sie minimum_server_version.postgresql auf 120000 oder mehr (der neue Wert ist erst nach dem Commit nutzbar), oder geben Sie ihm einen eigenen Schritt mit &quot;outside_transaction&quot;: true</translation>
    </message>
    <message>
        <source>%1 (its SQL, line %2): %3</source>
        <translation>%1 (sein SQL, Zeile %2): %3</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>validation %1</source>
        <translation>Validierung %1</translation>
    </message>
    <message>
        <source>rollback step %1</source>
        <translation>Rückrollschritt %1</translation>
    </message>
    <message>
        <source>rollback validation %1</source>
        <translation>Rückrollvalidierung %1</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>pid %1 (%2, user %3) from %4 since %5</source>
        <translation>PID %1 (%2, Benutzer %3) von %4 seit %5</translation>
    </message>
    <message>
        <source>pid %1 (%2, user %3) from %4, %5 since %6</source>
        <translation>PID %1 (%2, Benutzer %3) von %4, %5 seit %6</translation>
    </message>
</context>
<context>
    <name>SharedOptions</name>
    <message>
        <source>The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB?schema=NAME.</source>
        <translation>Die Datenbank: sqlite:PATH oder postgresql://USER@HOST:PORT/DB?schema=NAME.</translation>
    </message>
    <message>
        <source>Proceed although checks raised warnings (blockers always stop).</source>
        <translation>Trotz Warnungen der Prüfungen fortfahren (Blocker halten immer an).</translation>
    </message>
    <message>
        <source>Proceed past just these warnings (comma-separated check ids).</source>
        <translation>Nur über diese Warnungen hinweg fortfahren (IDs der Prüfungen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Who runs it, for the history (default: the OS user).</source>
        <translation>Wer den Lauf ausführt, für den Verlauf (Standard: der Systembenutzer).</translation>
    </message>
    <message>
        <source>Wait up to SECS for another run&apos;s lock.</source>
        <translation>Bis zu SECS Sekunden auf die Sperre eines anderen Laufs warten.</translation>
    </message>
    <message>
        <source>Progress events on stderr, one JSON object a line.</source>
        <translation>Fortschrittsereignisse auf stderr, ein JSON-Objekt je Zeile.</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout (one JSON document).</source>
        <translation>Maschinenlesbare Ausgabe auf stdout (ein JSON-Dokument).</translation>
    </message>
    <message>
        <source>Also write a report; format by extension (.json, .html, .txt, .pdf).</source>
        <translation>Zusätzlich einen Bericht schreiben; Format nach Endung (.json, .html, .txt, .pdf).</translation>
    </message>
    <message>
        <source>Where the run&apos;s lock file goes.</source>
        <translation>Wohin die Sperrdatei des Laufs kommt.</translation>
    </message>
    <message>
        <source>Read the password from F (first line).</source>
        <translation>Das Passwort aus F lesen (erste Zeile).</translation>
    </message>
    <message>
        <source>The key of a plan that encrypts (encrypt-tokens): a file holding 64 hexadecimal characters. Never stored or printed.</source>
        <translation>Der Schlüssel eines Plans, der verschlüsselt (encrypt-tokens): eine Datei mit 64 Hexadezimalzeichen. Wird nie gespeichert oder ausgegeben.</translation>
    </message>
    <message>
        <source>Rows per batch of a batched step, each batch one short transaction (default 1000).</source>
        <translation>Zeilen je Stapel eines Stapel-Schritts, jeder Stapel eine kurze Transaktion (Standard 1000).</translation>
    </message>
    <message>
        <source>Pause between batches, room for the application&apos;s writes (default 0).</source>
        <translation>Pause zwischen den Stapeln, Raum für die Schreibzugriffe der Anwendung (Standard 0).</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Die Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>--db URL is required.</source>
        <translation>--db URL ist erforderlich.</translation>
    </message>
    <message>
        <source>--wait-lock takes a number of seconds (0 or more).</source>
        <translation>--wait-lock erwartet eine Anzahl Sekunden (0 oder mehr).</translation>
    </message>
    <message>
        <source>--batch-size takes a whole number from 1 to 1000000.</source>
        <translation>--batch-size erwartet eine ganze Zahl von 1 bis 1000000.</translation>
    </message>
    <message>
        <source>--batch-pause-ms takes a number of milliseconds from 0 to 600000.</source>
        <translation>--batch-pause-ms erwartet eine Anzahl Millisekunden von 0 bis 600000.</translation>
    </message>
    <message>
        <source>--report: use a file name ending in .%1.</source>
        <translation>--report: Verwenden Sie einen Dateinamen mit der Endung .%1.</translation>
    </message>
    <message>
        <source>Run exactly this plan: a built-in plan or a plan folder. Without it, the run takes the database from its version to the latest (or --to).</source>
        <translation>Genau diesen Plan ausführen: ein eingebauter Plan oder ein Planordner. Ohne die Option bringt der Lauf die Datenbank von ihrer Version auf die neueste (oder --to).</translation>
    </message>
    <message>
        <source>Also load every plan folder in DIR into the catalogue (may be repeated).</source>
        <translation>Zusätzlich jeden Planordner in DIR in den Katalog laden (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Commit after each plan of a path (default: the path&apos;s transactional plans run in one transaction).</source>
        <translation>Nach jedem Plan eines Pfads festschreiben (Standard: die transaktionalen Pläne eines Pfads laufen in einer Transaktion).</translation>
    </message>
    <message>
        <source>--to takes a version, such as v2.</source>
        <translation>--to nimmt eine Version, etwa v2.</translation>
    </message>
    <message>
        <source>Stop the path at VERSION; with --rollback, undo applied plans back to VERSION; with --new-plan, the version the new plan goes to.</source>
        <translation>Den Pfad bei VERSION anhalten; mit --rollback angewendete Pläne bis VERSION zurücknehmen; mit --new-plan die Version, zu der der neue Plan führt.</translation>
    </message>
</context>
<context>
    <name>SharedQueryCache</name>
    <message>
        <source>The plan&apos;s query %1 has no SQL for %2.</source>
        <translation>Die Abfrage %1 des Plans hat kein SQL für %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s query %1 has no column %2.</source>
        <translation>Die Abfrage %1 des Plans hat keine Spalte %2.</translation>
    </message>
</context>
<context>
    <name>SqitchConfig</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a backslash ends the line</source>
        <translation>ein Backslash beendet die Zeile</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>unbekannte Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>not a section header: %1</source>
        <translation>kein Abschnittskopf: %1</translation>
    </message>
    <message>
        <source>expected key = value, found: %1</source>
        <translation>erwartet: Schlüssel = Wert, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 comes before any [section]</source>
        <translation>%1 steht vor jedem [Abschnitt]</translation>
    </message>
</context>
<context>
    <name>SqitchLint</name>
    <message>
        <source>the change &quot;%1&quot; has no revert script: it cannot be rolled back</source>
        <translation>die Änderung „%1“ hat kein Revert-Skript: Sie kann nicht zurückgenommen werden</translation>
    </message>
    <message>
        <source>the change &quot;%1&quot; has no verify script: nothing checks its deploy</source>
        <translation>die Änderung „%1“ hat kein Verify-Skript: Nichts prüft ihr Einspielen</translation>
    </message>
</context>
<context>
    <name>SqitchPlanFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Invalid pragma; a blank line must come between pragmas and changes</source>
        <translation>Ungültiges Pragma; zwischen Pragmas und Änderungen muss eine Leerzeile stehen</translation>
    </message>
    <message>
        <source>invalid project name &quot;%1&quot;: project names must not begin with punctuation, contain &quot;@&quot;, &quot;:&quot;, &quot;#&quot;, &quot;\&quot;, or blanks, or end in punctuation or digits following punctuation</source>
        <translation>ungültiger Projektname „%1“: Projektnamen dürfen nicht mit einem Satzzeichen beginnen, weder „@“, „:“, „#“, „\“ noch Leerzeichen enthalten und nicht auf ein Satzzeichen oder auf Ziffern nach einem Satzzeichen enden</translation>
    </message>
    <message>
        <source>%1: Missing %project pragma</source>
        <translation>%1: Das Pragma %project fehlt</translation>
    </message>
    <message>
        <source>%1:%2: Change &quot;%3&quot; cannot require itself</source>
        <translation>%1:%2: Die Änderung „%3“ kann sich nicht selbst voraussetzen</translation>
    </message>
    <message>
        <source>%1:%2: Change &quot;%3&quot; is planned before the change &quot;%4&quot; it requires; move it down in the plan</source>
        <translation>%1:%2: Die Änderung „%3“ steht im Plan vor der Änderung „%4“, die sie voraussetzt; verschieben Sie sie im Plan nach unten</translation>
    </message>
    <message>
        <source>%1:%2: Unknown change &quot;%3&quot; required by change &quot;%4&quot;</source>
        <translation>%1:%2: Unbekannte Änderung „%3“, vorausgesetzt von der Änderung „%4“</translation>
    </message>
    <message>
        <source>Invalid name; names must not begin with punctuation, contain &quot;@&quot;, &quot;:&quot;, &quot;#&quot;, &quot;\&quot;, or blanks, or end in punctuation or digits following punctuation</source>
        <translation>Ungültiger Name; Namen dürfen nicht mit einem Satzzeichen beginnen, weder „@“, „:“, „#“, „\“ noch Leerzeichen enthalten und nicht auf ein Satzzeichen oder auf Ziffern nach einem Satzzeichen enden</translation>
    </message>
    <message>
        <source>Missing timestamp and planner name and email</source>
        <translation>Zeitstempel sowie Name und E-Mail-Adresse des Planers fehlen</translation>
    </message>
    <message>
        <source>Missing timestamp</source>
        <translation>Der Zeitstempel fehlt</translation>
    </message>
    <message>
        <source>Missing planner name and email</source>
        <translation>Name und E-Mail-Adresse des Planers fehlen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved name</source>
        <translation>„%1“ ist ein reservierter Name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is invalid because it could be confused with a SHA1 ID</source>
        <translation>„%1“ ist ungültig, weil der Name mit einer SHA1-ID verwechselt werden könnte</translation>
    </message>
    <message>
        <source>&quot;-%1&quot;: a change marked for revert in the plan (Sqitch&apos;s old plan syntax); remove the line, the assistant reverts with --rollback</source>
        <translation>„-%1“: eine im Plan zum Zurücknehmen markierte Änderung (Sqitchs alte Plansyntax); entfernen Sie die Zeile, der Assistent nimmt mit --rollback zurück</translation>
    </message>
    <message>
        <source>Invalid timestamp</source>
        <translation>Ungültiger Zeitstempel</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; contains illegal character /</source>
        <translation>Das Tag „%1“ enthält das unzulässige Zeichen /</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; declared without a preceding change</source>
        <translation>Das Tag „%1“ steht vor jeder Änderung</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; duplicates earlier declaration on line %2</source>
        <translation>Das Tag „%1“ wiederholt die frühere Angabe in Zeile %2</translation>
    </message>
    <message>
        <source>Tags may not specify dependencies</source>
        <translation>Tags dürfen keine Abhängigkeiten angeben</translation>
    </message>
    <message>
        <source>Change &quot;%1&quot; duplicates earlier declaration on line %2</source>
        <translation>Die Änderung „%1“ wiederholt die frühere Angabe in Zeile %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid dependency specification</source>
        <translation>„%1“ ist keine gültige Abhängigkeitsangabe</translation>
    </message>
    <message>
        <source>Duplicate dependency &quot;%1&quot;</source>
        <translation>Doppelte Abhängigkeit „%1“</translation>
    </message>
</context>
<context>
    <name>SqitchProjectReader</name>
    <message>
        <source>sqitch.conf does not say which database engine the project is for: add `[core]` with `engine = sqlite` or `engine = pg`, or give the database with --db.</source>
        <translation>sqitch.conf gibt nicht an, für welche Datenbank-Engine das Projekt ist: Ergänzen Sie `[core]` mit `engine = sqlite` oder `engine = pg`, oder geben Sie die Datenbank mit --db an.</translation>
    </message>
    <message>
        <source>Sqitch project: %1</source>
        <translation>Sqitch-Projekt: %1</translation>
    </message>
    <message>
        <source>The Sqitch project %1 is for the %2 engine; the assistant migrates SQLite and PostgreSQL databases only. Deploy it with sqitch itself.</source>
        <translation>Das Sqitch-Projekt %1 ist für die Engine %2; der Assistent migriert nur SQLite- und PostgreSQL-Datenbanken. Spielen Sie es mit sqitch selbst ein.</translation>
    </message>
    <message>
        <source>The Sqitch project %1 is for %2 (engine = %3), but the database is %4: give a %2 database with --db.</source>
        <translation>Das Sqitch-Projekt %1 ist für %2 (engine = %3), die Datenbank ist aber %4: Geben Sie mit --db eine %2-Datenbank an.</translation>
    </message>
    <message>
        <source>sqitch.conf: [deploy] verify = false; the assistant runs the verify scripts anyway, each in a savepoint that is rolled back.</source>
        <translation>sqitch.conf: [deploy] verify = false; der Assistent führt die Verify-Skripte trotzdem aus, jedes in einem Savepoint, der zurückgerollt wird.</translation>
    </message>
    <message>
        <source>%1: the deploy script of the change &quot;%2&quot; (%3:%4) is missing; add it, or remove the change from the plan.</source>
        <translation>%1: Das Deploy-Skript der Änderung „%2“ (%3:%4) fehlt; legen Sie es an oder entfernen Sie die Änderung aus dem Plan.</translation>
    </message>
    <message>
        <source>%1 is missing: the change &quot;%2&quot; cannot be rolled back; add a revert script.</source>
        <translation>%1 fehlt: Die Änderung „%2“ kann nicht zurückgenommen werden; legen Sie ein Revert-Skript an.</translation>
    </message>
    <message>
        <source>%1 is missing: the change &quot;%2&quot; is deployed without verification.</source>
        <translation>%1 fehlt: Die Änderung „%2“ wird ohne Prüfung eingespielt.</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; requires %4 of another project: the assistant deploys it only when Sqitch&apos;s registry lists that change; deploy the project &quot;%5&quot; first.</source>
        <translation>%1:%2: „%3“ setzt %4 aus einem anderen Projekt voraus: Der Assistent spielt sie nur ein, wenn Sqitchs Registry diese Änderung führt; spielen Sie zuerst das Projekt „%5“ ein.</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; conflicts with %4: it is refused while %4 is deployed, as sqitch refuses it.</source>
        <translation>%1:%2: „%3“ steht im Konflikt mit %4: Sie wird abgelehnt, solange %4 eingespielt ist, wie sqitch sie ablehnt.</translation>
    </message>
    <message>
        <source>%1 plans no change yet: add one with `sqitch add`.</source>
        <translation>%1 plant noch keine Änderung: Legen Sie eine mit `sqitch add` an.</translation>
    </message>
</context>
<context>
    <name>SqitchRegistry</name>
    <message>
        <source>the schema %1 of the database</source>
        <translation>das Schema %1 der Datenbank</translation>
    </message>
    <message>
        <source>%1 beside the database</source>
        <translation>%1 neben der Datenbank</translation>
    </message>
    <message>
        <source>reading Sqitch&apos;s registry</source>
        <translation>Lesen der Registry von Sqitch</translation>
    </message>
    <message>
        <source>%1 is not a change of the Sqitch project %2.</source>
        <translation>%1 ist keine Änderung des Sqitch-Projekts %2.</translation>
    </message>
    <message>
        <source>The database was changed and committed, but Sqitch&apos;s registry %1 could not be written: %2 Until it is, sqitch does not know of %3. In the project folder, run `sqitch deploy --log-only` (or `sqitch revert --log-only`) with --to the last of them to record it.</source>
        <translation>Die Datenbank wurde geändert und festgeschrieben, aber Sqitchs Registry %1 konnte nicht geschrieben werden: %2 Bis dahin weiß sqitch nichts von %3. Führen Sie im Projektordner `sqitch deploy --log-only` (oder `sqitch revert --log-only`) mit --to der letzten davon aus, um es nachzutragen.</translation>
    </message>
</context>
<context>
    <name>SqitchRegistryWriter</name>
    <message>
        <source>Sqitch&apos;s registry is of release %1; this assistant writes release %2. Run `sqitch upgrade` (or a Sqitch of that release) on the database first.</source>
        <translation>Sqitchs Registry hat den Stand %1; dieser Assistent schreibt Stand %2. Führen Sie zuerst `sqitch upgrade` (oder ein Sqitch dieses Stands) auf der Datenbank aus.</translation>
    </message>
    <message>
        <source>The Sqitch registry&apos;s definition is missing from this build.</source>
        <translation>Die Definition der Sqitch-Registry fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>creating Sqitch&apos;s registry</source>
        <translation>Anlegen der Registry von Sqitch</translation>
    </message>
    <message>
        <source>recording Sqitch&apos;s registry release</source>
        <translation>Eintragen des Registry-Stands von Sqitch</translation>
    </message>
    <message>
        <source>reading Sqitch&apos;s projects</source>
        <translation>Lesen der Projekte in Sqitchs Registry</translation>
    </message>
    <message>
        <source>Sqitch&apos;s registry holds the project &quot;%1&quot; with the URI &quot;%2&quot;, but sqitch.plan says &quot;%3&quot;: this is another project of the same name. Deploy it to another database.</source>
        <translation>Sqitchs Registry führt das Projekt „%1“ mit der URI „%2“, sqitch.plan nennt aber „%3“: Das ist ein anderes Projekt gleichen Namens. Spielen Sie es in eine andere Datenbank ein.</translation>
    </message>
    <message>
        <source>Sqitch&apos;s registry already holds the project &quot;%1&quot; with the URI %2 of this project (&quot;%3&quot;): deploy it to another database.</source>
        <translation>Sqitchs Registry führt bereits das Projekt „%1“ mit der URI %2 dieses Projekts („%3“): Spielen Sie es in eine andere Datenbank ein.</translation>
    </message>
    <message>
        <source>registering the project in Sqitch&apos;s registry</source>
        <translation>Eintragen des Projekts in Sqitchs Registry</translation>
    </message>
    <message>
        <source>Sqitch&apos;s registry already lists the change &quot;%1&quot; as deployed (%2).</source>
        <translation>Sqitchs Registry führt die Änderung „%1“ bereits als eingespielt (%2).</translation>
    </message>
    <message>
        <source>The change &quot;%1&quot; requires %2, which Sqitch&apos;s registry does not list as deployed: deploy the project &quot;%3&quot; first.</source>
        <translation>Die Änderung „%1“ setzt %2 voraus, das Sqitchs Registry nicht als eingespielt führt: Spielen Sie zuerst das Projekt „%3“ ein.</translation>
    </message>
    <message>
        <source>The change &quot;%1&quot; conflicts with %2, which is deployed: revert %2 first, as Sqitch requires.</source>
        <translation>Die Änderung „%1“ steht im Konflikt mit %2, das eingespielt ist: Nehmen Sie zuerst %2 zurück, wie Sqitch es verlangt.</translation>
    </message>
    <message>
        <source>recording %1 in Sqitch&apos;s registry</source>
        <translation>Eintragen von %1 in Sqitchs Registry</translation>
    </message>
    <message>
        <source>recording the revert of %1 in Sqitch&apos;s registry</source>
        <translation>Eintragen der Rücknahme von %1 in Sqitchs Registry</translation>
    </message>
    <message>
        <source>Sqitch&apos;s registry does not list the change &quot;%1&quot; (%2) as deployed; nothing was reverted.</source>
        <translation>Sqitchs Registry führt die Änderung „%1“ (%2) nicht als eingespielt; nichts wurde zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>Cannot create the backup file %1.</source>
        <translation>Die Sicherungsdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The disk is full: the backup of the database could not be written to %1.</source>
        <translation>Der Datenträger ist voll: Die Sicherung der Datenbank konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The backup of the database could not be written to %1.</source>
        <translation>Die Sicherung der Datenbank konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The backup could not be started.</source>
        <translation>Die Sicherung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1 to back it up.</source>
        <translation>Die Datenbankdatei %1 kann für die Sicherung nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup %1 differs from the database when read back.</source>
        <translation>Die Sicherung %1 weicht beim Zurücklesen von der Datenbank ab.</translation>
    </message>
    <message>
        <source>The backup %1 differs from the database, so the run was stopped.</source>
        <translation>Die Sicherung %1 weicht von der Datenbank ab, deshalb wurde der Lauf angehalten.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>Die Sicherung konnte nicht in %1 umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>SqliteFunctions</name>
    <message>
        <source>Cannot register the assistant&apos;s functions in SQLite.</source>
        <translation>Die Funktionen des Assistenten können in SQLite nicht registriert werden.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Print the plan&apos;s history in this database.</source>
        <translation>Den Verlauf des Plans in dieser Datenbank ausgeben.</translation>
    </message>
</context>
<context>
    <name>StepExecutor</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot;</source>
        <translation>Der Schritt „%1“</translation>
    </message>
    <message>
        <source>The plan&apos;s scripts cannot run as they are, so nothing was run: %1</source>
        <translation>Die Skripte des Plans können so nicht laufen, daher wurde nichts ausgeführt: %1</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; cannot run: %2:%3: %4</source>
        <translation>Der Schritt „%1“ kann nicht laufen: %2:%3: %4</translation>
    </message>
</context>
<context>
    <name>TableCountsModel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Zeilen vorher</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>Zeilen nachher</translation>
    </message>
</context>
<context>
    <name>TableSnapshot</name>
    <message>
        <source>Reading the table&apos;s structure</source>
        <translation>Lesen der Tabellenstruktur</translation>
    </message>
    <message>
        <source>The table %1 does not exist.</source>
        <translation>Die Tabelle %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Computing the checksum of %1</source>
        <translation>Berechnen der Prüfsumme von %1</translation>
    </message>
    <message>
        <source>The table %1 does not exist in schema %2.</source>
        <translation>Die Tabelle %1 gibt es im Schema %2 nicht.</translation>
    </message>
    <message>
        <source>%1: the table is missing</source>
        <translation>%1: Die Tabelle fehlt</translation>
    </message>
    <message>
        <source>%1: %2 rows expected, %3 found</source>
        <translation>%1: %2 Zeilen erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>%1: the same number of rows, but their content differs</source>
        <translation>%1: gleich viele Zeilen, aber ihr Inhalt weicht ab</translation>
    </message>
    <message>
        <source>%1: its columns, keys or indexes differ</source>
        <translation>%1: Spalten, Schlüssel oder Indizes weichen ab</translation>
    </message>
    <message>
        <source>%1: a table that should not be there</source>
        <translation>%1: eine Tabelle, die es nicht geben sollte</translation>
    </message>
</context>
<context>
    <name>TokenCipher</name>
    <message>
        <source>The system&apos;s random number generator failed; nothing was encrypted.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen; es wurde nichts verschlüsselt.</translation>
    </message>
    <message>
        <source>Encrypting a value failed (OpenSSL).</source>
        <translation>Das Verschlüsseln eines Werts ist fehlgeschlagen (OpenSSL).</translation>
    </message>
    <message numerus="yes">
        <source>An encrypted value is too short to be one (%n byte(s)).</source>
        <translation>
            <numerusform>Ein verschlüsselter Wert ist zu kurz, um einer zu sein (%n Byte).</numerusform>
            <numerusform>Ein verschlüsselter Wert ist zu kurz, um einer zu sein (%n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>A value did not decrypt: it was made with another key, belongs to another row or column, or was changed.</source>
        <translation>Ein Wert ließ sich nicht entschlüsseln: Er wurde mit einem anderen Schlüssel erzeugt, gehört zu einer anderen Zeile oder Spalte oder wurde verändert.</translation>
    </message>
</context>
<context>
    <name>TokenRowTransform</name>
    <message>
        <source>The value of %1 in the row %2 does not decrypt with this key: %3</source>
        <translation>Der Wert von %1 in der Zeile %2 lässt sich mit diesem Schlüssel nicht entschlüsseln: %3</translation>
    </message>
</context>
<context>
    <name>ValidationRunner</name>
    <message>
        <source>The validation &quot;%1&quot; could not run: %2</source>
        <translation>Die Validierung „%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1: found %2, expected %3</source>
        <translation>%1: %2 gefunden, %3 erwartet</translation>
    </message>
    <message numerus="yes">
        <source>All %n validation(s) passed</source>
        <translation>
            <numerusform>Die %n Validierung wurde bestanden</numerusform>
            <numerusform>Alle %n Validierungen wurden bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>the script succeeds</source>
        <translation>das Skript läuft fehlerfrei</translation>
    </message>
    <message>
        <source>%1: %2:%3 failed: %4</source>
        <translation>%1: %2:%3 ist fehlgeschlagen: %4</translation>
    </message>
</context>
<context>
    <name>ValidationTableModel</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
</context>
<context>
    <name>VersionCommand</name>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
</context>
<context>
    <name>WizardConfig</name>
    <message>
        <source>Choose a SQLite database file.</source>
        <translation>Wählen Sie eine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des PostgreSQL-Servers ein.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the schema (usually public).</source>
        <translation>Geben Sie das Schema ein (meist public).</translation>
    </message>
    <message>
        <source>No plan is selected.</source>
        <translation>Es ist kein Plan ausgewählt.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has no SQL for %2 databases.</source>
        <translation>Der Plan „%1“ hat kein SQL für %2-Datenbanken.</translation>
    </message>
    <message>
        <source>A copy of the whole database, written and verified before anything changes, beside the file in %1 (named %2.before-%3-…bak).</source>
        <translation>Eine Kopie der ganzen Datenbank, geschrieben und geprüft, bevor sich etwas ändert, neben der Datei in %1 (Name %2.before-%3-…bak).</translation>
    </message>
    <message>
        <source>No file copy: the whole migration is one PostgreSQL transaction, and the plan&apos;s rollback steps restore %1 if needed. Make a server backup (pg_dump) first if your procedures ask for one.</source>
        <translation>Keine Dateikopie: Die ganze Migration ist eine einzige PostgreSQL-Transaktion, und die Schritte zum Zurücksetzen des Plans stellen bei Bedarf %1 wieder her. Erstellen Sie vorher eine Server-Sicherung (pg_dump), wenn Ihre Abläufe eine verlangen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 → %4)</source>
        <translation>%1 — %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>Locked while it runs</source>
        <translation>Während des Laufs gesperrt</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; encrypts: choose its key file.</source>
        <translation>Der Plan „%1“ verschlüsselt: Wählen Sie seine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>No copy: the plan runs batch by batch while the application keeps working, and its rollback undoes it batch by batch. Keep the key file safe: without it nothing can be decrypted.</source>
        <translation>Keine Kopie: Der Plan läuft Stapel für Stapel, während die Anwendung weiterarbeitet, und sein Zurücksetzen macht ihn Stapel für Stapel rückgängig. Bewahren Sie die Schlüsseldatei sicher auf: Ohne sie lässt sich nichts entschlüsseln.</translation>
    </message>
    <message>
        <source>This database is at %1, the newest version: there is nothing to migrate.</source>
        <translation>Diese Datenbank ist auf %1, der neuesten Version: Es gibt nichts zu migrieren.</translation>
    </message>
    <message>
        <source>This database is at %1. The newest version is %2: 1 plan will run: %3.</source>
        <translation>Diese Datenbank ist auf %1. Die neueste Version ist %2: 1 Plan wird ausgeführt: %3.</translation>
    </message>
    <message>
        <source>This database is at %1. The newest version is %2: %4 plans will run: %3.</source>
        <translation>Diese Datenbank ist auf %1. Die neueste Version ist %2: %4 Pläne werden ausgeführt: %3.</translation>
    </message>
    <message>
        <source>This database is at %1. To reach %2, 1 plan will run: %3.</source>
        <translation>Diese Datenbank ist auf %1. Um %2 zu erreichen, wird 1 Plan ausgeführt: %3.</translation>
    </message>
    <message>
        <source>This database is at %1. To reach %2, %4 plans will run: %3.</source>
        <translation>Diese Datenbank ist auf %1. Um %2 zu erreichen, werden %4 Pläne ausgeführt: %3.</translation>
    </message>
    <message>
        <source>Test the connection first: it finds out where the database stands.</source>
        <translation>Testen Sie zuerst die Verbindung: Sie stellt fest, wo die Datenbank steht.</translation>
    </message>
    <message>
        <source>The database&apos;s version could not be read: %1</source>
        <translation>Die Version der Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database&apos;s history and its schema disagree, so nothing can run: %1</source>
        <translation>Die Historie der Datenbank und ihr Schema widersprechen sich, deshalb kann nichts laufen: %1</translation>
    </message>
    <message>
        <source>Nothing to do: the database is at the newest version.</source>
        <translation>Nichts zu tun: Die Datenbank ist auf der neuesten Version.</translation>
    </message>
    <message>
        <source>No plan leads from %1 to %2.</source>
        <translation>Kein Plan führt von %1 nach %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; encrypts: choose its key file.</source>
        <translation>„%1“ verschlüsselt: Wählen Sie seine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The plan that encrypts runs after it, batch by batch, without a copy: keep the key file safe, without it nothing can be decrypted.</source>
        <translation>Der Plan, der verschlüsselt, läuft danach Stapel für Stapel, ohne Kopie: Bewahren Sie die Schlüsseldatei sicher auf, ohne sie lässt sich nichts entschlüsseln.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Nothing of this project is deployed on the database yet.</source>
        <translation>Von diesem Projekt ist auf der Datenbank noch nichts eingespielt.</translation>
    </message>
    <message>
        <source>This database is at %1 (from %2&apos;s registry).</source>
        <translation>Diese Datenbank ist auf %1 (laut der Registry von %2).</translation>
    </message>
    <message>
        <source>It has the newest change: there is nothing to deploy.</source>
        <translation>Sie hat die neueste Änderung: Es gibt nichts einzuspielen.</translation>
    </message>
    <message>
        <source>%1 is not a migration project.</source>
        <translation>%1 ist kein Migrationsprojekt.</translation>
    </message>
    <message>
        <source>1 change will run: %1.</source>
        <translation>1 Änderung wird ausgeführt: %1.</translation>
    </message>
    <message>
        <source>%1 changes will run, up to %2.</source>
        <translation>%1 Änderungen werden ausgeführt, bis %2.</translation>
    </message>
</context>
<context>
    <name>WizardLauncher</name>
    <message>
        <source>Migration Assistant</source>
        <translation>Migrationsassistent</translation>
    </message>
    <message>
        <source>Opens the Migration Assistant wizard; see --help for the headless mode.</source>
        <translation>Öffnet den Migrationsassistenten; zum Modus ohne Fenster siehe --help.</translation>
    </message>
    <message>
        <source>A SQLite database to open and test.</source>
        <translation>Eine SQLite-Datenbank, die geöffnet und getestet wird.</translation>
    </message>
    <message>
        <source>Give at most one database file.</source>
        <translation>Geben Sie höchstens eine Datenbankdatei an.</translation>
    </message>
    <message>
        <source>Try &apos;migration-assistant --help&apos; for the options.</source>
        <translation>Die Optionen zeigt &apos;migration-assistant --help&apos;.</translation>
    </message>
    <message>
        <source>Log what the runs do on stderr.</source>
        <translation>Protokolliert auf stderr, was die Läufe tun.</translation>
    </message>
    <message>
        <source>There is no display to open the wizard on. Without one, run it with --headless.</source>
        <translation>Es gibt keine Anzeige, auf der der Assistent geöffnet werden kann. Ohne Anzeige starten Sie ihn mit --headless.</translation>
    </message>
</context>
</TS>
