<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PageBadge</name>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>check corners</source>
        <translation>check corners</translation>
    </message>
</context>
<context>
    <name>AuditDetailText</name>
    <message>
        <source>Application form fields</source>
        <translation>Application form fields</translation>
    </message>
    <message>
        <source>Materials (pages)</source>
        <translation>Materials (pages)</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline (checked on this computer)</source>
        <translation>Offline (checked on this computer)</translation>
    </message>
    <message>
        <source>Lock screen: another staff member took over</source>
        <translation>Lock screen: another staff member took over</translation>
    </message>
    <message>
        <source>Lock screen: %1</source>
        <translation>Lock screen: %1</translation>
    </message>
    <message>
        <source>Page removed: %1</source>
        <translation>Page removed: %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Page %1 (%2): %3</source>
        <translation>Page %1 (%2): %3</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Command line: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, as %1</source>
        <translation>
            <numerusform>%n entry, as %1</numerusform>
            <numerusform>%n entries, as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PDF of %1, %n page(s)</source>
        <translation>
            <numerusform>PDF of %1, %n page</numerusform>
            <numerusform>PDF of %1, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed and unchanged for %1 days or more; %n page(s) removed</source>
        <translation>
            <numerusform>Confirmed and unchanged for %1 days or more; %n page removed</numerusform>
            <numerusform>Confirmed and unchanged for %1 days or more; %n pages removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityIssueLabel</name>
    <message>
        <source>blurred</source>
        <translation>blurred</translation>
    </message>
    <message>
        <source>glare</source>
        <translation>glare</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>cut off</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>too small</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>too dark</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
</context>
<context>
    <name />
    <message numerus="yes">
        <source>The audit log is intact: %n entries, signed head verified.</source>
        <translation><numerusform>The audit log is intact: %n entries, signed head verified.</numerusform><numerusform>The audit log is intact: %n entries, signed head verified.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The entries and their links are intact (%n entries), but the head's signature was not checked because the audit key is not available.</source>
        <translation><numerusform>The entries and their links are intact (%n entries), but the head's signature was not checked because the audit key is not available.</numerusform><numerusform>The entries and their links are intact (%n entries), but the head's signature was not checked because the audit key is not available.</numerusform></translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was recorded.</source>
        <translation>Entry %1 was changed after it was recorded.</translation>
    </message>
    <message>
        <source>Entries are missing before entry %1 (removed).</source>
        <translation>Entries are missing before entry %1 (removed).</translation>
    </message>
    <message>
        <source>Entry %1 is not in the place it was recorded in (entries were reordered).</source>
        <translation>Entry %1 is not in the place it was recorded in (entries were reordered).</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: it was never part of the recorded chain.</source>
        <translation>Entry %1 was inserted: it was never part of the recorded chain.</translation>
    </message>
    <message>
        <source>Entries from %1 to %2 were cut off the end of the log.</source>
        <translation>Entries from %1 to %2 were cut off the end of the log.</translation>
    </message>
    <message>
        <source>The signed head of the audit log is missing: the log cannot be shown to be complete.</source>
        <translation>The signed head of the audit log is missing: the log cannot be shown to be complete.</translation>
    </message>
    <message>
        <source>The signature of the audit log's head is wrong: the chain was rebuilt or altered without this desk's key. Any entry may have been changed.</source>
        <translation>The signature of the audit log's head is wrong: the chain was rebuilt or altered without this desk's key. Any entry may have been changed.</translation>
    </message>
    <message>
        <source>The audit log's head is not signed: it was written without the key, or left unsigned after earlier damage. The log cannot be shown to be complete.</source>
        <translation>The audit log's head is not signed: it was written without the key, or left unsigned after earlier damage. The log cannot be shown to be complete.</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>The audit log could not be read: %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The central service's certificate has expired. Nothing was sent. Tell your IT support.</source>
        <translation>The central service's certificate has expired. Nothing was sent. Tell your IT support.</translation>
    </message>
    <message>
        <source>The central service's certificate is not valid yet: check this PC's date and time.</source>
        <translation>The central service's certificate is not valid yet: check this PC's date and time.</translation>
    </message>
    <message>
        <source>The certificate does not belong to this server address. Nothing was sent. Tell your IT support.</source>
        <translation>The certificate does not belong to this server address. Nothing was sent. Tell your IT support.</translation>
    </message>
    <message>
        <source>The central service's certificate is not trusted on this PC. Nothing was sent. Tell your IT support (the agency CA may be missing).</source>
        <translation>The central service's certificate is not trusted on this PC. Nothing was sent. Tell your IT support (the agency CA may be missing).</translation>
    </message>
    <message>
        <source>The central service presented an unexpected key (certificate pinning). Nothing was sent.</source>
        <translation>The central service presented an unexpected key (certificate pinning). Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>ApplicationFormPainter</name>
    <message>
        <source>Application for Recognition of Outpatient Chronic and Special Disease Benefits</source>
        <translation>Application for Recognition of Outpatient Chronic and Special Disease Benefits</translation>
    </message>
    <message>
        <source>Applicant's signature:</source>
        <translation>Applicant's signature:</translation>
    </message>
    <message>
        <source>Agent's signature:</source>
        <translation>Agent's signature:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Application no.: %1</source>
        <translation>Application no.: %1</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <source>Local ID: %1</source>
        <translation>Local ID: %1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Diseases applied for</source>
        <translation>Diseases applied for</translation>
    </message>
    <message>
        <source>Designated hospital and diagnosis</source>
        <translation>Designated hospital and diagnosis</translation>
    </message>
    <message>
        <source>Agent (applying on the applicant's behalf)</source>
        <translation>Agent (applying on the applicant's behalf)</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <source>I declare that the information above and the materials provided are true, complete and valid, and I accept responsibility for any false statement.</source>
        <translation>I declare that the information above and the materials provided are true, complete and valid, and I accept responsibility for any false statement.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Printed by MTB Desk on %1</source>
        <translation>Printed by MTB Desk on %1</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>No camera or document camera found at %1. Check that it is plugged in and not in use by another program, then open it again.</source>
        <translation>No camera or document camera found at %1. Check that it is plugged in and not in use by another program, then open it again.</translation>
    </message>
    <message>
        <source>%1 stopped sending pictures (unplugged?). Check the cable, then open the camera again. Pages already taken are kept.</source>
        <translation>%1 stopped sending pictures (unplugged?). Check the cable, then open the camera again. Pages already taken are kept.</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>camera %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>MTB Desk command line: drafts for scripts, tests and batch entry.</source>
        <translation>MTB Desk command line: drafts for scripts, tests and batch entry.</translation>
    </message>
    <message>
        <source>Use DIR instead of the user's data folder.</source>
        <translation>Use DIR instead of the user's data folder.</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli drafts list [--json] [--trash] | export ID | import FILE.json | ready ID...|--all</source>
        <translation>Usage: mtbdesk-cli drafts list [--json] [--trash] | export ID | import FILE.json | ready ID...|--all</translation>
    </message>
    <message>
        <source>Could not read the drafts: %1</source>
        <translation>Could not read the drafts: %1</translation>
    </message>
    <message>
        <source>Not an application ID: %1</source>
        <translation>Not an application ID: %1</translation>
    </message>
    <message>
        <source>No application with ID %1.</source>
        <translation>No application with ID %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3)</source>
        <translation>%1 is not valid JSON: %2 (at byte %3)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nothing was imported from %1: %2</translation>
    </message>
    <message>
        <source>No usable catalogue.</source>
        <translation>No usable catalogue.</translation>
    </message>
    <message>
        <source>no such application</source>
        <translation>no such application</translation>
    </message>
    <message>
        <source>not a draft (%1)</source>
        <translation>not a draft (%1)</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli detect [--json] IMAGE...
Finds the page in each image and checks its quality (the first page of a TIFF or PDF).
Exit code: 0 when every file was read, 1 when some file could not be read (its entry says why; the others are still checked), 2 for a usage error.</source>
        <translation>Usage: mtbdesk-cli detect [--json] IMAGE...
Finds the page in each image and checks its quality (the first page of a TIFF or PDF).
Exit code: 0 when every file was read, 1 when some file could not be read (its entry says why; the others are still checked), 2 for a usage error.</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli scan IMAGE_OR_PDF... -o OUT.pdf [--mode color|gray|bw] [--dpi N] [--json]
Straightens, cleans and checks every page and writes them into one PDF.
Exit code: 0 when every file was read, 1 when some file or page could not be read (the PDF holds the others; nothing is written when no page could be read), 2 for a usage error.</source>
        <translation>Usage: mtbdesk-cli scan IMAGE_OR_PDF... -o OUT.pdf [--mode color|gray|bw] [--dpi N] [--json]
Straightens, cleans and checks every page and writes them into one PDF.
Exit code: 0 when every file was read, 1 when some file or page could not be read (the PDF holds the others; nothing is written when no page could be read), 2 for a usage error.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>%1: the file could not be read.</source>
        <translation>%1: the file could not be read.</translation>
    </message>
    <message>
        <source>%1: the page looks fine.</source>
        <translation>%1: the page looks fine.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Missing output file: use -o OUT.pdf.</source>
        <translation>Missing output file: use -o OUT.pdf.</translation>
    </message>
    <message>
        <source>Unknown mode %1: use color, gray or bw.</source>
        <translation>Unknown mode %1: use color, gray or bw.</translation>
    </message>
    <message>
        <source>The resolution must be between 72 and 600 dpi.</source>
        <translation>The resolution must be between 72 and 600 dpi.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1, page %2: the page could not be read.</source>
        <translation>%1, page %2: the page could not be read.</translation>
    </message>
    <message>
        <source>%1, page %2: the page could not be processed.</source>
        <translation>%1, page %2: the page could not be processed.</translation>
    </message>
    <message>
        <source>%1, page %2: %3</source>
        <translation>%1, page %2: %3</translation>
    </message>
    <message>
        <source>No page could be read; %1 was not written.</source>
        <translation>No page could be read; %1 was not written.</translation>
    </message>
    <message>
        <source>%1 pages written to %2.</source>
        <translation>%1 pages written to %2.</translation>
    </message>
    <message>
        <source>No central service configured: pass --server https://HOST:PORT/api/v1 or set MTBDESK_SERVER_URL.</source>
        <translation>No central service configured: pass --server https://HOST:PORT/api/v1 or set MTBDESK_SERVER_URL.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>Not signed in: run `mtbdesk-cli login --user NAME --password-file FILE` first, or pass --user and --password-file.</source>
        <translation>Not signed in: run `mtbdesk-cli login --user NAME --password-file FILE` first, or pass --user and --password-file.</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli login --user NAME [--password-file FILE]</source>
        <translation>Usage: mtbdesk-cli login --user NAME [--password-file FILE]</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli status APPLICATION_NUMBER --json</source>
        <translation>Usage: mtbdesk-cli status APPLICATION_NUMBER --json</translation>
    </message>
    <message>
        <source>No status for %1: %2</source>
        <translation>No status for %1: %2</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>Unknown command %1</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli audit verify [--json] | audit export -o FILE [--format csv|json] [--from DATE] [--to DATE] [--actor ID] [--action KEY]</source>
        <translation>Usage: mtbdesk-cli audit verify [--json] | audit export -o FILE [--format csv|json] [--from DATE] [--to DATE] [--actor ID] [--action KEY]</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD (or as an ISO date and time).</source>
        <translation>Dates are written YYYY-MM-DD (or as an ISO date and time).</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>Could not read the audit log: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation><numerusform>%n entries written to %1.</numerusform><numerusform>%n entries written to %1.</numerusform></translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user needs a user name.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>No password: pass --password-file FILE or set MTBDESK_PASSWORD.</source>
        <translation>No password: pass --password-file FILE or set MTBDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Cannot read the passphrase file %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <source>Set the site passphrase with --passphrase-file FILE.</source>
        <translation>Set the site passphrase with --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>The data is locked: give the site passphrase with --passphrase-file FILE.</source>
        <translation>The data is locked: give the site passphrase with --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>A new key vault was created: %1. Keep a backup of it with the data folder.</source>
        <translation>A new key vault was created: %1. Keep a backup of it with the data folder.</translation>
    </message>
    <message>
        <source>The site passphrase was set. The data itself was not rewritten.</source>
        <translation>The site passphrase was set. The data itself was not rewritten.</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli keys status | keys passphrase --new-passphrase-file FILE</source>
        <translation>Usage: mtbdesk-cli keys status | keys passphrase --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli purge [--dry-run] [--days N] [--json] (N from 1 to %1)</source>
        <translation>Usage: mtbdesk-cli purge [--dry-run] [--days N] [--json] (N from 1 to %1)</translation>
    </message>
    <message>
        <source>Purging is switched off in this site's settings; pass --days N to purge anyway.</source>
        <translation>Purging is switched off in this site's settings; pass --days N to purge anyway.</translation>
    </message>
    <message>
        <source>Nothing was purged: %1</source>
        <translation>Nothing was purged: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed application(s) would be purged.</source>
        <translation><numerusform>%n confirmed application(s) would be purged.</numerusform><numerusform>%n confirmed application(s) would be purged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed application(s) purged.</source>
        <translation><numerusform>%n confirmed application(s) purged.</numerusform><numerusform>%n confirmed application(s) purged.</numerusform></translation>
    </message>
    <message>
        <source>Read the site passphrase that opens the encrypted data from the first line of FILE (when the system keychain does not open it).</source>
        <translation>Read the site passphrase that opens the encrypted data from the first line of FILE (when the system keychain does not open it).</translation>
    </message>
    <message>
        <source>drafts list [--json] [--trash] | drafts export ID | drafts import FILE.json | drafts ready ID...|--all | login --user NAME [--password-file F] | sync --once --json | status APPLICATION_NUMBER --json | audit verify [--json] | audit export -o FILE | purge [--dry-run] [--days N] | detect | scan</source>
        <translation>drafts list [--json] [--trash] | drafts export ID | drafts import FILE.json | drafts ready ID...|--all | login --user NAME [--password-file F] | sync --once --json | status APPLICATION_NUMBER --json | audit verify [--json] | audit export -o FILE | purge [--dry-run] [--days N] | detect | scan</translation>
    </message>
    <message>
        <source>Warning: this could not be written to the audit log: %1</source>
        <translation>Warning: this could not be written to the audit log: %1</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <source>This application belongs to another site or institution: you may not open or change it.</source>
        <translation>This application belongs to another site or institution: you may not open or change it.</translation>
    </message>
</context>
<context>
    <name>DraftWorker</name>
    <message>
        <source>The disk holding %1 is full: the latest changes are only on screen. Free some space; saving resumes by itself.</source>
        <translation>The disk holding %1 is full: the latest changes are only on screen. Free some space; saving resumes by itself.</translation>
    </message>
    <message>
        <source>Could not save to %1 (%2). The changes stay on screen and saving is retried.</source>
        <translation>Could not save to %1 (%2). The changes stay on screen and saving is retried.</translation>
    </message>
    <message>
        <source>The local database is not open.</source>
        <translation>The local database is not open.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Insurance type</source>
        <translation>Insurance type</translation>
    </message>
    <message>
        <source>Insured region</source>
        <translation>Insured region</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Personnel number</translation>
    </message>
    <message>
        <source>Diseases</source>
        <translation>Diseases</translation>
    </message>
    <message>
        <source>Designated hospital</source>
        <translation>Designated hospital</translation>
    </message>
    <message>
        <source>Diagnosis date</source>
        <translation>Diagnosis date</translation>
    </message>
    <message>
        <source>Diagnosing doctor</source>
        <translation>Diagnosing doctor</translation>
    </message>
    <message>
        <source>Doctor code</source>
        <translation>Doctor code</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Agent name</translation>
    </message>
    <message>
        <source>Agent certificate type</source>
        <translation>Agent certificate type</translation>
    </message>
    <message>
        <source>Agent certificate number</source>
        <translation>Agent certificate number</translation>
    </message>
    <message>
        <source>Agent phone</source>
        <translation>Agent phone</translation>
    </message>
    <message>
        <source>Relationship to applicant</source>
        <translation>Relationship to applicant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Acceptance site</source>
        <translation>Acceptance site</translation>
    </message>
    <message>
        <source>Reason for application</source>
        <translation>Reason for application</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>Another upload is still in progress.</source>
        <translation>Another upload is still in progress.</translation>
    </message>
</context>
<context>
    <name>MaterialCheck</name>
    <message numerus="yes">
        <source>%n page(s) have an outline the scanner was unsure of that nobody has checked: open them and check the corners.</source>
        <translation>
            <numerusform>%n page has an outline the scanner was unsure of that nobody has checked: open it and check the corners.</numerusform>
            <numerusform>%n pages have an outline the scanner was unsure of that nobody has checked: open them and check the corners.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing material: %1.</source>
        <translation>Missing material: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) did not pass the quality check: retake them, or accept them with a reason.</source>
        <translation>
            <numerusform>%n page did not pass the quality check: retake it, or accept it with a reason.</numerusform>
            <numerusform>%n pages did not pass the quality check: retake them, or accept them with a reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenReport</name>
    <message>
        <source>The local database %1 was damaged. It has been kept unchanged as %2 for your IT support, and a new empty database was started. Drafts in the damaged file are not shown.</source>
        <translation>The local database %1 was damaged. It has been kept unchanged as %2 for your IT support, and a new empty database was started. Drafts in the damaged file are not shown.</translation>
    </message>
    <message>
        <source>The local database %1 is in use by another program (is MTB Desk already running?). Nothing was changed. Close the other program and try again.</source>
        <translation>The local database %1 is in use by another program (is MTB Desk already running?). Nothing was changed. Close the other program and try again.</translation>
    </message>
    <message>
        <source>The local database %1 cannot be read or written (%2). Nothing was changed. Check the folder's permissions and free disk space.</source>
        <translation>The local database %1 cannot be read or written (%2). Nothing was changed. Check the folder's permissions and free disk space.</translation>
    </message>
    <message>
        <source>The local database %1 was written by a newer version of MTB Desk. Nothing was changed. Please install the newer version.</source>
        <translation>The local database %1 was written by a newer version of MTB Desk. Nothing was changed. Please install the newer version.</translation>
    </message>
    <message>
        <source>The local database %1 could not be opened (%2). Nothing was changed.</source>
        <translation>The local database %1 could not be opened (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>The local database %1 was encrypted with a different key than the one that was unlocked (is keyvault.json from another computer or an old backup?). Nothing was changed. Restore this folder's own keyvault.json.</source>
        <translation>The local database %1 was encrypted with a different key than the one that was unlocked (is keyvault.json from another computer or an old backup?). Nothing was changed. Restore this folder's own keyvault.json.</translation>
    </message>
</context>
<context>
    <name>PageProcessor</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <source>the page could not be processed</source>
        <translation>the page could not be processed</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>PageSource</name>
    <message>
        <source>%1: the image is damaged or incomplete.</source>
        <translation>%1: the image is damaged or incomplete.</translation>
    </message>
    <message>
        <source>%1: the image is too large (%2 × %3 pixels, at most %4 megapixels).</source>
        <translation>%1: the image is too large (%2 × %3 pixels, at most %4 megapixels).</translation>
    </message>
    <message>
        <source>%1, page %2: the page cannot be read (the file is damaged or incomplete).</source>
        <translation>%1, page %2: the page cannot be read (the file is damaged or incomplete).</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1: the file cannot be opened (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1: not a supported image (JPEG, PNG, TIFF, BMP, WebP) or PDF file.</source>
        <translation>%1: not a supported image (JPEG, PNG, TIFF, BMP, WebP) or PDF file.</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password. Save a copy without the password and add that instead.</source>
        <translation>%1: the PDF is protected by a password. Save a copy without the password and add that instead.</translation>
    </message>
    <message>
        <source>%1: the PDF is encrypted in a way that cannot be read.</source>
        <translation>%1: the PDF is encrypted in a way that cannot be read.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged or incomplete.</source>
        <translation>%1: the PDF is damaged or incomplete.</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1: the PDF has no pages.</translation>
    </message>
    <message>
        <source>%1: the PDF cannot be opened: MTB Desk&apos;s PDF reader (%2) did not start. Reinstall MTB Desk.</source>
        <translation>%1: the PDF cannot be opened: MTB Desk&apos;s PDF reader (%2) did not start. Reinstall MTB Desk.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: cancelled.</translation>
    </message>
    <message>
        <source>%1: the PDF took longer than %2 s to open and was skipped. The file may be damaged: open it in a PDF viewer, or scan the paper instead.</source>
        <translation>%1: the PDF took longer than %2 s to open and was skipped. The file may be damaged: open it in a PDF viewer, or scan the paper instead.</translation>
    </message>
    <message>
        <source>%1, page %2: the page took longer than %3 s to render and was skipped. The file may be damaged: scan this page from paper instead.</source>
        <translation>%1, page %2: the page took longer than %3 s to render and was skipped. The file may be damaged: scan this page from paper instead.</translation>
    </message>
    <message>
        <source>%1, page %2: the page cannot be read: it would need %3 MB of memory at once. Save it again (for example as PDF) and add that.</source>
        <translation>%1, page %2: the page cannot be read: it would need %3 MB of memory at once. Save it again (for example as PDF) and add that.</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>Writing the PDF failed: %1</source>
        <translation>Writing the PDF failed: %1</translation>
    </message>
    <message>
        <source>The page image is not a JPEG or PNG file.</source>
        <translation>The page image is not a JPEG or PNG file.</translation>
    </message>
    <message>
        <source>The page has no size.</source>
        <translation>The page has no size.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
</context>
<context>
    <name>QualityGate</name>
    <message>
        <source>The page is blurred. Hold the camera still, let it focus and take the photo again.</source>
        <translation>The page is blurred. Hold the camera still, let it focus and take the photo again.</translation>
    </message>
    <message>
        <source>Glare covers part of the text. Tilt the page or move the light and take the photo again.</source>
        <translation>Glare covers part of the text. Tilt the page or move the light and take the photo again.</translation>
    </message>
    <message>
        <source>Part of the page is outside the photo. Take the photo again with the whole page in the frame.</source>
        <translation>Part of the page is outside the photo. Take the photo again with the whole page in the frame.</translation>
    </message>
    <message>
        <source>The resolution is too low for small print. Move the camera closer or scan at 200 dpi or more.</source>
        <translation>The resolution is too low for small print. Move the camera closer or scan at 200 dpi or more.</translation>
    </message>
    <message>
        <source>The photo is too dark. Add light and take the photo again.</source>
        <translation>The photo is too dark. Add light and take the photo again.</translation>
    </message>
    <message>
        <source>The page looks blank. Check that this is the right page and the right side.</source>
        <translation>The page looks blank. Check that this is the right page and the right side.</translation>
    </message>
</context>
<context>
    <name>RecordCipher</name>
    <message>
        <source>The data is locked: no encryption key is loaded.</source>
        <translation>The data is locked: no encryption key is loaded.</translation>
    </message>
    <message>
        <source>Encryption failed (no system randomness).</source>
        <translation>Encryption failed (no system randomness).</translation>
    </message>
    <message>
        <source>%1.%2 of %3 is stored unencrypted and was not read.</source>
        <translation>%1.%2 of %3 is stored unencrypted and was not read.</translation>
    </message>
    <message>
        <source>%1.%2 of %3 cannot be decrypted: %4</source>
        <translation>%1.%2 of %3 cannot be decrypted: %4</translation>
    </message>
</context>
<context>
    <name>RemoteStatus</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Initial review</source>
        <translation>Initial review</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>Partially approved</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>More material needed</source>
        <translation>More material needed</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>StaffIdentity</name>
    <message>
        <source>Counter staff</source>
        <translation>Counter staff</translation>
    </message>
    <message>
        <source>Hospital clerk</source>
        <translation>Hospital clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The central service cannot be reached (%1). You can keep working; applications are sent when it is back.</source>
        <translation>The central service cannot be reached (%1). You can keep working; applications are sent when it is back.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>Sign-in failed (%1).</translation>
    </message>
    <message>
        <source>No central service is configured.</source>
        <translation>No central service is configured.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Choose at least one disease.</source>
        <translation>Choose at least one disease.</translation>
    </message>
    <message>
        <source>Required for the chosen disease.</source>
        <translation>Required for the chosen disease.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Old 15-digit number: please check it against the current 18-digit ID card.</source>
        <translation>Old 15-digit number: please check it against the current 18-digit ID card.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 for old cards); this one has %1.</source>
        <translation>An ID number has 18 characters (or 15 for old cards); this one has %1.</translation>
    </message>
    <message>
        <source>Only digits are allowed, and X as the last character.</source>
        <translation>Only digits are allowed, and X as the last character.</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>The birth date inside the ID number is not a real date.</translation>
    </message>
    <message>
        <source>The check digit is wrong: a digit was probably mistyped. Please check the card.</source>
        <translation>The check digit is wrong: a digit was probably mistyped. Please check the card.</translation>
    </message>
    <message>
        <source>A landline cannot receive text messages about the review; a mobile number is better.</source>
        <translation>A landline cannot receive text messages about the review; a mobile number is better.</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number (e.g. 13812345678) or a landline with area code.</source>
        <translation>Enter an 11-digit mobile number (e.g. 13812345678) or a landline with area code.</translation>
    </message>
    <message>
        <source>At most 50 characters.</source>
        <translation>At most 50 characters.</translation>
    </message>
    <message>
        <source>Does not match the birth date in the ID number (%1).</source>
        <translation>Does not match the birth date in the ID number (%1).</translation>
    </message>
    <message>
        <source>Does not match the ID number.</source>
        <translation>Does not match the ID number.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>Not a region of this catalogue.</source>
        <translation>Not a region of this catalogue.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the current catalogue.</source>
        <translation>%1 (%2) is not in the current catalogue.</translation>
    </message>
    <message>
        <source>Not in the list of designated hospitals.</source>
        <translation>Not in the list of designated hospitals.</translation>
    </message>
    <message>
        <source>level III (三级)</source>
        <translation>level III (三级)</translation>
    </message>
    <message>
        <source>level II (二级)</source>
        <translation>level II (二级)</translation>
    </message>
    <message>
        <source>%1 is %2; evidence must come from a hospital of %3 or above.</source>
        <translation>%1 is %2; evidence must come from a hospital of %3 or above.</translation>
    </message>
    <message>
        <source>The diagnosis date is in the future.</source>
        <translation>The diagnosis date is in the future.</translation>
    </message>
    <message>
        <source>The diagnosis date is before the date of birth.</source>
        <translation>The diagnosis date is before the date of birth.</translation>
    </message>
    <message>
        <source>The agent must be someone other than the applicant.</source>
        <translation>The agent must be someone other than the applicant.</translation>
    </message>
</context>
<context>
    <name>VaultUnlocker</name>
    <message>
        <source>The encryption keys could not be derived.</source>
        <translation>The encryption keys could not be derived.</translation>
    </message>
    <message>
        <source>The key vault %1 is missing, but this data folder holds encrypted data. Nothing was changed. Restore keyvault.json from your backup (or from the folder it was copied from).</source>
        <translation>The key vault %1 is missing, but this data folder holds encrypted data. Nothing was changed. Restore keyvault.json from your backup (or from the folder it was copied from).</translation>
    </message>
    <message>
        <source>There is no system keychain on this computer: choose a site passphrase to protect the data.</source>
        <translation>There is no system keychain on this computer: choose a site passphrase to protect the data.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1): choose a site passphrase to protect the data.</source>
        <translation>The system keychain cannot be used (%1): choose a site passphrase to protect the data.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>This key vault is opened by the system keychain, which is not available here.</source>
        <translation>This key vault is opened by the system keychain, which is not available here.</translation>
    </message>
    <message>
        <source>The system keychain has no key for this data folder (the entry is missing).</source>
        <translation>The system keychain has no key for this data folder (the entry is missing).</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>The system keychain is not available (%1).</translation>
    </message>
    <message>
        <source>Enter the site passphrase.</source>
        <translation>Enter the site passphrase.</translation>
    </message>
    <message>
        <source>This key vault has no site passphrase, so the data cannot be opened here. Nothing was changed.</source>
        <translation>This key vault has no site passphrase, so the data cannot be opened here. Nothing was changed.</translation>
    </message>
    <message>
        <source>The key vault was not read.</source>
        <translation>The key vault was not read.</translation>
    </message>
    <message>
        <source>A key vault already exists; it was left unchanged.</source>
        <translation>A key vault already exists; it was left unchanged.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>Unlock the key vault first.</source>
        <translation>Unlock the key vault first.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MTB Desk</source>
        <translation>MTB Desk</translation>
    </message>
    <message>
        <source>MTB Desk is already running with the data folder %1. Switch to that window.</source>
        <translation>MTB Desk is already running with the data folder %1. Switch to that window.</translation>
    </message>
</context>
<context>
    <name>mtb</name>
    <message>
        <source>The central service's certificate was not accepted (%1).</source>
        <translation>The central service's certificate was not accepted (%1).</translation>
    </message>
    <message>
        <source>The central service cannot be reached (%1).</source>
        <translation>The central service cannot be reached (%1).</translation>
    </message>
    <message>
        <source>The central service is not available (HTTP %1).</source>
        <translation>The central service is not available (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>mtb::Aes256GcmCipher</name>
    <message>
        <source>The encrypted value is truncated.</source>
        <translation>The encrypted value is truncated.</translation>
    </message>
    <message>
        <source>The encrypted value uses an unknown algorithm (0x%1).</source>
        <translation>The encrypted value uses an unknown algorithm (0x%1).</translation>
    </message>
    <message>
        <source>The encryption key is missing.</source>
        <translation>The encryption key is missing.</translation>
    </message>
    <message>
        <source>The cryptographic library failed.</source>
        <translation>The cryptographic library failed.</translation>
    </message>
    <message>
        <source>The encrypted value does not match its key or place (wrong key, or altered).</source>
        <translation>The encrypted value does not match its key or place (wrong key, or altered).</translation>
    </message>
</context>
<context>
    <name>mtb::ApplicationForm</name>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Diseases applied for</source>
        <translation>Diseases applied for</translation>
    </message>
    <message>
        <source>Applicant details</source>
        <translation>Applicant details</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <source>Agent (代办)</source>
        <translation>Agent (代办)</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Someone applies on the applicant's behalf</source>
        <translation>Someone applies on the applicant's behalf</translation>
    </message>
    <message>
        <source>18 characters; scan or type</source>
        <translation>18 characters; scan or type</translation>
    </message>
    <message>
        <source>Mobile number for review notices</source>
        <translation>Mobile number for review notices</translation>
    </message>
    <message>
        <source>Optional; from the insurance system</source>
        <translation>Optional; from the insurance system</translation>
    </message>
    <message>
        <source>医保医师代码, if known</source>
        <translation>医保医师代码, if known</translation>
    </message>
    <message>
        <source>Taken from the ID number</source>
        <translation>Taken from the ID number</translation>
    </message>
    <message>
        <source>No application open</source>
        <translation>No application open</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Accepted by %1 at %2, %3</source>
        <translation>Accepted by %1 at %2, %3</translation>
    </message>
    <message>
        <source>(operator not set)</source>
        <translation>(operator not set)</translation>
    </message>
</context>
<context>
    <name>mtb::ApplicationListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Sending failed</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>ID numbers are masked in the list; open the application to see it in full.</source>
        <translation>ID numbers are masked in the list; open the application to see it in full.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Diseases</source>
        <translation>Diseases</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Application no.</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) old</source>
        <translation><numerusform>%1 · %n day(s) old</numerusform><numerusform>%1 · %n day(s) old</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not sent and unchanged for %n day(s): finish and send it, or move it to the trash.</source>
        <translation><numerusform>Not sent and unchanged for %n day(s): finish and send it, or move it to the trash.</numerusform><numerusform>Not sent and unchanged for %n day(s): finish and send it, or move it to the trash.</numerusform></translation>
    </message>
</context>
<context>
    <name>mtb::AuditLogDialog</name>
    <message>
        <source>Verify the chain</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Any staff account</source>
        <translation>Any staff account</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Staff account</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Reading the audit log…</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>Checking every entry of the audit log…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>The audit log could not be read: %1</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries of this period; narrow the filter or export to see all.</source>
        <translation>Showing the newest %1 entries of this period; narrow the filter or export to see all.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation><numerusform>%n entries.</numerusform><numerusform>%n entries.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation><numerusform>%n entries exported to %1.</numerusform><numerusform>%n entries exported to %1.</numerusform></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>mtb::AuditLogModel</name>
    <message>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Taken back from the outbox</source>
        <translation>Taken back from the outbox</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Moved to the trash</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Accepted a flagged page</source>
        <translation>Accepted a flagged page</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Read the audit log</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Exported the audit log</translation>
    </message>
    <message>
        <source>Purged (retention)</source>
        <translation>Purged (retention)</translation>
    </message>
    <message>
        <source>Changed the site passphrase</source>
        <translation>Changed the site passphrase</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Staff account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Application or page</source>
        <translation>Application or page</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>mtb::BlobStore</name>
    <message>
        <source>The data is locked: no encryption key is loaded.</source>
        <translation>The data is locked: no encryption key is loaded.</translation>
    </message>
    <message>
        <source>Encryption failed (no system randomness).</source>
        <translation>Encryption failed (no system randomness).</translation>
    </message>
    <message>
        <source>The stored image %1 does not match its checksum.</source>
        <translation>The stored image %1 does not match its checksum.</translation>
    </message>
    <message>
        <source>The stored image %1 cannot be read (%2).</source>
        <translation>The stored image %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>The stored image %1 cannot be decrypted: %2</source>
        <translation>The stored image %1 cannot be decrypted: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 could not be encrypted (%2).</source>
        <translation>%1 could not be encrypted (%2).</translation>
    </message>
</context>
<context>
    <name>mtb::CameraCaptureDialog</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences of the camera hint, joined as the language writes them (no space in Chinese)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Its edges are hard to tell from what lies around it: move other papers away, or lay it on a plain, darker surface.</source>
        <translation>Its edges are hard to tell from what lies around it: move other papers away, or lay it on a plain, darker surface.</translation>
    </message>
    <message>
        <source>Take pages with the document camera</source>
        <translation>Take pages with the document camera</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Camera %1</translation>
    </message>
    <message>
        <source>Video file or image sequence…</source>
        <translation>Video file or image sequence…</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <source>Capture &amp;automatically when the page lies still</source>
        <translation>Capture &amp;automatically when the page lies still</translation>
    </message>
    <message>
        <source>Capture (Space)</source>
        <translation>Capture (Space)</translation>
    </message>
    <message>
        <source>&amp;Delete last</source>
        <translation>&amp;Delete last</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Open a video file or image sequence</source>
        <translation>Open a video file or image sequence</translation>
    </message>
    <message>
        <source>Path of a video file, or of numbered images such as C:/photos/%03d.jpg:</source>
        <translation>Path of a video file, or of numbered images such as C:/photos/%03d.jpg:</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>the image could not be encoded</translation>
    </message>
    <message>
        <source>The page could not be taken: %1</source>
        <translation>The page could not be taken: %1</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n page(s) taken?</source>
        <translation>
            <numerusform>Discard the %n page taken?</numerusform>
            <numerusform>Discard the %n pages taken?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use %n page(s)</source>
        <translation>
            <numerusform>Use %n page</numerusform>
            <numerusform>Use %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages taken so far are kept.</source>
        <translation>The pages taken so far are kept.</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>Waiting for the camera…</translation>
    </message>
    <message>
        <source>Lay the page flat under the camera.</source>
        <translation>Lay the page flat under the camera.</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>Hold still…</translation>
    </message>
    <message>
        <source>The page lies still: press Space to take it.</source>
        <translation>The page lies still: press Space to take it.</translation>
    </message>
    <message>
        <source>Taken. Lay the next page down, or press Space to take this one again.</source>
        <translation>Taken. Lay the next page down, or press Space to take this one again.</translation>
    </message>
    <message>
        <source>Taking the page…</source>
        <translation>Taking the page…</translation>
    </message>
</context>
<context>
    <name>mtb::ChangePassphraseDialog</name>
    <message>
        <source>Change site passphrase</source>
        <translation>Change site passphrase</translation>
    </message>
    <message>
        <source>This data folder has no key vault, so there is no passphrase to change.</source>
        <translation>This data folder has no key vault, so there is no passphrase to change.</translation>
    </message>
    <message>
        <source>The site passphrase opens the encrypted applications on this computer when the system keychain does not. Changing it re-protects the data key; the data itself is not rewritten. The new passphrase needs at least %1 characters. Tell it only to the staff who need it.</source>
        <translation>The site passphrase opens the encrypted applications on this computer when the system keychain does not. Changing it re-protects the data key; the data itself is not rewritten. The new passphrase needs at least %1 characters. Tell it only to the staff who need it.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Repeat the new one</source>
        <translation>Repeat the new one</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Enter the current passphrase.</translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation>The passphrase was not changed.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The site passphrase was changed. From now on it opens the data on this computer; the old one no longer does. The data itself was not rewritten.</source>
        <translation>The site passphrase was changed. From now on it opens the data on this computer; the old one no longer does. The data itself was not rewritten.</translation>
    </message>
</context>
<context>
    <name>mtb::DiseaseSelector</name>
    <message>
        <source>Type a name, code or pinyin initials (e.g. gxy), then Enter</source>
        <translation>Type a name, code or pinyin initials (e.g. gxy), then Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected disease (Delete)</source>
        <translation>Remove the selected disease (Delete)</translation>
    </message>
</context>
<context>
    <name>mtb::HttpExchange</name>
    <message>
        <source>The central service's answer could not be read.</source>
        <translation>The central service's answer could not be read.</translation>
    </message>
    <message>
        <source>The central service closed the connection.</source>
        <translation>The central service closed the connection.</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>The central service did not answer in time.</translation>
    </message>
</context>
<context>
    <name>mtb::KeyVault</name>
    <message>
        <source>The key vault %1 cannot be read (%2).</source>
        <translation>The key vault %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>The key vault %1 is damaged or not a key vault.</source>
        <translation>The key vault %1 is damaged or not a key vault.</translation>
    </message>
    <message>
        <source>The key vault %1 holds no key.</source>
        <translation>The key vault %1 holds no key.</translation>
    </message>
    <message>
        <source>This key vault has no passphrase.</source>
        <translation>This key vault has no passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <source>The key in the system keychain does not open this key vault.</source>
        <translation>The key in the system keychain does not open this key vault.</translation>
    </message>
    <message>
        <source>No data key to protect.</source>
        <translation>No data key to protect.</translation>
    </message>
    <message>
        <source>Encryption failed (no system randomness).</source>
        <translation>Encryption failed (no system randomness).</translation>
    </message>
    <message>
        <source>The key vault %1 could not be written (%2).</source>
        <translation>The key vault %1 could not be written (%2).</translation>
    </message>
</context>
<context>
    <name>mtb::KeychainSecretStore</name>
    <message>
        <source>The system keychain is turned off (MTBDESK_NO_KEYCHAIN).</source>
        <translation>The system keychain is turned off (MTBDESK_NO_KEYCHAIN).</translation>
    </message>
</context>
<context>
    <name>mtb::LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Another staff member…</source>
        <translation>Another staff member…</translation>
    </message>
    <message>
        <source>Sign in and take over</source>
        <translation>Sign in and take over</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:16pt'&gt;MTB Desk is locked&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:16pt'&gt;MTB Desk is locked&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>In use by %1 (%2), %3 · %4</source>
        <translation>In use by %1 (%2), %3 · %4</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>mtb::LoginDialog</name>
    <message>
        <source>Sign in to the central service</source>
        <translation>Sign in to the central service</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>mtb::MainWindow</name>
    <message>
        <source>Check page outlines</source>
        <translation>Check page outlines</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) have an outline the scanner was unsure of that nobody has checked. A page cut wrongly may be returned by the reviewers.</source>
        <translation>
            <numerusform>%n page has an outline the scanner was unsure of that nobody has checked. A page cut wrongly may be returned by the reviewers.</numerusform>
            <numerusform>%n pages have an outline the scanner was unsure of that nobody has checked. A page cut wrongly may be returned by the reviewers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the pages</source>
        <translation>Check the pages</translation>
    </message>
    <message>
        <source>Mark ready anyway</source>
        <translation>Mark ready anyway</translation>
    </message>
    <message>
        <source>MTB Desk — outpatient chronic &amp; special disease applications</source>
        <translation>MTB Desk — outpatient chronic &amp; special disease applications</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:15pt'&gt;No application open&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to take a new application, or choose one from the list.&lt;/p&gt;&lt;p&gt;Everything you type is saved automatically, also without a network.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:15pt'&gt;No application open&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to take a new application, or choose one from the list.&lt;/p&gt;&lt;p&gt;Everything you type is saved automatically, also without a network.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search name, ID number, phone or application no. (Ctrl+F)</source>
        <translation>Search name, ID number, phone or application no. (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Mark ready (Ctrl+Enter)</source>
        <translation>Mark ready (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check the form and freeze it for submission</source>
        <translation>Check the form and freeze it for submission</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Send everything waiting in the outbox now (Ctrl+Shift+S)</source>
        <translation>Send everything waiting in the outbox now (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>About MTB Desk</source>
        <translation>About MTB Desk</translation>
    </message>
    <message>
        <source>Operator: %1 · Catalogue %2</source>
        <translation>Operator: %1 · Catalogue %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Opening the local database…</source>
        <translation>Opening the local database…</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Materials (%1 pages)</source>
        <translation>Materials (%1 pages)</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Local database</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) on this PC.</source>
        <translation>
            <numerusform>%n application on this PC.</numerusform>
            <numerusform>%n applications on this PC.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes saved at %1.</source>
        <translation>All changes saved at %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before the application can be marked ready. The draft is saved.</source>
        <translation>
            <numerusform>%n problem must be fixed before the application can be marked ready. The draft is saved.</numerusform>
            <numerusform>%n problems must be fixed before the application can be marked ready. The draft is saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application no. %1. </source>
        <translation>Application no. %1. </translation>
    </message>
    <message>
        <source>This application is marked ready and waits to be sent; it can no longer be changed.</source>
        <translation>This application is marked ready and waits to be sent; it can no longer be changed.</translation>
    </message>
    <message>
        <source>Edit again</source>
        <translation>Edit again</translation>
    </message>
    <message>
        <source>The central service did not accept this application (see the messages at the fields, and the sending history). Correct it and mark it ready again.</source>
        <translation>The central service did not accept this application (see the messages at the fields, and the sending history). Correct it and mark it ready again.</translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation>Correct it</translation>
    </message>
    <message>
        <source>The reviewer asks for more material: %1</source>
        <translation>The reviewer asks for more material: %1</translation>
    </message>
    <message>
        <source>Add material and resubmit</source>
        <translation>Add material and resubmit</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Reviewer: %1</translation>
    </message>
    <message>
        <source>Revision %1: add the requested material, then mark it ready to resubmit.</source>
        <translation>Revision %1: add the requested material, then mark it ready to resubmit.</translation>
    </message>
    <message>
        <source>Sending has already started: this revision can no longer be changed.</source>
        <translation>Sending has already started: this revision can no longer be changed.</translation>
    </message>
    <message>
        <source>The central service refused this: %1</source>
        <translation>The central service refused this: %1</translation>
    </message>
    <message>
        <source>The central service refused it: %1</source>
        <translation>The central service refused it: %1</translation>
    </message>
    <message>
        <source>Offline mode: no central service configured</source>
        <translation>Offline mode: no central service configured</translation>
    </message>
    <message>
        <source>Not signed in to the central service</source>
        <translation>Not signed in to the central service</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <source>○ Offline: applications wait in the outbox</source>
        <translation>○ Offline: applications wait in the outbox</translation>
    </message>
    <message>
        <source>⚠ Certificate problem</source>
        <translation>⚠ Certificate problem</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>Application %1: %2</translation>
    </message>
    <message>
        <source>MTB Desk</source>
        <translation>MTB Desk</translation>
    </message>
    <message>
        <source>Moved to the trash. It can be restored from the Trash list.</source>
        <translation>Moved to the trash. It can be restored from the Trash list.</translation>
    </message>
    <message>
        <source>Restored to its list.</source>
        <translation>Restored to its list.</translation>
    </message>
    <message>
        <source>&lt;b&gt;MTB Desk %1&lt;/b&gt;&lt;br&gt;Counter client for outpatient chronic and special disease (门诊慢特病) recognition applications.&lt;br&gt;Catalogue: %2 (%3)&lt;br&gt;Data folder: %4</source>
        <translation>&lt;b&gt;MTB Desk %1&lt;/b&gt;&lt;br&gt;Counter client for outpatient chronic and special disease (门诊慢特病) recognition applications.&lt;br&gt;Catalogue: %2 (%3)&lt;br&gt;Data folder: %4</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Some changes could not be saved yet (see the status bar). If you close now, they are lost.

Close anyway?</source>
        <translation>Some changes could not be saved yet (see the status bar). If you close now, they are lost.

Close anyway?</translation>
    </message>
    <message>
        <source>Sending history…</source>
        <translation>Sending history…</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed application(s) past the site's retention period were removed from this PC.</source>
        <translation><numerusform>%n confirmed application(s) past the site's retention period were removed from this PC.</numerusform><numerusform>%n confirmed application(s) past the site's retention period were removed from this PC.</numerusform></translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · Catalogue %3</source>
        <translation>Signed in: %1 (%2) · Catalogue %3</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n unsent application(s) unchanged for %1+ days</source>
        <translation><numerusform>⚠ %n unsent application(s) unchanged for %1+ days</numerusform><numerusform>⚠ %n unsent application(s) unchanged for %1+ days</numerusform></translation>
    </message>
    <message>
        <source>Some changes by %1 could not be saved yet, so the desk cannot change hands. Only %1 can unlock it now.</source>
        <translation>Some changes by %1 could not be saved yet, so the desk cannot change hands. Only %1 can unlock it now.</translation>
    </message>
    <message>
        <source>Print application form…</source>
        <translation>Print application form…</translation>
    </message>
    <message>
        <source>Print the filled-in form for the applicant to sign (Ctrl+P)</source>
        <translation>Print the filled-in form for the applicant to sign (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print application form</source>
        <translation>Print application form</translation>
    </message>
    <message>
        <source>The application form was sent to the printer.</source>
        <translation>The application form was sent to the printer.</translation>
    </message>
    <message>
        <source>The application form could not be printed. Check the printer and try again.</source>
        <translation>The application form could not be printed. Check the printer and try again.</translation>
    </message>
</context>
<context>
    <name>mtb::MaterialsPanel</name>
    <message>
        <source>Processing %1 (page %2 of %3)…</source>
        <translation>Processing %1 (page %2 of %3)…</translation>
    </message>
    <message>
        <source>Processing %1…</source>
        <translation>Processing %1…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n page(s) were added before you cancelled.</source>
        <translation>
            <numerusform>Stopped: %n page was added before you cancelled.</numerusform>
            <numerusform>Stopped: %n pages were added before you cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) added.</source>
        <translation>
            <numerusform>%n page added.</numerusform>
            <numerusform>%n pages added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (see above).</source>
        <translation>
            <numerusform>%n file could not be read (see above).</numerusform>
            <numerusform>%n files could not be read (see above).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add pages to %1</source>
        <translation>Add pages to %1</translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Add a folder of scans to %1</source>
        <translation>Add a folder of scans to %1</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>Export %1 as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reorder pages</source>
        <translation>Reorder pages</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Add photos, scans or PDF files to each material. Pages are straightened and cleaned automatically; double-click a page to correct it.</source>
        <translation>Add photos, scans or PDF files to each material. Pages are straightened and cleaned automatically; double-click a page to correct it.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Take photos…</source>
        <translation>Take photos…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(required)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The page's outline is uncertain: open the page and check its corners.</source>
        <translation>The page's outline is uncertain: open the page and check its corners.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation>Accepted by %1: %2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>%1 contains no images or PDF files.</source>
        <translation>%1 contains no images or PDF files.</translation>
    </message>
    <message>
        <source>Add page</source>
        <translation>Add page</translation>
    </message>
    <message>
        <source>Correct page</source>
        <translation>Correct page</translation>
    </message>
    <message>
        <source>Move page to %1</source>
        <translation>Move page to %1</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Delete page</translation>
    </message>
    <message>
        <source>Accept page</source>
        <translation>Accept page</translation>
    </message>
    <message>
        <source>Correct page…</source>
        <translation>Correct page…</translation>
    </message>
    <message>
        <source>Retake from a file…</source>
        <translation>Retake from a file…</translation>
    </message>
    <message>
        <source>Replace this page</source>
        <translation>Replace this page</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Accept despite the problem…</source>
        <translation>Accept despite the problem…</translation>
    </message>
    <message>
        <source>Why is this page acceptable? (recorded with your name)</source>
        <translation>Why is this page acceptable? (recorded with your name)</translation>
    </message>
</context>
<context>
    <name>mtb::OfflineVerifier::Result</name>
    <message>
        <source>Wrong password. Too many wrong passwords: %1 cannot sign in on this PC until %2.</source>
        <translation>Wrong password. Too many wrong passwords: %1 cannot sign in on this PC until %2.</translation>
    </message>
    <message>
        <source>Wrong password. %n more wrong attempt(s) lock this account on this PC for a few minutes.</source>
        <translation>Wrong password. %n more wrong attempt(s) lock this account on this PC for a few minutes.</translation>
    </message>
    <message>
        <source>%1 has never signed in online on this PC, so it cannot be checked without the central service. Sign in once while the network is available.</source>
        <translation>%1 has never signed in online on this PC, so it cannot be checked without the central service. Sign in once while the network is available.</translation>
    </message>
    <message>
        <source>%1 last signed in online on this PC on %2. Offline sign-in is allowed for %n day(s) after that: sign in while the central service is reachable.</source>
        <translation>%1 last signed in online on this PC on %2. Offline sign-in is allowed for %n day(s) after that: sign in while the central service is reachable.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: %1 cannot sign in on this PC until %2.</source>
        <translation>Too many wrong passwords: %1 cannot sign in on this PC until %2.</translation>
    </message>
    <message>
        <source>The sign-in records on this PC cannot be read (%1).</source>
        <translation>The sign-in records on this PC cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>mtb::OverrideApprovalDialog</name>
    <message>
        <source>Accept page</source>
        <translation>Accept page</translation>
    </message>
    <message>
        <source>Why is this page acceptable?</source>
        <translation>Why is this page acceptable?</translation>
    </message>
    <message>
        <source>The page does not pass the quality check. As a supervisor you may accept it; the reason is recorded with your name.</source>
        <translation>The page does not pass the quality check. As a supervisor you may accept it; the reason is recorded with your name.</translation>
    </message>
    <message>
        <source>The page does not pass the quality check. Accepting it needs a supervisor: ask one to enter their user name and password. The reason is recorded with their name.</source>
        <translation>The page does not pass the quality check. Accepting it needs a supervisor: ask one to enter their user name and password. The reason is recorded with their name.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>%1 is not a supervisor and cannot approve this.</source>
        <translation>%1 is not a supervisor and cannot approve this.</translation>
    </message>
    <message>
        <source>Enter the reason first.</source>
        <translation>Enter the reason first.</translation>
    </message>
    <message>
        <source>A supervisor enters their user name and password.</source>
        <translation>A supervisor enters their user name and password.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>mtb::PageEditorDialog</name>
    <message>
        <source>Correct page: %1</source>
        <translation>Correct page: %1</translation>
    </message>
    <message>
        <source>Loading the original…</source>
        <translation>Loading the original…</translation>
    </message>
    <message>
        <source>Colour (keeps red seals)</source>
        <translation>Colour (keeps red seals)</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Black and white (smallest)</source>
        <translation>Black and white (smallest)</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>Back to detected corners</source>
        <translation>Back to detected corners</translation>
    </message>
    <message>
        <source>The original capture could not be read.</source>
        <translation>The original capture could not be read.</translation>
    </message>
    <message>
        <source>Drag the blue corners onto the page's corners. The preview on the right follows.</source>
        <translation>Drag the blue corners onto the page's corners. The preview on the right follows.</translation>
    </message>
    <message>
        <source>The page's outline was hard to find here (other papers nearby?). Check that the blue corners sit on this page's corners; drag them if not.</source>
        <translation>The page's outline was hard to find here (other papers nearby?). Check that the blue corners sit on this page's corners; drag them if not.</translation>
    </message>
</context>
<context>
    <name>mtb::PassphraseKdf</name>
    <message>
        <source>The passphrase settings in the key vault are not valid.</source>
        <translation>The passphrase settings in the key vault are not valid.</translation>
    </message>
    <message>
        <source>The passphrase could not be processed (out of memory?).</source>
        <translation>The passphrase could not be processed (out of memory?).</translation>
    </message>
</context>
<context>
    <name>mtb::SendHistoryDialog</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>will retry</source>
        <translation>will retry</translation>
    </message>
    <message>
        <source>needs staff</source>
        <translation>needs staff</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>needs sign-in</translation>
    </message>
    <message>
        <source>Sending history</source>
        <translation>Sending history</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Request ID / detail</source>
        <translation>Request ID / detail</translation>
    </message>
</context>
<context>
    <name>mtb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Follow the system (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <source>Acceptance site</source>
        <translation>Acceptance site</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Default channel</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Applications the central service has confirmed are removed from this PC (with their pages) once they have not changed for this many days.</source>
        <translation>Applications the central service has confirmed are removed from this PC (with their pages) once they have not changed for this many days.</translation>
    </message>
    <message>
        <source>Drafts and unsent applications not changed for this many days are marked in the list and counted in the status bar.</source>
        <translation>Drafts and unsent applications not changed for this many days are marked in the list and counted in the status bar.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>MTB Desk locks after this long without keyboard or mouse input, and whenever the screen of this PC locks.</source>
        <translation>MTB Desk locks after this long without keyboard or mouse input, and whenever the screen of this PC locks.</translation>
    </message>
    <message>
        <source>Without the central service, staff can sign in on this PC for this many days after their last online sign-in here.</source>
        <translation>Without the central service, staff can sign in on this PC for this many days after their last online sign-in here.</translation>
    </message>
    <message>
        <source>Remove confirmed applications after</source>
        <translation>Remove confirmed applications after</translation>
    </message>
    <message>
        <source>Flag unsent drafts older than</source>
        <translation>Flag unsent drafts older than</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Lock after idle time</translation>
    </message>
    <message>
        <source>Offline sign-in allowed for</source>
        <translation>Offline sign-in allowed for</translation>
    </message>
    <message>
        <source>Only a supervisor may change this.</source>
        <translation>Only a supervisor may change this.</translation>
    </message>
    <message>
        <source>Change site passphrase…</source>
        <translation>Change site passphrase…</translation>
    </message>
    <message>
        <source>The passphrase that opens the encrypted data on this computer when the system keychain does not. Change it when someone who knew it leaves.</source>
        <translation>The passphrase that opens the encrypted data on this computer when the system keychain does not. Change it when someone who knew it leaves.</translation>
    </message>
</context>
<context>
    <name>mtb::SignInDialog</name>
    <message>
        <source>MTB Desk — sign in</source>
        <translation>MTB Desk — sign in</translation>
    </message>
    <message>
        <source>Sign in with your staff account. Without a network, the password of your last online sign-in on this PC is checked here.</source>
        <translation>Sign in with your staff account. Without a network, the password of your last online sign-in on this PC is checked here.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>mtb::SignInService</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>No central service is configured on this PC.</source>
        <translation>No central service is configured on this PC.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The central service refused the sign-in (HTTP %1).</source>
        <translation>The central service refused the sign-in (HTTP %1).</translation>
    </message>
    <message>
        <source>The central service did not say who this account belongs to (site, role): sign-in is not possible. Please tell the system administrator.</source>
        <translation>The central service did not say who this account belongs to (site, role): sign-in is not possible. Please tell the system administrator.</translation>
    </message>
    <message>
        <source>Signed in, but this PC could not keep what offline sign-in needs (%1).</source>
        <translation>Signed in, but this PC could not keep what offline sign-in needs (%1).</translation>
    </message>
    <message>
        <source>Signed in offline with the password checked on this PC.</source>
        <translation>Signed in offline with the password checked on this PC.</translation>
    </message>
</context>
<context>
    <name>mtb::UnlockDialog</name>
    <message>
        <source>Unlock MTB Desk</source>
        <translation>Unlock MTB Desk</translation>
    </message>
    <message>
        <source>Protect the data of MTB Desk</source>
        <translation>Protect the data of MTB Desk</translation>
    </message>
    <message>
        <source>The applications on this computer are encrypted. Enter the site passphrase to open them.</source>
        <translation>The applications on this computer are encrypted. Enter the site passphrase to open them.</translation>
    </message>
    <message>
        <source>The applications on this computer will be stored encrypted. Choose the site passphrase that opens them (at least %1 characters). Without it the data cannot be read: keep it where your site keeps its passwords.</source>
        <translation>The applications on this computer will be stored encrypted. Choose the site passphrase that opens them (at least %1 characters). Without it the data cannot be read: keep it where your site keeps its passwords.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Set passphrase</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Site passphrase</source>
        <translation>Site passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two entries differ. Type the passphrase twice, the same way.</source>
        <translation>The two entries differ. Type the passphrase twice, the same way.</translation>
    </message>
    <message>
        <source>MTB Desk</source>
        <translation>MTB Desk</translation>
    </message>
</context>
</TS>
