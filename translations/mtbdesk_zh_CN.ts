<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PageBadge</name>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>check corners</source>
        <translation>请核对四角</translation>
    </message>
</context>
<context>
    <name>AuditDetailText</name>
    <message>
        <source>Application form fields</source>
        <translation>申请表单内容</translation>
    </message>
    <message>
        <source>Materials (pages)</source>
        <translation>申请材料（页面）</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline (checked on this computer)</source>
        <translation>离线（在本机核验）</translation>
    </message>
    <message>
        <source>Lock screen: another staff member took over</source>
        <translation>锁屏：另一位工作人员接管</translation>
    </message>
    <message>
        <source>Lock screen: %1</source>
        <translation>锁屏：%1</translation>
    </message>
    <message>
        <source>Page removed: %1</source>
        <translation>删除页面：%1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Page %1 (%2): %3</source>
        <translation>页面 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>命令行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, as %1</source>
        <translation>
            <numerusform>%n 条记录，%1 格式</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PDF of %1, %n page(s)</source>
        <translation>
            <numerusform>%1 的 PDF，%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed and unchanged for %1 days or more; %n page(s) removed</source>
        <translation>
            <numerusform>已确认且 %1 天以上未变动；删除 %n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityIssueLabel</name>
    <message>
        <source>blurred</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>glare</source>
        <translation>反光</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>分辨率低</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>过暗</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白页</translation>
    </message>
</context>
<context>
    <name />
    <message numerus="yes">
        <source>The audit log is intact: %n entries, signed head verified.</source>
        <translation><numerusform>审计日志完整：共 %n 条记录，已签名的链头校验通过。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The entries and their links are intact (%n entries), but the head's signature was not checked because the audit key is not available.</source>
        <translation><numerusform>各条记录及其链接完整（共 %n 条），但由于没有审计密钥，未校验链头签名。</numerusform></translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was recorded.</source>
        <translation>第 %1 条记录在写入后被修改。</translation>
    </message>
    <message>
        <source>Entries are missing before entry %1 (removed).</source>
        <translation>第 %1 条记录之前缺少记录（已被删除）。</translation>
    </message>
    <message>
        <source>Entry %1 is not in the place it was recorded in (entries were reordered).</source>
        <translation>第 %1 条记录不在其写入时的位置（记录顺序被调换）。</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: it was never part of the recorded chain.</source>
        <translation>第 %1 条记录是插入的：它从未属于已记录的链。</translation>
    </message>
    <message>
        <source>Entries from %1 to %2 were cut off the end of the log.</source>
        <translation>日志末尾第 %1 至 %2 条记录被截去。</translation>
    </message>
    <message>
        <source>The signed head of the audit log is missing: the log cannot be shown to be complete.</source>
        <translation>审计日志的签名链头缺失：无法证明日志完整。</translation>
    </message>
    <message>
        <source>The signature of the audit log's head is wrong: the chain was rebuilt or altered without this desk's key. Any entry may have been changed.</source>
        <translation>审计日志链头的签名不正确：链在没有本机密钥的情况下被重建或改动，任何一条记录都可能已被修改。</translation>
    </message>
    <message>
        <source>The audit log's head is not signed: it was written without the key, or left unsigned after earlier damage. The log cannot be shown to be complete.</source>
        <translation>审计日志的链头没有签名：它是在没有密钥时写入的，或在此前的损坏之后保持未签名。无法证明日志完整。</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The central service's certificate has expired. Nothing was sent. Tell your IT support.</source>
        <translation>中心服务的证书已过期，未发送任何数据。请联系信息技术人员。</translation>
    </message>
    <message>
        <source>The central service's certificate is not valid yet: check this PC's date and time.</source>
        <translation>中心服务的证书尚未生效：请检查本机的日期和时间。</translation>
    </message>
    <message>
        <source>The certificate does not belong to this server address. Nothing was sent. Tell your IT support.</source>
        <translation>证书与服务器地址不符，未发送任何数据。请联系信息技术人员。</translation>
    </message>
    <message>
        <source>The central service's certificate is not trusted on this PC. Nothing was sent. Tell your IT support (the agency CA may be missing).</source>
        <translation>本机不信任中心服务的证书，未发送任何数据。请联系信息技术人员（可能缺少经办机构的根证书）。</translation>
    </message>
    <message>
        <source>The central service presented an unexpected key (certificate pinning). Nothing was sent.</source>
        <translation>中心服务出示的密钥与预期不符（证书固定），未发送任何数据。</translation>
    </message>
</context>
<context>
    <name>ApplicationFormPainter</name>
    <message>
        <source>Application for Recognition of Outpatient Chronic and Special Disease Benefits</source>
        <translation>门诊慢特病病种待遇认定申请表</translation>
    </message>
    <message>
        <source>Applicant's signature:</source>
        <translation>申请人签字：</translation>
    </message>
    <message>
        <source>Agent's signature:</source>
        <translation>代办人签字：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Application no.: %1</source>
        <translation>申请编号：%1</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>Local ID: %1</source>
        <translation>本机申请号：%1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人信息</translation>
    </message>
    <message>
        <source>Diseases applied for</source>
        <translation>申请病种</translation>
    </message>
    <message>
        <source>Designated hospital and diagnosis</source>
        <translation>定点医疗机构及诊断</translation>
    </message>
    <message>
        <source>Agent (applying on the applicant's behalf)</source>
        <translation>代办人信息</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>受理信息</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>I declare that the information above and the materials provided are true, complete and valid, and I accept responsibility for any false statement.</source>
        <translation>本人承诺以上所填信息及所提供的材料真实、完整、有效，如有虚假，愿承担相应责任。</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Printed by MTB Desk on %1</source>
        <translation>MTB Desk 打印于 %1</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>No camera or document camera found at %1. Check that it is plugged in and not in use by another program, then open it again.</source>
        <translation>未找到摄像头/高拍仪：%1。请检查设备是否已连接、是否被其他程序占用，然后重新打开。</translation>
    </message>
    <message>
        <source>%1 stopped sending pictures (unplugged?). Check the cable, then open the camera again. Pages already taken are kept.</source>
        <translation>%1 已停止传送画面（可能已断开）。请检查连接线，然后重新打开摄像头。已拍摄的页面会保留。</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>MTB Desk command line: drafts for scripts, tests and batch entry.</source>
        <translation>MTB Desk 命令行：供脚本、测试和批量录入使用的草稿操作。</translation>
    </message>
    <message>
        <source>Use DIR instead of the user's data folder.</source>
        <translation>使用 DIR 代替用户数据文件夹。</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli drafts list [--json] [--trash] | export ID | import FILE.json | ready ID...|--all</source>
        <translation>用法：mtbdesk-cli drafts list [--json] [--trash] | export ID | import FILE.json | ready ID...|--all</translation>
    </message>
    <message>
        <source>Could not read the drafts: %1</source>
        <translation>无法读取草稿：%1</translation>
    </message>
    <message>
        <source>Not an application ID: %1</source>
        <translation>不是有效的申请 ID：%1</translation>
    </message>
    <message>
        <source>No application with ID %1.</source>
        <translation>没有 ID 为 %1 的申请。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3)</source>
        <translation>%1 不是有效的 JSON：%2（第 %3 字节）</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <source>No usable catalogue.</source>
        <translation>没有可用的目录。</translation>
    </message>
    <message>
        <source>no such application</source>
        <translation>没有该申请</translation>
    </message>
    <message>
        <source>not a draft (%1)</source>
        <translation>不是草稿（%1）</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli detect [--json] IMAGE...
Finds the page in each image and checks its quality (the first page of a TIFF or PDF).
Exit code: 0 when every file was read, 1 when some file could not be read (its entry says why; the others are still checked), 2 for a usage error.</source>
        <translation>用法：mtbdesk-cli detect [--json] 图片...
在每张图片中查找页面并检查质量（TIFF 或 PDF 只检查第一页）。
退出码：0 表示所有文件都已读取；1 表示有文件无法读取（该文件的条目写明原因，其余文件照常检查）；2 表示用法错误。</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli scan IMAGE_OR_PDF... -o OUT.pdf [--mode color|gray|bw] [--dpi N] [--json]
Straightens, cleans and checks every page and writes them into one PDF.
Exit code: 0 when every file was read, 1 when some file or page could not be read (the PDF holds the others; nothing is written when no page could be read), 2 for a usage error.</source>
        <translation>用法：mtbdesk-cli scan 图片或PDF... -o 输出.pdf [--mode color|gray|bw] [--dpi N] [--json]
将每一页摆正、清理并检查后写入同一个 PDF。
退出码：0 表示所有文件都已读取；1 表示有文件或页面无法读取（PDF 中包含其余页面；一页都无法读取时不写入任何文件）；2 表示用法错误。</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>未知选项：%1</translation>
    </message>
    <message>
        <source>%1: the file could not be read.</source>
        <translation>%1：无法读取该文件。</translation>
    </message>
    <message>
        <source>%1: the page looks fine.</source>
        <translation>%1：页面未发现问题。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Missing output file: use -o OUT.pdf.</source>
        <translation>缺少输出文件：请用 -o 输出.pdf 指定。</translation>
    </message>
    <message>
        <source>Unknown mode %1: use color, gray or bw.</source>
        <translation>未知模式 %1：请使用 color、gray 或 bw。</translation>
    </message>
    <message>
        <source>The resolution must be between 72 and 600 dpi.</source>
        <translation>分辨率必须在 72 到 600 dpi 之间。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1, page %2: the page could not be read.</source>
        <translation>%1 第 %2 页：无法读取该页。</translation>
    </message>
    <message>
        <source>%1, page %2: the page could not be processed.</source>
        <translation>%1 第 %2 页：无法处理该页。</translation>
    </message>
    <message>
        <source>%1, page %2: %3</source>
        <translation>%1 第 %2 页：%3</translation>
    </message>
    <message>
        <source>No page could be read; %1 was not written.</source>
        <translation>没有可读取的页面，未写入 %1。</translation>
    </message>
    <message>
        <source>%1 pages written to %2.</source>
        <translation>已将 %1 页写入 %2。</translation>
    </message>
    <message>
        <source>No central service configured: pass --server https://HOST:PORT/api/v1 or set MTBDESK_SERVER_URL.</source>
        <translation>未配置中心服务：请使用 --server https://主机:端口/api/v1，或设置 MTBDESK_SERVER_URL。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Not signed in: run `mtbdesk-cli login --user NAME --password-file FILE` first, or pass --user and --password-file.</source>
        <translation>尚未登录：请先运行 `mtbdesk-cli login --user 用户名 --password-file 文件`，或提供 --user 和 --password-file。</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli login --user NAME [--password-file FILE]</source>
        <translation>用法：mtbdesk-cli login --user 用户名 [--password-file 文件]</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli status APPLICATION_NUMBER --json</source>
        <translation>用法：mtbdesk-cli status 申请编号 --json</translation>
    </message>
    <message>
        <source>No status for %1: %2</source>
        <translation>无法获取 %1 的状态：%2</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli audit verify [--json] | audit export -o FILE [--format csv|json] [--from DATE] [--to DATE] [--actor ID] [--action KEY]</source>
        <translation>用法：mtbdesk-cli audit verify [--json] | audit export -o 文件 [--format csv|json] [--from 日期] [--to 日期] [--actor 账号] [--action 操作]</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD (or as an ISO date and time).</source>
        <translation>日期格式为 YYYY-MM-DD（或 ISO 日期时间）。</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation><numerusform>已将 %n 条记录写入 %1。</numerusform></translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user 需要用户名。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>No password: pass --password-file FILE or set MTBDESK_PASSWORD.</source>
        <translation>没有密码：请使用 --password-file FILE 或设置 MTBDESK_PASSWORD。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令文件 %1 为空。</translation>
    </message>
    <message>
        <source>Set the site passphrase with --passphrase-file FILE.</source>
        <translation>请用 --passphrase-file FILE 设置站点口令。</translation>
    </message>
    <message>
        <source>The data is locked: give the site passphrase with --passphrase-file FILE.</source>
        <translation>数据已锁定：请用 --passphrase-file FILE 提供站点口令。</translation>
    </message>
    <message>
        <source>A new key vault was created: %1. Keep a backup of it with the data folder.</source>
        <translation>已创建新的密钥库：%1。请将其与数据文件夹一起备份。</translation>
    </message>
    <message>
        <source>The site passphrase was set. The data itself was not rewritten.</source>
        <translation>站点口令已设置。数据本身未被重写。</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli keys status | keys passphrase --new-passphrase-file FILE</source>
        <translation>用法：mtbdesk-cli keys status | keys passphrase --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>Usage: mtbdesk-cli purge [--dry-run] [--days N] [--json] (N from 1 to %1)</source>
        <translation>用法：mtbdesk-cli purge [--dry-run] [--days N] [--json]（N 为 1 至 %1）</translation>
    </message>
    <message>
        <source>Purging is switched off in this site's settings; pass --days N to purge anyway.</source>
        <translation>本站点设置已关闭清理；如仍需清理，请指定 --days N。</translation>
    </message>
    <message>
        <source>Nothing was purged: %1</source>
        <translation>未清理任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed application(s) would be purged.</source>
        <translation><numerusform>将清理 %n 件已确认的申请。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed application(s) purged.</source>
        <translation><numerusform>已清理 %n 件已确认的申请。</numerusform></translation>
    </message>
    <message>
        <source>Read the site passphrase that opens the encrypted data from the first line of FILE (when the system keychain does not open it).</source>
        <translation>从 FILE 的第一行读取打开加密数据的站点口令（系统钥匙串无法打开时使用）。</translation>
    </message>
    <message>
        <source>drafts list [--json] [--trash] | drafts export ID | drafts import FILE.json | drafts ready ID...|--all | login --user NAME [--password-file F] | sync --once --json | status APPLICATION_NUMBER --json | audit verify [--json] | audit export -o FILE | purge [--dry-run] [--days N] | detect | scan</source>
        <translation>drafts list [--json] [--trash] | drafts export ID | drafts import FILE.json | drafts ready ID...|--all | login --user NAME [--password-file F] | sync --once --json | status APPLICATION_NUMBER --json | audit verify [--json] | audit export -o FILE | purge [--dry-run] [--days N] | detect | scan</translation>
    </message>
    <message>
        <source>Warning: this could not be written to the audit log: %1</source>
        <translation>警告：未能将此操作写入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <source>This application belongs to another site or institution: you may not open or change it.</source>
        <translation>此申请属于其他经办机构或医疗机构，您无权打开或修改。</translation>
    </message>
</context>
<context>
    <name>DraftWorker</name>
    <message>
        <source>The disk holding %1 is full: the latest changes are only on screen. Free some space; saving resumes by itself.</source>
        <translation>%1 所在的磁盘已满：最新的修改目前只在屏幕上。请释放一些空间，保存会自动恢复。</translation>
    </message>
    <message>
        <source>Could not save to %1 (%2). The changes stay on screen and saving is retried.</source>
        <translation>无法保存到 %1（%2）。修改仍保留在屏幕上，系统会自动重试保存。</translation>
    </message>
    <message>
        <source>The local database is not open.</source>
        <translation>本地数据库未打开。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>联系地址</translation>
    </message>
    <message>
        <source>Insurance type</source>
        <translation>险种类型</translation>
    </message>
    <message>
        <source>Insured region</source>
        <translation>参保地</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>Diseases</source>
        <translation>病种</translation>
    </message>
    <message>
        <source>Designated hospital</source>
        <translation>鉴定定点医疗机构</translation>
    </message>
    <message>
        <source>Diagnosis date</source>
        <translation>医院鉴定日期</translation>
    </message>
    <message>
        <source>Diagnosing doctor</source>
        <translation>诊断医师</translation>
    </message>
    <message>
        <source>Doctor code</source>
        <translation>医师代码</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>代办人姓名</translation>
    </message>
    <message>
        <source>Agent certificate type</source>
        <translation>代办人证件类型</translation>
    </message>
    <message>
        <source>Agent certificate number</source>
        <translation>代办人证件号码</translation>
    </message>
    <message>
        <source>Agent phone</source>
        <translation>代办人电话</translation>
    </message>
    <message>
        <source>Relationship to applicant</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>申报渠道</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Acceptance site</source>
        <translation>受理点</translation>
    </message>
    <message>
        <source>Reason for application</source>
        <translation>申请原因</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>Another upload is still in progress.</source>
        <translation>另一个上传仍在进行中。</translation>
    </message>
</context>
<context>
    <name>MaterialCheck</name>
    <message numerus="yes">
        <source>%n page(s) have an outline the scanner was unsure of that nobody has checked: open them and check the corners.</source>
        <translation>
            <numerusform>有 %n 页的边界识别不确定且尚未核对：请打开这些页面核对四角。</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing material: %1.</source>
        <translation>缺少材料：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) did not pass the quality check: retake them, or accept them with a reason.</source>
        <translation>
            <numerusform>有 %n 页未通过质量检查：请重新拍摄，或填写原因后接受。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenReport</name>
    <message>
        <source>The local database %1 was damaged. It has been kept unchanged as %2 for your IT support, and a new empty database was started. Drafts in the damaged file are not shown.</source>
        <translation>本地数据库 %1 已损坏。原文件已原样保留为 %2，供信息技术人员处理；系统已新建一个空数据库。损坏文件中的草稿暂不显示。</translation>
    </message>
    <message>
        <source>The local database %1 is in use by another program (is MTB Desk already running?). Nothing was changed. Close the other program and try again.</source>
        <translation>本地数据库 %1 正被其他程序占用（MTB Desk 是否已在运行？）。未做任何更改。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The local database %1 cannot be read or written (%2). Nothing was changed. Check the folder's permissions and free disk space.</source>
        <translation>无法读写本地数据库 %1（%2）。未做任何更改。请检查文件夹权限和磁盘剩余空间。</translation>
    </message>
    <message>
        <source>The local database %1 was written by a newer version of MTB Desk. Nothing was changed. Please install the newer version.</source>
        <translation>本地数据库 %1 由更新版本的 MTB Desk 写入。未做任何更改。请安装新版本。</translation>
    </message>
    <message>
        <source>The local database %1 could not be opened (%2). Nothing was changed.</source>
        <translation>无法打开本地数据库 %1（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>The local database %1 was encrypted with a different key than the one that was unlocked (is keyvault.json from another computer or an old backup?). Nothing was changed. Restore this folder's own keyvault.json.</source>
        <translation>本地数据库 %1 的加密密钥与已解锁的密钥不同（keyvault.json 是否来自其他计算机或旧备份？）。未做任何改动。请恢复此文件夹自己的 keyvault.json。</translation>
    </message>
</context>
<context>
    <name>PageProcessor</name>
    <message>
        <source>%1, page %2</source>
        <translation>%1 第 %2 页</translation>
    </message>
    <message>
        <source>the page could not be processed</source>
        <translation>该页无法处理</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>PageSource</name>
    <message>
        <source>%1: the image is damaged or incomplete.</source>
        <translation>%1：图片已损坏或不完整。</translation>
    </message>
    <message>
        <source>%1: the image is too large (%2 × %3 pixels, at most %4 megapixels).</source>
        <translation>%1：图片太大（%2 × %3 像素，最多 %4 百万像素）。</translation>
    </message>
    <message>
        <source>%1, page %2: the page cannot be read (the file is damaged or incomplete).</source>
        <translation>%1 第 %2 页：无法读取该页（文件已损坏或不完整）。</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1：无法打开文件（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>%1: not a supported image (JPEG, PNG, TIFF, BMP, WebP) or PDF file.</source>
        <translation>%1：不是支持的图片（JPEG、PNG、TIFF、BMP、WebP）或 PDF 文件。</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password. Save a copy without the password and add that instead.</source>
        <translation>%1：该 PDF 设有密码保护。请另存一份不带密码的副本，再添加该副本。</translation>
    </message>
    <message>
        <source>%1: the PDF is encrypted in a way that cannot be read.</source>
        <translation>%1：该 PDF 使用了无法读取的加密方式。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged or incomplete.</source>
        <translation>%1：PDF 文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1：该 PDF 没有页面。</translation>
    </message>
    <message>
        <source>%1: the PDF cannot be opened: MTB Desk&apos;s PDF reader (%2) did not start. Reinstall MTB Desk.</source>
        <translation>%1：无法打开 PDF：MTB Desk 的 PDF 阅读组件（%2）未能启动。请重新安装 MTB Desk。</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1：已取消。</translation>
    </message>
    <message>
        <source>%1: the PDF took longer than %2 s to open and was skipped. The file may be damaged: open it in a PDF viewer, or scan the paper instead.</source>
        <translation>%1：PDF 打开超过 %2 秒，已跳过。文件可能已损坏：请用 PDF 阅读器打开检查，或改为扫描纸质材料。</translation>
    </message>
    <message>
        <source>%1, page %2: the page took longer than %3 s to render and was skipped. The file may be damaged: scan this page from paper instead.</source>
        <translation>%1 第 %2 页：该页渲染超过 %3 秒，已跳过。文件可能已损坏：请改为扫描这一页的纸质材料。</translation>
    </message>
    <message>
        <source>%1, page %2: the page cannot be read: it would need %3 MB of memory at once. Save it again (for example as PDF) and add that.</source>
        <translation>%1 第 %2 页：无法读取该页，读取需要一次占用 %3 MB 内存。请用其他程序另存（例如存为 PDF）后再添加。</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>Writing the PDF failed: %1</source>
        <translation>写入 PDF 失败：%1</translation>
    </message>
    <message>
        <source>The page image is not a JPEG or PNG file.</source>
        <translation>页面图像不是 JPEG 或 PNG 文件。</translation>
    </message>
    <message>
        <source>The page has no size.</source>
        <translation>页面没有尺寸。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF 中没有页面。</translation>
    </message>
</context>
<context>
    <name>QualityGate</name>
    <message>
        <source>The page is blurred. Hold the camera still, let it focus and take the photo again.</source>
        <translation>页面模糊。请拿稳相机，等对焦清楚后重新拍摄。</translation>
    </message>
    <message>
        <source>Glare covers part of the text. Tilt the page or move the light and take the photo again.</source>
        <translation>反光遮住了部分文字。请倾斜纸张或移开光源后重新拍摄。</translation>
    </message>
    <message>
        <source>Part of the page is outside the photo. Take the photo again with the whole page in the frame.</source>
        <translation>页面有一部分在照片之外。请让整页都在画面内后重新拍摄。</translation>
    </message>
    <message>
        <source>The resolution is too low for small print. Move the camera closer or scan at 200 dpi or more.</source>
        <translation>分辨率太低，小字看不清。请把相机靠近一些，或以 200 dpi 以上扫描。</translation>
    </message>
    <message>
        <source>The photo is too dark. Add light and take the photo again.</source>
        <translation>照片太暗。请增加光线后重新拍摄。</translation>
    </message>
    <message>
        <source>The page looks blank. Check that this is the right page and the right side.</source>
        <translation>页面看起来是空白的。请确认页面和正反面是否正确。</translation>
    </message>
</context>
<context>
    <name>RecordCipher</name>
    <message>
        <source>The data is locked: no encryption key is loaded.</source>
        <translation>数据已锁定：未加载加密密钥。</translation>
    </message>
    <message>
        <source>Encryption failed (no system randomness).</source>
        <translation>加密失败（系统无法提供随机数）。</translation>
    </message>
    <message>
        <source>%1.%2 of %3 is stored unencrypted and was not read.</source>
        <translation>%3 的 %1.%2 以未加密形式存储，未予读取。</translation>
    </message>
    <message>
        <source>%1.%2 of %3 cannot be decrypted: %4</source>
        <translation>无法解密 %3 的 %1.%2：%4</translation>
    </message>
</context>
<context>
    <name>RemoteStatus</name>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Initial review</source>
        <translation>初审</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>部分通过</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>More material needed</source>
        <translation>补充材料</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>StaffIdentity</name>
    <message>
        <source>Counter staff</source>
        <translation>窗口经办人员</translation>
    </message>
    <message>
        <source>Hospital clerk</source>
        <translation>医院经办人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>审核主管</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The central service cannot be reached (%1). You can keep working; applications are sent when it is back.</source>
        <translation>无法连接中心服务（%1）。可以继续工作，恢复连接后申请会自动发送。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>登录失败（%1）。</translation>
    </message>
    <message>
        <source>No central service is configured.</source>
        <translation>未配置中心服务。</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Choose at least one disease.</source>
        <translation>请至少选择一个病种。</translation>
    </message>
    <message>
        <source>Required for the chosen disease.</source>
        <translation>所选病种要求填写此项。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Old 15-digit number: please check it against the current 18-digit ID card.</source>
        <translation>旧版 15 位号码：请与现行 18 位身份证核对。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 for old cards); this one has %1.</source>
        <translation>身份证号码应为 18 位（旧证 15 位），当前为 %1 位。</translation>
    </message>
    <message>
        <source>Only digits are allowed, and X as the last character.</source>
        <translation>只能填写数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>号码中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>The check digit is wrong: a digit was probably mistyped. Please check the card.</source>
        <translation>校验位不正确：可能有数字输错，请核对证件。</translation>
    </message>
    <message>
        <source>A landline cannot receive text messages about the review; a mobile number is better.</source>
        <translation>固定电话无法接收审核短信，建议填写手机号码。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number (e.g. 13812345678) or a landline with area code.</source>
        <translation>请填写 11 位手机号码（如 13812345678）或带区号的固定电话。</translation>
    </message>
    <message>
        <source>At most 50 characters.</source>
        <translation>最多 50 个字符。</translation>
    </message>
    <message>
        <source>Does not match the birth date in the ID number (%1).</source>
        <translation>与身份证号码中的出生日期（%1）不一致。</translation>
    </message>
    <message>
        <source>Does not match the ID number.</source>
        <translation>与身份证号码不一致。</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Not a region of this catalogue.</source>
        <translation>不是目录中的区划。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重复选择。</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the current catalogue.</source>
        <translation>%1（%2）不在当前病种目录中。</translation>
    </message>
    <message>
        <source>Not in the list of designated hospitals.</source>
        <translation>不在定点医疗机构名单中。</translation>
    </message>
    <message>
        <source>level III (三级)</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>level II (二级)</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>%1 is %2; evidence must come from a hospital of %3 or above.</source>
        <translation>%1 为%2；认定材料须由%3及以上定点医疗机构出具。</translation>
    </message>
    <message>
        <source>The diagnosis date is in the future.</source>
        <translation>鉴定日期晚于今天。</translation>
    </message>
    <message>
        <source>The diagnosis date is before the date of birth.</source>
        <translation>鉴定日期早于出生日期。</translation>
    </message>
    <message>
        <source>The agent must be someone other than the applicant.</source>
        <translation>代办人不能是申请人本人。</translation>
    </message>
</context>
<context>
    <name>VaultUnlocker</name>
    <message>
        <source>The encryption keys could not be derived.</source>
        <translation>无法生成加密密钥。</translation>
    </message>
    <message>
        <source>The key vault %1 is missing, but this data folder holds encrypted data. Nothing was changed. Restore keyvault.json from your backup (or from the folder it was copied from).</source>
        <translation>密钥库 %1 不存在，但此数据文件夹中有加密数据。未做任何改动。请从备份（或数据文件夹的原位置）恢复 keyvault.json。</translation>
    </message>
    <message>
        <source>There is no system keychain on this computer: choose a site passphrase to protect the data.</source>
        <translation>此计算机没有系统钥匙串：请设置站点口令来保护数据。</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1): choose a site passphrase to protect the data.</source>
        <translation>无法使用系统钥匙串（%1）：请设置站点口令来保护数据。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何改动。</translation>
    </message>
    <message>
        <source>This key vault is opened by the system keychain, which is not available here.</source>
        <translation>此密钥库需要系统钥匙串才能打开，但本机无法使用系统钥匙串。</translation>
    </message>
    <message>
        <source>The system keychain has no key for this data folder (the entry is missing).</source>
        <translation>系统钥匙串中没有此数据文件夹的密钥（条目缺失）。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>系统钥匙串不可用（%1）。</translation>
    </message>
    <message>
        <source>Enter the site passphrase.</source>
        <translation>请输入站点口令。</translation>
    </message>
    <message>
        <source>This key vault has no site passphrase, so the data cannot be opened here. Nothing was changed.</source>
        <translation>此密钥库未设置站点口令，因此无法在此打开数据。未做任何改动。</translation>
    </message>
    <message>
        <source>The key vault was not read.</source>
        <translation>尚未读取密钥库。</translation>
    </message>
    <message>
        <source>A key vault already exists; it was left unchanged.</source>
        <translation>密钥库已存在，未做改动。</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>口令为空。</translation>
    </message>
    <message>
        <source>Unlock the key vault first.</source>
        <translation>请先解锁密钥库。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MTB Desk</source>
        <translation>门诊慢特病受理台</translation>
    </message>
    <message>
        <source>MTB Desk is already running with the data folder %1. Switch to that window.</source>
        <translation>门诊慢特病受理台已在使用数据文件夹 %1 运行，请切换到该窗口。</translation>
    </message>
</context>
<context>
    <name>mtb</name>
    <message>
        <source>The central service's certificate was not accepted (%1).</source>
        <translation>中心服务的证书未被接受（%1）。</translation>
    </message>
    <message>
        <source>The central service cannot be reached (%1).</source>
        <translation>无法连接中心服务（%1）。</translation>
    </message>
    <message>
        <source>The central service is not available (HTTP %1).</source>
        <translation>中心服务暂不可用（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>mtb::Aes256GcmCipher</name>
    <message>
        <source>The encrypted value is truncated.</source>
        <translation>加密数据不完整。</translation>
    </message>
    <message>
        <source>The encrypted value uses an unknown algorithm (0x%1).</source>
        <translation>加密数据使用了未知的算法（0x%1）。</translation>
    </message>
    <message>
        <source>The encryption key is missing.</source>
        <translation>缺少加密密钥。</translation>
    </message>
    <message>
        <source>The cryptographic library failed.</source>
        <translation>密码库运行出错。</translation>
    </message>
    <message>
        <source>The encrypted value does not match its key or place (wrong key, or altered).</source>
        <translation>加密数据与密钥或存放位置不符（密钥错误，或数据被改动）。</translation>
    </message>
</context>
<context>
    <name>mtb::ApplicationForm</name>
    <message>
        <source>Insurance</source>
        <translation>参保信息</translation>
    </message>
    <message>
        <source>Diseases applied for</source>
        <translation>申请病种</translation>
    </message>
    <message>
        <source>Applicant details</source>
        <translation>申请人信息</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>认定信息</translation>
    </message>
    <message>
        <source>Agent (代办)</source>
        <translation>代办</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>受理信息</translation>
    </message>
    <message>
        <source>Someone applies on the applicant's behalf</source>
        <translation>由他人代为申请（代办）</translation>
    </message>
    <message>
        <source>18 characters; scan or type</source>
        <translation>18 位；可扫码或手工输入</translation>
    </message>
    <message>
        <source>Mobile number for review notices</source>
        <translation>用于接收审核通知的手机号码</translation>
    </message>
    <message>
        <source>Optional; from the insurance system</source>
        <translation>选填；来自医保信息系统</translation>
    </message>
    <message>
        <source>医保医师代码, if known</source>
        <translation>医保医师代码（如知道）</translation>
    </message>
    <message>
        <source>Taken from the ID number</source>
        <translation>根据身份证号码自动填写</translation>
    </message>
    <message>
        <source>No application open</source>
        <translation>未打开申请</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>Accepted by %1 at %2, %3</source>
        <translation>受理人：%1　受理点：%2　受理时间：%3</translation>
    </message>
    <message>
        <source>(operator not set)</source>
        <translation>（未设置经办人）</translation>
    </message>
</context>
<context>
    <name>mtb::ApplicationListModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>待提交</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>提交失败</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（尚未填写姓名）</translation>
    </message>
    <message>
        <source>ID numbers are masked in the list; open the application to see it in full.</source>
        <translation>列表中的证件号码已脱敏显示，打开申请可查看完整号码。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Diseases</source>
        <translation>病种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Application no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) old</source>
        <translation><numerusform>%1 · 已 %n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not sent and unchanged for %n day(s): finish and send it, or move it to the trash.</source>
        <translation><numerusform>未提交且已 %n 天未改动：请完成并提交，或移入回收站。</numerusform></translation>
    </message>
</context>
<context>
    <name>mtb::AuditLogDialog</name>
    <message>
        <source>Verify the chain</source>
        <translation>校验日志链</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Any staff account</source>
        <translation>所有工作人员账号</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>正在读取审计日志…</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>正在校验审计日志的每一条记录…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries of this period; narrow the filter or export to see all.</source>
        <translation>显示该期间最新的 %1 条记录；缩小筛选范围或导出可查看全部。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation><numerusform>共 %n 条记录。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation><numerusform>已将 %n 条记录导出到 %1。</numerusform></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>mtb::AuditLogModel</name>
    <message>
        <source>Viewed</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Taken back from the outbox</source>
        <translation>从待发送中撤回</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Accepted a flagged page</source>
        <translation>接受有质量问题的页面</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Purged (retention)</source>
        <translation>清理（保留期满）</translation>
    </message>
    <message>
        <source>Changed the site passphrase</source>
        <translation>更改了站点口令</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>经办机构</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Application or page</source>
        <translation>申请或页面</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>mtb::BlobStore</name>
    <message>
        <source>The data is locked: no encryption key is loaded.</source>
        <translation>数据已锁定：未加载加密密钥。</translation>
    </message>
    <message>
        <source>Encryption failed (no system randomness).</source>
        <translation>加密失败（系统无法提供随机数）。</translation>
    </message>
    <message>
        <source>The stored image %1 does not match its checksum.</source>
        <translation>已存储的图像 %1 与其校验值不符。</translation>
    </message>
    <message>
        <source>The stored image %1 cannot be read (%2).</source>
        <translation>无法读取已存储的图像 %1（%2）。</translation>
    </message>
    <message>
        <source>The stored image %1 cannot be decrypted: %2</source>
        <translation>无法解密已存储的图像 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 could not be encrypted (%2).</source>
        <translation>无法加密 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>mtb::CameraCaptureDialog</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences of the camera hint, joined as the language writes them (no space in Chinese)</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Its edges are hard to tell from what lies around it: move other papers away, or lay it on a plain, darker surface.</source>
        <translation>页面边缘与周围物品难以区分：请移开其他纸张，或把页面放在素色、较深的台面上。</translation>
    </message>
    <message>
        <source>Take pages with the document camera</source>
        <translation>高拍仪拍照</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <source>Video file or image sequence…</source>
        <translation>视频文件或图片序列…</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>摄像头(&amp;C)：</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>正在打开摄像头…</translation>
    </message>
    <message>
        <source>Capture &amp;automatically when the page lies still</source>
        <translation>页面放稳后自动拍照(&amp;A)</translation>
    </message>
    <message>
        <source>Capture (Space)</source>
        <translation>拍照（空格）</translation>
    </message>
    <message>
        <source>&amp;Delete last</source>
        <translation>删除最后一张(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开%1…</translation>
    </message>
    <message>
        <source>Open a video file or image sequence</source>
        <translation>打开视频文件或图片序列</translation>
    </message>
    <message>
        <source>Path of a video file, or of numbered images such as C:/photos/%03d.jpg:</source>
        <translation>视频文件的路径，或编号图片的路径，例如 C:/photos/%03d.jpg：</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>图像无法编码</translation>
    </message>
    <message>
        <source>The page could not be taken: %1</source>
        <translation>无法拍下此页：%1</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n page(s) taken?</source>
        <translation>
            <numerusform>放弃已拍摄的 %n 页？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use %n page(s)</source>
        <translation>
            <numerusform>使用这 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages taken so far are kept.</source>
        <translation>已拍摄的页面会保留。</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>正在等待摄像头画面…</translation>
    </message>
    <message>
        <source>Lay the page flat under the camera.</source>
        <translation>请将页面平放在高拍仪下。</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>请保持不动…</translation>
    </message>
    <message>
        <source>The page lies still: press Space to take it.</source>
        <translation>页面已放稳：按空格键拍照。</translation>
    </message>
    <message>
        <source>Taken. Lay the next page down, or press Space to take this one again.</source>
        <translation>已拍摄。请放下一页，或按空格键再拍一张。</translation>
    </message>
    <message>
        <source>Taking the page…</source>
        <translation>正在拍照…</translation>
    </message>
</context>
<context>
    <name>mtb::ChangePassphraseDialog</name>
    <message>
        <source>Change site passphrase</source>
        <translation>更改站点口令</translation>
    </message>
    <message>
        <source>This data folder has no key vault, so there is no passphrase to change.</source>
        <translation>此数据文件夹没有密钥库，因此没有可更改的口令。</translation>
    </message>
    <message>
        <source>The site passphrase opens the encrypted applications on this computer when the system keychain does not. Changing it re-protects the data key; the data itself is not rewritten. The new passphrase needs at least %1 characters. Tell it only to the staff who need it.</source>
        <translation>当系统钥匙串无法打开时，站点口令用于打开本机上加密的申请。更改口令只会重新保护数据密钥，数据本身不会重写。新口令至少需要 %1 个字符。只告知需要它的工作人员。</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>Repeat the new one</source>
        <translation>再次输入新口令</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在更改口令…</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>请输入当前口令。</translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation>口令未更改。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The site passphrase was changed. From now on it opens the data on this computer; the old one no longer does. The data itself was not rewritten.</source>
        <translation>站点口令已更改。今后由新口令打开本机上的数据，旧口令不再有效。数据本身未被重写。</translation>
    </message>
</context>
<context>
    <name>mtb::DiseaseSelector</name>
    <message>
        <source>Type a name, code or pinyin initials (e.g. gxy), then Enter</source>
        <translation>输入病种名称、编码或拼音首字母（如 gxy），按回车添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected disease (Delete)</source>
        <translation>移除选中的病种（Delete）</translation>
    </message>
</context>
<context>
    <name>mtb::HttpExchange</name>
    <message>
        <source>The central service's answer could not be read.</source>
        <translation>无法读取中心服务的应答。</translation>
    </message>
    <message>
        <source>The central service closed the connection.</source>
        <translation>中心服务关闭了连接。</translation>
    </message>
    <message>
        <source>The central service did not answer in time.</source>
        <translation>中心服务未能及时应答。</translation>
    </message>
</context>
<context>
    <name>mtb::KeyVault</name>
    <message>
        <source>The key vault %1 cannot be read (%2).</source>
        <translation>无法读取密钥库 %1（%2）。</translation>
    </message>
    <message>
        <source>The key vault %1 is damaged or not a key vault.</source>
        <translation>密钥库 %1 已损坏，或不是密钥库文件。</translation>
    </message>
    <message>
        <source>The key vault %1 holds no key.</source>
        <translation>密钥库 %1 中没有密钥。</translation>
    </message>
    <message>
        <source>This key vault has no passphrase.</source>
        <translation>此密钥库未设置站点口令。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>口令错误。</translation>
    </message>
    <message>
        <source>The key in the system keychain does not open this key vault.</source>
        <translation>系统钥匙串中的密钥无法打开此密钥库。</translation>
    </message>
    <message>
        <source>No data key to protect.</source>
        <translation>没有需要保护的数据密钥。</translation>
    </message>
    <message>
        <source>Encryption failed (no system randomness).</source>
        <translation>加密失败（系统无法提供随机数）。</translation>
    </message>
    <message>
        <source>The key vault %1 could not be written (%2).</source>
        <translation>无法写入密钥库 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>mtb::KeychainSecretStore</name>
    <message>
        <source>The system keychain is turned off (MTBDESK_NO_KEYCHAIN).</source>
        <translation>系统钥匙串已关闭（MTBDESK_NO_KEYCHAIN）。</translation>
    </message>
</context>
<context>
    <name>mtb::LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Another staff member…</source>
        <translation>换其他工作人员…</translation>
    </message>
    <message>
        <source>Sign in and take over</source>
        <translation>登录并接班</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:16pt'&gt;MTB Desk is locked&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:16pt'&gt;受理台已锁定&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>In use by %1 (%2), %3 · %4</source>
        <translation>使用人：%1（%2），%3 · %4</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
</context>
<context>
    <name>mtb::LoginDialog</name>
    <message>
        <source>Sign in to the central service</source>
        <translation>登录中心服务</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>mtb::MainWindow</name>
    <message>
        <source>Check page outlines</source>
        <translation>核对页面边界</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) have an outline the scanner was unsure of that nobody has checked. A page cut wrongly may be returned by the reviewers.</source>
        <translation>
            <numerusform>有 %n 页的边界识别不确定且尚未核对。裁切有误的页面可能被审核退回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the pages</source>
        <translation>去核对页面</translation>
    </message>
    <message>
        <source>Mark ready anyway</source>
        <translation>仍然标记待提交</translation>
    </message>
    <message>
        <source>MTB Desk — outpatient chronic &amp; special disease applications</source>
        <translation>门诊慢特病受理台 — 病种待遇认定申请</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>待提交</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:15pt'&gt;No application open&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to take a new application, or choose one from the list.&lt;/p&gt;&lt;p&gt;Everything you type is saved automatically, also without a network.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:15pt'&gt;未打开申请&lt;/p&gt;&lt;p&gt;按 &lt;b&gt;Ctrl+N&lt;/b&gt; 受理新申请，或从列表中选择一份申请。&lt;/p&gt;&lt;p&gt;录入的内容会自动保存，断网时也不会丢失。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search name, ID number, phone or application no. (Ctrl+F)</source>
        <translation>搜索姓名、证件号码、电话或申请编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>申请(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>新建 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Mark ready (Ctrl+Enter)</source>
        <translation>标记待提交 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check the form and freeze it for submission</source>
        <translation>检查表单并锁定，等待提交</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Send everything waiting in the outbox now (Ctrl+Shift+S)</source>
        <translation>立即发送所有待发送的申请（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>About MTB Desk</source>
        <translation>关于门诊慢特病受理台</translation>
    </message>
    <message>
        <source>Operator: %1 · Catalogue %2</source>
        <translation>经办人：%1 · 目录版本 %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Opening the local database…</source>
        <translation>正在打开本地数据库…</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>申请表单</translation>
    </message>
    <message>
        <source>Materials (%1 pages)</source>
        <translation>申请材料（%1 页）</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>本地数据库</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) on this PC.</source>
        <translation>
            <numerusform>本机共有 %n 份申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes saved at %1.</source>
        <translation>所有修改已于 %1 保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before the application can be marked ready. The draft is saved.</source>
        <translation>
            <numerusform>还有 %n 个问题需要修改后才能标记为待提交。草稿已保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Application no. %1. </source>
        <translation>申请编号 %1。</translation>
    </message>
    <message>
        <source>This application is marked ready and waits to be sent; it can no longer be changed.</source>
        <translation>本申请已标记为待提交，正在等待发送，不能再修改。</translation>
    </message>
    <message>
        <source>Edit again</source>
        <translation>重新编辑</translation>
    </message>
    <message>
        <source>The central service did not accept this application (see the messages at the fields, and the sending history). Correct it and mark it ready again.</source>
        <translation>中心服务未接收本申请（见各字段旁的提示和发送记录）。请修改后重新标记为待提交。</translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>The reviewer asks for more material: %1</source>
        <translation>审核人员要求补充材料：%1</translation>
    </message>
    <message>
        <source>Add material and resubmit</source>
        <translation>补充材料并重新提交</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>状态：%1。</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>审核意见：%1</translation>
    </message>
    <message>
        <source>Revision %1: add the requested material, then mark it ready to resubmit.</source>
        <translation>第 %1 版：请补充所要求的材料，然后标记为待提交以重新提交。</translation>
    </message>
    <message>
        <source>Sending has already started: this revision can no longer be changed.</source>
        <translation>已开始发送：此版本不能再修改。</translation>
    </message>
    <message>
        <source>The central service refused this: %1</source>
        <translation>中心服务不接受此项：%1</translation>
    </message>
    <message>
        <source>The central service refused it: %1</source>
        <translation>中心服务拒收：%1</translation>
    </message>
    <message>
        <source>Offline mode: no central service configured</source>
        <translation>离线模式：未配置中心服务</translation>
    </message>
    <message>
        <source>Not signed in to the central service</source>
        <translation>未登录中心服务</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <source>○ Offline: applications wait in the outbox</source>
        <translation>○ 离线：申请在待发送队列中等待</translation>
    </message>
    <message>
        <source>⚠ Certificate problem</source>
        <translation>⚠ 证书有问题</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>申请 %1：%2</translation>
    </message>
    <message>
        <source>MTB Desk</source>
        <translation>门诊慢特病受理台</translation>
    </message>
    <message>
        <source>Moved to the trash. It can be restored from the Trash list.</source>
        <translation>已移到回收站，可在“回收站”列表中恢复。</translation>
    </message>
    <message>
        <source>Restored to its list.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <source>&lt;b&gt;MTB Desk %1&lt;/b&gt;&lt;br&gt;Counter client for outpatient chronic and special disease (门诊慢特病) recognition applications.&lt;br&gt;Catalogue: %2 (%3)&lt;br&gt;Data folder: %4</source>
        <translation>&lt;b&gt;门诊慢特病受理台 %1&lt;/b&gt;&lt;br&gt;门诊慢特病病种待遇认定窗口受理客户端。&lt;br&gt;目录：%2（%3）&lt;br&gt;数据文件夹：%4</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Some changes could not be saved yet (see the status bar). If you close now, they are lost.

Close anyway?</source>
        <translation>部分修改尚未能保存（见状态栏）。现在关闭，这些修改将会丢失。

仍要关闭吗？</translation>
    </message>
    <message>
        <source>Sending history…</source>
        <translation>发送记录…</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed application(s) past the site's retention period were removed from this PC.</source>
        <translation><numerusform>已从本机删除 %n 件超过本站点保留期的已确认申请。</numerusform></translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · Catalogue %3</source>
        <translation>已登录：%1（%2）· 目录 %3</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n unsent application(s) unchanged for %1+ days</source>
        <translation><numerusform>⚠ %n 件未提交申请已 %1 天以上未改动</numerusform></translation>
    </message>
    <message>
        <source>Some changes by %1 could not be saved yet, so the desk cannot change hands. Only %1 can unlock it now.</source>
        <translation>%1 的部分修改尚未能保存，暂不能交接。现在只有 %1 可以解锁。</translation>
    </message>
    <message>
        <source>Print application form…</source>
        <translation>打印申请表…</translation>
    </message>
    <message>
        <source>Print the filled-in form for the applicant to sign (Ctrl+P)</source>
        <translation>打印填好的申请表，供申请人签字（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print application form</source>
        <translation>打印申请表</translation>
    </message>
    <message>
        <source>The application form was sent to the printer.</source>
        <translation>申请表已发送到打印机。</translation>
    </message>
    <message>
        <source>The application form could not be printed. Check the printer and try again.</source>
        <translation>申请表未能打印。请检查打印机后重试。</translation>
    </message>
</context>
<context>
    <name>mtb::MaterialsPanel</name>
    <message>
        <source>Processing %1 (page %2 of %3)…</source>
        <translation>正在处理 %1（第 %2 页，共 %3 页）…</translation>
    </message>
    <message>
        <source>Processing %1…</source>
        <translation>正在处理 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n page(s) were added before you cancelled.</source>
        <translation>
            <numerusform>已停止：取消前已添加 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) added.</source>
        <translation>
            <numerusform>已添加 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (see above).</source>
        <translation>
            <numerusform>%n 个文件无法读取（见上方）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add pages to %1</source>
        <translation>向“%1”添加页面</translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)</source>
        <translation>图片和 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a folder of scans to %1</source>
        <translation>将扫描件文件夹添加到“%1”</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>将“%1”导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Reorder pages</source>
        <translation>调整页面顺序</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Add photos, scans or PDF files to each material. Pages are straightened and cleaned automatically; double-click a page to correct it.</source>
        <translation>为每类材料添加照片、扫描件或 PDF 文件。页面会自动摆正并清理；双击页面可手动校正。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Take photos…</source>
        <translation>拍照…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必需）</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The page's outline is uncertain: open the page and check its corners.</source>
        <translation>页面边界不确定：请打开此页核对四个角。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation>%1 已接受：%2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>%1 contains no images or PDF files.</source>
        <translation>%1 中没有图片或 PDF 文件。</translation>
    </message>
    <message>
        <source>Add page</source>
        <translation>添加页面</translation>
    </message>
    <message>
        <source>Correct page</source>
        <translation>校正页面</translation>
    </message>
    <message>
        <source>Move page to %1</source>
        <translation>将页面移到“%1”</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>删除页面</translation>
    </message>
    <message>
        <source>Accept page</source>
        <translation>接受页面</translation>
    </message>
    <message>
        <source>Correct page…</source>
        <translation>校正页面…</translation>
    </message>
    <message>
        <source>Retake from a file…</source>
        <translation>用文件替换…</translation>
    </message>
    <message>
        <source>Replace this page</source>
        <translation>替换此页</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <source>Accept despite the problem…</source>
        <translation>说明原因后接受…</translation>
    </message>
    <message>
        <source>Why is this page acceptable? (recorded with your name)</source>
        <translation>为什么可以接受此页？（将与您的姓名一起记录）</translation>
    </message>
</context>
<context>
    <name>mtb::OfflineVerifier::Result</name>
    <message>
        <source>Wrong password. Too many wrong passwords: %1 cannot sign in on this PC until %2.</source>
        <translation>密码错误。错误次数过多：%1 在本机 %2 之前无法登录。</translation>
    </message>
    <message>
        <source>Wrong password. %n more wrong attempt(s) lock this account on this PC for a few minutes.</source>
        <translation>密码错误。再错 %n 次，此账号将在本机被锁定几分钟。</translation>
    </message>
    <message>
        <source>%1 has never signed in online on this PC, so it cannot be checked without the central service. Sign in once while the network is available.</source>
        <translation>%1 从未在本机联网登录过，无法在连不上中心服务时核验。请在网络可用时先联网登录一次。</translation>
    </message>
    <message>
        <source>%1 last signed in online on this PC on %2. Offline sign-in is allowed for %n day(s) after that: sign in while the central service is reachable.</source>
        <translation>%1 上次在本机联网登录是 %2。离线登录只在此后 %n 天内有效：请在能连上中心服务时登录。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: %1 cannot sign in on this PC until %2.</source>
        <translation>密码错误次数过多：%1 在本机 %2 之前无法登录。</translation>
    </message>
    <message>
        <source>The sign-in records on this PC cannot be read (%1).</source>
        <translation>无法读取本机的登录记录（%1）。</translation>
    </message>
</context>
<context>
    <name>mtb::OverrideApprovalDialog</name>
    <message>
        <source>Accept page</source>
        <translation>接受此页</translation>
    </message>
    <message>
        <source>Why is this page acceptable?</source>
        <translation>为什么可以接受此页？</translation>
    </message>
    <message>
        <source>The page does not pass the quality check. As a supervisor you may accept it; the reason is recorded with your name.</source>
        <translation>此页未通过质量检查。作为审核主管您可以接受它；理由将与您的姓名一并记录。</translation>
    </message>
    <message>
        <source>The page does not pass the quality check. Accepting it needs a supervisor: ask one to enter their user name and password. The reason is recorded with their name.</source>
        <translation>此页未通过质量检查。接受它需要审核主管：请主管输入其用户名和密码。理由将与其姓名一并记录。</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>审核主管</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 is not a supervisor and cannot approve this.</source>
        <translation>%1 不是审核主管，不能批准。</translation>
    </message>
    <message>
        <source>Enter the reason first.</source>
        <translation>请先填写理由。</translation>
    </message>
    <message>
        <source>A supervisor enters their user name and password.</source>
        <translation>请审核主管输入其用户名和密码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
</context>
<context>
    <name>mtb::PageEditorDialog</name>
    <message>
        <source>Correct page: %1</source>
        <translation>校正页面：%1</translation>
    </message>
    <message>
        <source>Loading the original…</source>
        <translation>正在载入原始图像…</translation>
    </message>
    <message>
        <source>Colour (keeps red seals)</source>
        <translation>彩色（保留红色印章）</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Black and white (smallest)</source>
        <translation>黑白（文件最小）</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>Back to detected corners</source>
        <translation>恢复自动检测的边角</translation>
    </message>
    <message>
        <source>The original capture could not be read.</source>
        <translation>无法读取原始图像。</translation>
    </message>
    <message>
        <source>Drag the blue corners onto the page's corners. The preview on the right follows.</source>
        <translation>将蓝色圆点拖到纸张的四个角上，右侧预览会随之更新。</translation>
    </message>
    <message>
        <source>The page's outline was hard to find here (other papers nearby?). Check that the blue corners sit on this page's corners; drag them if not.</source>
        <translation>此页的边界较难识别（旁边有其他纸张？）。请核对蓝色圆点是否位于本页的四个角上，不是则拖动调整。</translation>
    </message>
</context>
<context>
    <name>mtb::PassphraseKdf</name>
    <message>
        <source>The passphrase settings in the key vault are not valid.</source>
        <translation>密钥库中的口令参数无效。</translation>
    </message>
    <message>
        <source>The passphrase could not be processed (out of memory?).</source>
        <translation>无法处理口令（内存不足？）。</translation>
    </message>
</context>
<context>
    <name>mtb::SendHistoryDialog</name>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>will retry</source>
        <translation>将重试</translation>
    </message>
    <message>
        <source>needs staff</source>
        <translation>需人工处理</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>需重新登录</translation>
    </message>
    <message>
        <source>Sending history</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Request ID / detail</source>
        <translation>请求编号 / 详情</translation>
    </message>
</context>
<context>
    <name>mtb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <source>Acceptance site</source>
        <translation>受理点</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>默认申报渠道</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Applications the central service has confirmed are removed from this PC (with their pages) once they have not changed for this many days.</source>
        <translation>中心服务已确认的申请（连同其材料页）在这么多天未改动后从本机删除。</translation>
    </message>
    <message>
        <source>Drafts and unsent applications not changed for this many days are marked in the list and counted in the status bar.</source>
        <translation>这么多天未改动的草稿和未提交申请会在列表中标出，并在状态栏计数。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>MTB Desk locks after this long without keyboard or mouse input, and whenever the screen of this PC locks.</source>
        <translation>无键盘或鼠标操作达到此时长后受理台自动锁定；本机锁屏时也会锁定。</translation>
    </message>
    <message>
        <source>Without the central service, staff can sign in on this PC for this many days after their last online sign-in here.</source>
        <translation>连不上中心服务时，工作人员在本机上次联网登录后的这些天内可以离线登录。</translation>
    </message>
    <message>
        <source>Remove confirmed applications after</source>
        <translation>已确认申请的本机保留期</translation>
    </message>
    <message>
        <source>Flag unsent drafts older than</source>
        <translation>标记超过此天数的未提交草稿</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>空闲锁定时间</translation>
    </message>
    <message>
        <source>Offline sign-in allowed for</source>
        <translation>离线登录有效期</translation>
    </message>
    <message>
        <source>Only a supervisor may change this.</source>
        <translation>只有审核主管可以修改此项。</translation>
    </message>
    <message>
        <source>Change site passphrase…</source>
        <translation>更改站点口令…</translation>
    </message>
    <message>
        <source>The passphrase that opens the encrypted data on this computer when the system keychain does not. Change it when someone who knew it leaves.</source>
        <translation>当系统钥匙串无法打开时，用于打开本机加密数据的口令。知道口令的人员离开时，请更改它。</translation>
    </message>
</context>
<context>
    <name>mtb::SignInDialog</name>
    <message>
        <source>MTB Desk — sign in</source>
        <translation>门诊慢特病受理台 — 登录</translation>
    </message>
    <message>
        <source>Sign in with your staff account. Without a network, the password of your last online sign-in on this PC is checked here.</source>
        <translation>请用工作人员账号登录。没有网络时，由本机按您上次在本机联网登录时的密码核验。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
</context>
<context>
    <name>mtb::SignInService</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>No central service is configured on this PC.</source>
        <translation>本机未配置中心服务。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The central service refused the sign-in (HTTP %1).</source>
        <translation>中心服务拒绝了登录（HTTP %1）。</translation>
    </message>
    <message>
        <source>The central service did not say who this account belongs to (site, role): sign-in is not possible. Please tell the system administrator.</source>
        <translation>中心服务未返回该账号的归属（经办机构、角色），无法登录。请联系系统管理员。</translation>
    </message>
    <message>
        <source>Signed in, but this PC could not keep what offline sign-in needs (%1).</source>
        <translation>已登录，但本机无法保存离线登录所需的信息（%1）。</translation>
    </message>
    <message>
        <source>Signed in offline with the password checked on this PC.</source>
        <translation>已离线登录，密码由本机核验。</translation>
    </message>
</context>
<context>
    <name>mtb::UnlockDialog</name>
    <message>
        <source>Unlock MTB Desk</source>
        <translation>解锁 MTB Desk</translation>
    </message>
    <message>
        <source>Protect the data of MTB Desk</source>
        <translation>保护 MTB Desk 的数据</translation>
    </message>
    <message>
        <source>The applications on this computer are encrypted. Enter the site passphrase to open them.</source>
        <translation>本机上的申请已加密。请输入站点口令以打开。</translation>
    </message>
    <message>
        <source>The applications on this computer will be stored encrypted. Choose the site passphrase that opens them (at least %1 characters). Without it the data cannot be read: keep it where your site keeps its passwords.</source>
        <translation>本机上的申请将加密存储。请设置用于打开它们的站点口令（至少 %1 个字符）。没有口令将无法读取数据：请将其与本站点的其他密码一同妥善保管。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Site passphrase</source>
        <translation>站点口令</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two entries differ. Type the passphrase twice, the same way.</source>
        <translation>两次输入不一致。请两次输入相同的口令。</translation>
    </message>
    <message>
        <source>MTB Desk</source>
        <translation>MTB Desk</translation>
    </message>
</context>
</TS>
