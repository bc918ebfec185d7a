<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="26" />
        <source>MTB Desk command line: drafts for scripts, tests and batch entry.</source>
        <translation>MTB Desk command line: drafts for scripts, tests and batch entry.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="30" />
        <source>Use DIR instead of the user's data folder.</source>
        <translation>Use DIR instead of the user's data folder.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34" />
        <source>drafts list [--json] [--trash] | drafts export ID | drafts import FILE.json</source>
        <translation>drafts list [--json] [--trash] | drafts export ID | drafts import FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="44" />
        <source>Usage: mtbdesk-cli drafts list [--json] [--trash] | export ID | import FILE.json</source>
        <translation>Usage: mtbdesk-cli drafts list [--json] [--trash] | export ID | import FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="54" />
        <source>Could not read the drafts: %1</source>
        <translation>Could not read the drafts: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="76" />
        <source>Not an application ID: %1</source>
        <translation>Not an application ID: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="82" />
        <source>No application with ID %1.</source>
        <translation>No application with ID %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="94" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="100" />
        <source>%1 is not valid JSON: %2 (at byte %3)</source>
        <translation>%1 is not valid JSON: %2 (at byte %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="111" />
        <source>Nothing was imported from %1: %2</source>
        <translation>Nothing was imported from %1: %2</translation>
    </message>
</context>
<context>
    <name>DraftWorker</name>
    <message>
        <location filename="../app/storage/DraftWorker.cpp" line="17" />
        <source>The disk holding %1 is full: the latest changes are only on screen. Free some space; saving resumes by itself.</source>
        <translation>The disk holding %1 is full: the latest changes are only on screen. Free some space; saving resumes by itself.</translation>
    </message>
    <message>
        <location filename="../app/storage/DraftWorker.cpp" line="22" />
        <source>Could not save to %1 (%2). The changes stay on screen and saving is retried.</source>
        <translation>Could not save to %1 (%2). The changes stay on screen and saving is retried.</translation>
    </message>
    <message>
        <location filename="../app/storage/DraftWorker.cpp" line="49" />
        <source>The local database is not open.</source>
        <translation>The local database is not open.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="15" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="16" />
        <source>Certificate type</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="17" />
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="18" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="19" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="20" />
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="21" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="22" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="23" />
        <source>Insurance type</source>
        <translation>Insurance type</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="24" />
        <source>Insured region</source>
        <translation>Insured region</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="25" />
        <source>Personnel number</source>
        <translation>Personnel number</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="26" />
        <source>Diseases</source>
        <translation>Diseases</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="27" />
        <source>Designated hospital</source>
        <translation>Designated hospital</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="28" />
        <source>Diagnosis date</source>
        <translation>Diagnosis date</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="29" />
        <source>Diagnosing doctor</source>
        <translation>Diagnosing doctor</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="30" />
        <source>Doctor code</source>
        <translation>Doctor code</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="31" />
        <source>Agent name</source>
        <translation>Agent name</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="32" />
        <source>Agent certificate type</source>
        <translation>Agent certificate type</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="33" />
        <source>Agent certificate number</source>
        <translation>Agent certificate number</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="34" />
        <source>Agent phone</source>
        <translation>Agent phone</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="35" />
        <source>Relationship to applicant</source>
        <translation>Relationship to applicant</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="36" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="37" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="38" />
        <source>Acceptance site</source>
        <translation>Acceptance site</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="39" />
        <source>Reason for application</source>
        <translation>Reason for application</translation>
    </message>
</context>
<context>
    <name>OpenReport</name>
    <message>
        <location filename="../app/storage/OpenReport.cpp" line="16" />
        <source>The local database %1 was damaged. It has been kept unchanged as %2 for your IT support, and a new empty database was started. Drafts in the damaged file are not shown.</source>
        <translation>The local database %1 was damaged. It has been kept unchanged as %2 for your IT support, and a new empty database was started. Drafts in the damaged file are not shown.</translation>
    </message>
    <message>
        <location filename="../app/storage/OpenReport.cpp" line="20" />
        <source>The local database %1 is in use by another program (is MTB Desk already running?). Nothing was changed. Close the other program and try again.</source>
        <translation>The local database %1 is in use by another program (is MTB Desk already running?). Nothing was changed. Close the other program and try again.</translation>
    </message>
    <message>
        <location filename="../app/storage/OpenReport.cpp" line="24" />
        <source>The local database %1 cannot be read or written (%2). Nothing was changed. Check the folder's permissions and free disk space.</source>
        <translation>The local database %1 cannot be read or written (%2). Nothing was changed. Check the folder's permissions and free disk space.</translation>
    </message>
    <message>
        <location filename="../app/storage/OpenReport.cpp" line="28" />
        <source>The local database %1 was written by a newer version of MTB Desk. Nothing was changed. Please install the newer version.</source>
        <translation>The local database %1 was written by a newer version of MTB Desk. Nothing was changed. Please install the newer version.</translation>
    </message>
    <message>
        <location filename="../app/storage/OpenReport.cpp" line="34" />
        <source>The local database %1 could not be opened (%2). Nothing was changed.</source>
        <translation>The local database %1 could not be opened (%2). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../app/core/Validator.cpp" line="98" />
        <source>Choose at least one disease.</source>
        <translation>Choose at least one disease.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="100" />
        <source>Required for the chosen disease.</source>
        <translation>Required for the chosen disease.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="102" />
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="119" />
        <source>Old 15-digit number: please check it against the current 18-digit ID card.</source>
        <translation>Old 15-digit number: please check it against the current 18-digit ID card.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="125" />
        <source>An ID number has 18 characters (or 15 for old cards); this one has %1.</source>
        <translation>An ID number has 18 characters (or 15 for old cards); this one has %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="129" />
        <source>Only digits are allowed, and X as the last character.</source>
        <translation>Only digits are allowed, and X as the last character.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="132" />
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>The birth date inside the ID number is not a real date.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="136" />
        <source>The check digit is wrong: a digit was probably mistyped. Please check the card.</source>
        <translation>The check digit is wrong: a digit was probably mistyped. Please check the card.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="154" />
        <source>A landline cannot receive text messages about the review; a mobile number is better.</source>
        <translation>A landline cannot receive text messages about the review; a mobile number is better.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="158" />
        <source>Enter an 11-digit mobile number (e.g. 13812345678) or a landline with area code.</source>
        <translation>Enter an 11-digit mobile number (e.g. 13812345678) or a landline with area code.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="169" />
        <source>At most 50 characters.</source>
        <translation>At most 50 characters.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="176" />
        <source>Does not match the birth date in the ID number (%1).</source>
        <translation>Does not match the birth date in the ID number (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="180" />
        <source>Does not match the ID number.</source>
        <translation>Does not match the ID number.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="183" />
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="185" />
        <source>Not a region of this catalogue.</source>
        <translation>Not a region of this catalogue.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="194" />
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="199" />
        <source>%1 (%2) is not in the current catalogue.</source>
        <translation>%1 (%2) is not in the current catalogue.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="211" />
        <source>Not in the list of designated hospitals.</source>
        <translation>Not in the list of designated hospitals.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="219" />
        <source>level III (三级)</source>
        <translation>level III (三级)</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="219" />
        <source>level II (二级)</source>
        <translation>level II (二级)</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="221" />
        <source>%1 is %2; evidence must come from a hospital of %3 or above.</source>
        <translation>%1 is %2; evidence must come from a hospital of %3 or above.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="228" />
        <source>The diagnosis date is in the future.</source>
        <translation>The diagnosis date is in the future.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="231" />
        <source>The diagnosis date is before the date of birth.</source>
        <translation>The diagnosis date is before the date of birth.</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="244" />
        <source>The agent must be someone other than the applicant.</source>
        <translation>The agent must be someone other than the applicant.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="44" />
        <source>MTB Desk</source>
        <translation>MTB Desk</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="45" />
        <source>MTB Desk is already running with the data folder %1. Switch to that window.</source>
        <translation>MTB Desk is already running with the data folder %1. Switch to that window.</translation>
    </message>
</context>
<context>
    <name>mtb::ApplicationForm</name>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="239" />
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="239" />
        <source>Diseases applied for</source>
        <translation>Diseases applied for</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="239" />
        <source>Applicant details</source>
        <translation>Applicant details</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="240" />
        <source>Recognition</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="240" />
        <source>Agent (代办)</source>
        <translation>Agent (代办)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="240" />
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="249" />
        <source>Someone applies on the applicant's behalf</source>
        <translation>Someone applies on the applicant's behalf</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="250" />
        <source>18 characters; scan or type</source>
        <translation>18 characters; scan or type</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="251" />
        <source>Mobile number for review notices</source>
        <translation>Mobile number for review notices</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="252" />
        <source>Optional; from the insurance system</source>
        <translation>Optional; from the insurance system</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="253" />
        <source>医保医师代码, if known</source>
        <translation>医保医师代码, if known</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="254" />
        <source>Edit again</source>
        <translation>Edit again</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="255" />
        <source>This application is marked ready to submit and can no longer be changed. Choose "Edit again" to return it to the drafts.</source>
        <translation>This application is marked ready to submit and can no longer be changed. Choose "Edit again" to return it to the drafts.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="415" />
        <source>Taken from the ID number</source>
        <translation>Taken from the ID number</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="459" />
        <source>No application open</source>
        <translation>No application open</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="463" />
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="467" />
        <source>Accepted by %1 at %2, %3</source>
        <translation>Accepted by %1 at %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="468" />
        <source>(operator not set)</source>
        <translation>(operator not set)</translation>
    </message>
</context>
<context>
    <name>mtb::ApplicationListModel</name>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="15" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="17" />
        <source>Ready to submit</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="19" />
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="21" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="23" />
        <source>Sending failed</source>
        <translation>Sending failed</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="25" />
        <source>Needs correction</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="90" />
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="108" />
        <source>ID numbers are masked in the list; open the application to see it in full.</source>
        <translation>ID numbers are masked in the list; open the application to see it in full.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="118" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="120" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="122" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="124" />
        <source>Diseases</source>
        <translation>Diseases</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="126" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="128" />
        <source>Application no.</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="130" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>mtb::DiseaseSelector</name>
    <message>
        <location filename="../ui/DiseaseSelector.cpp" line="59" />
        <source>Type a name, code or pinyin initials (e.g. gxy), then Enter</source>
        <translation>Type a name, code or pinyin initials (e.g. gxy), then Enter</translation>
    </message>
    <message>
        <location filename="../ui/DiseaseSelector.cpp" line="60" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/DiseaseSelector.cpp" line="61" />
        <source>Remove the selected disease (Delete)</source>
        <translation>Remove the selected disease (Delete)</translation>
    </message>
</context>
<context>
    <name>mtb::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220" />
        <source>MTB Desk — outpatient chronic &amp; special disease applications</source>
        <translation>MTB Desk — outpatient chronic &amp; special disease applications</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221" />
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221" />
        <source>Ready to submit</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222" />
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226" />
        <source>&lt;p style='font-size:15pt'&gt;No application open&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to take a new application, or choose one from the list.&lt;/p&gt;&lt;p&gt;Everything you type is saved automatically, also without a network.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:15pt'&gt;No application open&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to take a new application, or choose one from the list.&lt;/p&gt;&lt;p&gt;Everything you type is saved automatically, also without a network.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229" />
        <source>Search name, ID number, phone or application no. (Ctrl+F)</source>
        <translation>Search name, ID number, phone or application no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231" />
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233" />
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234" />
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236" />
        <source>Mark ready (Ctrl+Enter)</source>
        <translation>Mark ready (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237" />
        <source>Check the form and freeze it for submission</source>
        <translation>Check the form and freeze it for submission</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238" />
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243" />
        <location filename="../ui/MainWindow.cpp" line="489" />
        <source>About MTB Desk</source>
        <translation>About MTB Desk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244" />
        <source>Operator: %1 · Catalogue %2</source>
        <translation>Operator: %1 · Catalogue %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245" />
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248" />
        <source>Opening the local database…</source>
        <translation>Opening the local database…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293" />
        <location filename="../ui/MainWindow.cpp" line="295" />
        <source>Local database</source>
        <translation>Local database</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="306" />
        <source>%n application(s) on this PC.</source>
        <translation><numerusform>%n application on this PC.</numerusform><numerusform>%n applications on this PC.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336" />
        <source>All changes saved at %1.</source>
        <translation>All changes saved at %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="413" />
        <source>%n problem(s) must be fixed before the application can be marked ready. The draft is saved.</source>
        <translation><numerusform>%n problem must be fixed before the application can be marked ready. The draft is saved.</numerusform><numerusform>%n problems must be fixed before the application can be marked ready. The draft is saved.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="451" />
        <source>Moved to the trash. It can be restored from the Trash list.</source>
        <translation>Moved to the trash. It can be restored from the Trash list.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463" />
        <source>Restored to its list.</source>
        <translation>Restored to its list.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490" />
        <source>&lt;b&gt;MTB Desk %1&lt;/b&gt;&lt;br&gt;Counter client for outpatient chronic and special disease (门诊慢特病) recognition applications.&lt;br&gt;Catalogue: %2 (%3)&lt;br&gt;Data folder: %4</source>
        <translation>&lt;b&gt;MTB Desk %1&lt;/b&gt;&lt;br&gt;Counter client for outpatient chronic and special disease (门诊慢特病) recognition applications.&lt;br&gt;Catalogue: %2 (%3)&lt;br&gt;Data folder: %4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510" />
        <source>Some changes could not be saved yet (see the status bar). If you close now, they are lost.

Close anyway?</source>
        <translation>Some changes could not be saved yet (see the status bar). If you close now, they are lost.

Close anyway?</translation>
    </message>
</context>
<context>
    <name>mtb::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="20" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="27" />
        <source>Follow the system (%1)</source>
        <translation>Follow the system (%1)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="53" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="54" />
        <source>Operator name</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="55" />
        <source>Acceptance site</source>
        <translation>Acceptance site</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="56" />
        <source>Default channel</source>
        <translation>Default channel</translation>
    </message>
</context>
</TS>
