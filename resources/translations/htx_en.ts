<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="131"/>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="183"/>
        <source>Dữ liệu đang được mở</source>
        <translation>Data already open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="187"/>
        <source>HTX Desktop đang mở dữ liệu này trong một cửa sổ khác; cửa sổ đó đã được đưa lên trước.
Mỗi cơ sở dữ liệu chỉ được mở trong một cửa sổ, để hai cửa sổ không ghi chồng lên nhau.</source>
        <translation>HTX Desktop already has this data open in another window; that window has been brought to the front.
Each database can only be open in one window, so that two windows do not overwrite each other.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="195"/>
        <source>Dữ liệu {file} đang được HTX Desktop mở (máy {host}).
Mỗi cơ sở dữ liệu chỉ được mở trong một cửa sổ, để hai cửa sổ không ghi chồng lên nhau: hãy dùng cửa sổ đang mở, hoặc đóng nó rồi mở lại.</source>
        <translation>The data {file} is already open in HTX Desktop (computer {host}).
Each database can only be open in one window, so that two windows do not overwrite each other: use the window that is open, or close it and open the data again.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../desktop/core/approvals.py" line="84"/>
        <source>Chưa gửi</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="85"/>
        <source>Đã gửi</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="86"/>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="87"/>
        <source>Trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="105"/>
        <source>Kỳ duyệt “{text}” không hợp lệ. Dùng một năm (ví dụ 2026) hoặc nửa năm (2026-H1, 2026-H2).</source>
        <translation>The sign-off period “{text}” is not valid. Use a year (for example 2026) or a half year (2026-H1, 2026-H2).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="285"/>
        <source>Không có đơn vị mã “{code}”.</source>
        <translation>There is no office with the code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="299"/>
        <source>Số liệu {period} đã duyệt: {approved}/{total} đơn vị</source>
        <translation>Figures for {period} approved: {approved}/{total} offices</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="303"/>
        <source> ({n} đơn vị có số liệu thay đổi sau khi duyệt)</source>
        <translation> ({n} offices&apos; figures changed after approval)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="336"/>
        <source>Số liệu {period} của {office} đã được cấp tỉnh duyệt nên không sửa được. Nếu cần sửa, hãy đề nghị cấp tỉnh “Mở lại” kỳ này.</source>
        <translation>The figures for {period} of {office} have been approved by the province and cannot be edited. If they need correcting, ask the province to “Reopen” this period.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="425"/>
        <source>Không xóa được “{name}”: số liệu năm {year} của hợp tác xã này nằm trong số liệu của {office} mà cấp tỉnh đã duyệt. Nếu cần xóa, hãy đề nghị cấp tỉnh “Mở lại” {period}.</source>
        <translation>Cannot delete “{name}”: its {year} figures are part of the figures of {office} that the province has approved. If it must be deleted, ask the province to “Reopen” {period}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="431"/>
        <source>Không chuyển được “{name}” sang địa bàn khác: số liệu năm {year} của hợp tác xã này sẽ làm thay đổi số liệu của {office} mà cấp tỉnh đã duyệt. Nếu cần chuyển, hãy đề nghị cấp tỉnh “Mở lại” {period}.</source>
        <translation>Cannot move “{name}” to another area: its {year} figures would change the figures of {office} that the province has approved. If it must be moved, ask the province to “Reopen” {period}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="437"/>
        <source>Không khôi phục được “{name}”: số liệu năm {year} của hợp tác xã này sẽ làm thay đổi số liệu của {office} mà cấp tỉnh đã duyệt. Nếu cần khôi phục, hãy đề nghị cấp tỉnh “Mở lại” {period}.</source>
        <translation>Cannot restore “{name}”: its {year} figures would change the figures of {office} that the province has approved. If it must be restored, ask the province to “Reopen” {period}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="447"/>
        <source>số liệu {period}</source>
        <translation>the figures for {period}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="483"/>
        <source>Cấp tỉnh duyệt số liệu của các đơn vị, không gửi duyệt. Lệnh này dùng ở đơn vị cấp dưới.</source>
        <translation>The province approves the offices&apos; figures; it does not submit them. This command is for offices under the province.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="494"/>
        <source>Số liệu {period} của đơn vị đã được cấp tỉnh duyệt; không cần gửi lại. Nếu cần sửa, hãy đề nghị cấp tỉnh “Mở lại”.</source>
        <translation>This office&apos;s figures for {period} have been approved by the province; there is no need to submit again. If they need correcting, ask the province to “Reopen”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="523"/>
        <source>Chỉ cấp tỉnh mới được duyệt, trả lại hoặc mở lại số liệu của đơn vị.</source>
        <translation>Only the province can approve, return or reopen an office&apos;s figures.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="533"/>
        <source>Không có đơn vị cấp dưới mã “{code}”. Xem danh sách bằng htx status.</source>
        <translation>There is no office under this one with the code “{code}”. See the list with htx status.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="540"/>
        <source>Trả lại số liệu cần có ý kiến: ghi rõ điều đơn vị cần sửa.</source>
        <translation>Returning figures needs a comment: say what the office must correct.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="569"/>
        <source>Số liệu {period} của {office} chưa được duyệt nên không cần mở lại.</source>
        <translation>The figures for {period} of {office} are not approved, so there is nothing to reopen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="573"/>
        <source>{office} chưa gửi số liệu {period} để duyệt; chưa duyệt hay trả lại được.</source>
        <translation>{office} has not submitted its figures for {period}; they cannot be approved or returned yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="577"/>
        <source>Số liệu {period} của {office} đã được duyệt. Muốn sửa hay trả lại, hãy “Mở lại” trước.</source>
        <translation>The figures for {period} of {office} are approved. To change or return them, “Reopen” them first.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="582"/>
        <source>Số liệu {period} của {office} đã bị trả lại và đơn vị chưa gửi lại; chờ đơn vị gửi lại.</source>
        <translation>The figures for {period} of {office} were returned and the office has not submitted them again; wait for the office to resubmit.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="593"/>
        <source>Ý kiến quá dài (tối đa {n} ký tự).</source>
        <translation>The comment is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="611"/>
        <source>{office} chỉ được gửi số liệu của chính mình để duyệt, không phải của “{other}”.</source>
        <translation>{office} may only submit its own figures for approval, not those of “{other}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="618"/>
        <source>{office} không được duyệt, trả lại hay mở lại số liệu ({period}); chỉ cấp tỉnh làm được.</source>
        <translation>{office} may not approve, return or reopen figures ({period}); only the province can.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/approvals.py" line="628"/>
        <source>Kỳ duyệt “{period}” trong gói không hợp lệ.</source>
        <translation>The sign-off period “{period}” in the package is not valid.</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="105"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="111"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="120"/>
        <source>Năm (ví dụ 2026): số liệu hằng năm của các hợp tác xã trong địa bàn và báo cáo tiến độ trong năm. Nửa năm: báo cáo tiến độ trong kỳ. Số liệu đã duyệt bị khóa, không sửa được cho đến khi cấp tỉnh mở lại.</source>
        <translation>Year (for example 2026): the yearly figures of the cooperatives in the area and the progress reports of the year. Half year: the progress reports of the period. Approved figures are locked and cannot be edited until the province reopens them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="130"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="131"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="132"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="133"/>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="134"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="135"/>
        <source>Ý kiến của cấp tỉnh / ghi chú của đơn vị</source>
        <translation>Province&apos;s comment / office&apos;s note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="149"/>
        <location filename="../../desktop/ui/approval_page.py" line="312"/>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="150"/>
        <source>Trả lại…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="151"/>
        <location filename="../../desktop/ui/approval_page.py" line="312"/>
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="152"/>
        <location filename="../../desktop/ui/approval_page.py" line="153"/>
        <source>Gửi số liệu để duyệt…</source>
        <translation>Submit figures for approval…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="159"/>
        <source>&amp;Duyệt số liệu</source>
        <translation>&amp;Sign-off of figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="185"/>
        <location filename="../../desktop/ui/approval_page.py" line="309"/>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Duyệt số liệu</source>
        <translation>Sign-off of figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="218"/>
        <source>(số liệu đã thay đổi sau khi duyệt)</source>
        <translation>(figures changed after approval)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="221"/>
        <source>Đơn vị: {note}</source>
        <translation>Office: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="239"/>
        <source>Đã duyệt: {approved}/{total} đơn vị</source>
        <translation>Approved: {approved}/{total} offices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="251"/>
        <source>Số liệu {period} của đơn vị: {state}.</source>
        <translation>This office&apos;s figures for {period}: {state}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="255"/>
        <source>Ý kiến của cấp tỉnh: “{comment}”.</source>
        <translation>The province&apos;s comment: “{comment}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="259"/>
        <source>Số liệu đã khóa; cần sửa thì đề nghị cấp tỉnh mở lại.</source>
        <translation>The figures are locked; to correct them, ask the province to reopen them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="288"/>
        <source>Trả lại số liệu</source>
        <translation>Return figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="289"/>
        <source>Trả lại số liệu {period} của {office}. Ý kiến gửi đơn vị:</source>
        <translation>Return the figures for {period} of {office}. Comment for the office:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="292"/>
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="301"/>
        <source>Duyệt số liệu {period} của {office}? Sau khi duyệt, số liệu bị khóa, không ai sửa được cho đến khi cấp tỉnh mở lại.</source>
        <translation>Approve the figures for {period} of {office}? Once approved, the figures are locked and nobody can edit them until the province reopens them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="305"/>
        <source>Mở lại số liệu {period} của {office}? Số liệu sẽ sửa được và cần được duyệt lại.</source>
        <translation>Reopen the figures for {period} of {office}? They can then be edited and must be approved again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="315"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="328"/>
        <source>{office}: {state}.</source>
        <translation>{office}: {state}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="341"/>
        <source>Gửi số liệu để duyệt</source>
        <translation>Submit figures for approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="343"/>
        <source>Gửi số liệu {period} của đơn vị lên cấp tỉnh để duyệt. Trạng thái được gửi đi trong gói đồng bộ kế tiếp. Ghi chú gửi kèm (không bắt buộc):</source>
        <translation>Submit this office&apos;s figures for {period} to the province for approval. The state travels in the next sync package. Note (optional):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="346"/>
        <source>Gửi</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="360"/>
        <source>Đã gửi số liệu {period} để duyệt; hãy xuất gói gửi cấp tỉnh.</source>
        <translation>The figures for {period} were submitted; now export a package for the province.</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="97"/>
        <source>Hệ thống địa giới</source>
        <translation>Boundary system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="98"/>
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="99"/>
        <source>Huyện / quận / thị xã</source>
        <translation>District / town</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="100"/>
        <source>Xã / phường / thị trấn</source>
        <translation>Commune / ward / township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="144"/>
        <source>— chọn tỉnh —</source>
        <translation>— select province —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="156"/>
        <source>— chọn huyện —</source>
        <translation>— select district —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/area_picker.py" line="161"/>
        <location filename="../../desktop/ui/area_picker.py" line="167"/>
        <source>— chọn xã —</source>
        <translation>— select commune —</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../desktop/core/areas.py" line="40"/>
        <source>Trước 01/07/2025 (tỉnh – huyện – xã)</source>
        <translation>Before 1 July 2025 (province – district – commune)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/areas.py" line="41"/>
        <source>Từ 01/07/2025 (tỉnh – xã)</source>
        <translation>From 1 July 2025 (province – commune)</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <location filename="../../desktop/ui/background.py" line="91"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="59"/>
        <source>Sao lưu &amp;dữ liệu</source>
        <translation>Back up &amp;data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="61"/>
        <source>Sao lưu ra &amp;thư mục khác (USB)…</source>
        <translation>Back up to &amp;another folder (USB)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="63"/>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="74"/>
        <source>Đã sao lưu vào:
{path}</source>
        <translation>Backed up to:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="76"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="78"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="83"/>
        <source>Chọn thư mục để lưu bản sao (ví dụ ổ USB)</source>
        <translation>Choose a folder for the backup copy (for example a USB drive)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="103"/>
        <location filename="../../desktop/ui/backup_actions.py" line="120"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="105"/>
        <source>Toàn bộ dữ liệu hiện tại sẽ được thay bằng bản sao lưu đã chọn.
Dữ liệu hiện tại được sao lưu trước khi khôi phục. Tiếp tục?</source>
        <translation>All current data will be replaced by the selected backup.
The current data is backed up before restoring. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="122"/>
        <source>Đã khôi phục xong. Dữ liệu trước khi khôi phục được giữ ở:
{path}</source>
        <translation>Restore complete. The data from before the restore is kept at:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="126"/>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/core/backups.py" line="138"/>
        <source>Không ghi được bản sao lưu vào {folder} (ổ đĩa đầy hoặc không có quyền ghi). Chưa có gì bị thay đổi. Hãy giải phóng chỗ trống hoặc chọn thư mục khác rồi làm lại.</source>
        <translation>Could not write the backup to {folder} (the disk is full or you do not have permission to write there). Nothing has been changed. Free up some space or choose another folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="172"/>
        <source>Không sao lưu được cơ sở dữ liệu PostgreSQL: máy này chưa cài pg_dump (công cụ đi kèm PostgreSQL). Hãy cài PostgreSQL client rồi làm lại, hoặc xác nhận làm tiếp mà không có bản sao lưu.</source>
        <translation>Could not back up the PostgreSQL database: pg_dump (a tool that comes with PostgreSQL) is not installed on this computer. Install the PostgreSQL client and try again, or confirm that you want to continue without a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="277"/>
        <source>Không tìm thấy bản sao lưu {path}.</source>
        <translation>Backup {path} not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="282"/>
        <source>{path} không phải bản sao lưu SQLite của HTX Desktop.</source>
        <translation>{path} is not an HTX Desktop SQLite backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="297"/>
        <source>{path} không phải bản sao lưu PostgreSQL (pg_dump).</source>
        <translation>{path} is not a PostgreSQL backup (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backups.py" line="316"/>
        <source>Khôi phục không thành công; bản sao của dữ liệu trước khi khôi phục ở {path}.</source>
        <translation>The restore failed; a copy of the data from before the restore is at {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="38"/>
        <source>Sao lưu theo yêu cầu</source>
        <translation>Backup on request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="39"/>
        <source>Trước khi nhập gói</source>
        <translation>Before importing a package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="40"/>
        <source>Trước khi nhập Excel</source>
        <translation>Before importing from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="41"/>
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation>Before upgrading the data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="42"/>
        <source>Trước khi khôi phục</source>
        <translation>Before restoring</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="56"/>
        <source>&lt;h3&gt;Theo dõi tiến độ thực hiện nhiệm vụ&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Task progress tracking&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="64"/>
        <source>Tìm nhiệm vụ, đơn vị…</source>
        <translation>Search tasks, offices…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="66"/>
        <source>Lọc theo văn bản</source>
        <translation>Filter by directive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="67"/>
        <source>Lọc theo đơn vị</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="68"/>
        <source>Lọc theo trạng thái</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="74"/>
        <location filename="../../desktop/ui/board_page.py" line="197"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="79"/>
        <source>Văn bản</source>
        <translation>Directive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="80"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="81"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="92"/>
        <source>Nhập báo cáo thay đơn vị…</source>
        <translation>Enter report on behalf of office…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="146"/>
        <location filename="../../desktop/ui/board_page.py" line="147"/>
        <source>Đang tải bảng theo dõi…</source>
        <translation>Loading the progress board…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="190"/>
        <source>Theo dõi tiến độ ({n})</source>
        <translation>Progress tracking ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="191"/>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Theo dõi tiến độ</source>
        <translation>Progress tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="227"/>
        <source> và {n} đơn vị khác</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="231"/>
        <source>&lt;b&gt;Chưa báo cáo kỳ hiện tại ({n} đơn vị):&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Not yet reported for the current period ({n} offices):&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="238"/>
        <source>Mọi đơn vị đã báo cáo kỳ hiện tại.</source>
        <translation>All offices have reported for the current period.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="240"/>
        <source>Đang hiện {shown} / {total} lượt giao nhiệm vụ</source>
        <translation>Showing {shown} of {total} task assignments</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="24"/>
        <source>HTX Desktop: quản lý hợp tác xã và tiến độ nhiệm vụ, đồng bộ bằng gói tệp.</source>
        <translation>HTX Desktop: manage cooperatives and task progress, synchronised by package files.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="30"/>
        <source>mở cửa sổ chương trình (mặc định)</source>
        <translation>open the application window (default)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="31"/>
        <source>đường dẫn tệp CSDL hoặc URL PostgreSQL</source>
        <translation>database file path or PostgreSQL URL</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="32"/>
        <source>gói đồng bộ cần nhập</source>
        <translation>sync package to import</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common.py" line="30"/>
        <source>tệp CSDL SQLite hoặc URL (postgresql+psycopg://...); mặc định: biến HTX_DB, hoặc tệp trong thư mục dữ liệu người dùng</source>
        <translation>SQLite database file or URL (postgresql+psycopg://...); default: the HTX_DB variable, or a file in the user data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common.py" line="63"/>
        <source>“{word}” không đúng dạng trường=giá_trị.</source>
        <translation>“{word}” is not in the form field=value.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common.py" line="88"/>
        <source>Đã dừng theo yêu cầu; không có gì bị thay đổi.</source>
        <translation>Stopped on request; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common.py" line="95"/>
        <source>Lỗi không mong đợi trong chương trình. Chi tiết đã ghi vào {path}.</source>
        <translation>Unexpected error in the application. Details were written to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="22"/>
        <source>danh bạ hợp tác xã</source>
        <translation>cooperative registry</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="25"/>
        <source>liệt kê hợp tác xã</source>
        <translation>list cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="19"/>
        <source>gửi số liệu của đơn vị lên cấp tỉnh để duyệt</source>
        <translation>submit this office&apos;s figures to the province for approval</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="22"/>
        <source>ghi chú gửi kèm</source>
        <translation>a note sent with it</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="26"/>
        <source>cấp tỉnh duyệt số liệu của một đơn vị</source>
        <translation>the province approves an office&apos;s figures</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="28"/>
        <source>cấp tỉnh trả lại số liệu của một đơn vị, kèm ý kiến</source>
        <translation>the province returns an office&apos;s figures, with a comment</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="29"/>
        <source>cấp tỉnh mở lại số liệu đã duyệt để sửa</source>
        <translation>the province reopens approved figures for correction</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="34"/>
        <source>mã đơn vị cấp dưới, ví dụ H457</source>
        <translation>code of an office under this one, for example H457</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="39"/>
        <source>ý kiến của cấp tỉnh (bắt buộc khi trả lại)</source>
        <translation>the province&apos;s comment (required when returning)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="44"/>
        <source>trạng thái duyệt số liệu của các đơn vị trong một kỳ</source>
        <translation>the sign-off state of the offices&apos; figures for a period</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="47"/>
        <location filename="../../desktop/cli/coop.py" line="27"/>
        <location filename="../../desktop/cli/tasks.py" line="45"/>
        <source>in dạng JSON</source>
        <translation>print as JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="56"/>
        <source>kỳ: năm (2026: số liệu hợp tác xã và báo cáo cả năm) hoặc nửa năm (2026-H1, 2026-H2)</source>
        <translation>period: a year (2026: cooperative figures and the year&apos;s reports) or a half year (2026-H1, 2026-H2)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="65"/>
        <source>{office}: {period} – {state}.</source>
        <translation>{office}: {period} – {state}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/approval.py" line="98"/>
        <source>số liệu đã thay đổi sau khi duyệt</source>
        <translation>figures changed after approval</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="30"/>
        <source>tìm theo từ khóa như trong cửa sổ (không phân biệt dấu, khớp nhất trước)</source>
        <translation>search by keyword as in the window (ignoring diacritics, best matches first)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="35"/>
        <source>chỉ bản ghi đã xóa</source>
        <translation>deleted records only</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="39"/>
        <source>xem một hợp tác xã và lịch sử</source>
        <translation>show a cooperative and its history</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="41"/>
        <source>mã số HTX hoặc mã định danh</source>
        <translation>registration number or identifier</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="45"/>
        <source>thêm hợp tác xã: trường=giá_trị ...</source>
        <translation>add a cooperative: field=value ...</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="48"/>
        <source>các chỉ tiêu thuộc năm này</source>
        <translation>year of the indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="51"/>
        <source>sửa hợp tác xã: MÃ trường=giá_trị ...</source>
        <translation>edit a cooperative: CODE field=value ...</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="55"/>
        <source>sửa chỉ tiêu của năm này</source>
        <translation>edit the indicators of this year</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="58"/>
        <source>xóa (có thể khôi phục)</source>
        <translation>delete (can be restored)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="64"/>
        <source>khôi phục hợp tác xã đã xóa: MÃ</source>
        <translation>restore a deleted cooperative: CODE</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="148"/>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="150"/>
        <source>Đã sửa {n} trường.</source>
        <translation>Fields changed: {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="158"/>
        <source>Đã xóa (khôi phục được: “htx coop undelete {code}”).</source>
        <translation>Deleted (can be restored: “htx coop undelete {code}”).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/coop.py" line="169"/>
        <source>Đã khôi phục hợp tác xã.</source>
        <translation>The cooperative has been restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="16"/>
        <source>tạo dữ liệu mẫu</source>
        <translation>create demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="22"/>
        <source>địa giới: post2025 (từ 01/07/2025, mặc định) hoặc pre2025 (mặc định: như đơn vị đã thiết lập)</source>
        <translation>administrative boundaries: post2025 (from 01/07/2025, the default) or pre2025 (default: as the office is set up)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="36"/>
        <source>Đã tạo dữ liệu mẫu ({summary}) trong {seconds:.1f} giây.</source>
        <translation>Created demo data ({summary}) in {seconds:.1f} seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="19"/>
        <source>thiết lập cơ sở dữ liệu cấp tỉnh (nơi tổng hợp)</source>
        <translation>set up the province-level database (the consolidating hub)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="23"/>
        <source>mã đơn vị, ví dụ T44</source>
        <translation>office code, e.g. T44</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="24"/>
        <source>tên đơn vị</source>
        <translation>office name</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="25"/>
        <source>mã tỉnh (tùy chọn)</source>
        <translation>province code (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="30"/>
        <source>cấp tệp thiết lập cho một đơn vị (cấp tỉnh)</source>
        <translation>issue a setup file to an office (province level)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="36"/>
        <source>mã địa bàn của đơn vị (huyện, tỉnh...)</source>
        <translation>area code of the office (district, province...)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="40"/>
        <source>hệ thống địa giới (mặc định: như của cấp tỉnh)</source>
        <translation>administrative boundary system (default: the same as the province&apos;s)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="44"/>
        <source>commune (cấp xã, mặc định), department (sở, ngành), district (cấp huyện, địa giới cũ)</source>
        <translation>commune (commune level, the default), department (provincial department), district (district level, old boundaries)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="48"/>
        <source>sở, ngành được sửa hồ sơ HTX nào: all (mọi HTX), none (không, mặc định) hoặc mã lĩnh vực cách nhau dấu phẩy (agri,trade)</source>
        <translation>which cooperative records the department may edit: all (every cooperative), none (none, the default) or sector codes separated by commas (agri,trade)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="55"/>
        <source>tệp (hoặc thư mục) ghi tệp thiết lập</source>
        <translation>file (or folder) to write the setup file to</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="60"/>
        <source>cài đặt đơn vị từ tệp thiết lập do tỉnh cấp</source>
        <translation>install an office from a setup file issued by the province</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="67"/>
        <source>cài lại cho chính đơn vị này (máy mới); dữ liệu đang có được giữ</source>
        <translation>reinstall for this same office (a new PC); existing data is kept</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="73"/>
        <source>cho phép biến dữ liệu cấp tỉnh thành đơn vị trong tệp thiết lập</source>
        <translation>allow turning provincial data into the office in the setup file</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="77"/>
        <source>xuất gói đồng bộ</source>
        <translation>export a sync package</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="79"/>
        <source>thư mục ghi gói</source>
        <translation>folder to write the package to</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="81"/>
        <source>xuất toàn bộ thay vì phần thay đổi</source>
        <translation>export everything instead of only the changes</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="83"/>
        <source>mã đơn vị nhận (cấp tỉnh)</source>
        <translation>receiving office code (province level)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="87"/>
        <source>mã hóa cho đơn vị nhận (gửi qua thư điện tử)</source>
        <translation>encrypt for the receiving office (when sending by email)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="91"/>
        <source>nhập gói đồng bộ</source>
        <translation>import a sync package</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="19"/>
        <source>Tự tìm dòng tiêu đề và ghép cột; khớp hợp tác xã đã có theo mã số (sửa các trường thay đổi), thêm mới các dòng còn lại. Dòng có lỗi được bỏ qua và liệt kê; phần còn lại ghi trong một giao dịch.</source>
        <translation>Finds the header row and matches the columns automatically; matches existing cooperatives by registration number (updating the changed fields) and adds the remaining rows as new. Rows with errors are skipped and listed; the rest is written in a single transaction.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="29"/>
        <source>trang tính (mặc định: trang đầu)</source>
        <translation>worksheet (default: the first sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="33"/>
        <source>năm của các cột số liệu không ghi năm trong tiêu đề</source>
        <translation>year for figure columns whose header does not state a year</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="18"/>
        <source>địa giới hành chính: chuyển sang địa giới mới (cấp tỉnh)</source>
        <translation>administrative boundaries: switch to the new boundaries (province)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="23"/>
        <source>chuyển mọi hợp tác xã sang mã địa giới từ 01/07/2025</source>
        <translation>move every cooperative to the area codes in force from 01/07/2025</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="28"/>
        <location filename="../../desktop/cli/areas.py" line="70"/>
        <location filename="../../desktop/cli/excel.py" line="36"/>
        <location filename="../../desktop/cli/sync.py" line="95"/>
        <source>chỉ xem trước, không ghi gì</source>
        <translation>preview only, write nothing</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="34"/>
        <source>chọn xã, phường mới cho hợp tác xã ở xã cũ bị chia tách</source>
        <translation>choose the new commune or ward for a cooperative in an old commune that was split</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="37"/>
        <source>mã số HTX</source>
        <translation>cooperative registration number</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="38"/>
        <source>mã xã, phường mới</source>
        <translation>new commune or ward code</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="44"/>
        <source>chuyển đơn vị cấp huyện cũ thành đơn vị cấp xã, hoặc cho dừng</source>
        <translation>turn an old district-level office into a commune-level office, or retire it</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="47"/>
        <source>mã đơn vị cấp huyện cũ</source>
        <translation>old district-level office code</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="48"/>
        <source>mã xã, phường mới mà đơn vị đảm nhận</source>
        <translation>code of the new commune or ward the office takes over</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="49"/>
        <source>tên mới của đơn vị (tùy chọn)</source>
        <translation>new name of the office (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="51"/>
        <source>cho đơn vị dừng gửi, nhận gói</source>
        <translation>stop the office sending and receiving packages</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="56"/>
        <source>mã các đơn vị tiếp nhận, cách nhau dấu phẩy</source>
        <translation>codes of the receiving offices, separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="65"/>
        <source>hợp nhất toàn bộ dữ liệu của một cấp tỉnh khác vào cấp tỉnh này</source>
        <translation>merge all the data of another province into this province</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="68"/>
        <source>tệp CSDL (hoặc URL) của cấp tỉnh kia</source>
        <translation>database file (or URL) of the other province</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="84"/>
        <source>{status}: {new} bản ghi mới, {changed} thay đổi, {conflicts} xung đột, {refused} bị từ chối.</source>
        <translation>{status}: {new} new records, {changed} changed, {conflicts} conflicts, {refused} refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="109"/>
        <source>Xem trước (chưa ghi gì):</source>
        <translation>Preview (nothing written yet):</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="111"/>
        <source>Đã chuyển sang địa giới mới:</source>
        <translation>Switched to the new boundaries:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="114"/>
        <source>{head} {converted} hợp tác xã chuyển thẳng, {choice} cần chọn xã mới, {same} đã dùng địa giới mới ({seconds:.1f} giây).</source>
        <translation>{head} {converted} cooperatives moved directly, {choice} need a new commune chosen, {same} already use the new boundaries ({seconds:.1f} seconds).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="131"/>
        <source>Chọn bằng: htx areas choose MÃ-SỐ-HTX MÃ-XÃ-MỚI</source>
        <translation>Choose with: htx areas choose REG-NUMBER NEW-COMMUNE-CODE</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="142"/>
        <source>Đã chuyển “{name}”: {old} → {new}.</source>
        <translation>Moved “{name}”: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="163"/>
        <source> (đã dừng)</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="174"/>
        <source>Hãy cho biết --commune MÃ-XÃ hoặc --retire (một trong hai).</source>
        <translation>Give either --commune COMMUNE-CODE or --retire (one of the two).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="181"/>
        <source>Đơn vị {code} nay là đơn vị cấp xã của {area}.</source>
        <translation>Office {code} is now the commune-level office of {area}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/areas.py" line="186"/>
        <source>Đơn vị {code} đã dừng; gói cuối cùng của đơn vị vẫn được nhận.</source>
        <translation>Office {code} has been retired; its last package will still be accepted.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="39"/>
        <source>in báo cáo dạng JSON</source>
        <translation>print the report as JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="62"/>
        <source>xuất danh sách, chỉ tiêu, báo cáo ra Excel</source>
        <translation>export the list, indicators and reports to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="66"/>
        <source>tệp .xlsx cần ghi</source>
        <translation>.xlsx file to write</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="70"/>
        <source>coops: danh sách HTX; indicators: chỉ tiêu hằng năm; summary: bảng tổng hợp theo địa bàn và lĩnh vực; tasks: tiến độ nhiệm vụ theo đơn vị</source>
        <translation>coops: cooperative list; indicators: annual indicators; summary: summary table by area and sector; tasks: task progress by office</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="18"/>
        <source>nhập danh sách hợp tác xã từ bảng tính (.xlsx, .xls, .ods)</source>
        <translation>import a cooperative list from a spreadsheet (.xlsx, .xls, .ods)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="43"/>
        <source>chọn trường cho một cột (--map C=name, --map H=revenue:2024, --map E=-) hoặc nghĩa của một giá trị chưa khớp, được ghi nhớ cho các lần sau (--map &quot;status:Đang HĐ tốt=active&quot;, --map &quot;area:xã Hồng Thủy=19252&quot;)</source>
        <translation>choose the field for a column (--map C=name, --map H=revenue:2024, --map E=-) or the meaning of a value that did not match, remembered for next time (--map &quot;status:Đang HĐ tốt=active&quot;, --map &quot;area:xã Hồng Thủy=19252&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="49"/>
        <source>chuyển sang Unicode các ô có chữ giống TCVN3/VNI mà phông chữ không cho biết (xem trước bằng --dry-run)</source>
        <translation>convert to Unicode the cells whose text looks like TCVN3/VNI when the font does not say so (preview with --dry-run)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="55"/>
        <location filename="../../desktop/cli/sync.py" line="101"/>
        <source>nhập cả khi không sao lưu được (PostgreSQL trên máy chưa cài pg_dump)</source>
        <translation>import even if no backup can be made (PostgreSQL on a computer without pg_dump)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="75"/>
        <source>năm số liệu (mặc định: năm gần nhất có số liệu)</source>
        <translation>year of the figures (default: the latest year with figures)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="79"/>
        <source>bảng tổng hợp của một địa bàn (mã tỉnh, huyện hoặc xã)</source>
        <translation>summary table for one area (province, district or commune code)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="83"/>
        <source>bảng tổng hợp theo huyện cũ (trước 01/07/2025) thay vì xã, phường mới</source>
        <translation>summary table by old district (before 01/07/2025) instead of the new communes and wards</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="88"/>
        <source>ghi mẫu Excel trống để nhập danh sách</source>
        <translation>write an empty Excel template for importing a list</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="114"/>
        <source>Xem trước (chưa ghi gì): </source>
        <translation>Preview (nothing written): </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="114"/>
        <source>Đã nhập: </source>
        <translation>Imported: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="115"/>
        <source>{created} thêm mới, {updated} cập nhật, {unchanged} không đổi, {skipped} bỏ qua, {errors} dòng có lỗi.</source>
        <translation>{created} added, {updated} updated, {unchanged} unchanged, {skipped} skipped, {errors} rows with errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="123"/>
        <source>Dòng {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="125"/>
        <source>, cột {column} ({header})</source>
        <translation>, column {column} ({header})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="130"/>
        <source>{n} ô có chữ giống TCVN3/VNI nhưng phông chữ không cho biết; thêm --convert-legacy để chuyển sang Unicode. Ví dụ:</source>
        <translation>{n} cells have text that looks like TCVN3/VNI but the font does not say so; add --convert-legacy to convert them to Unicode. For example:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="137"/>
        <source>Chưa khớp: {field} “{value}” (dòng {rows}). Chọn bằng --map &quot;{field}:{value}=MÃ&quot;; các mã: {choices}</source>
        <translation>Not matched: {field} “{value}” (rows {rows}). Choose with --map &quot;{field}:{value}=CODE&quot;; the codes: {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="143"/>
        <source>Dòng {row}: bỏ qua – {reason}.</source>
        <translation>Row {row}: skipped – {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="156"/>
        <source>Đã xuất {n} hợp tác xã vào {path}.</source>
        <translation>Exported {n} cooperatives to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="159"/>
        <source>Đã xuất {n} dòng chỉ tiêu vào {path}.</source>
        <translation>Exported {n} indicator rows to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="167"/>
        <source>Đã xuất bảng tổng hợp năm {n} vào {path}.</source>
        <translation>Exported the summary table for {n} to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="170"/>
        <source>Đã xuất tiến độ của {n} đơn vị vào {path}.</source>
        <translation>Exported the progress of {n} offices to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/excel.py" line="180"/>
        <source>Đã ghi mẫu nhập vào {path}.</source>
        <translation>Wrote the import template to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="107"/>
        <source>liệt kê xung đột cần xử lý</source>
        <translation>list conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="113"/>
        <source>xử lý một xung đột bằng cách ghi giá trị chọn</source>
        <translation>resolve a conflict by writing the chosen value</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="120"/>
        <source>giá trị JSON (ví dụ &quot;Tên mới&quot;, 123, true)</source>
        <translation>JSON value (e.g. &quot;New name&quot;, 123, true)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="124"/>
        <source>nhật ký các gói đã xuất, nhập</source>
        <translation>log of exported and imported packages</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="129"/>
        <source>hoàn tác lần nhập gói gần nhất</source>
        <translation>undo the last package import</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="140"/>
        <source>Đã thiết lập cấp tỉnh: {name} ({code}).</source>
        <translation>Province level set up: {name} ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="168"/>
        <source>Đã cài đặt đơn vị {name} ({code}); nhận {n} bản ghi ban đầu.</source>
        <translation>Installed office {name} ({code}); received {n} initial records.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="200"/>
        <source>{file}: {status} – mới {new}, sửa {changed}, xóa {deleted}, xung đột {conflicts}, từ chối {refused}</source>
        <translation>{file}: {status} – new {new}, changed {changed}, deleted {deleted}, conflicts {conflicts}, refused {refused}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="233"/>
        <source>Đã ghi giá trị chọn; thay đổi sẽ đi theo gói đồng bộ kế tiếp.</source>
        <translation>Chosen value saved; the change will go out with the next sync package.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sync.py" line="261"/>
        <source>Đã hoàn tác lần nhập gói {file} ({n} bản ghi).</source>
        <translation>Undid the import of package {file} ({n} records).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="24"/>
        <source>“{text}” không phải ngày (dạng ngày/tháng/năm).</source>
        <translation>“{text}” is not a date (day/month/year).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="31"/>
        <source>văn bản chỉ đạo, nhiệm vụ và báo cáo tiến độ</source>
        <translation>directives, tasks and progress reports</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="35"/>
        <source>nạp chỉ thị mẫu (cấp tỉnh)</source>
        <translation>load the sample directive (province level)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="37"/>
        <source>in kết quả dạng JSON</source>
        <translation>print the results as JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="42"/>
        <source>liệt kê nhiệm vụ, đơn vị được giao, báo cáo mới nhất và trạng thái</source>
        <translation>list tasks, assigned offices, latest reports and status</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="47"/>
        <source>chỉ văn bản này (mã hoặc số ký hiệu)</source>
        <translation>only this directive (code or reference number)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="50"/>
        <source>chỉ nhiệm vụ giao cho đơn vị này (mã đơn vị)</source>
        <translation>only tasks assigned to this office (office code)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="53"/>
        <source>chỉ nhiệm vụ giao cho đơn vị mình</source>
        <translation>only tasks assigned to my office</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="58"/>
        <source>chỉ nhiệm vụ có đơn vị ở trạng thái này</source>
        <translation>only tasks with an office in this status</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="63"/>
        <source>tính trạng thái tại ngày này (mặc định: hôm nay)</source>
        <translation>compute the status as of this date (default: today)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="67"/>
        <source>báo cáo tiến độ một nhiệm vụ</source>
        <translation>report progress on a task</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="72"/>
        <source>mã nhiệm vụ, hoặc số thứ tự nhiệm vụ trong văn bản (ví dụ 3)</source>
        <translation>task code, or the task&apos;s number within the directive (e.g. 3)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="75"/>
        <source>văn bản chứa nhiệm vụ (khi có nhiều văn bản)</source>
        <translation>directive containing the task (when there are several)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="79"/>
        <source>kỳ báo cáo: 2026, 2026-H1, 2026-Q3, 2026-11, hoặc để trống với nhiệm vụ một lần; mặc định: kỳ đang đến hạn</source>
        <translation>reporting period: 2026, 2026-H1, 2026-Q3, 2026-11, or empty for a one-off task; default: the period now due</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="85"/>
        <source>not_started | in_progress | done (hoặc tiếng Việt)</source>
        <translation>not_started | in_progress | done (or Vietnamese)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="87"/>
        <source>tỷ lệ hoàn thành, 0–100</source>
        <translation>percent complete, 0–100</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="88"/>
        <source>kết quả đã thực hiện</source>
        <translation>results achieved</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="90"/>
        <source>ngày báo cáo (mặc định: hôm nay)</source>
        <translation>report date (default: today)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="92"/>
        <source>số văn bản báo cáo</source>
        <translation>report document number</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="93"/>
        <source>khó khăn, vướng mắc</source>
        <translation>difficulties and obstacles</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="94"/>
        <source>kiến nghị, đề xuất</source>
        <translation>recommendations and proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="97"/>
        <source>cấp tỉnh nhập thay cho đơn vị này (mã đơn vị); mặc định: đơn vị mình</source>
        <translation>province level enters the report on behalf of this office (office code); default: own office</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="103"/>
        <source>gia hạn nhiệm vụ (cấp tỉnh)</source>
        <translation>extend a task deadline (province level)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="106"/>
        <location filename="../../desktop/cli/tasks.py" line="152"/>
        <source>mã hoặc số thứ tự nhiệm vụ</source>
        <translation>task code or number</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="108"/>
        <location filename="../../desktop/cli/tasks.py" line="154"/>
        <source>văn bản chứa nhiệm vụ</source>
        <translation>directive containing the task</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="110"/>
        <source>thời hạn mới</source>
        <translation>new deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="115"/>
        <source>thêm văn bản chỉ đạo (cấp tỉnh)</source>
        <translation>add a directive (province)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="119"/>
        <source>số, ký hiệu, ví dụ 12/CT-UBND</source>
        <translation>number and symbol, e.g. 12/CT-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="121"/>
        <source>trích yếu</source>
        <translation>subject</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="122"/>
        <source>ngày ban hành</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="123"/>
        <source>cơ quan ban hành</source>
        <translation>issuing authority</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="124"/>
        <source>tóm tắt nội dung</source>
        <translation>summary of contents</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="128"/>
        <source>thêm nhiệm vụ vào một văn bản và giao cho đơn vị (cấp tỉnh)</source>
        <translation>add a task to a directive and assign it to offices (province)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="132"/>
        <source>văn bản (mã hoặc số ký hiệu)</source>
        <translation>directive (id or number and symbol)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="134"/>
        <source>tên nhiệm vụ</source>
        <translation>task title</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="135"/>
        <source>nội dung nhiệm vụ</source>
        <translation>task description</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="138"/>
        <source>chu kỳ báo cáo: once, yearly, half, quarter, month (hoặc tiếng Việt)</source>
        <translation>reporting cycle: once, yearly, half, quarter, month (or in Vietnamese)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="142"/>
        <source>thời hạn (nhiệm vụ một lần)</source>
        <translation>deadline (one-off task)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="143"/>
        <source>số thứ tự trong văn bản</source>
        <translation>number within the directive</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="148"/>
        <source>giao lại nhiệm vụ cho các đơn vị (cấp tỉnh)</source>
        <translation>reassign a task to offices (province)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="164"/>
        <source>mã đơn vị chủ trì (nhắc lại hoặc cách nhau bằng dấu phẩy)</source>
        <translation>lead office code (repeat, or separate with commas)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="170"/>
        <source>mã đơn vị phối hợp (nhắc lại hoặc cách nhau bằng dấu phẩy)</source>
        <translation>coordinating office code (repeat, or separate with commas)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="188"/>
        <source>Đã thêm văn bản {number}.</source>
        <translation>Directive {number} added.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="202"/>
        <source>Đã thêm nhiệm vụ {n} “{title}”, giao cho {units} đơn vị.</source>
        <translation>Task {n} “{title}” added and assigned to {units} offices.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="216"/>
        <source>Nhiệm vụ {n} giao cho: {units}.</source>
        <translation>Task {n} assigned to: {units}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="222"/>
        <source>không đơn vị nào</source>
        <translation>no office</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="236"/>
        <source>Đã nạp chỉ thị mẫu: {tasks} nhiệm vụ, {assignments} lượt giao cho đơn vị; thêm {offices} đơn vị mới.</source>
        <translation>Loaded the sample directive: {tasks} tasks, {assignments} assignments to offices; added {offices} new offices.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="256"/>
        <source>Không tìm thấy văn bản “{key}”.</source>
        <translation>Directive “{key}” not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="291"/>
        <source>chưa có báo cáo</source>
        <translation>no report yet</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="326"/>
        <source>Đã ghi báo cáo {period} cho nhiệm vụ {n} ({office}).</source>
        <translation>Saved the {period} report for task {n} ({office}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/tasks.py" line="341"/>
        <source>Đã gia hạn đến {new} (lần {n}; thời hạn trước: {old}).</source>
        <translation>Extended to {new} (extension {n}; previous deadline: {old}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backup.py" line="18"/>
        <source>sao lưu cơ sở dữ liệu ngay</source>
        <translation>back up the database now</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backup.py" line="23"/>
        <source>thư mục ghi bản sao (ví dụ ổ USB); mặc định: thư mục sao lưu của chương trình</source>
        <translation>folder to write the backup to (for example a USB drive); default: the program&apos;s backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backup.py" line="31"/>
        <source>liệt kê các bản sao lưu của cơ sở dữ liệu; với BẢN-SAO: khôi phục nó (dữ liệu hiện tại được sao lưu trước)</source>
        <translation>list the backups of the database; with BACKUP: restore it (the current data is backed up first)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backup.py" line="42"/>
        <source>số thứ tự trong danh sách hoặc đường dẫn tệp sao lưu</source>
        <translation>number in the list or path of the backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backup.py" line="45"/>
        <source>khôi phục mà không hỏi lại</source>
        <translation>restore without asking again</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backup.py" line="55"/>
        <source>Cơ sở dữ liệu chưa có gì để sao lưu.</source>
        <translation>The database has nothing to back up yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backup.py" line="81"/>
        <source>Chưa có bản sao lưu nào của cơ sở dữ liệu này.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backup.py" line="92"/>
        <source>Khôi phục sẽ thay toàn bộ dữ liệu hiện tại bằng {path} (dữ liệu hiện tại được sao lưu trước). Chạy lại với --yes để thực hiện.</source>
        <translation>Restoring will replace all current data with {path} (the current data is backed up first). Run again with --yes to do it.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backup.py" line="102"/>
        <source>Đã khôi phục từ {path}. Dữ liệu trước khi khôi phục: {before}</source>
        <translation>Restored from {path}. Data from before the restore: {before}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backup.py" line="115"/>
        <source>Không có bản sao lưu số {n}; chạy “htx restore” để xem danh sách.</source>
        <translation>There is no backup number {n}; run “htx restore” to see the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/report.py" line="16"/>
        <source>lập báo cáo gửi UBND (.docx hoặc .pdf)</source>
        <translation>write a report to the People&apos;s Committee (.docx or .pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/report.py" line="21"/>
        <source>báo cáo kết quả thực hiện chỉ thị trong một kỳ (6 tháng, năm)</source>
        <translation>report on directive implementation for a period (half-year, year)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/report.py" line="26"/>
        <source>kỳ báo cáo: 2026-H1, 2026-H2 hoặc 2026</source>
        <translation>reporting period: 2026-H1, 2026-H2 or 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/report.py" line="30"/>
        <source>chỉ một văn bản (mặc định: mọi văn bản đang theo dõi)</source>
        <translation>only one directive (default: every directive being tracked)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/report.py" line="36"/>
        <source>báo cáo tình hình hợp tác xã trong một năm</source>
        <translation>report on the cooperatives in a year</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/report.py" line="42"/>
        <source>chỉ một địa bàn (mã tỉnh, huyện hoặc xã trong danh mục của đơn vị)</source>
        <translation>only one area (a province, district or commune code in the office&apos;s list)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/report.py" line="51"/>
        <source>tệp cần ghi: .docx (Word, sửa được) hoặc .pdf</source>
        <translation>file to write: .docx (Word, editable) or .pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/report.py" line="55"/>
        <source>số văn bản, ví dụ 125/BC-STC (mặc định để trống cho văn thư ghi)</source>
        <translation>document number, for example 125/BC-STC (default: left blank for the records office to fill in)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/report.py" line="86"/>
        <source>Đã ghi báo cáo {period} ({tasks} nhiệm vụ) vào {path} ({seconds} giây).</source>
        <translation>Wrote the report for {period} ({tasks} tasks) to {path} ({seconds} seconds).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/report.py" line="107"/>
        <source>Đã ghi báo cáo hợp tác xã năm {year} ({n} hợp tác xã) vào {path}.</source>
        <translation>Wrote the cooperative report for {year} ({n} cooperatives) to {path}.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="64"/>
        <source>Ý kiến</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="73"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_page.py" line="87"/>
        <source>Hãy ghi ý kiến: điều đơn vị cần sửa.</source>
        <translation>Write a comment: what the office must correct.</translation>
    </message>
</context>
<context>
    <name>CommitteeReportDialog</name>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="40"/>
        <source>Lập báo cáo gửi UBND</source>
        <translation>Write a report to the People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="45"/>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="83"/>
        <source>Loại báo cáo</source>
        <translation>Report type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="46"/>
        <source>Báo cáo kết quả thực hiện chỉ thị (theo kỳ)</source>
        <translation>Report on directive implementation (by period)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="47"/>
        <source>Báo cáo tình hình hợp tác xã (theo năm)</source>
        <translation>Report on the cooperatives (by year)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="49"/>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="84"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="55"/>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="85"/>
        <source>Văn bản chỉ đạo</source>
        <translation>Directives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="56"/>
        <source>Mọi văn bản đang theo dõi</source>
        <translation>Every directive being tracked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="63"/>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="86"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="67"/>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="87"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="68"/>
        <source>Toàn địa bàn của đơn vị</source>
        <translation>The office&apos;s whole area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="72"/>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="88"/>
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="73"/>
        <source>ví dụ 125/BC-STC; để trống cho văn thư ghi</source>
        <translation>for example 125/BC-STC; leave blank for the records office to fill in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="74"/>
        <source>Word (.docx, sửa được)</source>
        <translation>Word (.docx, editable)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="75"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="89"/>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="91"/>
        <source>Lập và lưu…</source>
        <translation>Write and save…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="93"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="119"/>
        <source>bao-cao-chi-thi-{period}</source>
        <translation>directive-report-{period}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="121"/>
        <source>bao-cao-htx-{year}</source>
        <translation>cooperative-report-{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="123"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="124"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="124"/>
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="150"/>
        <source>Đã lập báo cáo</source>
        <translation>Report written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="151"/>
        <source>Đã lưu báo cáo vào:
{path}</source>
        <translation>Report saved to:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/committee_report_dialog.py" line="155"/>
        <source>Đang lập báo cáo</source>
        <translation>Writing the report</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../desktop/ui/confirm.py" line="13"/>
        <source>Bỏ thay đổi?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/confirm.py" line="15"/>
        <source>Các thay đổi chưa được lưu. Đóng và bỏ các thay đổi?</source>
        <translation>The changes have not been saved. Close and discard them?</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../desktop/core/sync/conflicts.py" line="98"/>
        <source>Không có bảng “{table}”.</source>
        <translation>There is no table “{table}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/conflicts.py" line="105"/>
        <source>Không tìm thấy bản ghi.</source>
        <translation>Record not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/conflicts.py" line="108"/>
        <source>Không có trường “{field}”.</source>
        <translation>There is no field “{field}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/conflicts.py" line="168"/>
        <source>Xung đột này do cấp tỉnh xử lý; đơn vị bạn không sửa được bản ghi đó.</source>
        <translation>This conflict is resolved by the province level; your office cannot edit that record.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="49"/>
        <source>Hai đơn vị đã sửa cùng một thông tin mà chưa thấy thay đổi của nhau. Giá trị đang dùng được chọn theo quy tắc chung (ưu tiên cấp tỉnh); hãy xác nhận hoặc chọn lại. Lựa chọn của bạn sẽ được gửi đi trong gói đồng bộ kế tiếp.</source>
        <translation>Two offices changed the same information without seeing each other&apos;s changes. The value in use was chosen by the common rule (the province level takes precedence); confirm it or choose again. Your choice will be sent in the next sync package.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="56"/>
        <source>Xung đột cần xử lý</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="59"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="60"/>
        <source>Thông tin</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="61"/>
        <source>Giá trị đang dùng</source>
        <translation>Value in use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="62"/>
        <source>Giá trị khác</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="63"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="74"/>
        <source>Giữ giá trị đang dùng</source>
        <translation>Keep value in use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="75"/>
        <source>Lấy giá trị khác</source>
        <translation>Use other value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="76"/>
        <source>Nhập giá trị mới…</source>
        <translation>Enter new value…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="95"/>
        <source>Đã xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="95"/>
        <source>Còn (đã được sửa)</source>
        <translation>Kept (edited)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="122"/>
        <source>Cùng sửa một trường</source>
        <translation>Same field edited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="122"/>
        <source>Xóa – sửa đồng thời</source>
        <translation>Deleted and edited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="123"/>
        <source>Trùng mã số</source>
        <translation>Duplicate registration number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="127"/>
        <source>Xóa bản ghi</source>
        <translation>Record deletion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="143"/>
        <source>{n} xung đột cần xử lý</source>
        <translation>Conflicts to resolve: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="180"/>
        <source>Chọn giá trị</source>
        <translation>Choose value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="180"/>
        <location filename="../../desktop/ui/conflicts_page.py" line="195"/>
        <source>Giá trị:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="194"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="216"/>
        <source>Giá trị không hợp lệ</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="217"/>
        <source>“{text}” không phải là số nguyên.</source>
        <translation>“{text}” is not a whole number.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../desktop/core/contacts.py" line="29"/>
        <source>Thư điện tử “{value}” chưa đúng: cần có dạng tên@tên-miền, ví dụ htxsenthuy@gmail.com.</source>
        <translation>The email address “{value}” is not valid: it must look like name@domain, for example htxsenthuy@gmail.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/contacts.py" line="54"/>
        <source>Số điện thoại “{value}” chưa đúng: cần 10 chữ số (di động, ví dụ 0912 345 678) hoặc 11 chữ số (cố định kèm mã vùng, ví dụ 0232 3822 123); có thể bắt đầu bằng +84.</source>
        <translation>The phone number “{value}” is not valid: it needs 10 digits (mobile, for example 0912 345 678) or 11 digits (landline with area code, for example 0232 3822 123); it may start with +84.</translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message>
        <location filename="../../desktop/core/area_conversion.py" line="121"/>
        <source>Dữ liệu đã theo địa giới từ 01/07/2025 (tỉnh – xã): không còn hợp tác xã hay đơn vị cấp huyện cũ nào cần chuyển.</source>
        <translation>The data already follows the boundaries in force since 01/07/2025 (province – commune): no cooperative or former district unit is left to convert.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/area_conversion.py" line="131"/>
        <source>Chỉ cấp tỉnh mới chuyển được danh sách hợp tác xã sang địa giới mới; đơn vị khác nhận kết quả qua gói đồng bộ.</source>
        <translation>Only the province can move the cooperative list to the new boundaries; other offices receive the result through sync packages.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/area_conversion.py" line="160"/>
        <source>Chỉ chuyển được sang địa giới từ 01/07/2025 (post2025).</source>
        <translation>The list can only be moved to the boundaries in force from 01/07/2025 (post2025).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/area_conversion.py" line="282"/>
        <source>Không tìm thấy hợp tác xã có mã số {key}.</source>
        <translation>No cooperative with registration number {key} was found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/area_conversion.py" line="287"/>
        <source>Hợp tác xã “{name}” đã dùng địa giới mới ({area}); không cần chọn.</source>
        <translation>Cooperative “{name}” already uses the new boundaries ({area}); there is nothing to choose.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/area_conversion.py" line="300"/>
        <source>Mã {code} không phải là xã, phường tiếp nhận địa bàn cũ “{old}”. Hãy chọn một trong: {names}.</source>
        <translation>Code {code} is not a commune or ward that took over the old area “{old}”. Choose one of: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/area_conversion.py" line="358"/>
        <source>Không có đơn vị mã {code}.</source>
        <translation>There is no office with code {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/area_conversion.py" line="373"/>
        <source>Mã xã {code} không có trong danh mục mới.</source>
        <translation>Commune code {code} is not in the new list.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/area_conversion.py" line="380"/>
        <source>{commune} không tiếp nhận phần nào của {old}; hãy chọn một xã, phường mới của địa bàn cũ.</source>
        <translation>{commune} did not take over any part of {old}; choose a new commune or ward of the old area.</translation>
    </message>
</context>
<context>
    <name>ConversionDialog</name>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="55"/>
        <source>Chuyển danh sách sang địa giới từ 01/07/2025</source>
        <translation>Move the list to the boundaries in force from 01/07/2025</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="62"/>
        <source>Mỗi hợp tác xã còn mang mã địa bàn cũ (trước 01/07/2025) được chuyển sang xã, phường mới; địa bàn cũ được giữ lại trong hồ sơ và lịch sử. Xã cũ bị chia cho nhiều xã mới: hãy chọn xã mới cho từng hợp tác xã (xem địa chỉ). Các thay đổi được gửi tới các đơn vị qua gói đồng bộ như mọi sửa đổi.</source>
        <translation>Each cooperative that still has an old area code (before 01/07/2025) is moved to its new commune or ward; the old area is kept in the record and its history. Where an old commune was split between several new communes, choose the new commune for each cooperative (see the address). The changes are sent to the offices in sync packages like any other edit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="74"/>
        <location filename="../../desktop/ui/conversion_dialog.py" line="89"/>
        <source>Mã số HTX</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="74"/>
        <location filename="../../desktop/ui/conversion_dialog.py" line="89"/>
        <location filename="../../desktop/ui/conversion_dialog.py" line="114"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="74"/>
        <location filename="../../desktop/ui/conversion_dialog.py" line="89"/>
        <location filename="../../desktop/ui/conversion_dialog.py" line="114"/>
        <source>Địa bàn cũ</source>
        <translation>Old area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="74"/>
        <source>Địa bàn mới</source>
        <translation>New area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="75"/>
        <source>Hợp tác xã chuyển thẳng</source>
        <translation>Cooperatives moved directly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="85"/>
        <source>Chuyển thẳng ({n})</source>
        <translation>Moved directly ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="89"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="90"/>
        <source>Xã, phường mới</source>
        <translation>New commune or ward</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="91"/>
        <source>Hợp tác xã cần chọn xã mới</source>
        <translation>Cooperatives that need a new commune chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="101"/>
        <source>Xã mới cho {code}</source>
        <translation>New commune for {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="102"/>
        <source>— chưa chọn —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="110"/>
        <source>Cần chọn xã mới ({n})</source>
        <translation>New commune needed ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="114"/>
        <source>Mã đơn vị</source>
        <translation>Office code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="114"/>
        <source>Sau chuyển đổi</source>
        <translation>After the change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="115"/>
        <source>Đơn vị cấp huyện cũ</source>
        <translation>Old district-level offices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="124"/>
        <source>Đơn vị {code} sau chuyển đổi</source>
        <translation>Office {code} after the change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="125"/>
        <source>Giữ nguyên (còn dùng địa giới cũ)</source>
        <translation>Keep as it is (still on the old boundaries)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="126"/>
        <source>Cho dừng (vẫn nhận các gói cuối cùng)</source>
        <translation>Retire (its last packages are still accepted)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="129"/>
        <source>Thành đơn vị cấp xã: {name}</source>
        <translation>Becomes a commune-level office: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="135"/>
        <source>Đơn vị cấp huyện cũ ({n})</source>
        <translation>Old district-level offices ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="144"/>
        <source>Chuyển đổi</source>
        <translation>Convert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="146"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="165"/>
        <source>&lt;b&gt;{converted}&lt;/b&gt; hợp tác xã chuyển thẳng sang xã mới; &lt;b&gt;{choice}&lt;/b&gt; ở xã cũ bị chia tách cần chọn (đã chọn {chosen}); &lt;b&gt;{same}&lt;/b&gt; đã dùng địa giới mới.</source>
        <translation>&lt;b&gt;{converted}&lt;/b&gt; cooperatives move directly to a new commune; &lt;b&gt;{choice}&lt;/b&gt; in old communes that were split need a choice ({chosen} chosen); &lt;b&gt;{same}&lt;/b&gt; already use the new boundaries.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="182"/>
        <source>Chuyển {n} hợp tác xã sang địa giới mới? Dữ liệu được sao lưu trước khi chuyển.</source>
        <translation>Move {n} cooperatives to the new boundaries? The data is backed up before the move.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="186"/>
        <source>{n} hợp tác xã chưa chọn xã mới sẽ giữ địa bàn cũ; có thể chọn sau.</source>
        <translation>{n} cooperatives without a new commune chosen will keep their old area; you can choose later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="188"/>
        <source>Chuyển sang địa giới mới</source>
        <translation>Move to the new boundaries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="198"/>
        <source>Đã chuyển sang địa giới mới</source>
        <translation>Moved to the new boundaries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversion_dialog.py" line="200"/>
        <source>Đã chuyển {n} hợp tác xã sang địa giới mới; {left} còn chờ chọn xã mới. Hãy xuất gói để gửi thay đổi tới các đơn vị.</source>
        <translation>Moved {n} cooperatives to the new boundaries; {left} still await a new commune. Export a package to send the changes to the offices.</translation>
    </message>
</context>
<context>
    <name>CoopDialog</name>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="70"/>
        <source>Thêm hợp tác xã</source>
        <translation>Add cooperative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="70"/>
        <source>Sửa hợp tác xã</source>
        <translation>Edit cooperative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="84"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="85"/>
        <location filename="../../desktop/ui/coop_dialog.py" line="241"/>
        <source>Chỉ tiêu hằng năm</source>
        <translation>Annual indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="87"/>
        <location filename="../../desktop/ui/coop_dialog.py" line="274"/>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="170"/>
        <source>— không chọn —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="191"/>
        <source>10 chữ số, ví dụ 3100123459</source>
        <translation>10 digits, e.g. 3100123459</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="193"/>
        <source>Ví dụ: Hợp tác xã Nông nghiệp Kiến Giang</source>
        <translation>e.g. Kiến Giang Agricultural Cooperative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="204"/>
        <source>Số nhà, thôn/xóm</source>
        <translation>House number, village/hamlet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="64"/>
        <source>Lưu (Enter, Ctrl+S)</source>
        <translation>Save (Enter, Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="93"/>
        <source>Enter hoặc Ctrl+S: lưu · Esc: đóng</source>
        <translation>Enter or Ctrl+S: save · Esc: close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="134"/>
        <source>Chỉ xem: {office} không được giao sửa hồ sơ này (lĩnh vực “{sector}”). Lĩnh vực được sửa: {names}.</source>
        <translation>View only: {office} is not assigned to edit this record (sector “{sector}”). Sectors it may edit: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="138"/>
        <source>chưa ghi</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="139"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="148"/>
        <source>{office} được giao sửa hợp tác xã các lĩnh vực: {names}.</source>
        <translation>{office} may edit cooperatives in these sectors: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="164"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="165"/>
        <source>Esc: đóng</source>
        <translation>Esc: close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="221"/>
        <source>Mã số HTX / mã số thuế</source>
        <translation>Registration number / tax code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="235"/>
        <source>Mỗi cột là một năm. Tiền tính bằng đồng; có thể gõ 1.250.000.000.</source>
        <translation>Each column is a year. Amounts are in VND; you can type 1.250.000.000.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="251"/>
        <source>Thêm năm…</source>
        <translation>Add year…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="253"/>
        <source>Xóa năm đang chọn</source>
        <translation>Remove selected year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="265"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="266"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="267"/>
        <source>Người sửa</source>
        <translation>Edited by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="268"/>
        <source>Nội dung</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="269"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="270"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="275"/>
        <source> (nhận từ gói đồng bộ)</source>
        <translation> (from sync package)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="275"/>
        <source> (nhập từ Excel)</source>
        <translation> (imported from Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="276"/>
        <source> (xử lý xung đột)</source>
        <translation> (conflict resolution)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="282"/>
        <source>Tạo bản ghi</source>
        <translation>Record created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="284"/>
        <source>Thêm số liệu năm {year}</source>
        <translation>Add data for {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="333"/>
        <source>Thêm năm</source>
        <translation>Add year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="334"/>
        <source>Năm của số liệu:</source>
        <translation>Year of the data:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="347"/>
        <source>Xóa năm</source>
        <translation>Remove year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="347"/>
        <source>Xóa toàn bộ số liệu năm {year}?</source>
        <translation>Delete all data for {year}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="435"/>
        <source>Năm {year}: {message}</source>
        <translation>Year {year}: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_dialog.py" line="454"/>
        <source>Chưa lưu: có {n} chỗ cần sửa (xem dòng chữ đỏ ở: {where}).</source>
        <translation>Not saved: {n} item(s) to correct (see the red text on: {where}).</translation>
    </message>
</context>
<context>
    <name>CoopPage</name>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="60"/>
        <source>Tìm theo tên, mã số, địa chỉ, người đại diện (gõ không dấu cũng được)…</source>
        <translation>Search by name, registration no., address, representative (accents optional)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="63"/>
        <source>Tìm hợp tác xã</source>
        <translation>Search cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="65"/>
        <location filename="../../desktop/ui/coop_page.py" line="77"/>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="67"/>
        <location filename="../../desktop/ui/coop_page.py" line="77"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="69"/>
        <source>Gõ tên huyện, xã hoặc tỉnh để tìm (gõ không dấu cũng được)</source>
        <translation>Type a district, commune or province name to search (typing without diacritics works too)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="78"/>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="78"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="79"/>
        <source>Loại hình</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="91"/>
        <source>Danh sách hợp tác xã</source>
        <translation>Cooperative list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="126"/>
        <source>&amp;Thêm hợp tác xã…</source>
        <translation>&amp;Add cooperative…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="129"/>
        <source>&amp;Mở / sửa</source>
        <translation>&amp;Open / edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="135"/>
        <source>&amp;Xóa…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="139"/>
        <source>&amp;Hoàn tác xóa</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="143"/>
        <source>&amp;Tìm kiếm</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="158"/>
        <source>Danh sách trống</source>
        <translation>The list is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="161"/>
        <source>Chưa có hợp tác xã nào trong danh sách.
Hãy thêm từng hợp tác xã, hoặc nhập danh sách có sẵn từ tệp Excel.</source>
        <translation>There are no cooperatives in the list yet.
Add cooperatives one by one, or import an existing list from an Excel file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="166"/>
        <source>Thêm hợp tác xã</source>
        <translation>Add cooperative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="167"/>
        <source>Thêm hợp tác xã (Ctrl+N)</source>
        <translation>Add cooperative (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="169"/>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="170"/>
        <source>Nhập danh sách hợp tác xã từ tệp Excel</source>
        <translation>Import a cooperative list from an Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="64"/>
        <location filename="../../desktop/ui/coop_page.py" line="66"/>
        <location filename="../../desktop/ui/coop_page.py" line="283"/>
        <location filename="../../desktop/ui/coop_page.py" line="284"/>
        <location filename="../../desktop/ui/coop_page.py" line="285"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="329"/>
        <source>Đang tải danh sách hợp tác xã…</source>
        <translation>Loading the cooperative list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="334"/>
        <source>{n} hợp tác xã</source>
        <translation>Cooperatives: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="337"/>
        <source>Tìm thấy {strong} / {total} hợp tác xã</source>
        <translation>Found {strong} / {total} cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="342"/>
        <source>; thêm {weak} kết quả khớp một phần (chữ nghiêng, cuối danh sách)</source>
        <translation>; plus {weak} partial matches (in italics, at the end of the list)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="345"/>
        <source>Đang hiện {shown} / {total} hợp tác xã</source>
        <translation>Showing {shown} of {total} cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="404"/>
        <location filename="../../desktop/ui/coop_page.py" line="408"/>
        <source>Xóa hợp tác xã</source>
        <translation>Delete cooperative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_page.py" line="409"/>
        <source>Xóa “{name}” khỏi danh sách?
Có thể hoàn tác ngay bằng Ctrl+Z.</source>
        <translation>Remove “{name}” from the list?
You can undo this straight away with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>CoopTableModel</name>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="124"/>
        <source>Mã số</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="124"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="124"/>
        <source>Loại hình</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="124"/>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="125"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="125"/>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="125"/>
        <source>Xã / địa bàn</source>
        <translation>Commune / area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="125"/>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="126"/>
        <source>Ngày đăng ký</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="126"/>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="126"/>
        <source>Doanh thu (triệu đồng)</source>
        <translation>Revenue (million VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="421"/>
        <source>Bản ghi đang có xung đột dữ liệu cần xử lý</source>
        <translation>This record has a data conflict to resolve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/coop_model.py" line="423"/>
        <source>Khớp một phần: các từ tìm thấy rời rạc, không liền nhau</source>
        <translation>Partial match: the words were found apart, not next to each other</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="277"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="284"/>
        <source>Năm số liệu</source>
        <translation>Data year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="279"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="284"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="296"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="313"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="281"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="285"/>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="296"/>
        <source>Số HTX</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="297"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="575"/>
        <source>Hợp tác xã theo địa bàn</source>
        <translation>Cooperatives by area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="298"/>
        <source>Theo lĩnh vực</source>
        <translation>By sector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="299"/>
        <source>Theo loại hình</source>
        <translation>By type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="300"/>
        <source>Theo tình trạng</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="308"/>
        <source>Số lượng hợp tác xã</source>
        <translation>Number of cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="313"/>
        <source>HTX có số liệu</source>
        <translation>Cooperatives with figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="313"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="320"/>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="314"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="320"/>
        <source>Lao động</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="314"/>
        <source>Vốn điều lệ (triệu đồng)</source>
        <translation>Charter capital (million VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="315"/>
        <source>Doanh thu (triệu đồng)</source>
        <translation>Revenue (million VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="315"/>
        <source>Lợi nhuận (triệu đồng)</source>
        <translation>Profit (million VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="317"/>
        <source>Chỉ tiêu theo địa bàn</source>
        <translation>Indicators by area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="319"/>
        <source>Thành viên, lao động qua các năm</source>
        <translation>Members and workers over the years</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="323"/>
        <source>Vốn, doanh thu, lợi nhuận qua các năm (tỷ đồng)</source>
        <translation>Capital, revenue and profit over the years (billion VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="331"/>
        <source>Thành viên, vốn, doanh thu</source>
        <translation>Members, capital, revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="334"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="334"/>
        <source>Hoàn thành đúng hạn</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="334"/>
        <source>Hoàn thành trễ hạn</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="335"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="335"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="335"/>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="336"/>
        <source>Chưa báo cáo kỳ này</source>
        <translation>Not reported this period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="348"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="578"/>
        <source>Tiến độ nhiệm vụ theo đơn vị</source>
        <translation>Task progress by unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="349"/>
        <source>Tiến độ nhiệm vụ</source>
        <translation>Task progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="352"/>
        <source>Trạng thái tải số liệu</source>
        <translation>Loading status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="354"/>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="378"/>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>Bảng điều khiển</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="386"/>
        <source>Đang tải số liệu…</source>
        <translation>Loading figures…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="411"/>
        <source>Đang tải bảng điều khiển…</source>
        <translation>Loading the dashboard…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="451"/>
        <source>Chưa tải được số liệu.</source>
        <translation>The figures could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="486"/>
        <source>Năm gần nhất</source>
        <translation>Latest year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="486"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="324"/>
        <source>Vốn điều lệ</source>
        <translation>Charter capital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="324"/>
        <source>Doanh thu</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="324"/>
        <source>Lợi nhuận</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="505"/>
        <source>{n} hợp tác xã; số liệu năm {year}</source>
        <translation>{n} cooperatives; figures for {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="576"/>
        <source>Chỉ tiêu theo địa bàn, năm {year}</source>
        <translation>Indicators by area, {year}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/core/database.py" line="240"/>
        <source>Cấu trúc cơ sở dữ liệu không khớp với phiên bản ghi trong nó (thiếu {what}). Có thể tệp đã bị sửa bằng công cụ khác. Chưa có gì bị thay đổi; hãy khôi phục từ bản sao lưu (lệnh “htx restore”) hoặc liên hệ bộ phận hỗ trợ.</source>
        <translation>The database structure does not match the version recorded in it ({what} is missing). The file may have been changed with another tool. Nothing has been changed; restore from a backup (the “htx restore” command) or contact support.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/database.py" line="257"/>
        <source>Cơ sở dữ liệu ghi nhiều phiên bản cấu trúc cùng lúc ({revisions}), nên không biết nó ở phiên bản nào. Chưa có gì bị thay đổi; hãy khôi phục từ bản sao lưu (lệnh “htx restore”) hoặc liên hệ bộ phận hỗ trợ.</source>
        <translation>The database records several structure versions at once ({revisions}), so its version cannot be known. Nothing has been changed; restore from a backup (the “htx restore” command) or contact support.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/database.py" line="267"/>
        <source>Tệp này có dữ liệu nhưng không ghi phiên bản cấu trúc: có thể không phải cơ sở dữ liệu của HTX Desktop, hoặc đã bị hỏng. Chưa có gì bị thay đổi; hãy chọn đúng tệp dữ liệu hoặc khôi phục từ bản sao lưu.</source>
        <translation>This file has data but no structure version: it may not be an HTX Desktop database, or it may be damaged. Nothing has been changed; choose the correct data file or restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/database.py" line="297"/>
        <source>Không mở được cơ sở dữ liệu. Tệp có thể bị hỏng hoặc đang bị khóa; hãy đóng các chương trình khác đang dùng nó hoặc khôi phục từ bản sao lưu.</source>
        <translation>Cannot open the database. The file may be damaged or locked; close any other programs using it, or restore from a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/database.py" line="323"/>
        <source>Cơ sở dữ liệu này được tạo bởi một phiên bản HTX Desktop mới hơn. Hãy cập nhật chương trình lên phiên bản mới nhất rồi mở lại.</source>
        <translation>This database was created by a newer version of HTX Desktop. Update the application to the latest version and open it again.</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <location filename="../../desktop/core/database_errors.py" line="96"/>
        <source>Cơ sở dữ liệu đang được một chương trình hoặc người khác dùng, chưa ghi được. Chưa có gì bị thay đổi. Hãy đợi một lát rồi làm lại; nếu vẫn vậy, hãy đóng các chương trình HTX Desktop khác đang mở cùng tệp dữ liệu.</source>
        <translation>The database is in use by another program or person and could not be written. Nothing has been changed. Wait a moment and try again; if it still happens, close any other HTX Desktop programs that have the same data file open.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/database_errors.py" line="102"/>
        <source>Ổ đĩa đã đầy, không ghi được dữ liệu. Chưa có gì bị thay đổi. Hãy xóa bớt tệp hoặc giải phóng chỗ trống trên ổ đĩa rồi làm lại.</source>
        <translation>The disk is full and the data could not be written. Nothing has been changed. Delete some files or free up space on the disk, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/database_errors.py" line="107"/>
        <source>Tệp dữ liệu chỉ cho phép đọc, không ghi được. Chưa có gì bị thay đổi. Hãy kiểm tra quyền ghi của tệp và thư mục (hoặc thẻ nhớ/USB bị khóa ghi) rồi làm lại.</source>
        <translation>The data file is read-only and cannot be written. Nothing has been changed. Check the write permissions of the file and folder (or whether the memory card/USB stick is write-protected), then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/database_errors.py" line="112"/>
        <source>Tệp dữ liệu bị hỏng, không đọc được. Không ghi thêm gì vào tệp này. Hãy khôi phục từ bản sao lưu (Tệp &gt; Khôi phục từ bản sao lưu, hoặc lệnh “htx restore”).</source>
        <translation>The data file is damaged and cannot be read. Nothing more will be written to it. Restore from a backup (File &gt; Restore from backup, or the “htx restore” command).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/database_errors.py" line="117"/>
        <source>Không mở được tệp dữ liệu (không tìm thấy, không có quyền, hoặc ổ đĩa/USB đã bị rút ra). Chưa có gì bị thay đổi. Hãy kiểm tra đường dẫn và ổ đĩa rồi mở lại.</source>
        <translation>Could not open the data file (not found, no permission, or the disk/USB stick was removed). Nothing has been changed. Check the path and the disk, then open it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/database_errors.py" line="122"/>
        <source>Mất kết nối tới máy chủ cơ sở dữ liệu. Chưa có gì bị thay đổi. Hãy kiểm tra mạng và máy chủ rồi làm lại.</source>
        <translation>The connection to the database server was lost. Nothing has been changed. Check the network and the server, then try again.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desktop/ui/date_edit.py" line="16"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_edit.py" line="20"/>
        <source>Chọn trên lịch</source>
        <translation>Pick from calendar</translation>
    </message>
</context>
<context>
    <name>DirectiveDialog</name>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="115"/>
        <source>Thêm văn bản chỉ đạo</source>
        <translation>Add directive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="117"/>
        <source>Sửa văn bản chỉ đạo</source>
        <translation>Edit directive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="121"/>
        <source>Ví dụ: 12/CT-UBND</source>
        <translation>e.g. 12/CT-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="124"/>
        <source>Ví dụ: UBND tỉnh Quảng Bình</source>
        <translation>e.g. Quảng Bình Provincial People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="126"/>
        <source>Trích yếu: Chỉ thị về việc…</source>
        <translation>Subject: Directive on…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="129"/>
        <source>Tóm tắt nội dung, yêu cầu chính</source>
        <translation>Summary of the content and main requirements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="130"/>
        <source>Số, ký hiệu *</source>
        <translation>Reference no. *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="131"/>
        <source>Ngày ban hành</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="132"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="133"/>
        <source>Trích yếu *</source>
        <translation>Subject *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="134"/>
        <source>Tóm tắt</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>DirectivePage</name>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="54"/>
        <source>Nạp &amp;chỉ thị mẫu</source>
        <translation>Load &amp;sample directive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="56"/>
        <source>Chỉ thị về phát triển kinh tế tập thể: 5 nhiệm vụ và nhiệm vụ tổng hợp, đã giao cho các đơn vị</source>
        <translation>Directive on developing the collective economy: 5 tasks plus a general task, already assigned to offices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="60"/>
        <source>Thêm &amp;văn bản chỉ đạo…</source>
        <translation>&amp;Add directive…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="65"/>
        <source>Sửa văn bản…</source>
        <translation>Edit directive…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="67"/>
        <source>Xóa văn bản…</source>
        <translation>Delete directive…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="69"/>
        <source>Thêm &amp;nhiệm vụ…</source>
        <translation>Add tas&amp;k…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="74"/>
        <source>Sửa nhiệm vụ, giao việc…</source>
        <translation>Edit task and assignments…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="76"/>
        <source>&amp;Gia hạn…</source>
        <translation>&amp;Extend deadline…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="81"/>
        <source>Xóa nhiệm vụ…</source>
        <translation>Delete task…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="88"/>
        <source>Các văn bản chỉ đạo</source>
        <translation>Directives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="96"/>
        <source>&lt;b&gt;Văn bản chỉ đạo&lt;/b&gt;</source>
        <translation>&lt;b&gt;Directives&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="99"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="100"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="101"/>
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="108"/>
        <source>Nội dung văn bản</source>
        <translation>Directive details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="112"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="112"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="112"/>
        <source>Chu kỳ / thời hạn</source>
        <translation>Cycle / deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="113"/>
        <source>Gia hạn</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="113"/>
        <source>Chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="113"/>
        <source>Phối hợp</source>
        <translation>Coordinating units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="115"/>
        <source>Các nhiệm vụ của văn bản</source>
        <translation>The directive&apos;s tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="129"/>
        <source>&lt;b&gt;Nhiệm vụ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tasks&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="136"/>
        <source>&lt;h3&gt;Chưa có văn bản chỉ đạo&lt;/h3&gt;&lt;p&gt;Bấm &lt;b&gt;Nạp chỉ thị mẫu&lt;/b&gt; để có ngay chỉ thị về phát triển kinh tế tập thể với 5 nhiệm vụ và nhiệm vụ tổng hợp, đã giao cho các sở, ngành, UBND các huyện và Liên minh HTX; hoặc &lt;b&gt;Thêm văn bản chỉ đạo&lt;/b&gt; để nhập văn bản của tỉnh.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No directives yet&lt;/h3&gt;&lt;p&gt;Click &lt;b&gt;Load sample directive&lt;/b&gt; to get a ready-made directive on developing the collective economy with 5 tasks plus a general task, already assigned to the provincial departments and agencies, the district People&apos;s Committees and the Cooperative Alliance; or click &lt;b&gt;Add directive&lt;/b&gt; to enter the province&apos;s own directive.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="203"/>
        <source>chưa rõ ngày</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="205"/>
        <source>{number} – {date}
{title}
{n} nhiệm vụ</source>
        <translation>{number} – {date}
{title}
Tasks: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="222"/>
        <source>{n} văn bản chỉ đạo</source>
        <translation>Directives: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="250"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; ngày {date} – {issuer}&lt;br&gt;&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{summary}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; dated {date} – {issuer}&lt;br&gt;&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="252"/>
        <source>chưa rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="265"/>
        <source>Hạn {date}</source>
        <translation>Due {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="267"/>
        <source>{n} lần (hạn trước {previous})</source>
        <translation>{n} (previously due {previous})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="294"/>
        <source>{name} và {n} đơn vị khác</source>
        <translation>{name} and {n} more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="321"/>
        <source>Chỉ thị mẫu</source>
        <translation>Sample directive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="323"/>
        <source>Đã nạp chỉ thị mẫu: {tasks} nhiệm vụ, {assignments} lượt giao cho các đơn vị (thêm {offices} đơn vị mới).
Số và ngày ban hành của bản gốc chưa có: hãy sửa lại theo văn bản thật nếu cần.</source>
        <translation>Loaded the sample directive: {tasks} tasks, {assignments} assignments to offices ({offices} new offices added).
The original&apos;s number and issue date are not known: correct them from the actual document if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="356"/>
        <source>Xóa văn bản chỉ đạo</source>
        <translation>Delete directive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="358"/>
        <source>Xóa văn bản đã chọn cùng các nhiệm vụ và phân công của nó?
Các đơn vị sẽ không còn thấy nhiệm vụ sau lần đồng bộ tới.</source>
        <translation>Delete the selected directive together with its tasks and assignments?
Offices will no longer see the tasks after the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="393"/>
        <source>Xóa nhiệm vụ</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/directive_page.py" line="394"/>
        <source>Xóa nhiệm vụ đã chọn và các phân công của nó?</source>
        <translation>Delete the selected task and its assignments?</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="41"/>
        <source>Cấp tệp thiết lập cho đơn vị</source>
        <translation>Issue setup file to office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="45"/>
        <source>Tệp thiết lập chứa khóa ký của đơn vị: hãy chép vào USB và trao tận tay, không gửi qua thư điện tử. Đơn vị mở tệp này ở lần chạy đầu tiên.</source>
        <translation>The setup file contains the office&apos;s signing key: copy it to a USB drive and hand it over in person; do not send it by email. The office opens this file on first run.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="57"/>
        <source>Ví dụ: UBND huyện Lệ Thủy</source>
        <translation>e.g. Lệ Thủy District People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="62"/>
        <source>Quyền sửa hồ sơ hợp tác xã</source>
        <translation>Permission to edit cooperative records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="64"/>
        <source>Không sửa hồ sơ hợp tác xã (chỉ báo cáo nhiệm vụ)</source>
        <translation>Does not edit cooperative records (reports on tasks only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="66"/>
        <source>Được sửa mọi hợp tác xã trong tỉnh</source>
        <translation>May edit every cooperative in the province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="67"/>
        <source>Chỉ sửa hợp tác xã của các lĩnh vực chọn dưới đây</source>
        <translation>May edit only cooperatives in the sectors chosen below</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="69"/>
        <source>Lĩnh vực được sửa</source>
        <translation>Sectors it may edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="85"/>
        <source>Loại đơn vị</source>
        <translation>Office type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="87"/>
        <source>Quyền sửa hồ sơ HTX</source>
        <translation>Permission to edit cooperative records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="92"/>
        <source>Tạo tệp thiết lập…</source>
        <translation>Create setup file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="93"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="127"/>
        <source>Lưu tệp thiết lập</source>
        <translation>Save setup file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="129"/>
        <source>Tệp thiết lập HTX (*{suffix})</source>
        <translation>HTX setup files (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="153"/>
        <source>Đã tạo tệp thiết lập</source>
        <translation>Setup file created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enroll_dialog.py" line="154"/>
        <source>Đã ghi tệp thiết lập:
{path}

Chép tệp vào USB và trao cho đơn vị.</source>
        <translation>Setup file written:
{path}

Copy the file to a USB drive and give it to the office.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="74"/>
        <location filename="../../desktop/core/sync/enrolment.py" line="100"/>
        <source>Cơ sở dữ liệu này đã được thiết lập cho đơn vị “{office}” ({code}).</source>
        <translation>This database is already set up for office “{office}” ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="107"/>
        <source>Mã địa bàn {code} không có trong danh mục.</source>
        <translation>Area code {code} is not in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="171"/>
        <source>Chỉ cấp tỉnh mới cấp được tệp thiết lập cho đơn vị.</source>
        <translation>Only the province level can issue setup files to offices.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="190"/>
        <source>Mã đơn vị trùng với mã của cấp tỉnh.</source>
        <translation>The office code is the same as the province level&apos;s code.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="240"/>
        <source>Tệp “{name}” không phải là tệp thiết lập HTX Desktop hợp lệ hoặc đã bị hỏng.</source>
        <translation>File “{name}” is not a valid HTX Desktop setup file, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="258"/>
        <source>Tệp thiết lập do phiên bản mới hơn tạo ra; hãy cập nhật chương trình.</source>
        <translation>The setup file was created by a newer version; update the application.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="340"/>
        <source>Máy này là nơi tổng hợp của cấp tỉnh ({office}); không cài tệp thiết lập của đơn vị {other} lên dữ liệu này. Hãy cài trên máy của đơn vị đó. Không có gì bị thay đổi.</source>
        <translation>This PC holds the province’s master data ({office}); the setup file of office {other} cannot be installed on it. Install it on that office’s PC. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="349"/>
        <source>Máy này đã được thiết lập cho đơn vị “{office}”; tệp thiết lập dành cho đơn vị “{other}”. Hãy cài trên máy của đơn vị đó. Không có gì bị thay đổi.</source>
        <translation>This PC is set up for office “{office}”; the setup file is for office “{other}”. Install it on that office’s PC. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/enrolment.py" line="357"/>
        <source>Máy này đã được cài cho đơn vị “{office}”. Chỉ cài lại khi chuyển sang máy mới hoặc được cấp tỉnh cấp lại tệp; dữ liệu đang có được giữ nguyên.</source>
        <translation>This PC is already set up for office “{office}”. Reinstall only when moving to a new PC or when the province has issued a new file; existing data is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/master_merge.py" line="39"/>
        <source>Chỉ cấp tỉnh mới hợp nhất được dữ liệu của một cấp tỉnh khác.</source>
        <translation>Only the province can merge the data of another province.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/master_merge.py" line="46"/>
        <source>Cơ sở dữ liệu “{path}” không phải của một đơn vị cấp tỉnh.</source>
        <translation>The database “{path}” does not belong to a province.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/master_merge.py" line="52"/>
        <source>Hai cơ sở dữ liệu cùng mã đơn vị {code}: đây là cùng một cấp tỉnh, không hợp nhất được.</source>
        <translation>Both databases have office code {code}: they are the same province and cannot be merged.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="22"/>
        <source>Dữ liệu chưa đúng</source>
        <translation>Invalid data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="28"/>
        <source>Không thực hiện được</source>
        <translation>Could not complete the action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="35"/>
        <source>Lỗi chương trình</source>
        <translation>Application error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="37"/>
        <source>Đã xảy ra lỗi không mong đợi. Dữ liệu của bạn không bị thay đổi bởi thao tác này.
Hãy gửi chi tiết lỗi cho bộ phận hỗ trợ (đã ghi vào {path}).</source>
        <translation>An unexpected error occurred. Your data was not changed by this action.
Please send the error details to support (written to {path}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="45"/>
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="47"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../desktop/core/excel/areas_lookup.py" line="286"/>
        <source>Có nhiều đơn vị tên “{name}”: {candidates}. Hãy chọn đơn vị đúng, ghi rõ huyện/tỉnh hoặc dùng cột mã địa bàn.</source>
        <translation>There are several units named “{name}”: {candidates}. Choose the right one, state the district/province, or use an area code column.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/areas_lookup.py" line="310"/>
        <source>Không tìm thấy “{name}” trong danh mục đơn vị hành chính{place}.</source>
        <translation>“{name}” was not found in the list of administrative units{place}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/areas_lookup.py" line="314"/>
        <source>Có phải: {candidates}?</source>
        <translation>Did you mean: {candidates}?</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="47"/>
        <location filename="../../desktop/core/excel/export.py" line="170"/>
        <location filename="../../desktop/core/excel/summary.py" line="192"/>
        <location filename="../../desktop/core/excel/task_progress.py" line="119"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="171"/>
        <location filename="../../desktop/core/excel/export.py" line="241"/>
        <source>Mã số HTX</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="62"/>
        <location filename="../../desktop/core/excel/export.py" line="172"/>
        <source>Tên hợp tác xã</source>
        <translation>Cooperative name</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="244"/>
        <source>Loại hình</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="245"/>
        <location filename="../../desktop/core/excel/summary.py" line="233"/>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="246"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="247"/>
        <source>Mô hình quản trị</source>
        <translation>Governance model</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="50"/>
        <location filename="../../desktop/core/excel/mapping.py" line="110"/>
        <location filename="../../desktop/core/excel/summary.py" line="224"/>
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="52"/>
        <location filename="../../desktop/core/excel/mapping.py" line="111"/>
        <location filename="../../desktop/core/excel/summary.py" line="224"/>
        <source>Quận / huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="53"/>
        <location filename="../../desktop/core/excel/mapping.py" line="112"/>
        <source>Xã / phường / thị trấn</source>
        <translation>Commune / ward / township</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="63"/>
        <source>Mã địa bàn</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="55"/>
        <location filename="../../desktop/core/excel/export.py" line="258"/>
        <location filename="../../desktop/core/excel/mapping.py" line="113"/>
        <source>Năm số liệu</source>
        <translation>Data year</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="116"/>
        <source>Đã hủy xuất tệp.</source>
        <translation>File export cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="140"/>
        <location filename="../../desktop/core/excel/export.py" line="229"/>
        <source>Danh sách HTX</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="142"/>
        <location filename="../../desktop/core/excel/export.py" line="231"/>
        <source>Danh sách hợp tác xã</source>
        <translation>Cooperative list</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="143"/>
        <source>{n} hợp tác xã – {date}</source>
        <translation>{n} cooperatives – {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="151"/>
        <source>Đang ghi dòng {n}…</source>
        <translation>Writing row {n}…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="173"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="198"/>
        <source>Chỉ tiêu hằng năm của hợp tác xã</source>
        <translation>Annual indicators of cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="200"/>
        <source>Chỉ tiêu của hợp tác xã năm {year}</source>
        <translation>Cooperative indicators for {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="201"/>
        <source>Chỉ tiêu</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="210"/>
        <source>Đang ghi hợp tác xã {n}…</source>
        <translation>Writing cooperative {n}…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="232"/>
        <source>Mẫu nhập danh sách – ngày/tháng/năm ghi dạng 05/03/2019</source>
        <translation>Import template – write dates as day/month/year, e.g. 05/03/2019</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="235"/>
        <source>Hướng dẫn</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="236"/>
        <location filename="../../desktop/core/excel/export.py" line="281"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="236"/>
        <source>Giá trị được chấp nhận</source>
        <translation>Accepted values</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="237"/>
        <source>Hướng dẫn điền mẫu</source>
        <translation>How to fill in the template</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="242"/>
        <source>10 chữ số, hoặc 13 ký tự có mã chi nhánh (3100123459-001)</source>
        <translation>10 digits, or 13 characters with a branch code (3100123459-001)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="249"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="250"/>
        <source>Ghi tên xã, huyện, tỉnh; hoặc mã địa bàn (mã xã 5 chữ số)</source>
        <translation>Enter the commune, district and province names, or the area code (5-digit commune code)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="252"/>
        <source>Ngày</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="252"/>
        <source>ngày/tháng/năm, ví dụ 05/03/2019</source>
        <translation>day/month/year, e.g. 05/03/2019</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="254"/>
        <source>Số tiền</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="255"/>
        <source>đồng; có thể ghi đơn vị trong tiêu đề: (triệu đồng), (tỷ đồng)</source>
        <translation>VND; the header may state a unit: (triệu đồng) for millions, (tỷ đồng) for billions</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="259"/>
        <source>năm của các cột số liệu, ví dụ 2024</source>
        <translation>year of the figure columns, e.g. 2024</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="280"/>
        <source>Lỗi nhập</source>
        <translation>Import errors</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="281"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="281"/>
        <source>Tiêu đề cột</source>
        <translation>Column header</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="282"/>
        <source>Nội dung lỗi</source>
        <translation>Error details</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="283"/>
        <source>Các lỗi khi nhập danh sách</source>
        <translation>Errors when importing the list</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="284"/>
        <source>Tệp: {file} – {date}</source>
        <translation>File: {file} – {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="297"/>
        <source>danh-sach-htx</source>
        <translation>cooperative-list</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="298"/>
        <source>chi-tieu-htx</source>
        <translation>cooperative-indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="299"/>
        <source>tong-hop-htx</source>
        <translation>cooperative-summary</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="300"/>
        <source>tong-hop-htx-theo-huyen-cu</source>
        <translation>cooperative-summary-by-old-district</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="301"/>
        <source>tien-do-nhiem-vu</source>
        <translation>task-progress</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="302"/>
        <source>mau-nhap-danh-sach-htx</source>
        <translation>cooperative-import-template</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/export.py" line="303"/>
        <source>loi-nhap-excel</source>
        <translation>excel-import-errors</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="307"/>
        <source>Ngày “{value}” không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2019.</source>
        <translation>Date “{value}” is invalid: write it as day/month/year, e.g. 05/03/2019.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="320"/>
        <source>Năm “{value}” không hợp lệ.</source>
        <translation>Year “{value}” is invalid.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="435"/>
        <source>Không biết số liệu thuộc năm nào: hãy chọn năm, hoặc thêm cột “Năm”.</source>
        <translation>The year of the figures is unknown: choose a year, or add a “Năm” (year) column.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="335"/>
        <source>{field}: “{value}” không phải là số nguyên.</source>
        <translation>{field}: “{value}” is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="337"/>
        <source>{field}: “{value}” không phải là số.</source>
        <translation>{field}: “{value}” is not a number.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="473"/>
        <source>{field}: “{value}” không có trong danh mục ({allowed}).</source>
        <translation>{field}: “{value}” is not in the list ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="544"/>
        <source>Chưa chọn cột “Mã số HTX”: cần mã số để nhận ra hợp tác xã đã có. Hãy chọn cột chứa mã số HTX / mã số thuế.</source>
        <translation>No “Registration number” column has been chosen: it is needed to recognise existing cooperatives. Choose the column holding the registration number / tax code.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="554"/>
        <source>Các cột số liệu {columns} không ghi năm: hãy cho biết số liệu thuộc năm nào (--year NĂM, hoặc chọn năm trong cửa sổ nhập).</source>
        <translation>Figure columns {columns} do not state a year: say which year the figures belong to (--year YEAR, or choose the year in the import window).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="575"/>
        <location filename="../../desktop/core/excel/importer.py" line="596"/>
        <location filename="../../desktop/core/excel/importer.py" line="856"/>
        <source>Đã hủy; không có gì bị thay đổi.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="576"/>
        <source>Đang đọc dòng {n}…</source>
        <translation>Reading row {n}…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="598"/>
        <source>Đang kiểm tra dòng {n}…</source>
        <translation>Checking row {n}…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="650"/>
        <source>Mã số {code} trùng với dòng {other}.</source>
        <translation>Registration number {code} duplicates row {other}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="655"/>
        <source>Số liệu năm {year} của mã số {code} đã có ở dòng {other}.</source>
        <translation>Figures for {year} for registration number {code} are already in row {other}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="667"/>
        <source>Khác với dòng {other} của cùng hợp tác xã.</source>
        <translation>Differs from row {other} for the same cooperative.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="691"/>
        <source>Hợp tác xã mã số {code} không thuộc địa bàn của đơn vị, không sửa được.</source>
        <translation>Cooperative {code} is outside your office&apos;s area; it cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="796"/>
        <source>Không nhập được số liệu năm {year} của “{name}”: {reason}</source>
        <translation>Could not import the {year} figures of “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="867"/>
        <source>Đang ghi hợp tác xã mới…</source>
        <translation>Writing new cooperatives…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="870"/>
        <location filename="../../desktop/core/excel/importer.py" line="892"/>
        <source>Đang ghi số liệu hằng năm…</source>
        <translation>Writing annual figures…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="876"/>
        <source>Đang cập nhật hợp tác xã đã có…</source>
        <translation>Updating existing cooperatives…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="895"/>
        <source>Đang hoàn tất…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/importer.py" line="912"/>
        <source>Văn phòng chưa đặt tên</source>
        <translation>Unnamed office</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/mapping.py" line="109"/>
        <source>Mã địa bàn (mã xã/huyện)</source>
        <translation>Area code (commune/district code)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/mapping.py" line="114"/>
        <source>Vốn điều lệ</source>
        <translation>Charter capital</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/mapping.py" line="115"/>
        <source>Tổng tài sản</source>
        <translation>Total assets</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/mapping.py" line="116"/>
        <source>Doanh thu</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/mapping.py" line="117"/>
        <source>Lợi nhuận</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/mapping.py" line="118"/>
        <source>Thu nhập bình quân (người/tháng)</source>
        <translation>Average income (per person/month)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/mapping.py" line="229"/>
        <source>Không tìm thấy dòng tiêu đề cột trong trang “{sheet}”: cần có các cột như “Mã số HTX”, “Tên HTX”. Hãy kiểm tra trang tính đã chọn.</source>
        <translation>No column header row was found in sheet “{sheet}”: it needs columns such as “Mã số HTX” (registration number) and “Tên HTX” (name). Check the selected sheet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/mapping.py" line="336"/>
        <source>“{pair}” không đúng dạng CỘT=trường (ví dụ C=name).</source>
        <translation>“{pair}” is not in the form COLUMN=field (e.g. C=name).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/mapping.py" line="346"/>
        <source>Không có trường “{field}”. Các trường: {fields}.</source>
        <translation>There is no field “{field}”. Fields: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/mapping.py" line="356"/>
        <source>Năm “{year}” không hợp lệ.</source>
        <translation>Year “{year}” is invalid.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/reader.py" line="105"/>
        <source>Không đọc được tệp “{name}”. Tệp có thể bị hỏng, đang được mở bằng chương trình khác hoặc không phải tệp Excel; hãy mở bằng Excel và lưu lại dạng .xlsx.</source>
        <translation>Cannot read file “{name}”. The file may be damaged, open in another program, or not an Excel file; open it in Excel and save it again as .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/reader.py" line="116"/>
        <source>Không tìm thấy tệp “{path}”.</source>
        <translation>File “{path}” not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/reader.py" line="120"/>
        <source>Chỉ đọc được bảng tính .xlsx, .xlsm, .xls hoặc .ods (tệp đã chọn: “{name}”).</source>
        <translation>Only .xlsx, .xlsm, .xls or .ods spreadsheets can be read (the chosen file: “{name}”).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/reader.py" line="175"/>
        <source>Tệp “{name}” không có trang tính nào.</source>
        <translation>File “{name}” has no worksheets.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/reader.py" line="180"/>
        <source>Tệp không có trang tính “{sheet}”. Các trang có trong tệp: {names}.</source>
        <translation>The file has no worksheet “{sheet}”. Sheets in the file: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="147"/>
        <location filename="../../desktop/core/excel/writer.py" line="215"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="114"/>
        <source>Chưa rõ địa bàn</source>
        <translation>Area unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="118"/>
        <source>{unit} (lập theo địa giới mới)</source>
        <translation>{unit} (compiled on the new boundaries)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="165"/>
        <source>Chưa phân loại</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="194"/>
        <source>Số HTX</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="195"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="196"/>
        <source>Có số liệu năm</source>
        <translation>With data for the year</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="197"/>
        <source>Thành viên (người)</source>
        <translation>Members (persons)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="198"/>
        <source>Lao động (người)</source>
        <translation>Workers (persons)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="199"/>
        <source>Vốn điều lệ (triệu đồng)</source>
        <translation>Charter capital (million VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="200"/>
        <source>Doanh thu (triệu đồng)</source>
        <translation>Revenue (million VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="201"/>
        <source>Doanh thu bình quân 1 HTX (triệu đồng)</source>
        <translation>Average revenue per cooperative (million VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="202"/>
        <source>Thu nhập bình quân (triệu đồng/người/tháng)</source>
        <translation>Average income (million VND/person/month)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="223"/>
        <source>(chưa có số liệu)</source>
        <translation>(no data)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="225"/>
        <source>Xã / phường / đặc khu</source>
        <translation>Commune / ward / special zone</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="228"/>
        <source>Quận / huyện (trước 01/07/2025)</source>
        <translation>Urban district / district (before 01/07/2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="230"/>
        <source>Theo địa bàn</source>
        <translation>By area</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="230"/>
        <source>Tổng hợp hợp tác xã theo địa bàn năm {year}</source>
        <translation>Cooperatives by area, {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="232"/>
        <source>Theo lĩnh vực</source>
        <translation>By sector</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/summary.py" line="232"/>
        <source>Tổng hợp hợp tác xã theo lĩnh vực năm {year}</source>
        <translation>Cooperatives by sector, {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="120"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="121"/>
        <source>Số nhiệm vụ được giao</source>
        <translation>Tasks assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="122"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="123"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="124"/>
        <source>Hoàn thành đúng hạn</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="125"/>
        <source>Hoàn thành trễ hạn</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="126"/>
        <source>Đang thực hiện trong hạn</source>
        <translation>In progress, on time</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="127"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="128"/>
        <source>Chưa thực hiện / chưa báo cáo</source>
        <translation>Not started / not reported</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="129"/>
        <source>Tỷ lệ hoàn thành (%)</source>
        <translation>Completion rate (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="132"/>
        <source>Tiến độ theo đơn vị</source>
        <translation>Progress by office</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="133"/>
        <source>Tiến độ thực hiện nhiệm vụ theo đơn vị</source>
        <translation>Task progress by office</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/task_progress.py" line="134"/>
        <source>Tính đến ngày {date} – trạng thái theo báo cáo mới nhất</source>
        <translation>As of {date} – status from the latest report</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/writer.py" line="244"/>
        <source>Trang &amp;P / &amp;N</source>
        <translation>Page &amp;P / &amp;N</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/writer.py" line="263"/>
        <source>Không ghi được tệp “{path}”: thư mục không ghi được, ổ đĩa đầy hoặc tệp đang mở trong Excel. Hãy đóng tệp hoặc chọn nơi lưu khác.</source>
        <translation>Cannot write file “{path}”: the folder is not writable, the disk is full or the file is open in Excel. Close the file or choose another location.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/writer.py" line="275"/>
        <source>Ngày xuất: {date}</source>
        <translation>Export date: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/bounds.py" line="38"/>
        <source>Tệp “{name}” quá lớn để nhập ({detail}). Chương trình đọc tối đa {rows} dòng, {columns} cột và {cells} ô. Hãy xóa các dòng, cột thừa (kể cả ô trống đã định dạng ở xa bảng) hoặc chép riêng bảng danh sách sang một tệp mới rồi nhập lại.</source>
        <translation>The file “{name}” is too large to import ({detail}). The program reads at most {rows} rows, {columns} columns and {cells} cells. Delete the extra rows and columns (including formatted empty cells far from the table), or copy just the list into a new file, then import again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/bounds.py" line="57"/>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/bounds.py" line="69"/>
        <source>phần “{member}” giải nén ra {mb} MB</source>
        <translation>part “{member}” unpacks to {mb} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/bounds.py" line="80"/>
        <source>phần “{member}” quá lớn</source>
        <translation>part “{member}” is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/bounds.py" line="88"/>
        <source>ô xa nhất ở dòng {rows}, cột {columns}</source>
        <translation>the furthest cell is at row {rows}, column {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/excel/bounds.py" line="95"/>
        <source>{rows} dòng × {columns} cột</source>
        <translation>{rows} rows × {columns} columns</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="36"/>
        <location filename="../../desktop/ui/main_window.py" line="621"/>
        <source>E&amp;xcel</source>
        <translation>E&amp;xcel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="37"/>
        <source>&amp;Nhập danh sách từ Excel…</source>
        <translation>&amp;Import list from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="40"/>
        <source>Xuất &amp;danh sách đang hiện…</source>
        <translation>Export &amp;displayed list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="43"/>
        <source>Xuất toàn bộ danh sách…</source>
        <translation>Export full list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="46"/>
        <source>Xuất &amp;chỉ tiêu hằng năm…</source>
        <translation>Export annual indi&amp;cators…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="49"/>
        <source>Xuất bảng &amp;tổng hợp theo địa bàn, lĩnh vực…</source>
        <translation>Export &amp;summary by area and sector…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="52"/>
        <source>Xuất bảng tổng hợp theo &amp;huyện cũ (trước 01/07/2025)…</source>
        <translation>Export the summary by &amp;old district (before 01/07/2025)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="56"/>
        <source>Xuất tiến độ nhiệm vụ theo đơn &amp;vị…</source>
        <translation>Export task progress by &amp;office…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="60"/>
        <source>Lưu &amp;mẫu nhập danh sách…</source>
        <translation>Save import &amp;template…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="85"/>
        <source>Đã nhập từ Excel: {created} thêm mới, {updated} cập nhật, {errors} dòng lỗi bỏ qua.</source>
        <translation>Imported from Excel: {created} added, {updated} updated, {errors} rows with errors skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="92"/>
        <source>Đã nhập từ Excel</source>
        <translation>Imported from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="115"/>
        <source>Xuất danh sách hợp tác xã</source>
        <translation>Export cooperative list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="116"/>
        <source>Xuất chỉ tiêu hằng năm</source>
        <translation>Export annual indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="117"/>
        <source>Xuất bảng tổng hợp</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="118"/>
        <source>Xuất bảng tổng hợp theo huyện cũ</source>
        <translation>Export the summary by old district</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="119"/>
        <source>Xuất tiến độ nhiệm vụ</source>
        <translation>Export task progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="120"/>
        <source>Lưu mẫu nhập danh sách</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="125"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_actions.py" line="154"/>
        <source>Đã ghi {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>ExcelImportWizard</name>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="526"/>
        <source>Nhập danh sách hợp tác xã từ Excel</source>
        <translation>Import cooperative list from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="529"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="530"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="531"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="532"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="580"/>
        <source>Đang kiểm tra danh sách…</source>
        <translation>Checking the list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="609"/>
        <source>Đang nhập danh sách…</source>
        <translation>Importing the list…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="51"/>
        <source>Đơn vị chưa có khóa ký gói. Hãy cài tệp thiết lập do cấp tỉnh cấp (menu Đồng bộ › Cài tệp thiết lập…).</source>
        <translation>This office has no key to sign packages. Install the setup file issued by the province (menu Sync › Install setup file…).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="65"/>
        <source>Đơn vị chưa được cấp tỉnh cấp tệp thiết lập nên chưa gửi gói được. Hãy xin tệp thiết lập ở cấp tỉnh rồi cài vào (menu Đồng bộ › Cài tệp thiết lập…); dữ liệu đã nhập được giữ và gửi trong gói đầu tiên.</source>
        <translation>This office has not yet received a setup file from the province, so it cannot send packages. Ask the province for a setup file and install it (menu Sync › Install setup file…); the data entered so far is kept and sent in the first package.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="75"/>
        <source>Chưa có thông tin đơn vị cấp tỉnh; hãy cài tệp thiết lập (menu Đồng bộ › Cài tệp thiết lập…).</source>
        <translation>The province’s details are not known yet; install the setup file (menu Sync › Install setup file…).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="302"/>
        <source>Đã hủy xuất gói; gói chưa được ghi.</source>
        <translation>Export cancelled; the package was not written.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="496"/>
        <source>Không có đơn vị “{code}” đã được cấp tệp thiết lập.</source>
        <translation>No office “{code}” has been issued a setup file.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="502"/>
        <source>Chưa cấp tệp thiết lập cho đơn vị nào, nên chưa có nơi để gửi gói.</source>
        <translation>No office has been issued a setup file yet, so there is nowhere to send the package.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="511"/>
        <source>Đang xuất gói cho {office}…</source>
        <translation>Exporting package for {office}…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/exporter.py" line="524"/>
        <source>Đơn vị “{office}” chưa có khóa mã hóa; hãy gửi gói không mã hóa.</source>
        <translation>Office “{office}” has no encryption key; send the package unencrypted.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="47"/>
        <source>Xuất gói đồng bộ</source>
        <translation>Export sync package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="55"/>
        <source>Tất cả đơn vị đã cấp tệp thiết lập ({n})</source>
        <translation>All offices with a setup file ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="60"/>
        <source>Gói đầy đủ (mọi dữ liệu, không chỉ phần thay đổi)</source>
        <translation>Full package (all data, not just the changes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="62"/>
        <source>Mã hóa cho đơn vị nhận (nên dùng khi gửi qua thư điện tử)</source>
        <translation>Encrypt for the receiving office (recommended when sending by email)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="71"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="74"/>
        <source>— ổ đĩa / USB —</source>
        <translation>— drive / USB —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="90"/>
        <source>Gửi cho</source>
        <translation>Send to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="93"/>
        <source>Lưu vào</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="97"/>
        <source>Xuất gói</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="99"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="104"/>
        <source>&lt;b&gt;Nội dung gói:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Package contents:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="113"/>
        <source>Chọn thư mục lưu gói</source>
        <translation>Choose a folder for the package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="131"/>
        <source>Chưa có đơn vị nhận.</source>
        <translation>There is no receiving office yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="138"/>
        <source>Chưa chọn nơi lưu</source>
        <translation>No location chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="139"/>
        <source>Hãy chọn thư mục hoặc ổ USB để lưu gói.</source>
        <translation>Choose a folder or USB drive to save the package to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="145"/>
        <source>Thư mục chưa có</source>
        <translation>Folder does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="146"/>
        <source>Thư mục “{folder}” chưa có. Tạo thư mục này để lưu gói?</source>
        <translation>The folder “{folder}” does not exist. Create it to save the package?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="171"/>
        <source>Đã xuất gói</source>
        <translation>Package exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="172"/>
        <source>Đã ghi {n} gói:
{paths}</source>
        <translation>Packages written ({n}):
{paths}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="175"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="176"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="182"/>
        <source>Đang xuất gói…</source>
        <translation>Exporting package…</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="366"/>
        <source>Gia hạn nhiệm vụ</source>
        <translation>Extend task deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="371"/>
        <source>&lt;b&gt;Nhiệm vụ {n}:&lt;/b&gt; {title}</source>
        <translation>&lt;b&gt;Task {n}:&lt;/b&gt; {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="379"/>
        <source>{n} lần (hạn trước: {previous})</source>
        <translation>{n} (previous deadline: {previous})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="383"/>
        <source>chưa gia hạn lần nào</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="386"/>
        <source>Thời hạn hiện tại</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="387"/>
        <source>Đã gia hạn</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="388"/>
        <source>Thời hạn mới *</source>
        <translation>New deadline *</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="68"/>
        <source>Chọn tệp Excel</source>
        <translation>Choose Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="71"/>
        <source>Danh sách hợp tác xã dạng .xlsx, .xls hoặc .ods. Có thể có dòng tiêu đề phía trên, cột STT, dòng tổng cộng; chữ TCVN3 (.VnTime) và VNI được chuyển sang Unicode.</source>
        <translation>A cooperative list in .xlsx, .xls or .ods. It may have title rows at the top, a No. column and a totals row; TCVN3 (.VnTime) and VNI text is converted to Unicode.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="77"/>
        <source>Đường dẫn tệp…</source>
        <translation>File path…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="78"/>
        <source>Tệp Excel</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="79"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="89"/>
        <source>Chữ có thể là TCVN3/VNI</source>
        <translation>Text may be TCVN3/VNI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="91"/>
        <source>Ô</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="91"/>
        <source>Trong tệp</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="91"/>
        <source>Sau khi chuyển</source>
        <translation>After conversion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="98"/>
        <source>Chuyển các ô này sang Unicode</source>
        <translation>Convert these cells to Unicode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="104"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="105"/>
        <source>Trang tính:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="116"/>
        <source>Chọn danh sách hợp tác xã</source>
        <translation>Choose cooperative list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="117"/>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="146"/>
        <source>{n} ô có chữ trông như chữ TCVN3 hoặc VNI nhưng phông chữ của ô không cho biết. Xem kết quả chuyển dưới đây; đánh dấu ô chọn để chuyển sang Unicode, rồi bấm “Tiếp”.</source>
        <translation>{n} cells have text that looks like TCVN3 or VNI, but the cell&apos;s font does not say so. See the converted result below; tick the box to convert them to Unicode, then click “Next”.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="31"/>
        <source>Thiết lập đơn vị – HTX Desktop</source>
        <translation>Office setup – HTX Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="35"/>
        <source>&lt;b&gt;Chào mừng đến với HTX Desktop.&lt;/b&gt;&lt;br&gt;Hãy cho biết đơn vị của bạn và địa bàn quản lý. Thông tin này gắn với mọi hồ sơ và gói đồng bộ bạn gửi đi.</source>
        <translation>&lt;b&gt;Welcome to HTX Desktop.&lt;/b&gt;&lt;br&gt;Enter your office and the area it manages. This information is attached to every record and sync package you send.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="44"/>
        <source>Ví dụ: Phòng Tài chính – Kế hoạch huyện Lệ Thủy</source>
        <translation>e.g. Lệ Thủy District Finance and Planning Division</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="50"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="58"/>
        <source>Mở tệp thiết lập do tỉnh cấp…</source>
        <translation>Open setup file issued by the province…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="62"/>
        <source>Đơn vị đã được cấp tỉnh cấp tệp thiết lập (.htxsetup): mở tệp đó, không cần nhập gì thêm.</source>
        <translation>If the province has issued your office a setup file (.htxsetup), open it; nothing else needs to be entered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="66"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="67"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/ui/form_frame.py" line="23"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_frame.py" line="26"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_frame.py" line="27"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/guide.py" line="22"/>
        <source>Hướng dẫn sử dụng HTX Desktop</source>
        <translation>HTX Desktop user guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide.py" line="30"/>
        <source>Không tìm thấy tệp hướng dẫn {file}.</source>
        <translation>The guide file {file} was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide.py" line="32"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="332"/>
        <location filename="../../desktop/core/sync/merger.py" line="385"/>
        <source>Gói này đã được nhập trước đây; không có gì thay đổi.</source>
        <translation>This package has already been imported; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="353"/>
        <source>Gói số {n} từ {office} đã được nhập trước đây nhưng là một gói khác (“{file}”). Đơn vị gửi có thể đã khôi phục dữ liệu từ bản sao lưu cũ; hãy liên hệ để kiểm tra. Gói này vẫn được nhập, không mất dữ liệu của gói trước.</source>
        <translation>Package number {n} from {office} was imported before, but as a different package (“{file}”). The sending office may have restored its data from an old backup; contact them to check. This package is still imported, and no data from the earlier package is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="272"/>
        <location filename="../../desktop/core/sync/merger.py" line="403"/>
        <source>Đang đối chiếu {n} bản ghi…</source>
        <translation>Reconciling {n} records…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="428"/>
        <source>Gói có bản ghi không ghi được vào cơ sở dữ liệu (trùng với bản ghi đã có hoặc sai kiểu); gói không được nhập, không có gì thay đổi. Hãy báo đơn vị gửi.</source>
        <translation>The package has records that cannot be written to the database (duplicates of existing records or wrong types); the package was not imported and nothing changed. Notify the sending office.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="558"/>
        <source>Gói này do chính đơn vị bạn tạo ra; hãy gửi nó cho đơn vị nhận.</source>
        <translation>This package was created by your own office; send it to the receiving office.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="566"/>
        <source>Gói này gửi cho đơn vị “{dest}”, không phải cho đơn vị bạn ({me}). Hãy chuyển đúng nơi nhận.</source>
        <translation>This package is addressed to office “{dest}”, not to your office ({me}). Forward it to the right recipient.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="571"/>
        <source>Đơn vị bạn chỉ nhận gói từ cấp tỉnh ({hub}), không nhận từ “{source}”.</source>
        <translation>Your office only accepts packages from the province level ({hub}), not from “{source}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="605"/>
        <source>Dữ liệu phiên bản trong gói bị hỏng ({table}); gói không được nhập.</source>
        <translation>The version data in the package is damaged ({table}); the package was not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1039"/>
        <location filename="../../desktop/core/sync/merger.py" line="1218"/>
        <location filename="../../desktop/core/sync/merger.py" line="1327"/>
        <source>Đã hủy nhập gói; không có gì thay đổi.</source>
        <translation>Package import cancelled; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1598"/>
        <source>Bản ghi mới “{label}” từ {office} mang phiên bản của đơn vị khác; bản ghi không được nhập.</source>
        <translation>The new record “{label}” from {office} carries another office&apos;s version; the record was not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1606"/>
        <source>Dữ liệu phiên bản của bản ghi “{label}” từ {office} không hợp lệ (bỏ thay đổi của đơn vị khác mà không thay bằng thay đổi của mình); bản ghi không được nhập.</source>
        <translation>The version data of record “{label}” from {office} is invalid (it drops another office&apos;s changes without replacing them with its own); the record was not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1669"/>
        <source>Bản ghi “{label}” từ {office} không đúng quy định: {problems}. Bản ghi không được nhập; hãy báo đơn vị gửi sửa lại.</source>
        <translation>The record “{label}” from {office} breaks the rules: {problems}. The record was not imported; ask the sending office to correct it.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1759"/>
        <source>Bản ghi thiếu bản ghi gốc ({table}) nên không nhập được.</source>
        <translation>A record is missing its parent record ({table}), so it could not be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1782"/>
        <source>{office} không được thêm hoặc sửa hợp tác xã ngoài địa bàn của mình: “{label}”.</source>
        <translation>{office} may not add or edit cooperatives outside its area: “{label}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1794"/>
        <source>{office} không được sửa số liệu của hợp tác xã ngoài địa bàn của mình.</source>
        <translation>{office} may not edit the figures of cooperatives outside its area.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1801"/>
        <source>{office} chỉ được báo cáo tiến độ các nhiệm vụ giao cho chính mình.</source>
        <translation>{office} may only report progress on tasks assigned to itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1804"/>
        <source>danh sách đơn vị</source>
        <translation>the office list</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1804"/>
        <source>danh mục lĩnh vực</source>
        <translation>the sector list</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1804"/>
        <source>văn bản chỉ đạo</source>
        <translation>directives</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1805"/>
        <source>nhiệm vụ</source>
        <translation>tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1805"/>
        <source>phân công nhiệm vụ</source>
        <translation>task assignments</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1806"/>
        <source>{office} không được sửa {what}; chỉ cấp tỉnh sửa được.</source>
        <translation>{office} may not edit {what}; only the province level can.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1905"/>
        <source>Chưa có lần nhập gói nào để hoàn tác.</source>
        <translation>There is no package import to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1915"/>
        <source>Không hoàn tác được lần nhập gói “{file}”: đơn vị đã xuất gói “{exported}” sau lần nhập đó, nên các đơn vị khác có thể đã nhận dữ liệu của nó.</source>
        <translation>The import of package “{file}” cannot be undone: package “{exported}” was exported after it, so other offices may already have its data.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1949"/>
        <source>Không hoàn tác được lần nhập gói “{file}”: dữ liệu do gói đó mang đến đã được sửa tiếp sau khi nhập.</source>
        <translation>Cannot undo the import of package “{file}”: data it brought in has been edited since the import.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="82"/>
        <source>Nhập gói đồng bộ – {file}</source>
        <translation>Import sync package – {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="84"/>
        <source>Đang đọc và kiểm tra gói…</source>
        <translation>Reading and checking the package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="90"/>
        <source>Loại thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="91"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="92"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="93"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="94"/>
        <source>Cũ → mới</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="97"/>
        <source>Các thay đổi trong gói</source>
        <translation>Changes in the package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="107"/>
        <source>Nhập vào dữ liệu</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="111"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="126"/>
        <source>Đang xem trước gói…</source>
        <translation>Previewing package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="143"/>
        <source>&lt;b&gt;Gói bị từ chối, không có gì thay đổi.&lt;/b&gt;&lt;br&gt;{errors}</source>
        <translation>&lt;b&gt;Package refused; nothing changed.&lt;/b&gt;&lt;br&gt;{errors}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="148"/>
        <source>&lt;b&gt;Gói này đã được nhập trước đây&lt;/b&gt; (gói số {seq} của {office}); không có gì thay đổi.</source>
        <translation>&lt;b&gt;This package has already been imported&lt;/b&gt; (package no. {seq} from {office}); nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="152"/>
        <source>&lt;b&gt;Gói số {seq} từ {office}&lt;/b&gt;{full}. Nếu nhập sẽ có: &lt;b&gt;{new}&lt;/b&gt; bản ghi mới, &lt;b&gt;{changed}&lt;/b&gt; sửa, &lt;b&gt;{deleted}&lt;/b&gt; xóa, &lt;b&gt;{conflicts}&lt;/b&gt; xung đột, &lt;b&gt;{refused}&lt;/b&gt; bị từ chối ({unchanged} không đổi). Chưa có gì được ghi.</source>
        <translation>&lt;b&gt;Package no. {seq} from {office}&lt;/b&gt;{full}. Importing it will give: &lt;b&gt;{new}&lt;/b&gt; new records, &lt;b&gt;{changed}&lt;/b&gt; changed, &lt;b&gt;{deleted}&lt;/b&gt; deleted, &lt;b&gt;{conflicts}&lt;/b&gt; conflicts, &lt;b&gt;{refused}&lt;/b&gt; refused ({unchanged} unchanged). Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="157"/>
        <source> (gói đầy đủ)</source>
        <translation> (full package)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="168"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="213"/>
        <source>đang dùng: {kept} | khác: {other}</source>
        <translation>in use: {kept} | other: {other}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="227"/>
        <source>&lt;br&gt;(Chỉ liệt kê {n} bản ghi đầu; còn {more} bản ghi khác.)</source>
        <translation>&lt;br&gt;(Only the first {n} records are listed; {more} more are not shown.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="238"/>
        <source>Đang nhập gói…</source>
        <translation>Importing package…</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../desktop/core/sync/journal.py" line="84"/>
        <source>Gói số {numbers} từ {office} chưa đến (các gói sau vẫn đã được nhập).</source>
        <translation>Package no. {numbers} from {office} has not arrived (later packages were imported anyway).</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="58"/>
        <source>Văn bản</source>
        <translation>Directive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="59"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="60"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="61"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="62"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="63"/>
        <source>Chu kỳ</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="64"/>
        <source>Kỳ đánh giá</source>
        <translation>Assessed period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="65"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="66"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="67"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="68"/>
        <source>Báo cáo gần nhất</source>
        <translation>Latest report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="69"/>
        <source>Kỳ hiện tại</source>
        <translation>Current period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="94"/>
        <source> (gia hạn {n} lần)</source>
        <translation> (extensions: {n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="96"/>
        <source>Chưa có báo cáo</source>
        <translation>No report yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="98"/>
        <source>{date} – {period}</source>
        <translation>{date} – {period}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="103"/>
        <source> (số {number})</source>
        <translation> (no. {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="105"/>
        <source>Đã báo cáo</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="105"/>
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="184"/>
        <source>Quá hạn từ {due}</source>
        <translation>Overdue since {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="189"/>
        <source>Sắp đến hạn: {due}</source>
        <translation>Due soon: {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="192"/>
        <source>Đã gia hạn {n} lần; hạn trước: {previous}</source>
        <translation>Extensions: {n}; previous deadline: {previous}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_model.py" line="198"/>
        <source>Có xung đột dữ liệu cần xử lý</source>
        <translation>Has a data conflict to resolve</translation>
    </message>
</context>
<context>
    <name>LinesView</name>
    <message>
        <location filename="../../desktop/ui/lines_view.py" line="60"/>
        <source>Các nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lines_view.py" line="156"/>
        <source>Xóa báo cáo</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lines_view.py" line="157"/>
        <source>Xóa báo cáo đã chọn của {office}?</source>
        <translation>Delete the selected report from {office}?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="114"/>
        <location filename="../../desktop/ui/main_window.py" line="443"/>
        <source>HTX Desktop – {office}</source>
        <translation>HTX Desktop – {office}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Các trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>Dữ liệu: {where}</source>
        <translation>Data: {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="152"/>
        <source>Hợp tác xã</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Văn bản chỉ đạo</source>
        <translation>Directives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="444"/>
        <source>Đơn vị: {office}</source>
        <translation>Office: {office}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="623"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="625"/>
        <source>Đồng &amp;bộ</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="673"/>
        <source>T&amp;hoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="623"/>
        <source>&amp;Hợp tác xã</source>
        <translation>&amp;Cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="633"/>
        <source>&amp;Danh sách hợp tác xã</source>
        <translation>Cooperative &amp;list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="646"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="626"/>
        <source>&amp;Công cụ</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="712"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="626"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="720"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="724"/>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="624"/>
        <source>&amp;Nhiệm vụ</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="731"/>
        <source>Nhiệm vụ được &amp;giao</source>
        <translation>Assigned &amp;tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="735"/>
        <source>&amp;Văn bản chỉ đạo</source>
        <translation>&amp;Directives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="736"/>
        <source>&amp;Theo dõi tiến độ</source>
        <translation>&amp;Progress tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="760"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="761"/>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình sau.</source>
        <translation>The new language will be used the next time you start the application.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="776"/>
        <source>Giới thiệu HTX Desktop</source>
        <translation>About HTX Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="778"/>
        <source>&lt;b&gt;HTX Desktop {version}&lt;/b&gt;&lt;br&gt;Quản lý hợp tác xã và theo dõi tiến độ nhiệm vụ kinh tế tập thể, làm việc không cần mạng, đồng bộ bằng gói tệp.</source>
        <translation>&lt;b&gt;HTX Desktop {version}&lt;/b&gt;&lt;br&gt;Cooperative management and progress tracking for collective-economy tasks; works offline and synchronises by package files.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="818"/>
        <source>Đang xử lý</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="820"/>
        <source>Một công việc đang chạy. Hủy công việc đó và thoát? Dữ liệu không bị ghi dở.</source>
        <translation>An operation is in progress. Cancel it and exit? No data will be left half-written.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="190"/>
        <source>Ghép cột</source>
        <translation>Match columns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="193"/>
        <source>Chương trình đã tự tìm dòng tiêu đề và đề xuất trường cho từng cột. Hãy kiểm tra, sửa nếu cần; cột “bỏ qua” không được nhập.</source>
        <translation>The application has found the header row and suggested a field for each column. Check them and correct if needed; columns set to “skip” are not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="199"/>
        <source>Dòng tiêu đề</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="200"/>
        <source>Số thứ tự dòng chứa tiêu đề cột, như Excel hiển thị</source>
        <translation>Number of the row holding the column headers, as shown in Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="203"/>
        <source>Năm số liệu</source>
        <translation>Year of the figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="205"/>
        <source>Năm của các cột số liệu (thành viên, doanh thu…) không ghi năm trong tiêu đề</source>
        <translation>Year for figure columns (members, revenue…) whose header does not state a year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="207"/>
        <source>Lưu cách ghép cột này cho các lần nhập sau</source>
        <translation>Remember this column matching for future imports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="210"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="210"/>
        <source>Tiêu đề trong tệp</source>
        <translation>Header in file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="210"/>
        <source>Ví dụ</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="211"/>
        <source>Nhập vào trường</source>
        <translation>Import into field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="211"/>
        <source>Năm / đơn vị</source>
        <translation>Year / unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="221"/>
        <source>Dòng tiêu đề:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="224"/>
        <source>Năm số liệu:</source>
        <translation>Data year:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="257"/>
        <source>Dữ liệu bắt đầu từ dòng {row}.</source>
        <translation>Data starts at row {row}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="259"/>
        <source>Đã chuyển {n} ô chữ TCVN3/VNI sang Unicode.</source>
        <translation>Converted {n} TCVN3/VNI cells to Unicode.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="278"/>
        <source>(bỏ qua)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="284"/>
        <source>Trường của cột {letter}</source>
        <translation>Field of column {letter}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="299"/>
        <source>năm chung</source>
        <translation>common year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="333"/>
        <source>Hãy chọn cột chứa “Mã số HTX”: cần mã số để nhận ra hợp tác xã đã có.</source>
        <translation>Choose the column holding the “Registration number”: it is needed to recognise existing cooperatives.</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1702"/>
        <source>{coop} – năm {year}</source>
        <translation>{coop} – year {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/merger.py" line="1707"/>
        <source>Duyệt số liệu {period} – {office}</source>
        <translation>Sign-off of figures {period} – {office}</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="407"/>
        <source>Thêm đơn vị</source>
        <translation>Add office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="410"/>
        <source>Ví dụ: SNN, H457</source>
        <translation>e.g. SNN, H457</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="412"/>
        <source>Ví dụ: Sở Nông nghiệp và Phát triển nông thôn</source>
        <translation>e.g. Department of Agriculture and Rural Development</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="414"/>
        <source>Sở, ban, ngành</source>
        <translation>Department / agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="415"/>
        <source>Cấp huyện / thị xã / thành phố</source>
        <translation>District / town / city level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="416"/>
        <source>Mã đơn vị *</source>
        <translation>Office code *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="417"/>
        <source>Tên đơn vị *</source>
        <translation>Office name *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="418"/>
        <source>Loại đơn vị</source>
        <translation>Office type</translation>
    </message>
</context>
<context>
    <name>OfficeFields</name>
    <message>
        <location filename="../../desktop/ui/office_fields.py" line="48"/>
        <source>Tên đơn vị *</source>
        <translation>Office name *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_fields.py" line="50"/>
        <source>Địa bàn *</source>
        <translation>Area *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_fields.py" line="51"/>
        <source>Mã đơn vị</source>
        <translation>Office code</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop/core/operations/sync.py" line="145"/>
        <source>Cơ sở dữ liệu này là dữ liệu tổng hợp cấp tỉnh của {office} ({code}); tệp thiết lập sẽ biến nó thành đơn vị {other} ({role}). Chưa có gì bị thay đổi. Hãy dùng một cơ sở dữ liệu mới cho đơn vị đó; nếu thật sự muốn đổi, chạy lại với --change-role.</source>
        <translation>This database is the provincial master data of {office} ({code}); the setup file would turn it into the office {other} ({role}). Nothing has been changed. Use a new database for that office; if you really want to change it, run again with --change-role.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="31"/>
        <source>Chưa sao lưu được</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="34"/>
        <source>Vẫn nhập mà không có bản sao lưu?</source>
        <translation>Import anyway without a backup?</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="481"/>
        <location filename="../../desktop/core/sync/package.py" line="505"/>
        <source>Gói có phần dữ liệu quá lớn, không phải gói hợp lệ.</source>
        <translation>The package has an oversized data part; it is not a valid package.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="493"/>
        <source>Gói có phần dữ liệu nén bất thường (nghi ngờ tệp độc hại), không nhập.</source>
        <translation>The package has an abnormally compressed data part (suspected malicious file); not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="511"/>
        <source>Tệp “{name}” không phải là gói đồng bộ hợp lệ hoặc đã bị hỏng (có thể do rút USB khi đang chép). Hãy xin đơn vị gửi chép lại tệp.</source>
        <translation>File “{name}” is not a valid sync package or is damaged (perhaps the USB drive was removed while copying). Ask the sending office to copy the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="620"/>
        <source>Không đọc được tệp “{name}”.</source>
        <translation>Cannot read file “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="625"/>
        <source>Tệp “{name}” quá lớn để là một gói đồng bộ.</source>
        <translation>File “{name}” is too large to be a sync package.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="658"/>
        <source>Phần mô tả (manifest) của gói không hợp lệ; gói bị hỏng hoặc đã bị sửa.</source>
        <translation>The package manifest is invalid; the package is damaged or has been modified.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="666"/>
        <source>Tệp này không phải là gói đồng bộ HTX Desktop.</source>
        <translation>This file is not an HTX Desktop sync package.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="674"/>
        <source>Gói này được tạo bởi phiên bản HTX Desktop mới hơn (định dạng {version}). Hãy cập nhật chương trình lên phiên bản mới nhất rồi nhập lại.</source>
        <translation>This package was created by a newer version of HTX Desktop (format {version}). Update the application to the latest version and import it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="733"/>
        <source>Gói đến từ đơn vị “{office}” chưa được đăng ký với đơn vị bạn. Không nhập gói từ đơn vị lạ; hãy liên hệ cấp tỉnh để được cấp tệp thiết lập.</source>
        <translation>The package comes from office “{office}”, which is not registered with your office. Packages from unknown offices are not imported; contact the province level to be issued a setup file.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="741"/>
        <source>Chữ ký số của gói không khớp với đơn vị “{office}”: gói đã bị sửa hoặc giả mạo. Không nhập; hãy xin đơn vị gửi lại gói.</source>
        <translation>The package&apos;s digital signature does not match office “{office}”: the package has been modified or forged. Not imported; ask the office to send the package again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="604"/>
        <source>Nội dung gói không khớp với mã kiểm tra: tệp bị hỏng hoặc bị sửa. Hãy xin gửi lại gói.</source>
        <translation>The package contents do not match the checksum: the file is damaged or has been modified. Ask for the package to be sent again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="754"/>
        <source>Ghi chú kèm gói (DOC-TOI.txt) đã bị sửa sau khi đơn vị gửi ký: gói không còn nguyên vẹn. Không nhập; hãy xin đơn vị gửi lại gói.</source>
        <translation>The note that comes with the package (DOC-TOI.txt) was changed after the sending office signed it: the package is no longer intact. Not imported; ask the sending office to send the package again.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="803"/>
        <location filename="../../desktop/core/sync/package.py" line="810"/>
        <source>Gói đã được mã hóa cho đơn vị khác; đơn vị bạn không mở được.</source>
        <translation>The package is encrypted for another office; your office cannot open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="826"/>
        <source>Dữ liệu trong gói không đọc được (sai định dạng).</source>
        <translation>The data in the package cannot be read (wrong format).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/package.py" line="1129"/>
        <source>Dữ liệu trong gói sai cấu trúc: {what}. Gói bị hỏng hoặc do phần mềm khác tạo ra.</source>
        <translation>The data in the package has an invalid structure: {what}. The package is damaged or was created by other software.</translation>
    </message>
</context>
<context>
    <name>PackageDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="27"/>
        <source>Chi tiết gói – {file}</source>
        <translation>Package details – {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="43"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="44"/>
        <source>sửa</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="45"/>
        <source>xóa</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="46"/>
        <source>xung đột</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="47"/>
        <source>từ chối</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="48"/>
        <source>không đổi</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="54"/>
        <source>Chiều</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="54"/>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="54"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="55"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="56"/>
        <source>Đơn vị gửi</source>
        <translation>Sending office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="57"/>
        <source>Đơn vị nhận</source>
        <translation>Receiving office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="58"/>
        <source>Số gói</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="59"/>
        <source>Loại gói</source>
        <translation>Package type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="59"/>
        <source>đầy đủ</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="59"/>
        <source>phần thay đổi</source>
        <translation>changes only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="60"/>
        <source>Tạo lúc</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="61"/>
        <source>Xử lý lúc</source>
        <translation>Processed at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="62"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="63"/>
        <source>Nội dung</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="71"/>
        <source>Bản ghi bị từ chối ({n}):</source>
        <translation>Refused records ({n}):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_detail.py" line="86"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="354"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="357"/>
        <source>Chưa có gì được ghi. Các dòng có lỗi sẽ bị bỏ qua; các dòng còn lại được nhập cùng một lần khi bấm “Nhập”.</source>
        <translation>Nothing has been written yet. Rows with errors will be skipped; the remaining rows are imported together when you click “Import”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="365"/>
        <source>Các dòng có lỗi</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="367"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="367"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="367"/>
        <source>Tiêu đề cột</source>
        <translation>Column header</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="367"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="375"/>
        <source>Lưu danh sách lỗi ra Excel…</source>
        <translation>Save error list to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="380"/>
        <source>Các giá trị dưới đây chưa khớp với danh mục. Hãy chọn nghĩa của từng giá trị rồi bấm “Dùng các lựa chọn và kiểm tra lại”:</source>
        <translation>The values below do not match the lists. Choose what each value means, then click “Use these choices and check again”:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="386"/>
        <source>Giá trị chưa khớp</source>
        <translation>Values not matched</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="388"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="388"/>
        <source>Giá trị trong tệp</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="388"/>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="389"/>
        <source>Nghĩa là</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="396"/>
        <source>Dùng các lựa chọn và kiểm tra lại</source>
        <translation>Use these choices and check again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="398"/>
        <source>Ghi nhớ các lựa chọn cho những lần nhập sau</source>
        <translation>Remember these choices for future imports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="420"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="429"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; hợp tác xã sẽ được thêm mới</source>
        <translation>New cooperatives to add: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="430"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; hợp tác xã đã có sẽ được cập nhật</source>
        <translation>Existing cooperatives to update: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="432"/>
        <source>{n} hợp tác xã đã có, không thay đổi</source>
        <translation>Existing cooperatives unchanged: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="433"/>
        <source>{n} dòng bỏ qua (trống, tổng cộng, tiêu đề nhóm)</source>
        <translation>Rows skipped (empty, totals, group headings): {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="439"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;{n}&lt;/b&gt; dòng có lỗi, sẽ không được nhập:&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Rows with errors, which will not be imported: &lt;b&gt;{n}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="443"/>
        <source>Không có lỗi.</source>
        <translation>No errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="447"/>
        <source>Dòng bỏ qua: {rows}</source>
        <translation>Rows skipped: {rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="462"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="470"/>
        <source>Nghĩa của “{value}”</source>
        <translation>Meaning of “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="471"/>
        <source>— chưa chọn —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="493"/>
        <source>Lưu danh sách lỗi</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/excel_import_wizard.py" line="495"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="622"/>
        <location filename="../../desktop/ui/print_actions.py" line="70"/>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="81"/>
        <source>In {what}…</source>
        <translation>Print {what}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="82"/>
        <source>Lưu {what} ra PDF…</source>
        <translation>Save {what} as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="119"/>
        <source>Lưu ra PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="120"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="130"/>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="141"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="142"/>
        <source>Hãy chọn một hợp tác xã trong danh sách trước.</source>
        <translation>Select a cooperative in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="22"/>
        <source>&amp;Bảng điều khiển</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="27"/>
        <source>Lập báo cáo kết quả thực hiện &amp;chỉ thị…</source>
        <translation>Write the report on &amp;directive implementation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="29"/>
        <source>Lập báo cáo tình hình &amp;hợp tác xã…</source>
        <translation>Write the report on the &amp;cooperatives…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="36"/>
        <source>{n} hợp tác xã đang hiện trong danh sách</source>
        <translation>{n} cooperatives shown in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="39"/>
        <source>Danh sách hợp tác xã</source>
        <translation>Cooperative list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="55"/>
        <source>Bảng điều khiển</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="65"/>
        <source>danh sách hợp tác xã đang hiện</source>
        <translation>the cooperative list shown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="68"/>
        <source>hồ sơ hợp tác xã đang chọn</source>
        <translation>the selected cooperative&apos;s record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="76"/>
        <source>Theo dõi tiến độ thực hiện nhiệm vụ</source>
        <translation>Task progress tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="83"/>
        <source>bảng theo dõi tiến độ</source>
        <translation>the progress tracking table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_menu.py" line="85"/>
        <source>bảng điều khiển</source>
        <translation>the dashboard</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../desktop/core/fields.py" line="189"/>
        <source>Mã số HTX</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="196"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="201"/>
        <source>Loại hình</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="207"/>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="223"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="238"/>
        <source>Mô hình quản trị</source>
        <translation>Governance model</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="241"/>
        <source>Hệ thống địa giới</source>
        <translation>Boundary system</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="242"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="85"/>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="86"/>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="245"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="250"/>
        <source>Người đại diện theo pháp luật</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="256"/>
        <source>Chức danh</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="259"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="262"/>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="265"/>
        <source>Ngày thành lập</source>
        <translation>Founding date</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="268"/>
        <source>Ngày đăng ký</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="273"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="89"/>
        <location filename="../../desktop/core/registry.py" line="1020"/>
        <source>Đã xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="90"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="279"/>
        <source>Tổng số thành viên</source>
        <translation>Total members</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="283"/>
        <source>Thành viên chính thức</source>
        <translation>Official members</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="288"/>
        <source>Thành viên liên kết góp vốn</source>
        <translation>Capital-contributing associate members</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="292"/>
        <source>Thành viên là cá nhân</source>
        <translation>Individual members</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="295"/>
        <source>Thành viên là hộ gia đình</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="297"/>
        <source>Thành viên là pháp nhân</source>
        <translation>Legal-entity members</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="299"/>
        <source>Tổng số lao động</source>
        <translation>Total workers</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="303"/>
        <source>Lao động thường xuyên</source>
        <translation>Regular workers</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="306"/>
        <source>Lao động là thành viên</source>
        <translation>Member workers</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="310"/>
        <source>Vốn điều lệ (đồng)</source>
        <translation>Charter capital (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="313"/>
        <source>Tổng tài sản (đồng)</source>
        <translation>Total assets (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="316"/>
        <source>Doanh thu (đồng)</source>
        <translation>Revenue (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="319"/>
        <source>Lợi nhuận (đồng)</source>
        <translation>Profit (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="324"/>
        <source>Thu nhập bình quân (đồng/người/tháng)</source>
        <translation>Average income (VND/person/month)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="329"/>
        <source>Quy mô</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/core/fields.py" line="332"/>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="91"/>
        <source>Tạo mới</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="226"/>
        <source>Không có trường “{field}”.</source>
        <translation>There is no field “{field}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="240"/>
        <source>Tên không được để trống.</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="242"/>
        <source>Tên dài quá 300 ký tự.</source>
        <translation>The name is longer than 300 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="249"/>
        <source>Mã số HTX không được để trống.</source>
        <translation>The registration number must not be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="251"/>
        <source>Mã số HTX phải gồm 10 chữ số, hoặc 13 ký tự nếu có mã chi nhánh (ví dụ 3100123459-001).</source>
        <translation>The registration number must have 10 digits, or 13 characters with a branch code (e.g. 3100123459-001).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="257"/>
        <source>Mã số {code} đã được dùng cho “{name}”.</source>
        <translation>Registration number {code} is already used by “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="272"/>
        <source>Lĩnh vực “{value}” không có trong danh mục.</source>
        <translation>Sector “{value}” is not in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="288"/>
        <source>Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2019.</source>
        <translation>Invalid date: enter it as day/month/year, e.g. 05/03/2019.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="294"/>
        <source>Ngày không được sau ngày hôm nay ({today}).</source>
        <translation>The date cannot be later than today ({today}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="298"/>
        <source>Năm phải từ 1945 trở về sau.</source>
        <translation>The year must be 1945 or later.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="301"/>
        <source>Ngày đăng ký không được trước ngày thành lập.</source>
        <translation>The registration date cannot be earlier than the founding date.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="87"/>
        <source>Hệ thống địa giới cũ</source>
        <translation>Old boundary system</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="88"/>
        <source>Địa bàn cũ (trước khi chuyển mã mới)</source>
        <translation>Old area (before the new codes)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="270"/>
        <source>{field} không hợp lệ.</source>
        <translation>{field} is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="279"/>
        <source>Đơn vị {office} không được giao sửa hợp tác xã lĩnh vực này.</source>
        <translation>Office {office} is not assigned to edit cooperatives in this sector.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="316"/>
        <source>Hệ thống địa giới phải là pre2025 hoặc post2025.</source>
        <translation>The boundary system must be pre2025 or post2025.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="320"/>
        <source>Hãy chọn địa bàn (tỉnh, huyện, xã).</source>
        <translation>Choose the area (province, district, commune).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="324"/>
        <source>Mã địa bàn {code} không có trong danh mục đơn vị hành chính.</source>
        <translation>Area code {code} is not in the list of administrative units.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="330"/>
        <source>Địa bàn này nằm ngoài phạm vi quản lý của đơn vị {office}.</source>
        <translation>This area is outside the jurisdiction of office {office}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="357"/>
        <source>Năm phải từ {low} đến {high}.</source>
        <translation>The year must be between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="366"/>
        <source>Không có chỉ tiêu “{field}”.</source>
        <translation>There is no indicator “{field}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="380"/>
        <source>{field}: “{value}” không phải là số nguyên.</source>
        <translation>{field}: “{value}” is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="385"/>
        <source>{field} không được âm.</source>
        <translation>{field} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="389"/>
        <source>{field} quá lớn.</source>
        <translation>{field} is too large.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="403"/>
        <source>{field}: giá trị “{value}” không hợp lệ.</source>
        <translation>{field}: the value “{value}” is invalid.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="412"/>
        <source>{part} lớn hơn {whole}.</source>
        <translation>{part}: more than {whole}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="600"/>
        <source>Hợp tác xã này không thuộc địa bàn của đơn vị, không sửa được.</source>
        <translation>This cooperative is outside your office&apos;s area; it cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="683"/>
        <source>Hợp tác xã này không thuộc địa bàn của đơn vị, không xóa được.</source>
        <translation>This cooperative is outside your office&apos;s area; it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="693"/>
        <location filename="../../desktop/core/registry.py" line="792"/>
        <source>Không tìm thấy hợp tác xã.</source>
        <translation>Cooperative not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="697"/>
        <source>Hợp tác xã này không thuộc địa bàn của đơn vị, không khôi phục được.</source>
        <translation>This cooperative is outside your office&apos;s area and cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="710"/>
        <source>Không khôi phục được: mã số {code} đang được dùng cho “{name}”.</source>
        <translation>Cannot restore: registration number {code} is in use by “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="726"/>
        <source>Không tìm thấy hợp tác xã (có thể đã bị xóa).</source>
        <translation>Cooperative not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="782"/>
        <source>Không tìm thấy hợp tác xã có mã số hoặc mã định danh “{key}”.</source>
        <translation>No cooperative found with registration number or identifier “{key}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="1022"/>
        <source>Còn hiệu lực</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/core/registry.py" line="1036"/>
        <source>Năm {year} – {field}</source>
        <translation>Year {year} – {field}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="61"/>
        <source>Báo cáo tiến độ</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="61"/>
        <source>Sửa báo cáo tiến độ</source>
        <translation>Edit progress report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="68"/>
        <source>&lt;b&gt;Nhiệm vụ {n}:&lt;/b&gt; {title}&lt;br&gt;Văn bản {number} – {role}: &lt;b&gt;{office}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Task {n}:&lt;/b&gt; {title}&lt;br&gt;Directive {number} – {role}: &lt;b&gt;{office}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="80"/>
        <source>Thời hạn: {due}</source>
        <translation>Deadline: {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="82"/>
        <source> (đã gia hạn {n} lần, hạn trước {previous})</source>
        <translation> (extensions: {n}, previous deadline {previous})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="87"/>
        <source>Chu kỳ: {cycle} – báo cáo mỗi kỳ hạn chậm nhất ngày cuối kỳ.</source>
        <translation>Cycle: {cycle} – report for each period by its last day at the latest.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="91"/>
        <source>Cấp tỉnh nhập thay cho đơn vị (báo cáo gửi bằng giấy hoặc thư).</source>
        <translation>The province level enters this on behalf of the office (report sent on paper or by letter).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="105"/>
        <source>Ví dụ: 125/BC-UBND</source>
        <translation>e.g. 125/BC-UBND</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="113"/>
        <source>Những việc đã làm, kết quả đạt được</source>
        <translation>Work done and results achieved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="115"/>
        <source>Khó khăn, vướng mắc (nếu có)</source>
        <translation>Difficulties and obstacles (if any)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="117"/>
        <source>Kiến nghị, đề xuất (nếu có)</source>
        <translation>Recommendations and proposals (if any)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="124"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="125"/>
        <source>Ngày báo cáo *</source>
        <translation>Report date *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="126"/>
        <source>Số văn bản báo cáo</source>
        <translation>Report document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="127"/>
        <source>Tình trạng *</source>
        <translation>Status *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="128"/>
        <source>Tỷ lệ hoàn thành</source>
        <translation>Percent complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="129"/>
        <source>Kết quả thực hiện *</source>
        <translation>Results *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="130"/>
        <source>Khó khăn, vướng mắc</source>
        <translation>Difficulties and obstacles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="131"/>
        <source>Kiến nghị, đề xuất</source>
        <translation>Recommendations and proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="227"/>
        <source>Chưa lưu: có {n} chỗ cần sửa (xem dòng chữ đỏ).</source>
        <translation>Not saved: {n} item(s) need correcting (see the text in red).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="234"/>
        <source>Báo cáo chưa được lưu. Đóng và bỏ những gì đã nhập?</source>
        <translation>The report has not been saved. Close and discard what you entered?</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="44"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="45"/>
        <source>Ngày báo cáo</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="46"/>
        <source>Số văn bản</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="47"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="48"/>
        <source>Tỷ lệ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="49"/>
        <source>Kết quả thực hiện</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="50"/>
        <source>Khó khăn, vướng mắc</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="51"/>
        <source>Kiến nghị, đề xuất</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="54"/>
        <source>Các báo cáo của đơn vị</source>
        <translation>The unit&apos;s reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="69"/>
        <source>Sửa báo cáo…</source>
        <translation>Edit report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="70"/>
        <source>Xóa báo cáo</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="75"/>
        <source>&lt;b&gt;Các báo cáo của đơn vị&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reports from the office&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="93"/>
        <source>Chọn một nhiệm vụ trong bảng để xem nội dung và báo cáo.</source>
        <translation>Select a task in the table to see its details and reports.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="99"/>
        <source>&lt;b&gt;{number} – nhiệm vụ {n}:&lt;/b&gt; {title} &lt;i&gt;({office})&lt;/i&gt;</source>
        <translation>&lt;b&gt;{number} – task {n}:&lt;/b&gt; {title} &lt;i&gt;({office})&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="27"/>
        <source>Năm {year} không hợp lệ. Hãy ghi năm có 4 chữ số, ví dụ 2025.</source>
        <translation>The year {year} is not valid. Write a four-digit year, for example 2025.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="53"/>
        <location filename="../../desktop/core/reports/coops.py" line="55"/>
        <location filename="../../desktop/core/reports/directive.py" line="196"/>
        <source>trên địa bàn {name}</source>
        <translation>in {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="59"/>
        <location filename="../../desktop/core/reports/directive.py" line="195"/>
        <source>cả nước</source>
        <translation>nationwide</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="62"/>
        <location filename="../../desktop/core/reports/directive.py" line="223"/>
        <source>BÁO CÁO</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="63"/>
        <source>Tình hình hợp tác xã năm {year} {place}</source>
        <translation>The cooperatives in {year} {place}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="66"/>
        <location filename="../../desktop/core/reports/directive.py" line="228"/>
        <source>Lưu: VT</source>
        <translation>Filed: Records office</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="67"/>
        <location filename="../../desktop/core/reports/directive.py" line="319"/>
        <source>THỦ TRƯỞNG ĐƠN VỊ</source>
        <translation>HEAD OF OFFICE</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="69"/>
        <source>I. TỔNG QUAN</source>
        <translation>I. OVERVIEW</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="74"/>
        <source>Chưa có hợp tác xã nào báo cáo số liệu năm {year}.</source>
        <translation>No cooperative has reported figures for {year} yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="84"/>
        <source>II. SỐ LIỆU CHI TIẾT</source>
        <translation>II. DETAILED FIGURES</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="93"/>
        <location filename="../../desktop/core/reports/directive.py" line="295"/>
        <location filename="../../desktop/core/reports/tables.py" line="26"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="93"/>
        <location filename="../../desktop/core/reports/directive.py" line="299"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="94"/>
        <location filename="../../desktop/core/reports/tables.py" line="28"/>
        <source>Số HTX</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="96"/>
        <location filename="../../desktop/core/reports/figures.py" line="174"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/coops.py" line="97"/>
        <source>Bảng 3. Hợp tác xã theo tình trạng pháp lý</source>
        <translation>Table 3. Cooperatives by legal status</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="55"/>
        <source>Kỳ báo cáo “{text}” không hợp lệ. Hãy ghi 6 tháng (2026-H1, 2026-H2) hoặc cả năm (2026).</source>
        <translation>The reporting period “{text}” is not valid. Write a half-year (2026-H1, 2026-H2) or a whole year (2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="111"/>
        <source>Không có văn bản chỉ đạo số “{number}”. Xem danh sách bằng “htx tasks list”.</source>
        <translation>There is no directive number “{number}”. See the list with “htx tasks list”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="153"/>
        <source>{office} ({percent}%): {content}</source>
        <translation>{office} ({percent}%): {content}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="156"/>
        <source>không ghi nội dung</source>
        <translation>no content given</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="205"/>
        <source>Kết quả thực hiện Chỉ thị số {number} {period}</source>
        <translation>Results of implementing Directive No. {number} {period}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="209"/>
        <source>Tình hình phát triển kinh tế tập thể, hợp tác xã và kết quả thực hiện các văn bản chỉ đạo {period}</source>
        <translation>The development of the collective economy and cooperatives, and the results of implementing the directives {period}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="217"/>
        <source>Ủy ban nhân dân {name}</source>
        <translation>People&apos;s Committee of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="219"/>
        <source>Ủy ban nhân dân tỉnh</source>
        <translation>Provincial People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="225"/>
        <source>Kính gửi: {committee}</source>
        <translation>To: {committee}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="227"/>
        <source>{committee} (để báo cáo)</source>
        <translation>{committee} (for information)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="233"/>
        <source>I. TÌNH HÌNH HỢP TÁC XÃ</source>
        <translation>I. THE COOPERATIVES</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="241"/>
        <source>II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ</source>
        <translation>II. RESULTS OF THE TASKS</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="248"/>
        <source>Tính đến ngày {as_of}, {tasks} nhiệm vụ được giao cho các đơn vị với {total} lượt đơn vị thực hiện: {done_on_time} hoàn thành đúng hạn, {done_late} hoàn thành trễ hạn, {in_time} đang thực hiện trong hạn, {overdue} quá hạn, {not_started} chưa thực hiện.</source>
        <translation>As of {as_of}, {tasks} tasks have been assigned to offices, with {total} office assignments: {done_on_time} completed on time, {done_late} completed late, {in_time} in progress within the deadline, {overdue} overdue, {not_started} not started.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="270"/>
        <source>Chưa có nhiệm vụ nào được giao.</source>
        <translation>No tasks have been assigned yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="272"/>
        <source>III. KHÓ KHĂN, VƯỚNG MẮC</source>
        <translation>III. DIFFICULTIES AND OBSTACLES</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="274"/>
        <source>Các đơn vị không báo cáo khó khăn, vướng mắc trong kỳ.</source>
        <translation>The offices reported no difficulties or obstacles in the period.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="275"/>
        <source>IV. KIẾN NGHỊ, ĐỀ XUẤT</source>
        <translation>IV. RECOMMENDATIONS AND PROPOSALS</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="277"/>
        <source>Các đơn vị không có kiến nghị, đề xuất trong kỳ.</source>
        <translation>The offices made no recommendations or proposals in the period.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="291"/>
        <source>Chưa có báo cáo</source>
        <translation>No report yet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="296"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="297"/>
        <source>Đơn vị chủ trì</source>
        <translation>Lead office</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="298"/>
        <source>Đơn vị phối hợp</source>
        <translation>Supporting offices</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="300"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="303"/>
        <source>Bảng 3. Kết quả thực hiện nhiệm vụ</source>
        <translation>Table 3. Results of the tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/directive.py" line="318"/>
        <source>TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH</source>
        <translation>ON BEHALF OF THE PEOPLE&apos;S COMMITTEE
CHAIR</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/document.py" line="83"/>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/document.py" line="87"/>
        <source>{place}, ngày {d:02d} tháng {m:02d} năm {y}</source>
        <translation>{place}, {d:02d}/{m:02d}/{y}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/document.py" line="113"/>
        <source>THÀNH PHỐ</source>
        <translation>CITY</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/document.py" line="115"/>
        <source>TỈNH</source>
        <translation>PROVINCE</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/document.py" line="117"/>
        <source>UBND {kind} {name}</source>
        <translation>{name} {kind} PEOPLE&apos;S COMMITTEE</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/document.py" line="123"/>
        <source>Số: {number}</source>
        <translation>No.: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/figures.py" line="184"/>
        <source>Chưa phân loại</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/output.py" line="21"/>
        <source>Tệp “{name}” không phải .docx hoặc .pdf. Hãy đặt tên tệp có đuôi .docx (Word, sửa được) hoặc .pdf.</source>
        <translation>The file “{name}” is not .docx or .pdf. Give the file name the extension .docx (Word, editable) or .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/output.py" line="48"/>
        <source>Không ghi được tệp “{path}”: thư mục không ghi được, ổ đĩa đầy hoặc tệp đang mở trong chương trình khác. Hãy đóng tệp hoặc chọn nơi lưu khác.</source>
        <translation>Could not write the file “{path}”: the folder cannot be written to, the disk is full, or the file is open in another program. Close the file or choose another place to save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/record.py" line="35"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/record.py" line="42"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/record.py" line="44"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/record.py" line="48"/>
        <source>Chỉ tiêu hằng năm (tiền: đồng)</source>
        <translation>Annual indicators (amounts: VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/record.py" line="51"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/record.py" line="51"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/record.py" line="52"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/record.py" line="52"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/record.py" line="53"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/record.py" line="57"/>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/scope.py" line="40"/>
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/scope.py" line="41"/>
        <source>Quận / huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/scope.py" line="42"/>
        <source>Xã / phường / thị trấn</source>
        <translation>Commune / ward / township</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/scope.py" line="59"/>
        <source>Chưa rõ địa bàn</source>
        <translation>Area unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/scope.py" line="108"/>
        <source>Không có địa bàn mã “{code}” trong danh mục {scheme}. Hãy ghi mã tỉnh (2 chữ số), huyện (3 chữ số) hoặc xã (5 chữ số).</source>
        <translation>There is no area with code “{code}” in the {scheme} list. Write a province code (2 digits), district code (3 digits) or commune code (5 digits).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="29"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="30"/>
        <source>Thành lập mới</source>
        <translation>Newly founded</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="31"/>
        <source>Giải thể, thu hồi</source>
        <translation>Dissolved or revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="32"/>
        <source>Thành viên (người)</source>
        <translation>Members (persons)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="33"/>
        <source>Lao động (người)</source>
        <translation>Workers (persons)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="34"/>
        <source>Vốn điều lệ (triệu đồng)</source>
        <translation>Charter capital (million VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="35"/>
        <source>Doanh thu (triệu đồng)</source>
        <translation>Revenue (million VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="36"/>
        <source>Thu nhập bình quân (triệu đồng/ người/ tháng)</source>
        <translation>Average income (million VND per person per month)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="59"/>
        <source>Chưa có số liệu chỉ tiêu hằng năm của hợp tác xã.</source>
        <translation>There are no annual indicator figures for the cooperatives yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="60"/>
        <source>Số liệu thành viên, lao động, vốn, doanh thu là số liệu năm {year} của {n} hợp tác xã có báo cáo.</source>
        <translation>The figures for members, workers, capital and revenue are those for {year} from the {n} cooperatives that reported.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="69"/>
        <source>Tính đến ngày {last}, {place} có {n} hợp tác xã, liên hiệp hợp tác xã, quỹ tín dụng nhân dân và tổ hợp tác, trong đó {active} đang hoạt động. Từ ngày {first} đến ngày {last}, thành lập mới {founded}, giải thể hoặc bị thu hồi giấy chứng nhận {dissolved}.</source>
        <translation>As of {last}, {place} has {n} cooperatives, cooperative unions, people&apos;s credit funds and cooperative groups, of which {active} are active. From {first} to {last}, {founded} were newly founded and {dissolved} were dissolved or had their certificates revoked.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="80"/>
        <source>Năm {year}: {members} thành viên, {workers} lao động; tổng vốn điều lệ {capital} triệu đồng; tổng doanh thu {revenue} triệu đồng, bình quân {per_coop} triệu đồng một hợp tác xã; thu nhập bình quân của người lao động {income} triệu đồng/người/tháng.</source>
        <translation>In {year}: {members} members, {workers} workers; total charter capital {capital} million VND; total revenue {revenue} million VND, an average of {per_coop} million VND per cooperative; average worker income {income} million VND per person per month.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="97"/>
        <source>Bảng {n}. Hợp tác xã theo địa bàn (thành lập, giải thể: trong kỳ)</source>
        <translation>Table {n}. Cooperatives by area (founded, dissolved: in the period)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="102"/>
        <source>Bảng {n}. Hợp tác xã theo lĩnh vực (thành lập, giải thể: trong kỳ)</source>
        <translation>Table {n}. Cooperatives by sector (founded, dissolved: in the period)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/tables.py" line="104"/>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/dashboard.py" line="227"/>
        <source>Đã hủy tải bảng điều khiển.</source>
        <translation>Loading the dashboard was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/dashboard.py" line="235"/>
        <source>Đang đếm hợp tác xã…</source>
        <translation>Counting cooperatives…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/reports/dashboard.py" line="232"/>
        <source>Đang tính tiến độ nhiệm vụ…</source>
        <translation>Working out task progress…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="135"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="140"/>
        <source>Các bản sao lưu của cơ sở dữ liệu này ({n}), mới nhất trước:</source>
        <translation>Backups of this database ({n}), newest first:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="145"/>
        <source>Bản sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="147"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="147"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="147"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="147"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="170"/>
        <source>Khôi phục bản đã chọn</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="173"/>
        <source>Chọn tệp khác…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="175"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="193"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="195"/>
        <source>Bản sao lưu (*.sqlite3 *.pgdump)</source>
        <translation>Backups (*.sqlite3 *.pgdump)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/core/access.py" line="25"/>
        <source>Cấp tỉnh (tổng hợp toàn tỉnh)</source>
        <translation>Province level (consolidates the whole province)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/access.py" line="26"/>
        <source>Cấp xã / phường / đặc khu</source>
        <translation>Commune / ward / special zone level</translation>
    </message>
    <message>
        <location filename="../../desktop/core/access.py" line="27"/>
        <source>Sở, ban, ngành cấp tỉnh</source>
        <translation>Provincial department or agency</translation>
    </message>
    <message>
        <location filename="../../desktop/core/access.py" line="28"/>
        <source>Cấp huyện (địa giới trước 01/07/2025)</source>
        <translation>District level (boundaries before 01/07/2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/access.py" line="72"/>
        <source>Lĩnh vực {codes} không có trong danh mục lĩnh vực.</source>
        <translation>Sector {codes} is not in the sector list.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/access.py" line="82"/>
        <source>Được sửa mọi hợp tác xã trong tỉnh</source>
        <translation>May edit every cooperative in the province</translation>
    </message>
    <message>
        <location filename="../../desktop/core/access.py" line="84"/>
        <source>Không sửa hồ sơ hợp tác xã (chỉ báo cáo nhiệm vụ)</source>
        <translation>Does not edit cooperative records (reports on tasks only)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/access.py" line="86"/>
        <source>Chỉ sửa hợp tác xã lĩnh vực: {names}</source>
        <translation>May edit only cooperatives in the sectors: {names}</translation>
    </message>
</context>
<context>
    <name>StaffNameAction</name>
    <message>
        <location filename="../../desktop/ui/staff_name.py" line="22"/>
        <source>Tên &amp;người sử dụng…</source>
        <translation>&amp;User name…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_name.py" line="25"/>
        <source>Tên ghi vào lịch sử thay đổi cùng mỗi lần sửa (khi nhiều người dùng chung dữ liệu)</source>
        <translation>The name written in the change history with each edit (when several people share the data)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_name.py" line="32"/>
        <source>Tên người sử dụng</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_name.py" line="36"/>
        <source>Tên ghi vào lịch sử thay đổi cùng mỗi lần sửa của bạn.
Để trống để dùng tên đăng nhập máy tính ({user}).</source>
        <translation>The name written in the change history with each of your edits.
Leave it empty to use the computer login name ({user}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_name.py" line="42"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_name.py" line="43"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/staff_name.py" line="48"/>
        <source>Các thay đổi từ nay được ghi tên: {name}</source>
        <translation>Changes are now recorded under the name: {name}</translation>
    </message>
</context>
<context>
    <name>SummaryChoiceDialog</name>
    <message>
        <location filename="../../desktop/ui/summary_choice.py" line="15"/>
        <source>Xuất bảng tổng hợp</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/summary_choice.py" line="20"/>
        <location filename="../../desktop/ui/summary_choice.py" line="31"/>
        <source>Năm số liệu</source>
        <translation>Data year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/summary_choice.py" line="24"/>
        <source>(chưa có số liệu)</source>
        <translation>(no data)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/summary_choice.py" line="26"/>
        <location filename="../../desktop/ui/summary_choice.py" line="32"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/summary_choice.py" line="27"/>
        <source>Toàn địa bàn của đơn vị</source>
        <translation>The office&apos;s whole area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/summary_choice.py" line="36"/>
        <source>Tiếp tục…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/summary_choice.py" line="37"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="10"/>
        <source>Đơn vị</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="11"/>
        <source>Lĩnh vực</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="12"/>
        <source>Hợp tác xã</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="13"/>
        <source>Chỉ tiêu năm</source>
        <translation>Annual indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="14"/>
        <source>Văn bản chỉ đạo</source>
        <translation>Directives</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="15"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="16"/>
        <source>Phân công</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="17"/>
        <source>Báo cáo tiến độ</source>
        <translation>Progress reports</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="18"/>
        <source>Duyệt số liệu</source>
        <translation>Sign-off of figures</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="24"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="25"/>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="26"/>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="27"/>
        <source>Xung đột</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="28"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="34"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="35"/>
        <source>Đã nhập trước đó</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="36"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="37"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="38"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="39"/>
        <source>Đã hoàn tác</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sync/labels.py" line="47"/>
        <source>không có thay đổi</source>
        <translation>no changes</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="165"/>
        <source>cấp tỉnh – nơi tổng hợp</source>
        <translation>province level – the consolidating hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="176"/>
        <source>&lt;b&gt;{office}&lt;/b&gt; ({code}), {role}</source>
        <translation>&lt;b&gt;{office}&lt;/b&gt; ({code}), {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="67"/>
        <source>&amp;Xuất gói…</source>
        <translation>&amp;Export package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="70"/>
        <source>&amp;Nhập gói…</source>
        <translation>&amp;Import package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="73"/>
        <source>&amp;Hoàn tác lần nhập gói gần nhất…</source>
        <translation>&amp;Undo last package import…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="75"/>
        <source>&amp;Cấp tệp thiết lập cho đơn vị…</source>
        <translation>Issue &amp;setup file to office…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="78"/>
        <source>Cài tệp &amp;thiết lập…</source>
        <translation>Install &amp;setup file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="81"/>
        <source>Chuyển sang địa &amp;giới mới (01/07/2025)…</source>
        <translation>Move to the new &amp;boundaries (01/07/2025)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="84"/>
        <source>Hợp nhất dữ liệu của một cấp tỉnh &amp;khác…</source>
        <translation>Merge the data of &amp;another province…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="121"/>
        <source>Nhật ký đồng bộ</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="124"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="125"/>
        <source>Chiều</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="126"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="127"/>
        <source>Gửi → nhận</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="128"/>
        <source>Số gói</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="129"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="130"/>
        <source>Nội dung</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="146"/>
        <source>&lt;b&gt;Nhật ký gói đồng bộ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sync package log&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="148"/>
        <source>Xem chi tiết gói…</source>
        <translation>Package details…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="149"/>
        <source>Hoặc nhấp đúp vào một dòng của nhật ký</source>
        <translation>Or double-click a row of the log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="168"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;chưa được cấp tỉnh cấp tệp thiết lập: dữ liệu nhập vẫn được giữ; cài tệp thiết lập (Đồng bộ › Cài tệp thiết lập…) để gửi gói về tỉnh&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;no setup file from the province yet: data entered is kept; install the setup file (Sync › Install setup file…) to send packages to the province&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="173"/>
        <source>gửi về {hub}</source>
        <translation>sends to {hub}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="205"/>
        <source>mới {new}, sửa {changed}, xóa {deleted}, xung đột {conflicts}, từ chối {refused}</source>
        <translation>new {new}, changed {changed}, deleted {deleted}, conflicts {conflicts}, refused {refused}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="214"/>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="214"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="227"/>
        <source>{n} gói trong nhật ký</source>
        <translation>Packages in the log: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="244"/>
        <source>Chọn gói đồng bộ</source>
        <translation>Choose sync package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="246"/>
        <source>Gói đồng bộ HTX (*.htxpkg);;Mọi tệp (*)</source>
        <translation>HTX sync packages (*.htxpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="263"/>
        <source>Đã nhập gói số {seq} từ {office}: mới {new}, sửa {changed}, xung đột {conflicts}.</source>
        <translation>Imported package no. {seq} from {office}: new {new}, changed {changed}, conflicts {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="272"/>
        <source>Đã nhập gói</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="281"/>
        <source>Hoàn tác nhập gói</source>
        <translation>Undo package import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="282"/>
        <source>Đưa dữ liệu về như trước lần nhập gói gần nhất? Gói đó có thể được nhập lại sau.</source>
        <translation>Return the data to how it was before the last package import? That package can be imported again later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="291"/>
        <source>Đã hoàn tác</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="292"/>
        <source>Đã hoàn tác lần nhập gói {file}.</source>
        <translation>Undid the import of package {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="322"/>
        <source>Chọn cơ sở dữ liệu của cấp tỉnh cần hợp nhất</source>
        <translation>Choose the database of the province to merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="323"/>
        <source>Cơ sở dữ liệu HTX (*.sqlite3 *.db);;Mọi tệp (*)</source>
        <translation>HTX databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="335"/>
        <source>Hợp nhất toàn bộ dữ liệu của {source} vào đơn vị này: {new} bản ghi mới, {changed} thay đổi, {conflicts} xung đột, {refused} bị từ chối. Các đơn vị của cấp tỉnh đó và khóa của họ được giữ, gói họ gửi vẫn được nhận. Dữ liệu được sao lưu trước.</source>
        <translation>Merge all the data of {source} into this office: {new} new records, {changed} changed, {conflicts} conflicts, {refused} refused. That province&apos;s offices and their keys are kept, and the packages they send are still accepted. The data is backed up first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="344"/>
        <source>Không hợp nhất được</source>
        <translation>Could not merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="346"/>
        <source>Hợp nhất hai cấp tỉnh</source>
        <translation>Merge two provinces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="354"/>
        <source>Đã hợp nhất</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_page.py" line="355"/>
        <source>Đã hợp nhất dữ liệu của {source}: {new} bản ghi mới.</source>
        <translation>Merged the data of {source}: {new} new records.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="171"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="171"/>
        <source>Sửa nhiệm vụ</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="180"/>
        <source>Văn bản &lt;b&gt;{number}&lt;/b&gt;: {title}</source>
        <translation>Directive &lt;b&gt;{number}&lt;/b&gt;: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="191"/>
        <source>Tên ngắn gọn của nhiệm vụ</source>
        <translation>Short name of the task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="193"/>
        <source>Nội dung nhiệm vụ theo văn bản</source>
        <translation>Task content as stated in the directive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="208"/>
        <source>Số thứ tự</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="209"/>
        <source>Tên nhiệm vụ *</source>
        <translation>Task name *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="210"/>
        <source>Nội dung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="211"/>
        <source>Chu kỳ báo cáo</source>
        <translation>Reporting cycle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="212"/>
        <source>Thời hạn hoàn thành</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="225"/>
        <source>&lt;b&gt;Đơn vị thực hiện&lt;/b&gt; – đánh dấu chủ trì hoặc phối hợp</source>
        <translation>&lt;b&gt;Implementing offices&lt;/b&gt; – tick lead or coordinating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="228"/>
        <source>Lọc đơn vị…</source>
        <translation>Filter offices…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="232"/>
        <source>Thêm đơn vị…</source>
        <translation>Add office…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="238"/>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="238"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="238"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="240"/>
        <source>Đơn vị thực hiện</source>
        <translation>Assigned units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="321"/>
        <source>theo từng kỳ</source>
        <translation>per period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="323"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="333"/>
        <source>Đã gia hạn {n} lần; hạn trước: {previous}</source>
        <translation>Extensions: {n}; previous deadline: {previous}</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="59"/>
        <source>&lt;h3&gt;Nhiệm vụ được giao cho {office}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Tasks assigned to {office}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="66"/>
        <source>Tìm theo tên nhiệm vụ, số văn bản (gõ không dấu cũng được)…</source>
        <translation>Search by task name, directive number (accents optional)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="70"/>
        <source>Lọc theo trạng thái</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="71"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="78"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="89"/>
        <source>Báo cáo tiến độ…</source>
        <translation>Report progress…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="100"/>
        <source>&amp;Báo cáo tiến độ…</source>
        <translation>&amp;Report progress…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="144"/>
        <source>Chưa có nhiệm vụ nào giao cho đơn vị.
Vào “Văn bản chỉ đạo” để nạp chỉ thị mẫu hoặc thêm văn bản, nhiệm vụ và giao cho các đơn vị.</source>
        <translation>No tasks have been assigned to this office yet.
Go to “Directives” to load the sample directive, or add directives and tasks and assign them to offices.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="151"/>
        <source>Chưa có nhiệm vụ nào giao cho đơn vị.
Nhiệm vụ do cấp tỉnh giao sẽ hiện ở đây sau khi nhập gói đồng bộ từ tỉnh.</source>
        <translation>No tasks have been assigned to this office yet.
Tasks assigned by the province level will appear here after you import a sync package from the province.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="162"/>
        <source>Nhiệm vụ ({n})</source>
        <translation>Tasks ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <location filename="../../desktop/ui/task_page.py" line="162"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="171"/>
        <source>{shown} / {total} nhiệm vụ được giao; {overdue} quá hạn</source>
        <translation>{shown} of {total} assigned tasks; {overdue} overdue</translation>
    </message>
</context>
<context>
    <name>TaskSummary</name>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="32"/>
        <source>&lt;span style=&apos;background:#f8d7da;color:#842029&apos;&gt;&amp;nbsp;Quá hạn: {n}&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#f8d7da;color:#842029&apos;&gt;&amp;nbsp;Overdue: {n}&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="34"/>
        <source>&lt;span style=&apos;background:#fff3cd&apos;&gt;&amp;nbsp;Sắp đến hạn (7 ngày): {n}&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fff3cd&apos;&gt;&amp;nbsp;Due soon (7 days): {n}&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="36"/>
        <source>Hoàn thành: {n}</source>
        <translation>Completed: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/task_page.py" line="37"/>
        <source>Tổng số: {n}</source>
        <translation>Total: {n}</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="87"/>
        <location filename="../../desktop/core/tasks/editing.py" line="184"/>
        <location filename="../../desktop/core/tasks/editing.py" line="196"/>
        <location filename="../../desktop/core/tasks/editing.py" line="274"/>
        <source>Không tìm thấy văn bản chỉ đạo.</source>
        <translation>Directive not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="121"/>
        <location filename="../../desktop/core/tasks/editing.py" line="298"/>
        <location filename="../../desktop/core/tasks/editing.py" line="314"/>
        <location filename="../../desktop/core/tasks/editing.py" line="331"/>
        <location filename="../../desktop/core/tasks/editing.py" line="396"/>
        <source>Không tìm thấy nhiệm vụ.</source>
        <translation>Task not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="151"/>
        <source>Không tìm thấy nhiệm vụ “{key}”.</source>
        <translation>Task “{key}” not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="135"/>
        <location filename="../../desktop/core/tasks/board.py" line="157"/>
        <source>Không tìm thấy văn bản “{key}”.</source>
        <translation>Directive “{key}” not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="172"/>
        <source>Không có nhiệm vụ số {key}.</source>
        <translation>There is no task number {key}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="174"/>
        <source>Có {n} văn bản cùng có nhiệm vụ số {key}; hãy dùng mã nhiệm vụ, hoặc chỉ rõ văn bản bằng --directive SỐ-KÝ-HIỆU.</source>
        <translation>{n} directives have a task number {key}; use the task code, or specify the directive with --directive REFERENCE-NO.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="509"/>
        <source>Sắp đến hạn (trong 7 ngày)</source>
        <translation>Due soon (within 7 days)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="510"/>
        <source>Quá hạn hoặc sắp đến hạn</source>
        <translation>Overdue or due soon</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/board.py" line="511"/>
        <source>Chưa báo cáo kỳ hiện tại</source>
        <translation>Not reported for the current period</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="65"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="65"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="76"/>
        <source>Chỉ cấp tỉnh mới được ban hành, sửa văn bản chỉ đạo, nhiệm vụ và phân công. Đơn vị {office} chỉ báo cáo tiến độ các nhiệm vụ được giao.</source>
        <translation>Only the province level can issue and edit directives, tasks and assignments. Office {office} only reports progress on the tasks assigned to it.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="90"/>
        <source>Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2026.</source>
        <translation>Invalid date: enter it as day/month/year, e.g. 05/03/2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="120"/>
        <source>Không có trường “{field}”.</source>
        <translation>There is no field “{field}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="137"/>
        <source>Hãy nhập số, ký hiệu văn bản (ví dụ 12/CT-UBND).</source>
        <translation>Enter the directive&apos;s reference number (e.g. 12/CT-UBND).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="139"/>
        <source>Số, ký hiệu văn bản có dạng số/ký hiệu, ví dụ 12/CT-UBND.</source>
        <translation>A reference number has the form number/symbol, e.g. 12/CT-UBND.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="144"/>
        <source>Ngày ban hành không được sau ngày hôm nay ({today}).</source>
        <translation>The issue date cannot be later than today ({today}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="149"/>
        <source>Cơ quan ban hành dài quá 200 ký tự.</source>
        <translation>The issuing authority is longer than 200 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="152"/>
        <source>Hãy nhập trích yếu (tên) văn bản.</source>
        <translation>Enter the subject (title) of the directive.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="164"/>
        <source>Văn bản số {number} cùng ngày ban hành đã có.</source>
        <translation>Directive {number} with the same issue date already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="217"/>
        <source>Hãy nhập tên nhiệm vụ.</source>
        <translation>Enter the task name.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="222"/>
        <source>Chu kỳ phải là: {choices}.</source>
        <translation>The cycle must be one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="228"/>
        <source>Nhiệm vụ một lần cần có thời hạn hoàn thành.</source>
        <translation>A one-off task needs a deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="231"/>
        <source>Thời hạn không được trước ngày ban hành văn bản ({issued}).</source>
        <translation>The deadline cannot be earlier than the directive&apos;s issue date ({issued}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="246"/>
        <source>Số thứ tự phải là số nguyên từ 1 đến 999.</source>
        <translation>The number must be a whole number from 1 to 999.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="300"/>
        <source>Không tìm thấy văn bản.</source>
        <translation>Directive not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="339"/>
        <source>Chỉ gia hạn được nhiệm vụ có thời hạn (nhiệm vụ một lần).</source>
        <translation>Only tasks with a deadline (one-off tasks) can be extended.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="345"/>
        <source>Hãy nhập thời hạn mới.</source>
        <translation>Enter the new deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="349"/>
        <source>Thời hạn mới phải sau thời hạn hiện tại ({current}).</source>
        <translation>The new deadline must be after the current deadline ({current}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="377"/>
        <source>Không có đơn vị mã “{code}”.</source>
        <translation>There is no office with code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="379"/>
        <source>Vai trò của đơn vị phải là chủ trì hoặc phối hợp.</source>
        <translation>The office&apos;s role must be lead or coordinating.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="382"/>
        <source>Đơn vị {name} được chọn hai lần.</source>
        <translation>Office {name} is selected twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="387"/>
        <source>Hãy chọn ít nhất một đơn vị chủ trì.</source>
        <translation>Choose at least one lead office.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="447"/>
        <source>Mã đơn vị gồm chữ in hoa không dấu, chữ số, dấu - hoặc _ (tối đa 32 ký tự).</source>
        <translation>An office code consists of unaccented capital letters, digits, - or _ (at most 32 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="451"/>
        <source>Mã đơn vị {code} đã có.</source>
        <translation>Office code {code} already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="453"/>
        <source>Hãy nhập tên đơn vị.</source>
        <translation>Enter the office name.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="455"/>
        <source>Tên đơn vị dài quá 200 ký tự.</source>
        <translation>The office name is longer than 200 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="457"/>
        <source>Loại đơn vị không hợp lệ.</source>
        <translation>Invalid office type.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="486"/>
        <source>Kỳ báo cáo không hợp lệ; ví dụ: {example}.</source>
        <translation>Invalid reporting period; example: {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="491"/>
        <source>Nhiệm vụ này có thời hạn, không chia kỳ: hãy để trống kỳ báo cáo.</source>
        <translation>This task has a deadline and no periods: leave the reporting period empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="495"/>
        <source>Nhiệm vụ này báo cáo theo chu kỳ “{cycle}”: kỳ báo cáo có dạng {example}.</source>
        <translation>This task reports on a “{cycle}” cycle: the reporting period looks like {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="500"/>
        <source>Kỳ {period} chưa bắt đầu, chưa báo cáo được.</source>
        <translation>Period {period} has not started yet, so it cannot be reported.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="505"/>
        <source>Kỳ {period} đã kết thúc trước khi ban hành văn bản ({issued}).</source>
        <translation>Period {period} ended before the directive was issued ({issued}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="512"/>
        <source>Ngày báo cáo không được sau ngày hôm nay ({today}).</source>
        <translation>The report date cannot be later than today ({today}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="516"/>
        <source>Ngày báo cáo phải từ ngày đầu kỳ ({first}) trở đi.</source>
        <translation>The report date must be on or after the first day of the period ({first}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="526"/>
        <source>Ngày báo cáo không được trước ngày ban hành văn bản ({issued}).</source>
        <translation>The report date cannot be earlier than the directive&apos;s issue date ({issued}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="531"/>
        <source>Số văn bản báo cáo dài quá 50 ký tự.</source>
        <translation>The report document number is longer than 50 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="537"/>
        <source>Trạng thái phải là: chưa thực hiện, đang thực hiện hoặc hoàn thành.</source>
        <translation>The status must be: not started, in progress or completed.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="545"/>
        <location filename="../../desktop/core/tasks/editing.py" line="552"/>
        <source>Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.</source>
        <translation>The percent complete is a whole number from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="549"/>
        <source>Hãy nhập tỷ lệ hoàn thành (0–100%).</source>
        <translation>Enter the percent complete (0–100%).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="554"/>
        <source>Đã hoàn thành thì tỷ lệ là 100%.</source>
        <translation>A completed task is 100% complete.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="556"/>
        <source>Chưa thực hiện thì tỷ lệ là 0%.</source>
        <translation>A task not started is 0% complete.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="558"/>
        <source>Tỷ lệ 100% là đã hoàn thành: hãy chọn trạng thái “Hoàn thành”.</source>
        <translation>100% means completed: choose the status “Completed”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="565"/>
        <source>Hãy ghi kết quả đã thực hiện.</source>
        <translation>Enter the results achieved.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="576"/>
        <source>Không tìm thấy phân công (có thể đã bị hủy).</source>
        <translation>Assignment not found (it may have been cancelled).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="578"/>
        <source>Nhiệm vụ này đã bị xóa.</source>
        <translation>This task has been deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="580"/>
        <source>Văn bản chỉ đạo đã bị xóa.</source>
        <translation>The directive has been deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="591"/>
        <source>Đơn vị {office} chỉ báo cáo tiến độ các nhiệm vụ giao cho chính mình; nhiệm vụ này giao cho đơn vị {other}.</source>
        <translation>Office {office} only reports progress on tasks assigned to itself; this task is assigned to office {other}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/editing.py" line="616"/>
        <location filename="../../desktop/core/tasks/editing.py" line="628"/>
        <source>Không tìm thấy báo cáo.</source>
        <translation>Report not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="50"/>
        <source>Một lần (có thời hạn)</source>
        <translation>One-off (with deadline)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="51"/>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="52"/>
        <source>Hằng tháng</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="53"/>
        <source>Hằng quý</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="54"/>
        <source>6 tháng</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="55"/>
        <source>Hằng năm</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="167"/>
        <source>Cả nhiệm vụ</source>
        <translation>Whole task</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="169"/>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="172"/>
        <source>6 tháng đầu năm {year}</source>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="174"/>
        <source>6 tháng cuối năm {year}</source>
        <translation>Second half of {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="178"/>
        <source>Quý {n}/{year}</source>
        <translation>Quarter {n}/{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="179"/>
        <source>Tháng {n}/{year}</source>
        <translation>{n}/{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/periods.py" line="235"/>
        <source>để trống</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/sample.py" line="154"/>
        <source>Không đọc được tệp chỉ thị mẫu ({path}). Hãy cài lại chương trình.</source>
        <translation>Cannot read the sample directive file ({path}). Reinstall the application.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/sample.py" line="292"/>
        <source>Chỉ thị mẫu đã có trong dữ liệu (văn bản số {number}).</source>
        <translation>The sample directive is already in the data (directive {number}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/sample.py" line="297"/>
        <source>Dữ liệu mẫu: bản gốc không ghi số và ngày ban hành; ngày ban hành lấy theo ngày nạp mẫu, hãy sửa lại cho đúng văn bản thật.</source>
        <translation>Sample data: the original does not state its number or issue date; the issue date is the day the sample was loaded, so correct it to match the actual document.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="53"/>
        <location filename="../../desktop/core/tasks/status.py" line="61"/>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="54"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="55"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="62"/>
        <source>Đang thực hiện – trong hạn</source>
        <translation>In progress – on time</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="63"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="64"/>
        <source>Hoàn thành – đúng hạn</source>
        <translation>Completed – on time</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="65"/>
        <source>Hoàn thành – trễ hạn</source>
        <translation>Completed – late</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="113"/>
        <source>Đang thực hiện – quá hạn</source>
        <translation>In progress – overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tasks/status.py" line="114"/>
        <source>Chưa thực hiện – quá hạn</source>
        <translation>Not started – overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/core/operations/tasks.py" line="161"/>
        <source>Nhiệm vụ {n} “{title}” không giao cho đơn vị {office}.</source>
        <translation>Task {n} “{title}” is not assigned to office {office}.</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../desktop/core/vocab.py" line="15"/>
        <source>Hợp tác xã</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="16"/>
        <source>Liên hiệp hợp tác xã</source>
        <translation>Cooperative union</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="17"/>
        <source>Quỹ tín dụng nhân dân</source>
        <translation>People&apos;s credit fund</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="18"/>
        <source>Ngân hàng hợp tác xã</source>
        <translation>Cooperative bank</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="19"/>
        <source>Tổ hợp tác</source>
        <translation>Cooperative group</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="25"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="26"/>
        <source>Tạm ngừng kinh doanh</source>
        <translation>Business suspended</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="27"/>
        <source>Ngừng hoạt động / chờ giải thể</source>
        <translation>Ceased / dissolving</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="28"/>
        <source>Bị thu hồi GCN</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="29"/>
        <source>Đã giải thể</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="34"/>
        <source>Đầy đủ</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="34"/>
        <source>Rút gọn</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="39"/>
        <source>Siêu nhỏ</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="40"/>
        <source>Nhỏ</source>
        <translation>Small</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="41"/>
        <source>Vừa</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="42"/>
        <source>Lớn</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="48"/>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="49"/>
        <source>Khá</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="50"/>
        <source>Trung bình</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="51"/>
        <source>Yếu</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="52"/>
        <source>Không xếp loại</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="58"/>
        <source>Chủ tịch Hội đồng quản trị</source>
        <translation>Chair of the Board of Directors</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="59"/>
        <source>Giám đốc</source>
        <translation>Director</translation>
    </message>
    <message>
        <location filename="../../desktop/core/vocab.py" line="60"/>
        <source>Tổ trưởng</source>
        <translation>Group leader</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/core/workspace.py" line="115"/>
        <source>Đơn vị chưa được thiết lập. Hãy mở chương trình để đặt tên đơn vị, hoặc chạy “htx init” / “htx setup TỆP-THIẾT-LẬP”.</source>
        <translation>The office has not been set up. Open the application to name the office, or run “htx init” / “htx setup SETUP-FILE”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="134"/>
        <source>Văn phòng chưa đặt tên</source>
        <translation>Unnamed office</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="252"/>
        <source>Đơn vị cấp huyện: hãy chọn cả huyện (hoặc xã), không chỉ chọn tỉnh.</source>
        <translation>District office: choose the district (or a commune), not only the province.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="289"/>
        <source>Hãy nhập tên đơn vị.</source>
        <translation>Enter the office name.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="291"/>
        <source>Mã đơn vị gồm chữ in hoa không dấu, chữ số, dấu - hoặc _ (tối đa 32 ký tự).</source>
        <translation>An office code consists of unaccented capital letters, digits, - or _ (at most 32 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="296"/>
        <source>Vai trò không hợp lệ.</source>
        <translation>Invalid role.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="299"/>
        <source>Từ 01/07/2025 không còn cấp huyện: hãy chọn vai trò cấp xã, hoặc chọn địa giới trước 01/07/2025 cho đơn vị còn dùng danh mục cũ.</source>
        <translation>From 01/07/2025 there is no district level: choose the commune-level role, or choose the boundaries before 01/07/2025 for an office still using the old list.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="305"/>
        <source>Hãy chọn địa bàn của đơn vị.</source>
        <translation>Choose the office&apos;s area.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="256"/>
        <source>Đơn vị cấp huyện: hãy chọn đến huyện, không chọn xã.</source>
        <translation>District-level office: choose down to the district, not a commune.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="258"/>
        <source>Đơn vị cấp xã: hãy chọn một xã, phường hoặc đặc khu theo địa giới mới.</source>
        <translation>Commune-level office: choose a commune, ward or special zone on the new boundaries.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workspace.py" line="262"/>
        <source>Cấp tỉnh và sở, ban, ngành: hãy chọn tỉnh, không chọn huyện hay xã.</source>
        <translation>Province and provincial departments: choose a province, not a district or commune.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../desktop/ui/task_dialogs.py" line="102"/>
        <source>Chưa lưu: có {n} chỗ cần sửa (xem dòng chữ đỏ).</source>
        <translation>Not saved: {n} item(s) need correcting (see the text in red).</translation>
    </message>
</context>
</TS>
