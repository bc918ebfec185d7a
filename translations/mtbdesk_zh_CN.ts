<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="26" />
        <source>MTB Desk command line: drafts for scripts, tests and batch entry.</source>
        <translation>MTB Desk 命令行：供脚本、测试和批量录入使用的草稿操作。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="30" />
        <source>Use DIR instead of the user's data folder.</source>
        <translation>使用 DIR 代替用户数据文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34" />
        <source>drafts list [--json] [--trash] | drafts export ID | drafts import FILE.json</source>
        <translation>drafts list [--json] [--trash] | drafts export ID | drafts import FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="44" />
        <source>Usage: mtbdesk-cli drafts list [--json] [--trash] | export ID | import FILE.json</source>
        <translation>用法：mtbdesk-cli drafts list [--json] [--trash] | export ID | import FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="54" />
        <source>Could not read the drafts: %1</source>
        <translation>无法读取草稿：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="76" />
        <source>Not an application ID: %1</source>
        <translation>不是有效的申请 ID：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="82" />
        <source>No application with ID %1.</source>
        <translation>没有 ID 为 %1 的申请。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="94" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="100" />
        <source>%1 is not valid JSON: %2 (at byte %3)</source>
        <translation>%1 不是有效的 JSON：%2（第 %3 字节）</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="111" />
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
</context>
<context>
    <name>DraftWorker</name>
    <message>
        <location filename="../app/storage/DraftWorker.cpp" line="17" />
        <source>The disk holding %1 is full: the latest changes are only on screen. Free some space; saving resumes by itself.</source>
        <translation>%1 所在的磁盘已满：最新的修改目前只在屏幕上。请释放一些空间，保存会自动恢复。</translation>
    </message>
    <message>
        <location filename="../app/storage/DraftWorker.cpp" line="22" />
        <source>Could not save to %1 (%2). The changes stay on screen and saving is retried.</source>
        <translation>无法保存到 %1（%2）。修改仍保留在屏幕上，系统会自动重试保存。</translation>
    </message>
    <message>
        <location filename="../app/storage/DraftWorker.cpp" line="49" />
        <source>The local database is not open.</source>
        <translation>本地数据库未打开。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="15" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="16" />
        <source>Certificate type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="17" />
        <source>Certificate number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="18" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="19" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="20" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="21" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="22" />
        <source>Address</source>
        <translation>联系地址</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="23" />
        <source>Insurance type</source>
        <translation>险种类型</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="24" />
        <source>Insured region</source>
        <translation>参保地</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="25" />
        <source>Personnel number</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="26" />
        <source>Diseases</source>
        <translation>病种</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="27" />
        <source>Designated hospital</source>
        <translation>鉴定定点医疗机构</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="28" />
        <source>Diagnosis date</source>
        <translation>医院鉴定日期</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="29" />
        <source>Diagnosing doctor</source>
        <translation>诊断医师</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="30" />
        <source>Doctor code</source>
        <translation>医师代码</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="31" />
        <source>Agent name</source>
        <translation>代办人姓名</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="32" />
        <source>Agent certificate type</source>
        <translation>代办人证件类型</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="33" />
        <source>Agent certificate number</source>
        <translation>代办人证件号码</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="34" />
        <source>Agent phone</source>
        <translation>代办人电话</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="35" />
        <source>Relationship to applicant</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="36" />
        <source>Channel</source>
        <translation>申报渠道</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="37" />
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="38" />
        <source>Acceptance site</source>
        <translation>受理点</translation>
    </message>
    <message>
        <location filename="../app/core/FieldLabels.cpp" line="39" />
        <source>Reason for application</source>
        <translation>申请原因</translation>
    </message>
</context>
<context>
    <name>OpenReport</name>
    <message>
        <location filename="../app/storage/OpenReport.cpp" line="16" />
        <source>The local database %1 was damaged. It has been kept unchanged as %2 for your IT support, and a new empty database was started. Drafts in the damaged file are not shown.</source>
        <translation>本地数据库 %1 已损坏。原文件已原样保留为 %2，供信息技术人员处理；系统已新建一个空数据库。损坏文件中的草稿暂不显示。</translation>
    </message>
    <message>
        <location filename="../app/storage/OpenReport.cpp" line="20" />
        <source>The local database %1 is in use by another program (is MTB Desk already running?). Nothing was changed. Close the other program and try again.</source>
        <translation>本地数据库 %1 正被其他程序占用（MTB Desk 是否已在运行？）。未做任何更改。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <location filename="../app/storage/OpenReport.cpp" line="24" />
        <source>The local database %1 cannot be read or written (%2). Nothing was changed. Check the folder's permissions and free disk space.</source>
        <translation>无法读写本地数据库 %1（%2）。未做任何更改。请检查文件夹权限和磁盘剩余空间。</translation>
    </message>
    <message>
        <location filename="../app/storage/OpenReport.cpp" line="28" />
        <source>The local database %1 was written by a newer version of MTB Desk. Nothing was changed. Please install the newer version.</source>
        <translation>本地数据库 %1 由更新版本的 MTB Desk 写入。未做任何更改。请安装新版本。</translation>
    </message>
    <message>
        <location filename="../app/storage/OpenReport.cpp" line="34" />
        <source>The local database %1 could not be opened (%2). Nothing was changed.</source>
        <translation>无法打开本地数据库 %1（%2）。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../app/core/Validator.cpp" line="98" />
        <source>Choose at least one disease.</source>
        <translation>请至少选择一个病种。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="100" />
        <source>Required for the chosen disease.</source>
        <translation>所选病种要求填写此项。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="102" />
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="119" />
        <source>Old 15-digit number: please check it against the current 18-digit ID card.</source>
        <translation>旧版 15 位号码：请与现行 18 位身份证核对。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="125" />
        <source>An ID number has 18 characters (or 15 for old cards); this one has %1.</source>
        <translation>身份证号码应为 18 位（旧证 15 位），当前为 %1 位。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="129" />
        <source>Only digits are allowed, and X as the last character.</source>
        <translation>只能填写数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="132" />
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>号码中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="136" />
        <source>The check digit is wrong: a digit was probably mistyped. Please check the card.</source>
        <translation>校验位不正确：可能有数字输错，请核对证件。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="154" />
        <source>A landline cannot receive text messages about the review; a mobile number is better.</source>
        <translation>固定电话无法接收审核短信，建议填写手机号码。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="158" />
        <source>Enter an 11-digit mobile number (e.g. 13812345678) or a landline with area code.</source>
        <translation>请填写 11 位手机号码（如 13812345678）或带区号的固定电话。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="169" />
        <source>At most 50 characters.</source>
        <translation>最多 50 个字符。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="176" />
        <source>Does not match the birth date in the ID number (%1).</source>
        <translation>与身份证号码中的出生日期（%1）不一致。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="180" />
        <source>Does not match the ID number.</source>
        <translation>与身份证号码不一致。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="183" />
        <source>The date of birth is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="185" />
        <source>Not a region of this catalogue.</source>
        <translation>不是目录中的区划。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="194" />
        <source>%1 is listed twice.</source>
        <translation>%1 重复选择。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="199" />
        <source>%1 (%2) is not in the current catalogue.</source>
        <translation>%1（%2）不在当前病种目录中。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="211" />
        <source>Not in the list of designated hospitals.</source>
        <translation>不在定点医疗机构名单中。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="219" />
        <source>level III (三级)</source>
        <translation>三级</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="219" />
        <source>level II (二级)</source>
        <translation>二级</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="221" />
        <source>%1 is %2; evidence must come from a hospital of %3 or above.</source>
        <translation>%1 为%2；认定材料须由%3及以上定点医疗机构出具。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="228" />
        <source>The diagnosis date is in the future.</source>
        <translation>鉴定日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="231" />
        <source>The diagnosis date is before the date of birth.</source>
        <translation>鉴定日期早于出生日期。</translation>
    </message>
    <message>
        <location filename="../app/core/Validator.cpp" line="244" />
        <source>The agent must be someone other than the applicant.</source>
        <translation>代办人不能是申请人本人。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="44" />
        <source>MTB Desk</source>
        <translation>门诊慢特病受理台</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="45" />
        <source>MTB Desk is already running with the data folder %1. Switch to that window.</source>
        <translation>门诊慢特病受理台已在使用数据文件夹 %1 运行，请切换到该窗口。</translation>
    </message>
</context>
<context>
    <name>mtb::ApplicationForm</name>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="239" />
        <source>Insurance</source>
        <translation>参保信息</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="239" />
        <source>Diseases applied for</source>
        <translation>申请病种</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="239" />
        <source>Applicant details</source>
        <translation>申请人信息</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="240" />
        <source>Recognition</source>
        <translation>认定信息</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="240" />
        <source>Agent (代办)</source>
        <translation>代办</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="240" />
        <source>Acceptance</source>
        <translation>受理信息</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="249" />
        <source>Someone applies on the applicant's behalf</source>
        <translation>由他人代为申请（代办）</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="250" />
        <source>18 characters; scan or type</source>
        <translation>18 位；可扫码或手工输入</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="251" />
        <source>Mobile number for review notices</source>
        <translation>用于接收审核通知的手机号码</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="252" />
        <source>Optional; from the insurance system</source>
        <translation>选填；来自医保信息系统</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="253" />
        <source>医保医师代码, if known</source>
        <translation>医保医师代码（如知道）</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="254" />
        <source>Edit again</source>
        <translation>重新编辑</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="255" />
        <source>This application is marked ready to submit and can no longer be changed. Choose "Edit again" to return it to the drafts.</source>
        <translation>本申请已标记为待提交，不能再修改。如需修改，请点击“重新编辑”将其退回草稿。</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="415" />
        <source>Taken from the ID number</source>
        <translation>根据身份证号码自动填写</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="459" />
        <source>No application open</source>
        <translation>未打开申请</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="463" />
        <source>New application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="467" />
        <source>Accepted by %1 at %2, %3</source>
        <translation>受理人：%1　受理点：%2　受理时间：%3</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationForm.cpp" line="468" />
        <source>(operator not set)</source>
        <translation>（未设置经办人）</translation>
    </message>
</context>
<context>
    <name>mtb::ApplicationListModel</name>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="15" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="17" />
        <source>Ready to submit</source>
        <translation>待提交</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="19" />
        <source>Sending</source>
        <translation>提交中</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="21" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="23" />
        <source>Sending failed</source>
        <translation>提交失败</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="25" />
        <source>Needs correction</source>
        <translation>需修改</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="90" />
        <source>(no name yet)</source>
        <translation>（尚未填写姓名）</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="108" />
        <source>ID numbers are masked in the list; open the application to see it in full.</source>
        <translation>列表中的证件号码已脱敏显示，打开申请可查看完整号码。</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="118" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="120" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="122" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="124" />
        <source>Diseases</source>
        <translation>病种</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="126" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="128" />
        <source>Application no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationListModel.cpp" line="130" />
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>mtb::DiseaseSelector</name>
    <message>
        <location filename="../ui/DiseaseSelector.cpp" line="59" />
        <source>Type a name, code or pinyin initials (e.g. gxy), then Enter</source>
        <translation>输入病种名称、编码或拼音首字母（如 gxy），按回车添加</translation>
    </message>
    <message>
        <location filename="../ui/DiseaseSelector.cpp" line="60" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/DiseaseSelector.cpp" line="61" />
        <source>Remove the selected disease (Delete)</source>
        <translation>移除选中的病种（Delete）</translation>
    </message>
</context>
<context>
    <name>mtb::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220" />
        <source>MTB Desk — outpatient chronic &amp; special disease applications</source>
        <translation>门诊慢特病受理台 — 病种待遇认定申请</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221" />
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221" />
        <source>Ready to submit</source>
        <translation>待提交</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226" />
        <source>&lt;p style='font-size:15pt'&gt;No application open&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to take a new application, or choose one from the list.&lt;/p&gt;&lt;p&gt;Everything you type is saved automatically, also without a network.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:15pt'&gt;未打开申请&lt;/p&gt;&lt;p&gt;按 &lt;b&gt;Ctrl+N&lt;/b&gt; 受理新申请，或从列表中选择一份申请。&lt;/p&gt;&lt;p&gt;录入的内容会自动保存，断网时也不会丢失。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229" />
        <source>Search name, ID number, phone or application no. (Ctrl+F)</source>
        <translation>搜索姓名、证件号码、电话或申请编号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231" />
        <source>&amp;Application</source>
        <translation>申请(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234" />
        <source>New (Ctrl+N)</source>
        <translation>新建 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235" />
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236" />
        <source>Mark ready (Ctrl+Enter)</source>
        <translation>标记待提交 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237" />
        <source>Check the form and freeze it for submission</source>
        <translation>检查表单并锁定，等待提交</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238" />
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243" />
        <location filename="../ui/MainWindow.cpp" line="489" />
        <source>About MTB Desk</source>
        <translation>关于门诊慢特病受理台</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244" />
        <source>Operator: %1 · Catalogue %2</source>
        <translation>经办人：%1 · 目录版本 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245" />
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248" />
        <source>Opening the local database…</source>
        <translation>正在打开本地数据库…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293" />
        <location filename="../ui/MainWindow.cpp" line="295" />
        <source>Local database</source>
        <translation>本地数据库</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="306" />
        <source>%n application(s) on this PC.</source>
        <translation><numerusform>本机共有 %n 份申请。</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336" />
        <source>All changes saved at %1.</source>
        <translation>所有修改已于 %1 保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="413" />
        <source>%n problem(s) must be fixed before the application can be marked ready. The draft is saved.</source>
        <translation><numerusform>还有 %n 个问题需要修改后才能标记为待提交。草稿已保存。</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="451" />
        <source>Moved to the trash. It can be restored from the Trash list.</source>
        <translation>已移到回收站，可在“回收站”列表中恢复。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463" />
        <source>Restored to its list.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490" />
        <source>&lt;b&gt;MTB Desk %1&lt;/b&gt;&lt;br&gt;Counter client for outpatient chronic and special disease (门诊慢特病) recognition applications.&lt;br&gt;Catalogue: %2 (%3)&lt;br&gt;Data folder: %4</source>
        <translation>&lt;b&gt;门诊慢特病受理台 %1&lt;/b&gt;&lt;br&gt;门诊慢特病病种待遇认定窗口受理客户端。&lt;br&gt;目录：%2（%3）&lt;br&gt;数据文件夹：%4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509" />
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510" />
        <source>Some changes could not be saved yet (see the status bar). If you close now, they are lost.

Close anyway?</source>
        <translation>部分修改尚未能保存（见状态栏）。现在关闭，这些修改将会丢失。

仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>mtb::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="20" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="27" />
        <source>Follow the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="53" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="54" />
        <source>Operator name</source>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="55" />
        <source>Acceptance site</source>
        <translation>受理点</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="56" />
        <source>Default channel</source>
        <translation>默认申报渠道</translation>
    </message>
</context>
</TS>
