<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AreaChart</name>
        <message>
            <location filename="../cchc_desktop/ui/overview_charts.py" line="229" />
            <source>Select a unit in the table.</source>
            <translation>Hãy chọn một đơn vị trong bảng.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview_charts.py" line="231" />
            <source>%1: each area as a percentage of its maximum; black mark: average of all units</source>
            <translation>%1: tỷ lệ điểm đạt so với điểm tối đa của từng lĩnh vực; vạch đen: bình quân các đơn vị</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="27" />
            <source>Manual backup</source>
            <translation>Sao lưu thủ công</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="29" />
            <source>Automatic (while working)</source>
            <translation>Tự động (trong khi làm việc)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="31" />
            <source>Before finalizing a sheet</source>
            <translation>Trước khi chốt bảng điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="33" />
            <source>Before reopening a finalized sheet</source>
            <translation>Trước khi mở lại bảng điểm đã chốt</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="35" />
            <source>The file as it was before a restore</source>
            <translation>Tệp trước khi khôi phục</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="37" />
            <source>Damaged file replaced by a restore</source>
            <translation>Tệp bị hỏng đã được thay khi khôi phục</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="39" />
            <source>Before upgrading to a new version</source>
            <translation>Trước khi nâng cấp lên phiên bản mới</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="48" />
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="50" />
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="62" />
            <source>The backup of %1 is damaged or is not a CCHC Desktop database, so it cannot be restored. Choose another backup; your database was not changed.</source>
            <translation>Bản sao lưu lúc %1 bị hỏng hoặc không phải cơ sở dữ liệu CCHC Desktop nên không khôi phục được. Vui lòng chọn bản sao lưu khác; cơ sở dữ liệu chưa bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="66" />
            <source>This backup is no longer in the backups folder (it may have been moved or deleted). Choose another one; your database was not changed.</source>
            <translation>Bản sao lưu này không còn trong thư mục sao lưu (có thể đã bị di chuyển hoặc xóa). Vui lòng chọn bản khác; cơ sở dữ liệu chưa bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="70" />
            <source>The database is still open in this window, so the backup cannot be put in its place. Close the window, open it again and retry; your database was not changed.</source>
            <translation>Cơ sở dữ liệu vẫn đang mở trong cửa sổ này nên không thể thay bằng bản sao lưu. Vui lòng đóng cửa sổ, mở lại rồi thử lại; cơ sở dữ liệu chưa bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="74" />
            <source>The folder of the database cannot be written. Copy the database to a folder of your own (e.g. Documents) and open that copy.</source>
            <translation>Không ghi được vào thư mục chứa cơ sở dữ liệu. Vui lòng sao chép cơ sở dữ liệu sang một thư mục riêng (ví dụ Documents) rồi mở bản sao đó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="91" />
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="186" />
            <source>Backups</source>
            <translation>Bản sao lưu</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="94" />
            <source>Copies of %1 are kept in the folder %2. A copy is made automatically about every 30 minutes while you work, and before a sheet is finalized or reopened.</source>
            <translation>Các bản sao của %1 được lưu trong thư mục %2. Phần mềm tự động sao lưu khoảng 30 phút một lần trong khi làm việc, và trước khi chốt hoặc mở lại bảng điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="100" />
            <source>Taken on</source>
            <translation>Thời điểm sao lưu</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="101" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="102" />
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="113" />
            <source>There are no backups yet. Click “Back up now” to make the first one.</source>
            <translation>Chưa có bản sao lưu nào. Nhấn “Sao lưu ngay” để tạo bản đầu tiên.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="120" />
            <source>&amp;Back up now</source>
            <translation>&amp;Sao lưu ngay</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="123" />
            <source>&amp;Restore…</source>
            <translation>&amp;Khôi phục…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="125" />
            <source>Put the selected backup in place of the database; the current file is kept as a copy</source>
            <translation>Thay cơ sở dữ liệu bằng bản sao lưu đang chọn; tệp hiện tại được giữ lại thành một bản sao</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="128" />
            <source>Open backups &amp;folder</source>
            <translation>Mở &amp;thư mục sao lưu</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="131" />
            <source>&amp;Close</source>
            <translation>Đó&amp;ng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="155" />
            <source>The backups folder cannot be read: %1</source>
            <translation>Không đọc được thư mục sao lưu: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="197" />
            <source>Backup made at %1.</source>
            <translation>Đã sao lưu lúc %1.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="203" />
            <source>Restore the backup taken on %1?

All scores and notes will go back to what they were at that moment. The current file is first kept as a copy in the backups folder, so nothing is lost.</source>
            <translation>Khôi phục bản sao lưu lúc %1?

Toàn bộ điểm và ghi chú sẽ trở lại như tại thời điểm đó. Trước khi khôi phục, tệp hiện tại được giữ lại thành một bản sao trong thư mục sao lưu, nên không mất dữ liệu.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="207" />
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="243" />
            <source>Restore a backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="222" />
            <source>The backup could not be put in place (%1). The file as it was before is kept in the backups folder.</source>
            <translation>Không thay được cơ sở dữ liệu bằng bản sao lưu (%1). Tệp trước khi khôi phục được giữ trong thư mục sao lưu.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="232" />
            <source>The backup of %1 has been restored.
Scores and notes changed by the restore: %2.

The file as it was before the restore is kept as:
%3</source>
            <translation>Đã khôi phục bản sao lưu lúc %1.
Số điểm và ghi chú thay đổi do khôi phục: %2.

Tệp trước khi khôi phục được giữ tại:
%3</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/backups_dialog.py" line="260" />
            <source>The folder could not be opened. It is:
%1</source>
            <translation>Không mở được thư mục. Đường dẫn thư mục:
%1</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="96" />
            <source>Create the year's sheets</source>
            <translation>Tạo bảng điểm cả năm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="106" />
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="107" />
            <source>&amp;Level of the units:</source>
            <translation>&amp;Cấp đơn vị:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="108" />
            <source>&amp;Criteria set:</source>
            <translation>&amp;Bộ tiêu chí:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="109" />
            <source>Units that already have a sheet that year keep it and are skipped.</source>
            <translation>Đơn vị đã có bảng điểm của năm đó được giữ nguyên bảng điểm hiện có.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="27" />
            <source>round 1</source>
            <translation>điểm thẩm định vòng 1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="28" />
            <source>self-assessment</source>
            <translation>điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="28" />
            <source>appraisal</source>
            <translation>điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="76" />
            <source>Clear %1 %2</source>
            <translation>Xóa %2 của %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="78" />
            <source>Set %1 %2 to %3</source>
            <translation>Nhập %2 của %1 là %3</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="81" />
            <source>Copy round 1 to the final appraisal (%1 criteria)</source>
            <translation>Chép điểm vòng 1 sang điểm thẩm định cuối cùng (%1 tiêu chí)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="84" />
            <location filename="../cchc_desktop/ui/commands.py" line="226" />
            <source>Paste %1 scores</source>
            <translation>Dán %1 điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="86" />
            <location filename="../cchc_desktop/ui/sheet_editor.py" line="103" />
            <source>Clear %1 scores</source>
            <translation>Xóa %1 điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="132" />
            <source>Edit the note of %1</source>
            <translation>Sửa ghi chú của %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="153" />
            <source>Edit the explanation of %1</source>
            <translation>Sửa giải trình của %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="175" />
            <source>Import %1</source>
            <translation>Nhập tệp %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="199" />
            <source>Enter the figures of %1 %2: %3</source>
            <translation>Nhập số liệu %2 của %1: %3</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="254" />
            <source>Make %1 applicable again</source>
            <translation>Áp dụng lại %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="256" />
            <source>Mark %1 not applicable</source>
            <translation>Đánh dấu %1 không áp dụng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="310" />
            <source>Remove the evidence file %1 from %2</source>
            <translation>Gỡ tệp minh chứng %1 khỏi %2</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="341" />
            <source>Attach %1 to %2</source>
            <translation>Đính kèm %1 vào %2</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/commands.py" line="343" />
            <source>Attach %1 evidence files to %2</source>
            <translation>Đính kèm %1 tệp minh chứng vào %2</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="48" />
            <source>Connect to the office's server</source>
            <translation>Kết nối máy chủ của cơ quan</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="49" />
            <source>The appraising office's shared database (PostgreSQL). Ask the office's administrator for the server's name, the database and your account.</source>
            <translation>Cơ sở dữ liệu dùng chung của cơ quan thẩm định (PostgreSQL). Hãy hỏi người quản trị của cơ quan tên máy chủ, tên cơ sở dữ liệu và tài khoản của bạn.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="54" />
            <source>e.g. 192.168.1.10 or thamdinh-server</source>
            <translation>ví dụ 192.168.1.10 hoặc may-chu-tham-dinh</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="66" />
            <source>Use my saved password file (PGPASSFILE) instead</source>
            <translation>Dùng tệp mật khẩu đã lưu của tôi (PGPASSFILE)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="70" />
            <source>Server:</source>
            <translation>Máy chủ:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="71" />
            <source>Port:</source>
            <translation>Cổng:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="72" />
            <source>Database:</source>
            <translation>Cơ sở dữ liệu:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="73" />
            <source>Account (user):</source>
            <translation>Tài khoản:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="74" />
            <source>Password:</source>
            <translation>Mật khẩu:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="85" />
            <source>Connect</source>
            <translation>Kết nối</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="107" />
            <source>the server</source>
            <translation>tên máy chủ</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="108" />
            <source>the database</source>
            <translation>tên cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="109" />
            <source>your account</source>
            <translation>tài khoản</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/connect_dialog.py" line="111" />
            <source>Fill in %1 first.</source>
            <translation>Hãy điền %1 trước.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../cchc_desktop/ui/crash.py" line="73" />
            <source>Something went wrong inside CCHC Desktop. Scores already entered are saved.

Please send the log file to your IT support:
%1</source>
            <translation>Phần mềm CCHC Desktop gặp lỗi ngoài dự kiến. Các điểm đã nhập vẫn được lưu.

Đề nghị gửi tệp nhật ký sau cho cán bộ hỗ trợ kỹ thuật:
%1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/crash.py" line="76" />
            <source>Unexpected error</source>
            <translation>Lỗi ngoài dự kiến</translation>
        </message>
    </context>
    <context>
        <name>CriteriaSetsDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="34" />
            <source>commune</source>
            <translation>xã</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="35" />
            <source>ward</source>
            <translation>phường</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="36" />
            <source>special zone</source>
            <translation>đặc khu</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="37" />
            <source>department</source>
            <translation>sở, ban, ngành</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="38" />
            <source>district</source>
            <translation>huyện</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="39" />
            <source>province</source>
            <translation>tỉnh</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="45" />
            <source>Score (counts toward the 100)</source>
            <translation>Điểm chấm (tính vào thang 100)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="46" />
            <source>Bonus (điểm thưởng): added on top</source>
            <translation>Điểm thưởng: cộng thêm ngoài thang 100</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="47" />
            <source>Deduction (điểm trừ): subtracted</source>
            <translation>Điểm trừ: trừ vào tổng điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="90" />
            <source>The rule awards up to %1, over the criterion's maximum of %2: check the decision.</source>
            <translation>Quy tắc cho tới %1 điểm, vượt điểm tối đa %2 của tiêu chí: hãy kiểm tra lại quyết định.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="92" />
            <source>The rule awards at most %1 but the criterion's maximum is %2: check the decision.</source>
            <translation>Quy tắc chỉ cho tối đa %1 điểm nhưng điểm tối đa của tiêu chí là %2: hãy kiểm tra lại quyết định.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="94" />
            <source>The bands %1 overlap: a figure there fits both.</source>
            <translation>Các mức %1 chồng lên nhau: một số liệu trong khoảng đó thuộc cả hai mức.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="95" />
            <source>No band covers %1: a figure there gets no score.</source>
            <translation>Không có mức nào cho khoảng %1: số liệu trong khoảng đó không được chấm điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="161" />
            <source>Name:</source>
            <translation>Tên:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="162" />
            <source>Year:</source>
            <translation>Năm:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="163" />
            <source>Level:</source>
            <translation>Cấp:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="185" />
            <source>Number (STT):</source>
            <translation>Số thứ tự (STT):</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="186" />
            <source>Title (criterion):</source>
            <translation>Tên tiêu chí:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="187" />
            <source>Maximum score:</source>
            <translation>Điểm tối đa:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="192" />
            <source>Which column is which?</source>
            <translation>Cột nào chứa nội dung gì?</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="194" />
            <source>The program did not recognise the table's header. Choose the column that holds each item; the rows above the first criterion are skipped.</source>
            <translation>Chương trình không nhận ra dòng tiêu đề của bảng. Hãy chọn cột chứa từng nội dung; các dòng phía trên tiêu chí đầu tiên sẽ được bỏ qua.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="210" />
            <source>The rows up to this one (the title and the column names) are skipped; 0 when the first row is already a criterion</source>
            <translation>Các dòng đến dòng này (tên bảng và tên cột) được bỏ qua; chọn 0 nếu dòng đầu tiên đã là một tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="212" />
            <source>Column names are in row:</source>
            <translation>Tên cột nằm ở dòng:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="233" />
            <source>Column %1</source>
            <translation>Cột %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="274" />
            <source>change the grades</source>
            <translation>sửa các mức xếp loại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="290" />
            <source>Grades</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="292" />
            <source>Each grade is given from its index up to the next grade's; the lowest starts at 0.</source>
            <translation>Mỗi mức xếp loại áp dụng từ chỉ số của nó đến chỉ số của mức cao hơn liền kề; mức thấp nhất bắt đầu từ 0.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="298" />
            <source>From index</source>
            <translation>Từ chỉ số</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="299" />
            <source>Grade</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="304" />
            <source>&amp;Add a grade</source>
            <translation>&amp;Thêm mức xếp loại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="307" />
            <source>&amp;Remove the grade</source>
            <translation>&amp;Xóa mức xếp loại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="377" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="555" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="695" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="708" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="869" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="878" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="918" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="925" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="931" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="934" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="942" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="964" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="967" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="983" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="993" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="1016" />
            <source>Criteria sets</source>
            <translation>Bộ tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="381" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="381" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="381" />
            <source>Level</source>
            <translation>Cấp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="381" />
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="382" />
            <source>Sheets using it</source>
            <translation>Số bảng điểm sử dụng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="393" />
            <source>&amp;Import…</source>
            <translation>&amp;Nhập từ tệp…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="394" />
            <source>Make a criteria set of a decision's table (.docx, .xlsx, .txt) or bring in an exported set (.json)</source>
            <translation>Tạo bộ tiêu chí từ bảng phụ lục của quyết định (.docx, .xlsx, .txt) hoặc nhập bộ tiêu chí đã xuất (.json)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="396" />
            <source>&amp;Export…</source>
            <translation>&amp;Xuất ra tệp…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="397" />
            <source>Write the selected set to a .json or .xlsx file</source>
            <translation>Ghi bộ tiêu chí đang chọn ra tệp .json hoặc .xlsx</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="398" />
            <source>Copy to a new &amp;year…</source>
            <translation>Sao chép sang &amp;năm mới…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="399" />
            <source>Make a copy of the selected set for another year, to edit</source>
            <translation>Tạo bản sao của bộ tiêu chí đang chọn cho năm khác để chỉnh sửa</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="401" />
            <source>Delete se&amp;t…</source>
            <translation>Xóa &amp;bộ này…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="402" />
            <source>Delete the selected set, if no sheet is scored against it</source>
            <translation>Xóa bộ tiêu chí đang chọn, nếu chưa có bảng điểm nào chấm theo bộ này</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="415" />
            <source>Number</source>
            <translation>STT</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="415" />
            <source>Title</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="415" />
            <source>Maximum</source>
            <translation>Điểm tối đa</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="423" />
            <source>Scoring guide of the selected criterion:</source>
            <translation>Hướng dẫn chấm điểm của tiêu chí đang chọn:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="426" />
            <source>The rule lines printed under the criterion, e.g. “Đạt 100%: 2 điểm”</source>
            <translation>Các dòng quy định in dưới tiêu chí, ví dụ “Đạt 100%: 2 điểm”</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="428" />
            <source>Kind of criterion:</source>
            <translation>Loại tiêu chí:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="450" />
            <source>Add &amp;child</source>
            <translation>Thêm tiêu chí &amp;con</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="451" />
            <source>Add &amp;sibling</source>
            <translation>Thêm tiêu chí &amp;cùng cấp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="452" />
            <source>Move &amp;up</source>
            <translation>Chuyển &amp;lên</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="453" />
            <source>Move &amp;down</source>
            <translation>Chuyển &amp;xuống</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="454" />
            <source>&amp;Indent</source>
            <translation>&amp;Lùi vào</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="455" />
            <source>Make the row a sub-criterion of the row above it</source>
            <translation>Đưa dòng này thành tiêu chí con của dòng phía trên</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="456" />
            <source>&amp;Outdent</source>
            <translation>&amp;Đưa ra</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="457" />
            <source>Make the row a sibling of its parent</source>
            <translation>Đưa dòng này lên cùng cấp với tiêu chí cha</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="458" />
            <source>De&amp;lete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="459" />
            <source>Delete the row and its sub-criteria</source>
            <translation>Xóa dòng này cùng các tiêu chí con</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="460" />
            <source>U&amp;ndo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="461" />
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="462" />
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="466" />
            <source>&amp;Close</source>
            <translation>Đón&amp;g</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="467" />
            <source>&amp;Grades…</source>
            <translation>&amp;Xếp loại…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="468" />
            <source>The grade bands (xếp loại) the index is graded by</source>
            <translation>Các mức xếp loại áp dụng cho chỉ số của bộ tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="526" />
            <source>built in</source>
            <translation>có sẵn</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="555" />
            <source>Your changes to “%1” are not saved. Discard them?</source>
            <translation>Các thay đổi của “%1” chưa được lưu. Bỏ các thay đổi đó?</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="591" />
            <source>It is built in</source>
            <translation>Đây là bộ tiêu chí có sẵn</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="592" />
            <source>%n sheet(s) are scored against it</source>
            <translation>Đã có %n bảng điểm chấm theo bộ tiêu chí này</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="593" />
            <source>%1, so it cannot change: saving your edits makes a new version of the set, and the sheets keep this one.</source>
            <translation>%1 nên không thể sửa trực tiếp: khi lưu, các chỉnh sửa sẽ thành một phiên bản mới của bộ tiêu chí, các bảng điểm vẫn giữ phiên bản này.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="596" />
            <source>No sheet uses this set yet: saving changes it in place.</source>
            <translation>Chưa có bảng điểm nào dùng bộ tiêu chí này: khi lưu, bộ tiêu chí được sửa trực tiếp.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="639" />
            <source>%1: the maximum is %2 but its parts add up to %3.</source>
            <translation>%1: điểm tối đa là %2 nhưng tổng điểm các tiêu chí con là %3.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="704" />
            <source>change the maximum of %1</source>
            <translation>sửa điểm tối đa của %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="708" />
            <source>A criterion needs a number and a title.</source>
            <translation>Tiêu chí phải có số thứ tự và tên.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="716" />
            <source>edit %1</source>
            <translation>sửa %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="732" />
            <source>edit the guide of %1</source>
            <translation>sửa hướng dẫn chấm điểm của %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="740" />
            <source>A criterion with sub-criteria is scored by their sum.</source>
            <translation>Tiêu chí có tiêu chí thành phần được chấm bằng tổng điểm của các tiêu chí thành phần.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="757" />
            <source>set the kind of %1</source>
            <translation>đặt loại tiêu chí %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="764" />
            <source>Grades: %1</source>
            <translation>Xếp loại: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="783" />
            <source>New criterion</source>
            <translation>Tiêu chí mới</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="794" />
            <source>add a sub-criterion</source>
            <translation>thêm tiêu chí con</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="807" />
            <source>add a criterion</source>
            <translation>thêm tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="821" />
            <source>move a criterion</source>
            <translation>chuyển vị trí tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="834" />
            <source>indent a criterion</source>
            <translation>lùi tiêu chí vào một cấp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="846" />
            <source>outdent a criterion</source>
            <translation>đưa tiêu chí ra một cấp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="859" />
            <source>delete a criterion</source>
            <translation>xóa tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="878" />
            <source>“%1” is used by sheets, so your changes were saved as a new version of it (version %2). The sheets keep the version they were scored against.</source>
            <translation>“%1” đang được các bảng điểm sử dụng nên các thay đổi đã được lưu thành phiên bản mới (phiên bản %2). Các bảng điểm vẫn giữ phiên bản đã dùng để chấm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="896" />
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="905" />
            <source>Import a criteria set</source>
            <translation>Nhập bộ tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="897" />
            <source>Criteria tables (*.docx *.xlsx *.txt *.tsv *.json);;Word documents (*.docx);;Excel workbooks (*.xlsx);;Text tables (*.txt *.tsv);;Exported sets (*.json);;All files (*)</source>
            <translation>Bảng tiêu chí (*.docx *.xlsx *.txt *.tsv *.json);;Tài liệu Word (*.docx);;Bảng tính Excel (*.xlsx);;Bảng văn bản (*.txt *.tsv);;Bộ tiêu chí đã xuất (*.json);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="931" />
            <source>This criteria set is already in the database; it is now selected.</source>
            <translation>Bộ tiêu chí này đã có trong cơ sở dữ liệu; bộ tiêu chí đó đang được chọn.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="934" />
            <source>The set was imported. Check these rows (they are marked in the tree):</source>
            <translation>Đã nhập bộ tiêu chí. Hãy kiểm tra các dòng sau (được đánh dấu trong cây tiêu chí):</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="955" />
            <source>Export the criteria set</source>
            <translation>Xuất bộ tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="956" />
            <source>Exchange file (*.json);;Excel workbook (*.xlsx)</source>
            <translation>Tệp trao đổi (*.json);;Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="967" />
            <source>The set was written to %1.</source>
            <translation>Đã ghi bộ tiêu chí ra tệp %1.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="975" />
            <source>Copy to a new year</source>
            <translation>Sao chép sang năm mới</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="996" />
            <source>Delete the criteria set “%1” (%2, %3, version %4) and its criteria? No sheet is scored against it. This cannot be undone.</source>
            <translation>Xóa bộ tiêu chí “%1” (năm %2, %3, phiên bản %4) cùng các tiêu chí của bộ? Chưa có bảng điểm nào chấm theo bộ này. Việc xóa không hoàn tác được.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="1001" />
            <source>Your unsaved changes to it are discarded too.</source>
            <translation>Các thay đổi chưa lưu của bộ này cũng bị bỏ.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/criteria_sets_dialog.py" line="1016" />
            <source>Your changes to “%1” are not saved. Close without saving?</source>
            <translation>Các thay đổi của “%1” chưa được lưu. Đóng mà không lưu?</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="61" />
            <source>Evidence files of %1</source>
            <translation>Tài liệu kiểm chứng của %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="68" />
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="68" />
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="69" />
            <source>Attached by</source>
            <translation>Người đính kèm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="69" />
            <source>When</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="79" />
            <source>No evidence file yet. Attach one, or drop files on the criterion's row in the sheet.</source>
            <translation>Chưa có tài liệu kiểm chứng. Hãy đính kèm, hoặc kéo thả tệp vào dòng của tiêu chí trong bảng điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="84" />
            <source>&amp;Attach a file…</source>
            <translation>Đính &amp;kèm tệp…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="87" />
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="90" />
            <source>&amp;Remove…</source>
            <translation>&amp;Gỡ bỏ…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="138" />
            <source>Attach an evidence file to %1</source>
            <translation>Đính kèm tài liệu kiểm chứng cho %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="140" />
            <source>Evidence files (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
            <translation>Tài liệu kiểm chứng (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="156" />
            <source>A copy of the file could not be written to open it: %1</source>
            <translation>Không ghi được bản sao của tệp để mở: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="165" />
            <source>Remove an evidence file</source>
            <translation>Gỡ tài liệu kiểm chứng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="166" />
            <source>Remove “%1” from criterion %2? The removal is recorded in the history; Edit → Undo puts the file back.</source>
            <translation>Gỡ “%1” khỏi tiêu chí %2? Việc gỡ được ghi vào lịch sử; Sửa → Hoàn tác sẽ đính kèm lại tệp.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/evidence_ui.py" line="222" />
            <source>Attached %1 file(s) to %2 as evidence.</source>
            <translation>Đã đính kèm %1 tệp làm tài liệu kiểm chứng cho %2.</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="34" />
            <source>Self-assessment</source>
            <translation>Điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="35" />
            <source>Round 1 appraisal</source>
            <translation>Điểm thẩm định vòng 1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="36" />
            <source>Final appraisal</source>
            <translation>Điểm thẩm định cuối cùng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="37" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="38" />
            <source>Explanation</source>
            <translation>Giải trình</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="51" />
            <source>Receive %1: values differ</source>
            <translation>Nhận %1: có giá trị khác nhau</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="53" />
            <source>The package and this sheet both changed %1 value(s) since their last exchange. Nothing has been received yet: choose for each whether to keep your value or take the package's.</source>
            <translation>Gói và bảng điểm này cùng sửa %1 giá trị kể từ lần trao đổi gần nhất. Chưa có gì được nhận: hãy chọn, với từng giá trị, giữ giá trị của mình hay lấy giá trị trong gói.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="62" />
            <source>Criterion</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="62" />
            <source>What</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="62" />
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="78" />
            <source>Yours</source>
            <translation>Của mình</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="63" />
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="79" />
            <source>The package's</source>
            <translation>Trong gói</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="63" />
            <source>Keep</source>
            <translation>Giữ</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="68" />
            <source>(empty)</source>
            <translation>(trống)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="88" />
            <source>Keep all of &amp;yours</source>
            <translation>&amp;Giữ tất cả của mình</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="91" />
            <source>Take all of the &amp;package's</source>
            <translation>&amp;Lấy tất cả trong gói</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="99" />
            <source>&amp;Receive</source>
            <translation>&amp;Nhận</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="100" />
            <source>Receive &amp;nothing</source>
            <translation>&amp;Không nhận gì</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="141" />
            <source>Send the sheet as a package</source>
            <translation>Gửi bảng điểm thành gói</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="142" />
            <source>CCHC packages (*.cchc)</source>
            <translation>Gói CCHC (*.cchc)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="154" />
            <source>Wrote %1 (SHA-256 %2…): send this file to the other office.</source>
            <translation>Đã ghi %1 (SHA-256 %2…): hãy gửi tệp này cho cơ quan kia.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="163" />
            <source>Receive a package</source>
            <translation>Nhận gói</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="164" />
            <source>CCHC packages (*.cchc);;All files (*)</source>
            <translation>Gói CCHC (*.cchc);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="178" />
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="184" />
            <source>%1 was not received; nothing was changed.</source>
            <translation>Chưa nhận %1; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="188" />
            <source>Received %1: %2 value(s) taken, %3 of yours kept.</source>
            <translation>Đã nhận %1: lấy %2 giá trị, giữ %3 giá trị của mình.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/exchange_flow.py" line="191" />
            <source>Signed by %1.</source>
            <translation>Người ký: %1.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="28" />
            <source>Typed in the window</source>
            <translation>Nhập trên cửa sổ</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="30" />
            <source>Pasted</source>
            <translation>Dán</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="32" />
            <source>Cleared</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="34" />
            <source>Imported from a file</source>
            <translation>Nhập từ tệp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="36" />
            <source>Command line</source>
            <translation>Dòng lệnh</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="38" />
            <source>Restored from a backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="40" />
            <source>Undone</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="42" />
            <source>Redone</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="44" />
            <source>Value when the history began</source>
            <translation>Giá trị khi bắt đầu ghi lịch sử</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="46" />
            <source>Self-test</source>
            <translation>Tự kiểm tra</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="52" />
            <source>Self-assessment score</source>
            <translation>Điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="54" />
            <source>Appraisal score</source>
            <translation>Điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="56" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="82" />
            <source>History of this criterion</source>
            <translation>Lịch sử thay đổi của tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="87" />
            <source>History of changes to criterion %1 – %2</source>
            <translation>Lịch sử thay đổi của tiêu chí %1 – %2</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="95" />
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="96" />
            <source>Who</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="97" />
            <source>Through</source>
            <translation>Cách thực hiện</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="98" />
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="99" />
            <source>Before</source>
            <translation>Giá trị cũ</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="100" />
            <source>After</source>
            <translation>Giá trị mới</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="110" />
            <source>No changes yet.</source>
            <translation>Chưa có thay đổi nào.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="112" />
            <source>Your &amp;name in the history…</source>
            <translation>Họ tên ghi trong &amp;lịch sử…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="114" />
            <source>The name recorded with your changes, beside the Windows user</source>
            <translation>Họ tên được ghi kèm các thay đổi, bên cạnh tài khoản Windows</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="37" />
            <source>Import a score table</source>
            <translation>Nhập bảng điểm từ tệp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="38" />
            <source>File: %1</source>
            <translation>Tệp: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="45" />
            <source>The file's title names %1, year %2.</source>
            <translation>Tiêu đề của tệp ghi: %1, năm %2.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="48" />
            <source>The file's title names no unit and year: type them below.</source>
            <translation>Tiêu đề của tệp không ghi tên đơn vị và năm: hãy nhập vào bên dưới.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="49" />
            <source>As a &amp;new sheet</source>
            <translation>Thành bảng điểm &amp;mới</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="66" />
            <source>Criteria &amp;set:</source>
            <translation>&amp;Bộ tiêu chí:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="77" />
            <source>Into the &amp;current sheet</source>
            <translation>&amp;Vào bảng điểm đang mở</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="81" />
            <source>Into the &amp;current sheet: %1, %2</source>
            <translation>&amp;Vào bảng điểm đang mở: %1, năm %2</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="126" />
            <source>Make a new set from this table's criteria (or the set they match)</source>
            <translation>Lập bộ tiêu chí mới theo các tiêu chí của bảng này (hoặc bộ đã có trùng khớp)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="128" />
            <source>%1 — %2, %3, version %4</source>
            <translation>%1 — năm %2, %3, phiên bản %4</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="79" />
            <source>No sheet is open.</source>
            <translation>Chưa mở bảng điểm nào.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="84" />
            <source>Only the score columns the file has are filled (for example the appraisal); the other columns keep their scores. The criteria must be the same as the sheet's.</source>
            <translation>Chỉ điền những cột điểm có trong tệp (ví dụ điểm thẩm định); các cột khác giữ nguyên điểm đã nhập. Các tiêu chí trong tệp phải giống các tiêu chí của bảng điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="96" />
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
    </context>
    <context>
        <name>ImportWarningsDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="143" />
            <source>maximum score</source>
            <translation>điểm chuẩn</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="145" />
            <source>self-assessment</source>
            <translation>điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="146" />
            <source>appraisal</source>
            <translation>điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="151" />
            <source>(empty)</source>
            <translation>(để trống)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="156" />
            <source>The workbook also has hidden sheets, which were not imported: %1. The visible sheet “%2” was imported; check that it is the right one.</source>
            <translation>Tệp Excel còn có trang tính bị ẩn và không được nhập: %1. Đã nhập trang tính đang hiển thị “%2”; hãy kiểm tra đúng là trang tính cần nhập.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="161" />
            <source>Line %1, total score (%3): the file says %4 but the criteria add up to %5; the sum of the criteria is kept.</source>
            <translation>Dòng %1, tổng điểm (%3): tệp ghi %4 nhưng cộng các tiêu chí được %5; phần mềm giữ kết quả cộng các tiêu chí.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="165" />
            <source>Line %1, criterion %2: the file gives a maximum score of %4 but the maximum scores of its sub-criteria add up to %5; the file's maximum is kept. Check the criteria framework.</source>
            <translation>Dòng %1, tiêu chí %2: tệp ghi điểm chuẩn %4 nhưng tổng điểm chuẩn các tiêu chí thành phần là %5; phần mềm giữ điểm chuẩn ghi trong tệp. Đề nghị kiểm tra lại bộ tiêu chí.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="169" />
            <source>Line %1, criterion %2 (%3): the file says %4 but its sub-criteria add up to %5; the sum of the sub-criteria is kept.</source>
            <translation>Dòng %1, tiêu chí %2 (%3): tệp ghi %4 nhưng tổng các tiêu chí thành phần là %5; phần mềm giữ tổng các tiêu chí thành phần.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="183" />
            <source>Check the imported sheet</source>
            <translation>Kiểm tra bảng điểm vừa nhập</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="185" />
            <source>The sheet was imported. In the rows below, a figure in the file differs from the sum of its parts; each row says which figure was kept. Check them against the paper copy. Rows to check: %1.</source>
            <translation>Bảng điểm đã được nhập. Ở các dòng dưới đây, số ghi trong tệp khác với tổng các phần của nó; mỗi dòng cho biết phần mềm giữ số nào. Đề nghị đối chiếu với bản giấy. Số dòng cần kiểm tra: %1.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_dialog.py" line="197" />
            <source>&amp;Copy the list</source>
            <translation>&amp;Sao chép danh sách</translation>
        </message>
    </context>
    <context>
        <name>IndexChart</name>
        <message>
            <location filename="../cchc_desktop/ui/overview_charts.py" line="58" />
            <source>Index by unit, in rank order, over the grade bands</source>
            <translation>Chỉ số của từng đơn vị theo thứ tự xếp hạng, trên nền các mức xếp loại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview_charts.py" line="117" />
            <source>No unit has scores in this column yet.</source>
            <translation>Chưa đơn vị nào có điểm ở cột này.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview_charts.py" line="163" />
            <source>%1. %2: index %3, %4</source>
            <translation>%1. %2: chỉ số %3, %4</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="199" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="200" />
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="201" />
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="202" />
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="203" />
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="204" />
            <source>Toolbar</source>
            <translation>Thanh công cụ</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="205" />
            <source>&amp;New sheet…</source>
            <translation>&amp;Tạo bảng điểm mới…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="206" />
            <source>Create a score sheet for a unit and year</source>
            <translation>Tạo bảng điểm cho một đơn vị và một năm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="207" />
            <source>&amp;Import a score table…</source>
            <translation>&amp;Nhập bảng điểm từ tệp…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="208" />
            <source>Bring in a score table from a text file or an Excel workbook</source>
            <translation>Nhập bảng điểm từ tệp văn bản hoặc tệp Excel</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="210" />
            <source>&amp;Rename the unit…</source>
            <translation>Đổi tên đơn &amp;vị…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="211" />
            <source>&amp;Delete this sheet…</source>
            <translation>&amp;Xóa bảng điểm này…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="212" />
            <source>Print pre&amp;view…</source>
            <translation>Xem trước khi &amp;in…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="213" />
            <source>Move to the ne&amp;xt stage</source>
            <translation>&amp;Chuyển sang bước tiếp theo</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="214" />
            <source>Copy round &amp;1 to the final appraisal</source>
            <translation>Chép điểm vòng &amp;1 sang điểm thẩm định cuối cùng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="215" />
            <source>For every criterion the unit did not explain, the final appraisal takes the round 1 score</source>
            <translation>Với mọi tiêu chí đơn vị không giải trình, điểm thẩm định cuối cùng lấy theo điểm vòng 1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="217" />
            <source>Submit, appraise, explain, finalize the appraisal or lock: one step of the yearly cycle</source>
            <translation>Nộp, thẩm định, giải trình, thẩm định cuối cùng hoặc chốt: từng bước của quy trình hằng năm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="219" />
            <source>S&amp;end…</source>
            <translation>&amp;Gửi…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="220" />
            <source>Write this sheet as a .cchc package to send to the other office (USB stick or e-mail)</source>
            <translation>Ghi bảng điểm này thành gói .cchc để gửi cho cơ quan kia (qua USB hoặc thư điện tử)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="222" />
            <source>Re&amp;ceive…</source>
            <translation>Nhận gói từ nơi &amp;khác…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="223" />
            <source>Take in a .cchc package sent by the other office</source>
            <translation>Nhận gói .cchc do cơ quan kia gửi đến</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="224" />
            <source>&amp;Backups…</source>
            <translation>&amp;Sao lưu và khôi phục…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="225" />
            <source>Your name in the &amp;history…</source>
            <translation>Họ tên ghi trong &amp;lịch sử…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="226" />
            <source>&amp;History of this criterion…</source>
            <translation>&amp;Lịch sử thay đổi của tiêu chí này…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="227" />
            <source>&amp;Evidence files…</source>
            <translation>&amp;Tài liệu kiểm chứng…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="228" />
            <source>List, attach, open or remove this sub-criterion's evidence files (tài liệu kiểm chứng)</source>
            <translation>Xem, đính kèm, mở hoặc gỡ tài liệu kiểm chứng của tiêu chí thành phần này</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="230" />
            <source>&amp;Not applicable…</source>
            <translation>&amp;Không áp dụng…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="231" />
            <source>&amp;Applicable again</source>
            <translation>Á&amp;p dụng lại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="232" />
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="233" />
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="234" />
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="235" />
            <source>C&amp;lear the selected scores</source>
            <translation>&amp;Xóa điểm các ô đang chọn</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="236" />
            <source>&amp;Find a criterion</source>
            <translation>&amp;Tìm tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="237" />
            <source>E&amp;xpand all</source>
            <translation>&amp;Mở rộng tất cả</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="238" />
            <source>C&amp;ollapse to areas</source>
            <translation>&amp;Thu gọn theo lĩnh vực</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="239" />
            <source>Only &amp;unscored</source>
            <translation>Chỉ hiện tiêu chí &amp;chưa chấm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="240" />
            <source>Edit &amp;history</source>
            <translation>&amp;Lịch sử chỉnh sửa</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="241" />
            <source>O&amp;verview and ranking…</source>
            <translation>Tổng hợp/&amp;xếp hạng…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="204" />
            <source>Edit history</source>
            <translation>Lịch sử chỉnh sửa</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="205" />
            <source>&lt;opened&gt;</source>
            <translation>&lt;lúc mở bảng điểm&gt;</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="242" />
            <source>Where is the &amp;log file?</source>
            <translation>Vị trí tệp &amp;nhật ký</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="243" />
            <source>&amp;About CCHC Desktop</source>
            <translation>&amp;Giới thiệu CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="206" />
            <source>Sheet:</source>
            <translation>Bảng điểm:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/search_bar.py" line="53" />
            <source>Find by code or words, e.g. thu tuc</source>
            <translation>Tìm theo số thứ tự hoặc nội dung, ví dụ: thu tuc</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/search_bar.py" line="54" />
            <source>Only unscored</source>
            <translation>Chỉ tiêu chí chưa chấm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/search_bar.py" line="55" />
            <source>Show only sub-criteria missing a self-assessment or appraisal score</source>
            <translation>Chỉ hiện các tiêu chí thành phần còn thiếu điểm tự đánh giá hoặc điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="251" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Hoàn tác: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="252" />
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="253" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Làm lại: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="254" />
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="232" />
            <source>Every change is saved as you type</source>
            <translation>Mọi thay đổi được lưu ngay khi nhập</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="234" />
            <source>Saved at %1</source>
            <translation>Đã lưu lúc %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="240" />
            <source>%1 — CCHC Desktop</source>
            <translation>%1 — CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="241" />
            <location filename="../cchc_desktop/ui/main_window.py" line="475" />
            <source>CCHC Desktop</source>
            <translation>CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="246" />
            <source>%1 %2 — %3 — CCHC Desktop</source>
            <translation>%1 %2 — %3 — CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="249" />
            <source>%1 %2 — CCHC Desktop</source>
            <translation>%1 năm %2 — CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="324" />
            <source>This database file is read-only: it is open for viewing and printing, nothing can be changed.</source>
            <translation>Tệp cơ sở dữ liệu này chỉ được phép đọc: đang mở để xem và in, không thể thay đổi nội dung.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="327" />
            <source>This sheet is finalized: it can be read and printed, not changed.</source>
            <translation>Bảng điểm đã chốt: chỉ xem và in được, không sửa được.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="329" />
            <source>Select a cell and type a score: Enter saves it at once and moves to the next sub-criterion.</source>
            <translation>Chọn một ô rồi gõ điểm: nhấn Enter để lưu ngay và chuyển xuống tiêu chí thành phần tiếp theo.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="351" />
            <source>Sheet deleted</source>
            <translation>Bảng điểm đã bị xóa</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="352" />
            <source>The %1 sheet of %2 was deleted by %3 on the shared database, so it is closed here. What was saved in it before is in the database's change history.</source>
            <translation>Bảng điểm năm %1 của %2 đã bị %3 xóa trên cơ sở dữ liệu dùng chung nên được đóng tại đây. Những gì đã lưu trong bảng điểm trước đó vẫn còn trong nhật ký thay đổi của cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="354" />
            <source>another user</source>
            <translation>một người dùng khác</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_management.py" line="35" />
            <source>There is no criteria framework in this database to make a sheet from.</source>
            <translation>Cơ sở dữ liệu chưa có bộ tiêu chí nào để tạo bảng điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_flow.py" line="38" />
            <source>Import a score table</source>
            <translation>Nhập bảng điểm từ tệp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_flow.py" line="39" />
            <source>Score tables (*.txt *.tsv *.xlsx);;Text tables (*.txt *.tsv);;Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Bảng điểm (*.txt *.tsv *.xlsx);;Bảng điểm dạng văn bản (*.txt *.tsv);;Tệp Excel (*.xlsx);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_flow.py" line="98" />
            <source>Imported %1 as a new sheet. Its criteria differ from every framework already in this database, so they were saved as a new criteria framework.</source>
            <translation>Đã nhập %1 thành bảng điểm mới. Các tiêu chí trong tệp khác với mọi bộ tiêu chí đã có trong cơ sở dữ liệu nên được lưu thành một bộ tiêu chí mới.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_flow.py" line="103" />
            <source>Imported %1 as a new sheet.</source>
            <translation>Đã nhập %1 thành bảng điểm mới.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_flow.py" line="119" />
            <source>Imported %1 as a new sheet of the chosen criteria set.</source>
            <translation>Đã nhập %1 thành bảng điểm mới theo bộ tiêu chí đã chọn.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_flow.py" line="122" />
            <source>Imported %1 into the unit's sheet of the chosen criteria set.</source>
            <translation>Đã nhập %1 vào bảng điểm của đơn vị theo bộ tiêu chí đã chọn.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_flow.py" line="70" />
            <location filename="../cchc_desktop/ui/import_flow.py" line="128" />
            <source>%1 was not imported; nothing was changed.</source>
            <translation>Chưa nhập được tệp %1; dữ liệu không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/import_flow.py" line="88" />
            <source>Imported %1 into this sheet. Ctrl+Z undoes the whole import.</source>
            <translation>Đã nhập %1 vào bảng điểm này. Bấm Ctrl+Z để hoàn tác toàn bộ lần nhập.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_management.py" line="76" />
            <source>Delete the %1 sheet of %2, with all its scores and notes?

This cannot be undone.</source>
            <translation>Xóa bảng điểm năm %1 của %2, cùng toàn bộ điểm và ghi chú?

Thao tác này không hoàn tác được.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_management.py" line="78" />
            <source>Delete the sheet</source>
            <translation>Xóa bảng điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="448" />
            <source>Pasted %1 scores.</source>
            <translation>Đã dán %1 điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="451" />
            <source>Row %1 was skipped: its score is computed from its sub-criteria.</source>
            <translation>Đã bỏ qua dòng %1: điểm của dòng này được tính từ các tiêu chí thành phần.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/main_window.py" line="454" />
            <source>Rows %1 were skipped: their scores are computed from their sub-criteria.</source>
            <translation>Đã bỏ qua các dòng %1: điểm của các dòng này được tính từ các tiêu chí thành phần.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/search_bar.py" line="104" />
            <source>No criterion matches.</source>
            <translation>Không có tiêu chí nào phù hợp.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/search_bar.py" line="113" />
            <source>%1 found</source>
            <translation>Tìm thấy %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/search_bar.py" line="116" />
            <source>No match</source>
            <translation>Không tìm thấy</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/search_bar.py" line="121" />
            <source>No criterion matches “%1”.

Check the spelling or type fewer words; Esc clears the search.</source>
            <translation>Không có tiêu chí nào khớp với “%1”.

Hãy kiểm tra chính tả hoặc gõ ít từ hơn; nhấn Esc để xóa ô tìm kiếm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/search_bar.py" line="125" />
            <source>Every sub-criterion has both scores.</source>
            <translation>Tất cả tiêu chí thành phần đã có đủ điểm tự đánh giá và điểm thẩm định.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="186" />
            <source>Log file</source>
            <translation>Tệp nhật ký</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="187" />
            <source>The log file is in:
%1</source>
            <translation>Tệp nhật ký nằm trong thư mục:
%1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="195" />
            <source>About CCHC Desktop</source>
            <translation>Giới thiệu CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/window_actions.py" line="192" />
            <source>CCHC Desktop %1

Scoring of the administrative reform index (PAR Index) for districts. Works offline; every score is saved as soon as it is entered.

Database: %2</source>
            <translation>CCHC Desktop %1

Chấm điểm Chỉ số cải cách hành chính (PAR Index) cấp huyện. Không cần Internet; điểm được lưu ngay khi nhập.

Cơ sở dữ liệu: %2</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/dialog_actions.py" line="41" />
            <source>Criteria &amp;sets…</source>
            <translation>&amp;Bộ tiêu chí…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/dialog_actions.py" line="42" />
            <source>Import, export, copy and edit the criteria sets (bộ tiêu chí) sheets are scored against</source>
            <translation>Nhập, xuất, sao chép và chỉnh sửa các bộ tiêu chí dùng để chấm điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/dialog_actions.py" line="59" />
            <source>&amp;Units…</source>
            <translation>&amp;Danh sách đơn vị…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/dialog_actions.py" line="60" />
            <source>The units appraised: their level, code, the body above them, and mergers</source>
            <translation>Các đơn vị được đánh giá: cấp, mã, cơ quan cấp trên và việc sắp xếp, sáp nhập</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/dialog_actions.py" line="67" />
            <source>C&amp;onnect to server…</source>
            <translation>Kết nối &amp;máy chủ…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/dialog_actions.py" line="68" />
            <source>Open the appraising office's shared database on its PostgreSQL server</source>
            <translation>Mở cơ sở dữ liệu dùng chung của cơ quan thẩm định trên máy chủ PostgreSQL</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="199" />
            <source>The score is empty: type a number such as 9,28.</source>
            <translation>Chưa nhập điểm: hãy nhập một số, ví dụ 9,28.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="200" />
            <source>“%1” is negative: a score cannot be below 0.</source>
            <translation>“%1” là số âm: điểm không được nhỏ hơn 0.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="201" />
            <source>“%1” has a sign: type the number alone, such as 9,28.</source>
            <translation>“%1” có dấu: chỉ nhập con số, ví dụ 9,28.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="203" />
            <source>“%1” has more than 2 decimal places: scores are kept to the hundredth, such as 9,28.</source>
            <translation>“%1” có quá 2 chữ số thập phân: điểm chỉ lấy đến hàng phần trăm, ví dụ 9,28.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="206" />
            <source>“%1” is too large to be a score.</source>
            <translation>“%1” quá lớn, không phải là điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="208" />
            <source>“%1” is written with an exponent: type the number in full, such as 9,28.</source>
            <translation>“%1” được viết dạng lũy thừa: hãy nhập đầy đủ con số, ví dụ 9,28.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="212" />
            <source>“%1” has a thousands separator: a score has at most one comma, such as 9,28.</source>
            <translation>“%1” có dấu phân cách hàng nghìn: điểm chỉ có tối đa một dấu phẩy, ví dụ 9,28.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="216" />
            <location filename="../cchc_desktop/ui/messages.py" line="218" />
            <source>“%1” is not a number: type a score such as 9,28.</source>
            <translation>“%1” không phải là số: hãy nhập điểm, ví dụ 9,28.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="219" />
            <source>%1: %2 is below 0.</source>
            <translation>%1: %2 nhỏ hơn 0.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="221" />
            <source>%1: %2 is over the maximum score of %3.</source>
            <translation>%1: %2 vượt quá điểm chuẩn %3.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="222" />
            <source>The database refused a score over its maximum.</source>
            <translation>Cơ sở dữ liệu không nhận điểm vượt quá điểm chuẩn.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="225" />
            <source>“%1” is not a score column: use self or appraisal.</source>
            <translation>“%1” không phải là cột điểm: hãy dùng self (tự đánh giá) hoặc appraisal (thẩm định).</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="229" />
            <source>%1 is computed from its sub-criteria: enter the scores on its sub-criteria.</source>
            <translation>Điểm của %1 được cộng từ các tiêu chí thành phần: hãy nhập điểm ở các tiêu chí thành phần.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="232" />
            <source>There is no criterion %1 in this framework.</source>
            <translation>Bộ tiêu chí này không có tiêu chí %1.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="234" />
            <source>“%1” is not a criterion code; codes look like 1, 1.2 or 1.2.3.</source>
            <translation>“%1” không phải là mã tiêu chí; mã tiêu chí có dạng 1, 1.2 hoặc 1.2.3.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="237" />
            <source>Criterion %1 appears twice in the criteria set; each criterion may appear only once.</source>
            <translation>Tiêu chí %1 xuất hiện hai lần trong bộ tiêu chí; mỗi tiêu chí chỉ được có một lần.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="240" />
            <source>The maximum score of %1 is negative.</source>
            <translation>Điểm chuẩn của tiêu chí %1 là số âm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="242" />
            <source>Criterion %1 has no parent: there is no criterion %2.</source>
            <translation>Tiêu chí %1 không có tiêu chí cha: không có tiêu chí %2.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="244" />
            <source>The criteria set has no criteria.</source>
            <translation>Bộ tiêu chí không có tiêu chí nào.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="246" />
            <source>“%1” is not a kind of criterion: use score, bonus or deduction.</source>
            <translation>“%1” không phải là loại tiêu chí: hãy dùng score (chấm điểm), bonus (điểm thưởng) hoặc deduction (điểm trừ).</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="249" />
            <source>The list of grades is empty: give at least one grade, starting from 0.</source>
            <translation>Danh sách xếp loại đang trống: hãy khai báo ít nhất một mức xếp loại, bắt đầu từ 0.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="252" />
            <source>The grade starting at %1 has no name: give it one.</source>
            <translation>Mức xếp loại bắt đầu từ %1 chưa có tên: hãy đặt tên cho mức này.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="254" />
            <source>A grade cannot start below 0 (%1).</source>
            <translation>Mức xếp loại không được bắt đầu dưới 0 (%1).</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="256" />
            <source>Two grades start at %1: each grade needs its own lower bound.</source>
            <translation>Có hai mức xếp loại cùng bắt đầu từ %1: mỗi mức phải bắt đầu từ một điểm khác nhau.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="259" />
            <source>No grade covers an index below %1: the lowest grade must start at 0.</source>
            <translation>Không có mức xếp loại nào cho chỉ số dưới %1: mức thấp nhất phải bắt đầu từ 0.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="263" />
            <source>The list of grades cannot be read, so the criteria set may be damaged. Import the criteria set again. Details: %1</source>
            <translation>Không đọc được danh sách xếp loại, có thể bộ tiêu chí đã bị hỏng. Hãy nhập lại bộ tiêu chí. Chi tiết: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="275" />
            <source>The figures are empty: type a percentage such as 94,9% or a ratio such as 45/50.</source>
            <translation>Chưa nhập số liệu: hãy nhập tỷ lệ phần trăm, ví dụ 94,9%, hoặc một tỷ số, ví dụ 45/50.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="279" />
            <source>%1 has no scoring rule: type its score instead.</source>
            <translation>Tiêu chí %1 không có cách tính điểm tự động: hãy nhập điểm trực tiếp.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="280" />
            <source>This criterion has no scoring rule: type its score instead.</source>
            <translation>Tiêu chí này không có cách tính điểm tự động: hãy nhập điểm trực tiếp.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="287" />
            <source>“%1” is not one of the options: type a number from 1 to %2.</source>
            <translation>“%1” không phải là một phương án: hãy nhập một số từ 1 đến %2.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="289" />
            <source>%1: choose one of the options, from 1 to %2.</source>
            <translation>%1: hãy chọn một phương án, từ 1 đến %2.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="292" />
            <source>“%1” is a ratio, but this rule takes one figure, such as 94,9%.</source>
            <translation>“%1” là một tỷ số, nhưng cách tính điểm này chỉ cần một số liệu, ví dụ 94,9%.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="293" />
            <source>%1: this rule takes one figure, not a ratio.</source>
            <translation>%1: cách tính điểm này chỉ cần một số liệu, không phải một tỷ số.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="296" />
            <source>“%1” is one figure, but this rule takes two, such as 45/50.</source>
            <translation>“%1” chỉ là một số liệu, nhưng cách tính điểm này cần hai số liệu, ví dụ 45/50.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="297" />
            <source>%1: this rule takes two figures, such as 45/50.</source>
            <translation>%1: cách tính điểm này cần hai số liệu, ví dụ 45/50.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="300" />
            <source>%1: no band of the scoring rule covers %2, so the score cannot be worked out. Type the score by hand.</source>
            <translation>%1: không có mức nào của cách tính điểm ứng với %2 nên không tính được điểm. Hãy nhập điểm trực tiếp.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="304" />
            <source>%1: the benchmark for this year has not been entered, so the score cannot be worked out. Enter the benchmark, or type the score by hand.</source>
            <translation>%1: chưa nhập mức so sánh của năm này nên không tính được điểm. Hãy nhập mức so sánh, hoặc nhập điểm trực tiếp.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="308" />
            <source>%1: “%2” divides by 0; the second figure must be above 0.</source>
            <translation>%1: “%2” có mẫu số bằng 0; số liệu thứ hai phải lớn hơn 0.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="312" />
            <source>The scoring rule cannot be read, so the criteria set may be damaged. Import the criteria set again. Details: %1</source>
            <translation>Không đọc được cách tính điểm, có thể bộ tiêu chí đã bị hỏng. Hãy nhập lại bộ tiêu chí. Chi tiết: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="316" />
            <source>“%1” is the number of several criteria: give the path of the one you mean (%2).</source>
            <translation>“%1” là số thứ tự của nhiều tiêu chí: hãy ghi đường dẫn của tiêu chí cần chọn (%2).</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="320" />
            <source>%1: its scoring rule has no list of options; enter its figures instead.</source>
            <translation>%1: quy tắc chấm điểm của tiêu chí này không có danh sách phương án; hãy nhập số liệu thay vào đó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="324" />
            <source>%1: its scoring rule is not measured against a benchmark, so it takes no benchmark.</source>
            <translation>%1: quy tắc chấm điểm của tiêu chí này không so sánh với mức chuẩn, nên không nhập mức chuẩn.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="328" />
            <source>Marking %1 not applicable needs a reason: type why it does not apply.</source>
            <translation>Đánh dấu %1 là không áp dụng cần có lý do: hãy ghi vì sao tiêu chí này không áp dụng.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="333" />
            <source>This sheet is finalized and cannot be changed. Reopen it first.</source>
            <translation>Bảng điểm đã chốt, không sửa được. Hãy mở lại bảng điểm trước.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="346" />
            <source>Sheet %1 is not in this database.</source>
            <translation>Không có bảng điểm số %1 trong cơ sở dữ liệu này.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="348" />
            <source>The unit name is empty: type the name of the district or office.</source>
            <translation>Chưa nhập tên đơn vị: hãy nhập tên huyện hoặc cơ quan.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="351" />
            <source>%1 is not a plausible year for a sheet: choose a year from 2000 to 2100.</source>
            <translation>Năm %1 không hợp lệ: hãy chọn năm từ 2000 đến 2100.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="361" />
            <source>There is already a unit with that name: choose another name.</source>
            <translation>Đã có đơn vị mang tên này: hãy chọn tên khác.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="377" />
            <source>The database %1 does not exist. Choose the .db file again, or create a new database.</source>
            <translation>Không có cơ sở dữ liệu %1. Hãy chọn lại tệp .db, hoặc tạo cơ sở dữ liệu mới.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="379" />
            <source>The database does not exist. Choose the .db file again, or create a new database.</source>
            <translation>Không có cơ sở dữ liệu này. Hãy chọn lại tệp .db, hoặc tạo cơ sở dữ liệu mới.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="384" />
            <source>This database was written by a newer version of CCHC Desktop. Install the newer version to open it; the file has not been changed.</source>
            <translation>Cơ sở dữ liệu này được tạo bằng phiên bản CCHC Desktop mới hơn. Hãy cài phiên bản mới hơn để mở; tệp chưa bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="388" />
            <source>The database cannot be used in this folder. Keep it on a local disk, not a network or read-only folder.</source>
            <translation>Không dùng được cơ sở dữ liệu trong thư mục này. Hãy để tệp trên ổ đĩa của máy, không để trên mạng hoặc thư mục chỉ đọc.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="392" />
            <source>The database %1 is already open in another CCHC Desktop window or command. Close the other one and try again; nothing was opened or changed.</source>
            <translation>Cơ sở dữ liệu %1 đang được mở ở một cửa sổ hoặc lệnh CCHC Desktop khác. Hãy đóng nơi đó rồi thử lại; chưa có gì được mở hay thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="397" />
            <source>The database file %1 is damaged. Restore the newest backup; the damaged file has been left exactly as it was.</source>
            <translation>Tệp cơ sở dữ liệu %1 bị hỏng. Hãy khôi phục bản sao lưu mới nhất; tệp bị hỏng vẫn được giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="400" />
            <location filename="../cchc_desktop/ui/messages.py" line="401" />
            <source>%1 is not a CCHC Desktop database.</source>
            <translation>%1 không phải là cơ sở dữ liệu của CCHC Desktop.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="403" />
            <location filename="../cchc_desktop/ui/messages.py" line="407" />
            <location filename="../cchc_desktop/ui/messages.py" line="411" />
            <source>The backup copy could not be made: check that the disk has free space. Details: %1</source>
            <translation>Không tạo được bản sao lưu: hãy kiểm tra ổ đĩa còn chỗ trống. Chi tiết: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="513" />
            <source>“%1” is not a date: write it as 05/02/2024.</source>
            <translation>“%1” không phải là ngày: hãy viết dạng 05/02/2024.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="514" />
            <source>Choose at least one score column to print.</source>
            <translation>Hãy chọn ít nhất một cột điểm để in.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="516" />
            <source>%1 cannot be written: it may be open in another program, or the folder is read-only. Close it or choose another folder.</source>
            <translation>Không ghi được %1: tệp có thể đang mở trong chương trình khác, hoặc thư mục chỉ đọc. Hãy đóng tệp hoặc chọn thư mục khác.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="520" />
            <source>The font file %1 is missing or damaged: reinstall CCHC Desktop.</source>
            <translation>Tệp phông chữ %1 bị thiếu hoặc hỏng: hãy cài đặt lại CCHC Desktop.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="522" />
            <source>This sheet is already finalized.</source>
            <translation>Bảng điểm này đã được chốt.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="524" />
            <source>This sheet is not finalized, so there is nothing to reopen.</source>
            <translation>Bảng điểm này chưa chốt nên không cần mở lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="527" />
            <source>Reopening a finalized sheet needs a reason: type why it must change.</source>
            <translation>Mở lại bảng điểm đã chốt cần có lý do: hãy ghi rõ vì sao phải sửa.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="415" />
            <source>The database %1 is open in this program, so it cannot be replaced now. Close it first, then try again; nothing was changed.</source>
            <translation>Cơ sở dữ liệu %1 đang mở trong phần mềm này nên chưa thể thay thế. Hãy đóng nó trước rồi thử lại; dữ liệu không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="419" />
            <source>The database %1 cannot be opened for work: its folder cannot be written. Copy the database to a folder of your own (such as Documents) and open that copy.</source>
            <translation>Không thể mở cơ sở dữ liệu %1 để làm việc vì không ghi được vào thư mục chứa nó. Hãy sao chép cơ sở dữ liệu sang một thư mục của mình (ví dụ Documents) rồi mở bản sao đó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="424" />
            <source>The database %1 is missing, but its log file is still there: the database was moved or deleted without it. Put the .db file back next to its log file, or restore a backup; nothing was changed.</source>
            <translation>Không tìm thấy cơ sở dữ liệu %1 nhưng tệp nhật ký của nó vẫn còn: cơ sở dữ liệu đã bị di chuyển hoặc xóa mà không kèm tệp nhật ký. Hãy đặt lại tệp .db cạnh tệp nhật ký, hoặc khôi phục một bản sao lưu; dữ liệu không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="429" />
            <source>The database %1 cannot be read. Check that the disk is connected and that you may open the file.</source>
            <translation>Không đọc được cơ sở dữ liệu %1. Hãy kiểm tra ổ đĩa đã được kết nối và tài khoản của mình có quyền mở tệp.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="433" />
            <source>That backup does not exist. Open File → Backups to see the backups there are.</source>
            <translation>Không có bản sao lưu đó. Vào Tệp → Sao lưu và khôi phục để xem các bản sao lưu hiện có.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="195" />
            <source>The database refused the change; nothing was saved. Details: %1</source>
            <translation>Cơ sở dữ liệu không nhận thay đổi; chưa có gì được lưu. Chi tiết: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="530" />
            <source>%1 is the database, part of it or one of its backups: saving the PDF there would destroy it. Choose another file name ending in .pdf; nothing was changed.</source>
            <translation>%1 là cơ sở dữ liệu, một phần của nó hoặc một bản sao lưu của nó: lưu tệp PDF vào đó sẽ làm hỏng dữ liệu. Hãy chọn tên tệp khác có đuôi .pdf; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="535" />
            <source>%1 already exists and is not a PDF, so it was not overwritten. Choose another file name ending in .pdf.</source>
            <translation>%1 đã có và không phải tệp PDF nên không bị ghi đè. Hãy chọn tên tệp khác có đuôi .pdf.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="539" />
            <source>%1 is a folder: give a file name for the PDF.</source>
            <translation>%1 là một thư mục: hãy đặt tên tệp cho bản PDF.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="372" />
            <source>The note for %1 is too long: a note may have at most %2 characters. Shorten it, or keep the long text in a separate document.</source>
            <translation>Ghi chú của tiêu chí %1 quá dài: mỗi ghi chú có tối đa %2 ký tự. Hãy rút gọn, hoặc để phần nội dung dài trong một văn bản riêng.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="34" />
            <source>The action could not be completed: %1</source>
            <translation>Không thực hiện được thao tác: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="99" />
            <source>The package and this sheet changed the same values since their last exchange. Nothing was received: choose, criterion by criterion, whether to keep yours or take the package's.</source>
            <translation>Gói và bảng điểm này cùng sửa một số giá trị kể từ lần trao đổi gần nhất. Chưa có gì được nhận: hãy chọn, theo từng tiêu chí, giữ giá trị của mình hay lấy giá trị trong gói.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="437" />
            <source>The disk is full, so the change could not be saved. The database is not damaged: it keeps everything saved before. Free some space on the disk (empty the Recycle Bin, move or delete large files) and try again.</source>
            <translation>Ổ đĩa đã đầy nên không lưu được thay đổi. Cơ sở dữ liệu không bị hỏng: mọi dữ liệu đã lưu trước đó vẫn còn nguyên. Hãy giải phóng dung lượng ổ đĩa (dọn Thùng rác, di chuyển hoặc xóa các tệp lớn) rồi thử lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="442" />
            <source>This database file is read-only: it can be viewed and printed, but nothing can be changed. To work on it, copy it to a folder of your own (such as Documents) and open the copy.</source>
            <translation>Tệp cơ sở dữ liệu này chỉ được phép đọc: có thể xem và in nhưng không thể thay đổi. Để làm việc với tệp, hãy sao chép tệp vào thư mục của anh/chị (ví dụ Documents) rồi mở bản sao đó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="447" />
            <source>The database %1 is read-only and was made by an older version of CCHC Desktop, so it cannot be brought up to date. Copy it to a folder of your own (such as Documents) and open the copy.</source>
            <translation>Cơ sở dữ liệu %1 chỉ được phép đọc và được tạo bởi phiên bản CCHC Desktop cũ hơn, nên không thể cập nhật. Hãy sao chép tệp vào thư mục của anh/chị (ví dụ Documents) rồi mở bản sao đó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="475" />
            <source>The database %1 has a log file (-wal) beside it that belongs to an earlier copy of the database. Opening it would undo newer changes, so it was not opened; both files are untouched. If this .db file is the copy you want, move the -wal and -shm files to another folder and open it again.</source>
            <translation>Bên cạnh cơ sở dữ liệu %1 có một tệp nhật ký (-wal) thuộc về một bản sao cũ hơn của cơ sở dữ liệu. Nếu mở tệp, các thay đổi mới hơn sẽ bị ghi đè, vì vậy tệp không được mở; cả hai tệp vẫn giữ nguyên. Nếu tệp .db này là bản anh/chị cần, hãy chuyển các tệp -wal và -shm sang thư mục khác rồi mở lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="482" />
            <source>The database %1 has more than one name on the disk (hard links), so it could be opened twice at once and be damaged. Copy the file to a new name and open the copy; nothing was changed.</source>
            <translation>Cơ sở dữ liệu %1 có nhiều hơn một tên trên ổ đĩa (liên kết cứng), nên có thể bị mở hai lần cùng lúc và bị hỏng. Hãy sao chép tệp sang một tên mới rồi mở bản sao; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="487" />
            <source>The lock file %1 is not an ordinary file (it is a link to another file, or a folder), so it was not used. Delete it and try again; nothing was opened or changed.</source>
            <translation>Tệp khóa %1 không phải là tệp thông thường (là liên kết tới tệp khác, hoặc là thư mục), nên không được sử dụng. Hãy xóa tệp đó rồi thử lại; chưa có gì được mở hay thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="492" />
            <source>%1 is not an ordinary file, so it is not a database. Choose the .db file itself.</source>
            <translation>%1 không phải là tệp thông thường nên không phải là cơ sở dữ liệu. Hãy chọn đúng tệp .db.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="496" />
            <source>This backup does not pass its checks (it was damaged or changed after it was taken), so it was not restored. Choose another backup; your database was not changed.</source>
            <translation>Bản sao lưu này không vượt qua kiểm tra (đã bị hỏng hoặc bị sửa sau khi sao lưu), nên không được khôi phục. Hãy chọn bản sao lưu khác; cơ sở dữ liệu của anh/chị không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="501" />
            <source>This backup is a copy of another database, so it was not restored. Open that file on its own instead; your database was not changed.</source>
            <translation>Bản sao lưu này là bản sao của một cơ sở dữ liệu khác, nên không được khôi phục. Hãy mở riêng tệp đó; cơ sở dữ liệu của anh/chị không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="505" />
            <source>That is not the name of a backup. Choose a backup in File → Backups.</source>
            <translation>Đó không phải là tên của một bản sao lưu. Hãy chọn bản sao lưu trong Tệp → Sao lưu và khôi phục.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="508" />
            <source>The backup could not be copied next to the database, so it was not restored; your database was not changed. Check that the disk has free space.</source>
            <translation>Không sao chép được bản sao lưu vào cạnh cơ sở dữ liệu nên chưa khôi phục; cơ sở dữ liệu của anh/chị không bị thay đổi. Hãy kiểm tra ổ đĩa còn dung lượng trống.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="571" />
            <source>That is not a level a criteria set can be for: choose one of the levels offered.</source>
            <translation>Đó không phải là cấp áp dụng của bộ tiêu chí: hãy chọn một trong các cấp có sẵn.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="809" />
            <source>Line %1: “%2” is not a criterion number the program can read; numbers look like I, 1, 1.2, a) or đ). Correct it in the file and import again.</source>
            <translation>Dòng %1: “%2” không phải là số thứ tự tiêu chí mà chương trình đọc được; số thứ tự có dạng I, 1, 1.2, a) hoặc đ). Hãy sửa trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="814" />
            <source>Row %1 of the workbook holds a date where a criterion number should be: Excel turns numbers such as 1.1 into dates. Format the column as Text, type the numbers again, save, and import again.</source>
            <translation>Dòng %1 của tệp Excel có một ngày tháng ở chỗ của số thứ tự tiêu chí: Excel tự đổi các số như 1.1 thành ngày tháng. Hãy định dạng cột đó là Text (Văn bản), gõ lại các số, lưu lại rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="819" />
            <source>The file is in the old Office format (.doc or .xls). Open it in Word or Excel, save it as a .docx or .xlsx file, and import that file.</source>
            <translation>Tệp ở định dạng Office cũ (.doc hoặc .xls). Hãy mở tệp bằng Word hoặc Excel, lưu thành tệp .docx hoặc .xlsx rồi nhập tệp đó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="823" />
            <source>The file is not a readable Word (.docx) or Excel (.xlsx) file: it is damaged, or not really what its name says. Open it in Word or Excel, save it again, and import again.</source>
            <translation>Không đọc được tệp Word (.docx) hoặc Excel (.xlsx) này: tệp bị hỏng, hoặc không đúng loại như tên tệp. Hãy mở tệp bằng Word hoặc Excel, lưu lại rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="828" />
            <source>Row %1 of the criteria set file cannot be used: the file was changed by hand or damaged. Export the set again from the program that holds it.</source>
            <translation>Không dùng được dòng %1 của tệp bộ tiêu chí: tệp đã bị sửa tay hoặc bị hỏng. Hãy xuất lại bộ tiêu chí từ chương trình đang lưu bộ tiêu chí đó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="831" />
            <source>The file is not a criteria set exported by CCHC Desktop, or it was changed by hand or damaged. Export the set again from the program that holds it.</source>
            <translation>Tệp này không phải là bộ tiêu chí do CCHC Desktop xuất ra, hoặc đã bị sửa tay hay bị hỏng. Hãy xuất lại bộ tiêu chí từ chương trình đang lưu bộ tiêu chí đó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="836" />
            <source>The criteria set file was written by a newer version of CCHC Desktop. Install the newer version to import it.</source>
            <translation>Tệp bộ tiêu chí được tạo bởi phiên bản CCHC Desktop mới hơn. Hãy cài phiên bản mới hơn để nhập tệp này.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="840" />
            <source>The criteria set file was changed after it was exported (its check sum does not match its content), so it was not imported. Export it again from the program that holds the set.</source>
            <translation>Tệp bộ tiêu chí đã bị thay đổi sau khi xuất (mã kiểm tra không khớp với nội dung) nên không được nhập. Hãy xuất lại từ chương trình đang lưu bộ tiêu chí đó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="854" />
            <source>self-assessment score</source>
            <translation>điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="855" />
            <source>appraisal score</source>
            <translation>điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="856" />
            <source>round 1 appraisal score</source>
            <translation>điểm thẩm định vòng 1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="857" />
            <source>note</source>
            <translation>ghi chú</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="858" />
            <source>explanation</source>
            <translation>nội dung giải trình</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="859" />
            <source>self-assessment figures</source>
            <translation>số liệu tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="860" />
            <source>appraisal figures</source>
            <translation>số liệu thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="861" />
            <source>not-applicable mark</source>
            <translation>đánh dấu không áp dụng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="872" />
            <source>empty</source>
            <translation>để trống</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="894" />
            <source>TOTAL</source>
            <translation>Tổng điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="623" />
            <source>Line %1: the file has more than 20 000 criteria; a score table is never that large. Check that you chose the right file.</source>
            <translation>Dòng %1: tệp có hơn 20.000 tiêu chí, một bảng điểm không thể lớn như vậy. Hãy kiểm tra lại đã chọn đúng tệp chưa.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="625" />
            <source>The file is too large to be a score table. Check that you chose the right file.</source>
            <translation>Tệp quá lớn, không phải là một bảng điểm. Hãy kiểm tra lại đã chọn đúng tệp chưa.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="630" />
            <source>Line %1, criterion %2: “%3” is not a number. Write a score such as 9,28 in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: “%3” không phải là số. Hãy ghi điểm dạng 9,28 trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="634" />
            <source>Line %1, criterion %2: “%3” is negative; a score cannot be below 0. Correct it in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: “%3” là số âm, điểm không được nhỏ hơn 0. Hãy sửa trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="638" />
            <source>Line %1, criterion %2: “%3” has a sign. Write the number alone, such as 9,28, and import again.</source>
            <translation>Dòng %1, tiêu chí %2: “%3” có dấu cộng hoặc trừ. Hãy chỉ ghi số, ví dụ 9,28, rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="642" />
            <source>Line %1, criterion %2: “%3” has more than 2 decimal places; scores are kept to the hundredth, such as 9,28. Correct it in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: “%3” có hơn 2 chữ số thập phân; điểm chỉ lấy đến hai chữ số thập phân, ví dụ 9,28. Hãy sửa trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="614" />
            <source>Line %1, criterion %2: “%3” is too large to be a score. Correct it in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: “%3” quá lớn, không thể là điểm. Hãy sửa trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="647" />
            <source>Line %1, criterion %2: “%3” is written with an exponent. Write the number in full, such as 9,28, and import again.</source>
            <translation>Dòng %1, tiêu chí %2: “%3” được viết dạng lũy thừa. Hãy ghi đầy đủ chữ số, ví dụ 9,28, rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="651" />
            <source>Line %1, criterion %2: “%3” has a thousands separator; a score has at most one comma, such as 9,28. Correct it in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: “%3” có dấu phân cách hàng nghìn; điểm chỉ có tối đa một dấu phẩy, ví dụ 9,28. Hãy sửa trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="656" />
            <source>Line %1, criterion %2: the score %3 is over its maximum score of %4. Correct the score in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: điểm %3 vượt điểm chuẩn %4. Hãy sửa điểm trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="661" />
            <source>Line %1, criterion %2: the score %3 is below 0. Correct it in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: điểm %3 nhỏ hơn 0. Hãy sửa trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="666" />
            <source>Line %1: the header row cannot be used. It needs the columns STT, the criterion, ĐIỂM CHUẨN and at least one of ĐIỂM TỰ ĐÁNH GIÁ or ĐIỂM THẨM ĐỊNH, and every header row in the file must have the same columns. Correct the header and import again.</source>
            <translation>Dòng %1: dòng tiêu đề bảng không dùng được. Dòng tiêu đề cần có các cột STT, tiêu chí, ĐIỂM CHUẨN và ít nhất một trong hai cột ĐIỂM TỰ ĐÁNH GIÁ hoặc ĐIỂM THẨM ĐỊNH; mọi dòng tiêu đề trong tệp phải có cùng các cột. Hãy sửa dòng tiêu đề rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="672" />
            <source>Line %1: a score row comes before the header row. Put the header row (STT, criterion, ĐIỂM CHUẨN, scores) above the table and import again.</source>
            <translation>Dòng %1: có dòng điểm nằm trước dòng tiêu đề bảng. Hãy đặt dòng tiêu đề (STT, tiêu chí, ĐIỂM CHUẨN, các cột điểm) lên đầu bảng rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="677" />
            <source>Line %1: the row has no STT code. Write its code (such as 1.2.1), or delete the row, and import again.</source>
            <translation>Dòng %1: dòng này không có số thứ tự (STT). Hãy ghi số thứ tự (ví dụ 1.2.1) hoặc xóa dòng đó, rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="681" />
            <source>Line %1: “%2” is not a criterion code; codes look like 1, 1.2 or 1.2.3. Correct it and import again.</source>
            <translation>Dòng %1: “%2” không phải là số thứ tự của tiêu chí; số thứ tự có dạng 1, 1.2 hoặc 1.2.3. Hãy sửa lại rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="685" />
            <source>Line %1: criterion %2 appears a second time. Each criterion may appear only once: delete or renumber the repeated row and import again.</source>
            <translation>Dòng %1: tiêu chí %2 xuất hiện lần thứ hai. Mỗi tiêu chí chỉ được có một dòng: hãy xóa hoặc đánh số lại dòng bị trùng rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="690" />
            <source>Line %1, criterion %2: the title contains invisible control characters. Type the title again and import again.</source>
            <translation>Dòng %1, tiêu chí %2: tên tiêu chí có ký tự điều khiển ẩn. Hãy gõ lại tên tiêu chí rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="694" />
            <source>Line %1, criterion %2: the criterion has no title. Write its title and import again.</source>
            <translation>Dòng %1, tiêu chí %2: tiêu chí chưa có tên. Hãy ghi tên tiêu chí rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="698" />
            <source>Line %1, criterion %2: ĐIỂM CHUẨN (the maximum score) is empty. Write the maximum and import again.</source>
            <translation>Dòng %1, tiêu chí %2: cột ĐIỂM CHUẨN để trống. Hãy ghi điểm chuẩn rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="702" />
            <source>Line %1, criterion %2: the row has only one column. Columns must be separated by tabs: copy the table from Excel, or save it as tab-separated text, and import again.</source>
            <translation>Dòng %1, tiêu chí %2: dòng này chỉ có một cột. Các cột phải cách nhau bằng phím Tab: hãy sao chép bảng từ Excel, hoặc lưu thành văn bản phân cách bằng Tab, rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="707" />
            <source>Line %1: criterion %2 has no parent: there is no row %3. Add that row or correct the code, and import again.</source>
            <translation>Dòng %1: tiêu chí %2 không có tiêu chí cha vì trong tệp không có dòng %3. Hãy thêm dòng đó hoặc sửa số thứ tự, rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="711" />
            <source>Line %1, criterion %2: the maximum score is negative. Correct it and import again.</source>
            <translation>Dòng %1, tiêu chí %2: điểm chuẩn là số âm. Hãy sửa lại rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="367" />
            <source>The file's criteria (codes or maximum scores) differ from the criteria of this sheet, so it cannot be imported into it. Import it as a new sheet instead, or choose the file made for this sheet.</source>
            <translation>Các tiêu chí trong tệp (số thứ tự hoặc điểm chuẩn) khác với các tiêu chí của bảng điểm này nên không nhập vào bảng điểm này được. Hãy nhập thành bảng điểm mới, hoặc chọn đúng tệp của bảng điểm này.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="48" />
            <source>The package was refused and nothing was received: %1</source>
            <translation>Gói đã bị từ chối và không có gì được nhận: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="50" />
            <source>This file is not a CCHC exchange package (.cchc), or it is damaged. Ask the sender to send the package again.</source>
            <translation>Tệp này không phải là gói trao đổi CCHC (.cchc), hoặc đã bị hỏng. Hãy đề nghị bên gửi gửi lại gói.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="53" />
            <source>The package was made by a newer version of CCHC Desktop (format %1). Install the newer version to receive it; nothing was received.</source>
            <translation>Gói được tạo bởi phiên bản CCHC Desktop mới hơn (định dạng %1). Hãy cài phiên bản mới hơn để nhận; chưa có gì được nhận.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="56" />
            <source>The package was made by a newer version of CCHC Desktop. Install the newer version to receive it; nothing was received.</source>
            <translation>Gói được tạo bởi phiên bản CCHC Desktop mới hơn. Hãy cài phiên bản mới hơn để nhận; chưa có gì được nhận.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="59" />
            <source>The package's contents list (manifest) is damaged or was changed by hand, so nothing was received. Ask the sender to send it again.</source>
            <translation>Danh mục nội dung của gói (manifest) bị hỏng hoặc đã bị sửa tay, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="62" />
            <source>The criteria set inside the package was changed after the package was made, so nothing was received. Ask the sender to send it again.</source>
            <translation>Bộ tiêu chí trong gói đã bị thay đổi sau khi gói được tạo, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="65" />
            <source>The evidence file “%1” in the package was changed after the package was made, so nothing was received. Ask the sender to send it again.</source>
            <translation>Tệp minh chứng “%1” trong gói đã bị thay đổi sau khi gói được tạo, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="67" />
            <source>A file in the package was changed after the package was made, so nothing was received. Ask the sender to send it again.</source>
            <translation>Một tệp trong gói đã bị thay đổi sau khi gói được tạo, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="70" />
            <source>The package unpacks to far more data than a score sheet and its evidence can hold, so it was refused and nothing was received. Do not open it; ask the sender what they sent.</source>
            <translation>Khi giải nén, gói chứa nhiều dữ liệu hơn hẳn mức một bảng điểm và minh chứng có thể có, nên đã bị từ chối và không có gì được nhận. Đừng mở tệp này; hãy hỏi bên gửi đã gửi gì.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="74" />
            <source>The package holds a file named “%1” that points outside the package, so it was refused and nothing was received. Ask the sender what they sent.</source>
            <translation>Gói chứa một tệp tên “%1” trỏ ra ngoài gói, nên đã bị từ chối và không có gì được nhận. Hãy hỏi bên gửi đã gửi gì.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="78" />
            <source>The package holds the file “%1” twice, which a package made by CCHC Desktop never does; nothing was received. Ask the sender to send it again.</source>
            <translation>Gói chứa tệp “%1” hai lần, điều mà gói do CCHC Desktop tạo không bao giờ có; không có gì được nhận. Hãy đề nghị bên gửi gửi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="82" />
            <source>The package holds a file protected by a password, which a package made by CCHC Desktop never does; nothing was received. Ask the sender to send it again.</source>
            <translation>Gói chứa một tệp được bảo vệ bằng mật khẩu, điều mà gói do CCHC Desktop tạo không bao giờ có; không có gì được nhận. Hãy đề nghị bên gửi gửi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="86" />
            <source>The package's signature does not match its contents: it was changed after it was signed, or the signature is damaged. Nothing was received; ask the sender to send it again.</source>
            <translation>Chữ ký của gói không khớp với nội dung: gói đã bị thay đổi sau khi ký, hoặc chữ ký bị hỏng. Không có gì được nhận; hãy đề nghị bên gửi gửi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="90" />
            <source>The package holds a file (%1) that its contents list does not name, so nothing was received. Ask the sender to send it again.</source>
            <translation>Gói chứa một tệp (%1) không có tên trong danh mục nội dung, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="93" />
            <source>An evidence file listed in the package is missing from it (%1), so nothing was received. Ask the sender to send it again.</source>
            <translation>Một tệp minh chứng có tên trong gói nhưng bị thiếu (%1), nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="96" />
            <source>An evidence file of the package is damaged, so nothing was received. Ask the sender to send it again.</source>
            <translation>Một tệp minh chứng của gói bị hỏng, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="103" />
            <source>This unit already has a sheet for that year scored with another criteria set; scores of different criteria sets cannot be merged. Nothing was received.</source>
            <translation>Đơn vị này đã có bảng điểm của năm đó chấm theo một bộ tiêu chí khác; không thể gộp điểm của các bộ tiêu chí khác nhau. Không có gì được nhận.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="107" />
            <source>This package was made on %1, before the package from the same unit already received here (made on %2): receiving it would bring back what the sender changed since. Nothing was received; ask the sender for their latest package.</source>
            <translation>Gói này được tạo lúc %1, trước gói của cùng đơn vị đã nhận tại đây (tạo lúc %2): nếu nhận sẽ đưa trở lại những gì bên gửi đã thay đổi sau đó. Không có gì được nhận; hãy đề nghị bên gửi gửi gói mới nhất.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="114" />
            <source>The signing key (.p12) cannot be used: it cannot be read, its password is wrong, or it lacks the certificate. Check the file and its password.</source>
            <translation>Không dùng được khóa ký (.p12): không đọc được tệp, sai mật khẩu, hoặc tệp không có chứng thư. Hãy kiểm tra tệp và mật khẩu.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="118" />
            <source>“%1” is not a stage: use submitted, appraised, explained, final or locked.</source>
            <translation>“%1” không phải là một bước: hãy dùng submitted (đã nộp), appraised (đã thẩm định vòng 1), explained (đã giải trình), final (đã thẩm định cuối) hoặc locked (đã chốt).</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="122" />
            <source>Your account %1 may not lock or reopen a sheet: only an administrator's account may. Nothing was changed.</source>
            <translation>Tài khoản %1 không được chốt hoặc mở lại bảng điểm: chỉ tài khoản quản trị mới được làm việc này. Chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="124" />
            <source>Your account %1 may not move this sheet to that stage: the unit's account submits and explains, an appraiser's account finishes round 1 and the final appraisal, an administrator's account locks and reopens. Nothing was changed.</source>
            <translation>Tài khoản %1 không được chuyển bảng điểm sang bước đó: tài khoản của đơn vị gửi tự đánh giá và gửi giải trình, tài khoản thẩm định hoàn thành thẩm định vòng 1 và thẩm định cuối cùng, tài khoản quản trị chốt và mở lại. Chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="128" />
            <source>Your account %1 may not change the appraisal: only an appraiser's or an administrator's account may. The stored value is kept.</source>
            <translation>Tài khoản %1 không được sửa điểm thẩm định: chỉ tài khoản thẩm định hoặc tài khoản quản trị mới được sửa. Giá trị đã lưu được giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="131" />
            <source>Your account %1 may not change this: only the account of the sheet's own unit (or an administrator's) may change its self-assessment, explanations, notes and evidence. The stored value is kept.</source>
            <translation>Tài khoản %1 không được sửa nội dung này: chỉ tài khoản của chính đơn vị có bảng điểm (hoặc tài khoản quản trị) mới được sửa điểm tự đánh giá, giải trình, ghi chú và tài liệu kiểm chứng. Giá trị đã lưu được giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="135" />
            <source>Your account %1 may not add or remove users or prepare the database: connect as the database's owner (the account that ran “cchc server init”).</source>
            <translation>Tài khoản %1 không được thêm, xóa người dùng hay chuẩn bị cơ sở dữ liệu: hãy kết nối bằng tài khoản chủ sở hữu cơ sở dữ liệu (tài khoản đã chạy “cchc server init”).</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="138" />
            <source>Your account %1 may not change criteria sets, units, campaigns or settings: only an administrator's account may. Nothing was changed.</source>
            <translation>Tài khoản %1 không được sửa bộ tiêu chí, danh sách đơn vị, đợt đánh giá hay các thiết lập: chỉ tài khoản quản trị mới được sửa. Chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="141" />
            <source>Your account may not make this change on the server. Nothing was changed; ask the office's administrator.</source>
            <translation>Tài khoản của bạn không được thực hiện thay đổi này trên máy chủ. Chưa có gì bị thay đổi; hãy hỏi người quản trị của cơ quan.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="144" />
            <source>There is no CCHC Desktop account named %1 on this database.</source>
            <translation>Cơ sở dữ liệu này không có tài khoản CCHC Desktop nào tên %1.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="146" />
            <source>This sheet has not entered the appraisal cycle: round 1 and the explanations open once it is submitted.</source>
            <translation>Bảng điểm này chưa vào quy trình thẩm định: điểm thẩm định vòng 1 và phần giải trình chỉ mở sau khi bảng điểm được nộp.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="148" />
            <source>This sheet is at the drafting stage: only the self-assessment and the notes can be changed now.</source>
            <translation>Bảng điểm đang ở bước tự đánh giá: lúc này chỉ sửa được điểm tự đánh giá và ghi chú.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="150" />
            <source>This sheet has been submitted: only the round 1 appraisal can be changed now.</source>
            <translation>Bảng điểm đã được nộp: lúc này chỉ sửa được điểm thẩm định vòng 1.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="152" />
            <source>This sheet has been appraised (round 1): only the unit's explanations can be changed now.</source>
            <translation>Bảng điểm đã được thẩm định vòng 1: lúc này chỉ sửa được phần giải trình của đơn vị.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="154" />
            <source>The unit has sent its explanations: only the final appraisal can be changed now.</source>
            <translation>Đơn vị đã gửi giải trình: lúc này chỉ sửa được điểm thẩm định cuối cùng.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="156" />
            <source>The final appraisal is done: nothing can be changed now. Lock the sheet, or go back a stage with a reason.</source>
            <translation>Đã thẩm định xong: lúc này không sửa được gì nữa. Hãy chốt bảng điểm, hoặc quay lại bước trước và ghi rõ lý do.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="161" />
            <source>Stages go one step at a time: drafting, submitted, appraised, explained, final, locked. This sheet is at “%1”.</source>
            <translation>Các bước đi lần lượt từng bước: tự đánh giá, đã nộp, đã thẩm định vòng 1, đã giải trình, đã thẩm định cuối, đã chốt. Bảng điểm này đang ở bước “%1”.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="164" />
            <source>This sheet is at its first stage: there is no stage before it to go back to.</source>
            <translation>Bảng điểm đang ở bước đầu tiên: không còn bước nào trước đó để quay lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="167" />
            <source>Going back a stage needs a reason: type why it must change.</source>
            <translation>Quay lại bước trước cần có lý do: hãy ghi rõ vì sao phải sửa.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="169" />
            <source>This sheet is in the appraisal cycle at “%1”: it can be locked (chốt) only after the final appraisal.</source>
            <translation>Bảng điểm đang trong quy trình thẩm định, ở bước “%1”: chỉ chốt được sau khi đã thẩm định cuối cùng.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="173" />
            <source>“%1” is %2; an evidence file may be at most %3. Scan it at a lower resolution or split it into several files, then attach them.</source>
            <translation>Tệp “%1” có dung lượng %2; mỗi tệp tài liệu kiểm chứng chỉ được tối đa %3. Hãy quét lại với độ phân giải thấp hơn hoặc tách thành nhiều tệp rồi đính kèm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="177" />
            <source>%1 is a folder: attach the files in it one by one.</source>
            <translation>%1 là một thư mục: hãy đính kèm từng tệp trong thư mục đó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="179" />
            <source>The file %1 cannot be read. Check that it exists and is not open in another program, then try again.</source>
            <translation>Không đọc được tệp %1. Hãy kiểm tra tệp còn tồn tại và không đang mở trong chương trình khác, rồi thử lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="182" />
            <source>This sheet has no evidence file %1 there; the list of its evidence files shows the ones it has.</source>
            <translation>Bảng điểm không có tài liệu kiểm chứng %1 ở tiêu chí này; hãy xem danh sách tài liệu kiểm chứng của bảng điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="185" />
            <source>There are no sheets for %1 to rank. Create or import the units' sheets of that year first.</source>
            <translation>Chưa có bảng điểm nào của năm %1 để xếp hạng. Hãy tạo hoặc nhập bảng điểm của các đơn vị năm đó trước.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="188" />
            <source>%1: the file name must end in .xlsx or .pdf, which says what to write.</source>
            <translation>%1: tên tệp phải có đuôi .xlsx hoặc .pdf để chương trình biết cần ghi loại tệp nào.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="267" />
            <source>“%1” is not a grade: write it as FROM=NAME, e.g. 90=Tốt.</source>
            <translation>“%1” không phải là một mức xếp loại: hãy viết theo dạng TỪ=TÊN, ví dụ 90=Tốt.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="270" />
            <source>The grade “%1” starts at %2, above 100: the index is at most 100.</source>
            <translation>Mức xếp loại “%1” bắt đầu từ %2, lớn hơn 100: chỉ số cao nhất là 100.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="283" />
            <source>%1 is scored by a rule from its figures: give its figures (a percentage such as 96% or a ratio such as 45/50), not its score.</source>
            <translation>Tiêu chí %1 được chấm theo quy định từ số liệu: hãy nhập số liệu (tỷ lệ phần trăm như 96% hoặc tỷ số như 45/50), không nhập điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="337" />
            <source>%5 changed the %2 of %1 at %6, after you began: it is now %3, not %4. Your entry was not saved and the sheet shows the value stored now; enter yours again if it should replace it.</source>
            <translation>%5 đã sửa %2 của tiêu chí %1 lúc %6, sau khi anh/chị bắt đầu nhập: giá trị hiện là %3, không còn là %4. Giá trị anh/chị nhập chưa được lưu và bảng điểm đang hiện giá trị đã lưu; nếu vẫn muốn thay, hãy nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="341" />
            <source>Someone else changed the %2 of %1 after you began: it is now %3, not %4. Your entry was not saved and the sheet shows the value stored now; enter yours again if it should replace it.</source>
            <translation>Người khác đã sửa %2 của tiêu chí %1 sau khi anh/chị bắt đầu nhập: giá trị hiện là %3, không còn là %4. Giá trị anh/chị nhập chưa được lưu và bảng điểm đang hiện giá trị đã lưu; nếu vẫn muốn thay, hãy nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="364" />
            <source>These rows of the file match no criterion of the criteria set “%1”: %2. Check their numbers, or choose the set the file was made for.</source>
            <translation>Các dòng sau của tệp không khớp với tiêu chí nào của bộ tiêu chí “%1”: %2. Hãy kiểm tra lại số thứ tự, hoặc chọn đúng bộ tiêu chí mà tệp được lập theo.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="452" />
            <source>The database server %1 cannot be reached. Check that the server computer is on and connected to the office network, and the address and port; nothing was changed.</source>
            <translation>Không kết nối được máy chủ cơ sở dữ liệu %1. Hãy kiểm tra máy chủ đã bật và đang nối mạng nội bộ của cơ quan, kiểm tra địa chỉ và cổng; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="457" />
            <source>%1 is not a server address this program understands. Write it as postgresql://user@host:port/database.</source>
            <translation>%1 không phải địa chỉ máy chủ mà phần mềm hiểu được. Hãy viết theo dạng postgresql://tên_người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="461" />
            <source>The server %1 refused the user name or password. Check them with whoever manages the server; nothing was changed.</source>
            <translation>Máy chủ %1 không chấp nhận tên người dùng hoặc mật khẩu. Hãy kiểm tra lại với người quản trị máy chủ; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="465" />
            <source>The server of %1 has no database named “%2”. Check the name, or ask whoever manages the server to create it; nothing was changed.</source>
            <translation>Máy chủ của %1 không có cơ sở dữ liệu tên “%2”. Hãy kiểm tra lại tên, hoặc đề nghị người quản trị máy chủ tạo cơ sở dữ liệu này; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="470" />
            <source>%1 is a database on a server: this program keeps no backups of it. Whoever manages the server backs it up (pg_dump); to keep a sheet of your own, send it as a .cchc package.</source>
            <translation>%1 là cơ sở dữ liệu trên máy chủ: phần mềm không tự sao lưu cơ sở dữ liệu này. Người quản trị máy chủ sao lưu bằng pg_dump; muốn giữ riêng một bảng điểm, hãy gửi bảng điểm đó thành tệp .cchc.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="542" />
            <source>The file is not a readable PDF: it may be damaged, or not a PDF at all.</source>
            <translation>Không đọc được tệp PDF: tệp có thể bị hỏng, hoặc không phải là tệp PDF.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="545" />
            <source>This PDF carries no score sheet data: it was not printed by CCHC Desktop, or the data was removed.</source>
            <translation>Tệp PDF này không chứa dữ liệu bảng điểm: tệp không được in từ CCHC Desktop, hoặc dữ liệu đã bị xóa.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="549" />
            <source>The score sheet data inside the PDF is damaged, so the PDF cannot be checked.</source>
            <translation>Dữ liệu bảng điểm trong tệp PDF bị hỏng nên không kiểm tra được tệp PDF.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="553" />
            <source>The score sheet data cannot be read, so it cannot be checked. Details: %1</source>
            <translation>Không đọc được dữ liệu bảng điểm nên không kiểm tra được. Chi tiết: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="557" />
            <source>Several sheets in this database match the PDF: choose the sheet to compare it with.</source>
            <translation>Có nhiều bảng điểm trong cơ sở dữ liệu khớp với tệp PDF: hãy chọn bảng điểm cần đối chiếu.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="561" />
            <source>The certificate file cannot be opened: the password is wrong, or the file is not a PKCS#12 (.p12/.pfx) certificate.</source>
            <translation>Không mở được tệp chứng thư số: mật khẩu không đúng, hoặc tệp không phải là chứng thư số PKCS#12 (.p12/.pfx).</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="564" />
            <source>The PDF could not be signed. Details: %1</source>
            <translation>Không ký số được tệp PDF. Chi tiết: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="567" />
            <source>Importing a table of criteria needs its name, year and level, and the file does not give them: %1.</source>
            <translation>Nhập bảng tiêu chí cần có tên, năm và cấp áp dụng, nhưng tệp không ghi các thông tin này: %1.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="575" />
            <source>A criteria set is exported to a .json or an .xlsx file: choose a file name ending in .json or .xlsx.</source>
            <translation>Bộ tiêu chí được xuất ra tệp .json hoặc .xlsx: hãy chọn tên tệp có đuôi .json hoặc .xlsx.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="579" />
            <source>The file cannot be written: it may be open in another program, or the folder is read-only. Close it or choose another folder. Details: %1</source>
            <translation>Không ghi được tệp: có thể tệp đang mở trong một chương trình khác, hoặc thư mục chỉ cho đọc. Hãy đóng tệp hoặc chọn thư mục khác. Chi tiết: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="583" />
            <source>There is no such criteria set in this database.</source>
            <translation>Không có bộ tiêu chí này trong cơ sở dữ liệu.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="585" />
            <source>“%1” cannot be deleted: %2 sheet(s) are scored against it. Delete those sheets first, or keep the set.</source>
            <translation>Không xóa được “%1”: có %2 bảng điểm đang chấm theo bộ tiêu chí này. Hãy xóa các bảng điểm đó trước, hoặc giữ lại bộ tiêu chí.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="589" />
            <source>“%1” is built into the program and cannot be deleted.</source>
            <translation>“%1” là bộ tiêu chí có sẵn trong phần mềm, không xóa được.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="592" />
            <source>%1 is a unit of another level than this criteria set. Choose a set made for its level.</source>
            <translation>%1 là đơn vị thuộc cấp khác với bộ tiêu chí này. Hãy chọn bộ tiêu chí dành cho cấp của đơn vị.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="596" />
            <source>There is no unit named %1: add it to the list of units first.</source>
            <translation>Chưa có đơn vị tên %1: hãy thêm đơn vị này vào danh sách đơn vị trước.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="599" />
            <source>%1 cannot merge into %2: %2 would then be its own predecessor.</source>
            <translation>Không thể sáp nhập %1 vào %2: khi đó %2 sẽ trở thành đơn vị tiền thân của chính nó.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="603" />
            <source>There are no units of that level in the list of units: add them first.</source>
            <translation>Danh sách đơn vị chưa có đơn vị nào thuộc cấp này: hãy thêm đơn vị trước.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="606" />
            <source>This criteria set is made for units of another level: choose a set of the level the sheets are for.</source>
            <translation>Bộ tiêu chí này dành cho đơn vị thuộc cấp khác: hãy chọn bộ tiêu chí đúng cấp của các bảng điểm cần tạo.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="616" />
            <source>Cell %1 of the workbook holds a value, but a score table ends at row %2 and column %3. Delete what is in that cell (and anything else beyond the table) in Excel, save, and import again.</source>
            <translation>Ô %1 của tệp Excel có dữ liệu, nhưng bảng điểm chỉ đến dòng %2 và cột %3. Hãy xóa dữ liệu trong ô đó (và mọi dữ liệu khác nằm ngoài bảng) trong Excel, lưu lại rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="620" />
            <source>The workbook unpacks to far more data than a score table holds, so it was not opened: it is damaged or not a score table. Check that you chose the right file.</source>
            <translation>Tệp Excel này khi giải nén lớn hơn rất nhiều so với một bảng điểm nên không được mở: tệp bị hỏng hoặc không phải là bảng điểm. Hãy kiểm tra lại xem đã chọn đúng tệp chưa.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="716" />
            <source>The file holds no score table: no header row starting with STT was found. Choose the file with the score table, or add its header row (STT, criterion, ĐIỂM CHUẨN, scores).</source>
            <translation>Tệp không có bảng điểm: không tìm thấy dòng tiêu đề bắt đầu bằng STT. Hãy chọn đúng tệp có bảng điểm, hoặc thêm dòng tiêu đề (STT, tiêu chí, ĐIỂM CHUẨN, các cột điểm).</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="721" />
            <source>The file has a header row but no criterion rows under it. Check that you chose the right file.</source>
            <translation>Tệp có dòng tiêu đề nhưng không có dòng tiêu chí nào bên dưới. Hãy kiểm tra lại đã chọn đúng tệp chưa.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="726" />
            <source>The file is empty. Choose the file that holds the score table.</source>
            <translation>Tệp trống. Hãy chọn tệp có bảng điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="729" />
            <source>Line %1: the file is not UTF-8 text. Save it as UTF-8 (Unicode) text, for example with Notepad's “Save as”, and import again.</source>
            <translation>Dòng %1: tệp không phải văn bản mã UTF-8. Hãy lưu tệp ở dạng UTF-8 (Unicode), ví dụ bằng “Save as” (Lưu thành) của Notepad, rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="731" />
            <source>The file's text encoding cannot be read. Save it as UTF-8 (Unicode) text, for example with Notepad's “Save as”, and import again.</source>
            <translation>Không đọc được bảng mã của tệp. Hãy lưu tệp ở dạng UTF-8 (Unicode), ví dụ bằng “Save as” (Lưu thành) của Notepad, rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="735" />
            <source>Line %1, criterion %2: the note is too long (a note may have at most %3 characters). Shorten it in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: ghi chú quá dài (tối đa %3 ký tự). Hãy rút gọn trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="740" />
            <source>The file is not a text table: it holds binary data. Choose a .txt table or an .xlsx workbook.</source>
            <translation>Tệp không phải bảng điểm dạng văn bản (tệp chứa dữ liệu nhị phân). Hãy chọn tệp .txt hoặc tệp Excel .xlsx.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="744" />
            <source>The file cannot be read. Check that it still exists, that its disk or USB drive is connected and that it is not locked by another program, then try again.</source>
            <translation>Không đọc được tệp. Hãy kiểm tra tệp vẫn còn, ổ đĩa hoặc USB chứa tệp đã được kết nối và tệp không bị chương trình khác khóa, rồi thử lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="750" />
            <source>Row %1 of the workbook holds a formula. In Excel copy the table and paste it back as values only (Paste Special → Values), save, and import again.</source>
            <translation>Dòng %1 của tệp Excel có công thức. Trong Excel, hãy sao chép bảng rồi dán lại chỉ lấy giá trị (Paste Special → Values), lưu tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="753" />
            <source>The workbook holds a formula. In Excel copy the table and paste it back as values only (Paste Special → Values), save, and import again.</source>
            <translation>Tệp Excel có công thức. Trong Excel, hãy sao chép bảng rồi dán lại chỉ lấy giá trị (Paste Special → Values), lưu tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="757" />
            <source>Row %1 of the workbook holds a value that is neither text nor a number (such as TRUE or FALSE). Correct it in Excel and import again.</source>
            <translation>Dòng %1 của tệp Excel có ô không phải chữ cũng không phải số (ví dụ TRUE hoặc FALSE). Hãy sửa trong Excel rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="759" />
            <source>The workbook holds a value that is neither text nor a number (such as TRUE or FALSE). Correct it in Excel and import again.</source>
            <translation>Tệp Excel có ô không phải chữ cũng không phải số (ví dụ TRUE hoặc FALSE). Hãy sửa trong Excel rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="763" />
            <source>Cells %1 are merged inside the table. Unmerge them in Excel and import again.</source>
            <translation>Các ô %1 trong bảng đang bị gộp. Hãy bỏ gộp ô (Unmerge) trong Excel rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="768" />
            <source>Row %1 of the workbook is hidden in Excel but holds values; a hidden score would count without anyone seeing it. Unhide the row or delete it in Excel, and import again.</source>
            <translation>Dòng %1 của tệp Excel đang bị ẩn nhưng có dữ liệu; điểm ở dòng ẩn sẽ được tính mà không ai nhìn thấy. Hãy bỏ ẩn hoặc xóa dòng đó trong Excel rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="773" />
            <source>Column %4 of the workbook is hidden in Excel but holds values; row %1 is the first with a value in it. Unhide the column or delete it in Excel, and import again.</source>
            <translation>Cột %4 của tệp Excel đang bị ẩn nhưng có dữ liệu; Dòng %1 là dòng đầu tiên có dữ liệu trong cột này. Hãy bỏ ẩn hoặc xóa cột đó trong Excel rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="778" />
            <source>The workbook has no visible sheet. In Excel, unhide the sheet that holds the score table and import again.</source>
            <translation>Tệp Excel không có trang tính nào đang hiển thị. Hãy bỏ ẩn trang tính chứa bảng điểm trong Excel rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="782" />
            <source>Line %1, criterion %2: the text holds invisible direction-override characters, which make it show in another order than it is stored. Type the text again in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: nội dung có ký tự ẩn điều khiển hướng chữ, khiến chữ hiển thị theo thứ tự khác với nội dung thực tế. Hãy gõ lại nội dung đó trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="787" />
            <source>Line %1, criterion %2: the title is %3 characters long; a criterion title has at most %4. Shorten it in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: tên tiêu chí dài %3 ký tự, trong khi tên tiêu chí chỉ được dài tối đa %4 ký tự. Hãy rút gọn trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="792" />
            <source>Line %1, criterion %2: the text is %3 characters long; a cell of a score table has at most %4. Shorten it in the file and import again.</source>
            <translation>Dòng %1, tiêu chí %2: nội dung dài %3 ký tự, trong khi mỗi ô của bảng điểm chỉ được dài tối đa %4 ký tự. Hãy rút gọn trong tệp rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="795" />
            <source>Line %1: the text is %3 characters long; a cell of a score table has at most %4. Check that you chose the right file.</source>
            <translation>Dòng %1: nội dung dài %3 ký tự, trong khi mỗi ô của bảng điểm chỉ được dài tối đa %4 ký tự. Hãy kiểm tra lại xem đã chọn đúng tệp chưa.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="800" />
            <source>Line %1: the row has more than %4 columns; a score table has only a few. Check that you chose the right file.</source>
            <translation>Dòng %1: hàng này có hơn %4 cột, trong khi bảng điểm chỉ có vài cột. Hãy kiểm tra lại xem đã chọn đúng tệp chưa.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="804" />
            <source>The file is not a readable Excel workbook (.xlsx). Open it in Excel, save it again as an .xlsx workbook, and import again.</source>
            <translation>Tệp không phải tệp Excel (.xlsx) đọc được. Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="193" />
            <source>The file cannot be imported: %1</source>
            <translation>Không nhập được tệp: %1</translation>
        </message>
    </context>
    <context>
        <name>NewSheetDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="50" />
            <source>New score sheet</source>
            <translation>Tạo bảng điểm mới</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="20" />
            <source>e.g. Huyện Phong Thổ</source>
            <translation>ví dụ: Huyện Phong Thổ</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="92" />
            <source>%1 (%2 criteria)</source>
            <translation>%1 (%2 tiêu chí)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="27" />
            <source>Unit:</source>
            <translation>Đơn vị:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="29" />
            <source>Year:</source>
            <translation>Năm:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="62" />
            <source>Level of the unit:</source>
            <translation>Cấp của đơn vị:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="63" />
            <source>Criteria framework:</source>
            <translation>Bộ tiêu chí:</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="117" />
            <source>Area %1</source>
            <translation>Lĩnh vực %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="118" />
            <source>Rank</source>
            <translation>Xếp hạng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="118" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="89" />
            <location filename="../cchc_desktop/ui/overview.py" line="118" />
            <source>Self-assessment</source>
            <translation>Tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="89" />
            <source>Outside the cycle</source>
            <translation>Ngoài quy trình</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="90" />
            <source>Submitted, round 1</source>
            <translation>Đã gửi, thẩm định vòng 1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="90" />
            <source>Appraised, explaining</source>
            <translation>Đã thẩm định, đang giải trình</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="91" />
            <source>Explained, final appraisal</source>
            <translation>Đã giải trình, thẩm định lần cuối</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="91" />
            <source>Final</source>
            <translation>Đã có kết quả cuối cùng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="92" />
            <source>Locked</source>
            <translation>Đã chốt</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="119" />
            <source>Appraisal</source>
            <translation>Thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="119" />
            <source>Applicable maximum</source>
            <translation>Tối đa áp dụng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="120" />
            <source>Index</source>
            <translation>Chỉ số</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="120" />
            <source>Grade</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="120" />
            <source>Missing evidence</source>
            <translation>Thiếu minh chứng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="121" />
            <source>Progress</source>
            <translation>Tiến độ chấm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="121" />
            <source>Stage</source>
            <translation>Giai đoạn</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="126" />
            <source>Sub-criteria scored / sub-criteria that apply</source>
            <translation>Số tiêu chí thành phần đã chấm / số tiêu chí thành phần được áp dụng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="128" />
            <source>Self-scored sub-criteria with neither an evidence file nor an explanation</source>
            <translation>Số tiêu chí thành phần đã tự chấm điểm nhưng chưa có tài liệu kiểm chứng hoặc giải trình</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="151" />
            <source>Nothing is entered in this column yet: ranked after every scored unit.</source>
            <translation>Chưa có điểm nào ở cột này: xếp sau tất cả các đơn vị đã có điểm.</translation>
        </message>
    </context>
    <context>
        <name>OverviewWindow</name>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="505" />
            <source>Export the ranking to Excel</source>
            <translation>Xuất bảng xếp hạng ra Excel</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="505" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="507" />
            <source>Export the ranking as PDF</source>
            <translation>Xuất bảng xếp hạng ra PDF</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="507" />
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="524" />
            <source>The file could not be written: %1. Choose another folder or file name.</source>
            <translation>Không ghi được tệp: %1. Hãy chọn thư mục hoặc tên tệp khác.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="529" />
            <source>Saved the ranking in %1.</source>
            <translation>Đã lưu bảng xếp hạng vào %1.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="558" />
            <source>Overview</source>
            <translation>Tổng hợp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="567" />
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="568" />
            <source>&amp;Rank by:</source>
            <translation>&amp;Xếp hạng theo:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="569" />
            <source>Appraisal score</source>
            <translation>Điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="570" />
            <source>Self-assessment score</source>
            <translation>Điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="571" />
            <source>Find a unit by name, e.g. khong lao</source>
            <translation>Tìm đơn vị theo tên, ví dụ: khong lao</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="572" />
            <source>Export to &amp;Excel…</source>
            <translation>Xuất ra &amp;Excel…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="573" />
            <source>Export as &amp;PDF…</source>
            <translation>Xuất ra &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="574" />
            <source>Largest &amp;shortfalls…</source>
            <translation>Tiêu chí &amp;mất điểm nhiều nhất…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="575" />
            <source>The ten criteria on which the units together lost most points</source>
            <translation>Mười tiêu chí mà các đơn vị cộng lại bị mất nhiều điểm nhất</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="576" />
            <source>&amp;Across the years…</source>
            <translation>&amp;Qua các năm…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="577" />
            <source>The selected unit's sheets over the years, per area and per criterion, its predecessors' included</source>
            <translation>Bảng điểm của đơn vị đang chọn qua các năm, theo lĩnh vực và theo tiêu chí, kể cả của các đơn vị trước sáp nhập</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="579" />
            <source>Compare this unit across the years…</source>
            <translation>So sánh đơn vị này qua các năm…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="580" />
            <source>Index by unit</source>
            <translation>Chỉ số theo đơn vị</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="581" />
            <source>Areas of the selected unit</source>
            <translation>Các lĩnh vực của đơn vị đang chọn</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="582" />
            <source>The selected unit over the years</source>
            <translation>Đơn vị đang chọn qua các năm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="591" />
            <source>Overview and ranking</source>
            <translation>Tổng hợp và xếp hạng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="593" />
            <source>Overview and ranking, %1: %2 units</source>
            <translation>Tổng hợp và xếp hạng năm %1: %2 đơn vị</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="135" />
            <location filename="../cchc_desktop/ui/print_preview.py" line="576" />
            <location filename="../cchc_desktop/ui/print_preview.py" line="627" />
            <source>Print preview</source>
            <translation>Xem trước khi in</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="181" />
            <source>Score columns</source>
            <translation>Cột điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="182" />
            <source>Self-assessment</source>
            <translation>Điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="184" />
            <source>Appraisal</source>
            <translation>Điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="190" />
            <source>Add the list of evidence files</source>
            <translation>Kèm danh mục tài liệu kiểm chứng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="193" />
            <source>An annex after the sheet: each evidence file with its criterion, size and SHA-256</source>
            <translation>Phụ lục sau bảng điểm: từng tài liệu kiểm chứng với tiêu chí, dung lượng và mã SHA-256</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="198" />
            <source>Orientation</source>
            <translation>Hướng giấy</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="199" />
            <source>Portrait</source>
            <translation>Khổ dọc</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="200" />
            <source>Landscape</source>
            <translation>Khổ ngang</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="212" />
            <source>One line each, the higher body first, e.g. UBND HUYỆN PHONG THỔ, then PHÒNG NỘI VỤ.</source>
            <translation>Mỗi dòng một cơ quan, cơ quan cấp trên trước, ví dụ: UBND HUYỆN PHONG THỔ, rồi PHÒNG NỘI VỤ.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="214" />
            <source>Issuing body:</source>
            <translation>Cơ quan ban hành:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="218" />
            <source>Title:</source>
            <translation>Tiêu đề:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="221" />
            <source>Place:</source>
            <translation>Địa danh:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="223" />
            <source>Print the date</source>
            <translation>In ngày tháng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="225" />
            <source>Without a date, the sheet leaves blanks to fill in by hand.</source>
            <translation>Nếu không in ngày, bảng điểm để trống để ghi tay.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="233" />
            <source>Date:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="236" />
            <source>Signers</source>
            <translation>Người ký</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="239" />
            <source>Role</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="240" />
            <source>Name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="243" />
            <source>Separate two role lines with “/”, e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH.</source>
            <translation>Ngăn cách hai dòng chức vụ bằng dấu “/”, ví dụ: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="245" />
            <source>Add signer</source>
            <translation>Thêm người ký</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="247" />
            <source>Remove signer</source>
            <translation>Bỏ người ký</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="264" />
            <source>Recipients (Nơi nhận), one per line</source>
            <translation>Nơi nhận, mỗi dòng một nơi</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="306" />
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="308" />
            <source>Save as PDF…</source>
            <translation>Lưu thành PDF…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="310" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="418" />
            <source>Choose at least one score column to print.</source>
            <translation>Hãy chọn ít nhất một cột điểm để in.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="452" />
            <source>Updating the preview…</source>
            <translation>Đang cập nhật bản xem trước…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="473" />
            <source>Fingerprint (SHA-256): %1</source>
            <translation>Mã kiểm tra (SHA-256): %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="519" />
            <source>Finalized (chốt) on %1: the scores cannot be changed.</source>
            <translation>Đã chốt ngày %1: không sửa được điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="522" />
            <source>Reopen…</source>
            <translation>Mở lại…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="524" />
            <source>Not finalized: the scores can still be changed.</source>
            <translation>Chưa chốt: điểm vẫn sửa được.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="526" />
            <source>Finalize (chốt)…</source>
            <translation>Chốt bảng điểm…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="533" />
            <source>Reopen the sheet</source>
            <translation>Mở lại bảng điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="534" />
            <source>Why must the finalized sheet change? The reason and your name are recorded.</source>
            <translation>Vì sao phải sửa bảng điểm đã chốt? Lý do và tên người mở lại được ghi lại.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="541" />
            <source>Finalize the sheet</source>
            <translation>Chốt bảng điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="542" />
            <source>Finalize (chốt) this sheet? Its scores are locked until someone reopens it with a reason.</source>
            <translation>Chốt bảng điểm này? Điểm sẽ bị khóa cho đến khi có người mở lại kèm lý do.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="582" />
            <source>Score sheet %1 %2.pdf</source>
            <translation>Bảng điểm %1 %2.pdf</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="589" />
            <source>Save as PDF</source>
            <translation>Lưu thành PDF</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="591" />
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="619" />
            <source>Print score sheet</source>
            <translation>In bảng điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/print_preview.py" line="628" />
            <source>The printer could not be started. Check that it is switched on and chosen correctly.</source>
            <translation>Không khởi động được máy in. Hãy kiểm tra máy in đã bật và được chọn đúng.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/not_applicable.py" line="14" />
            <source>Not applicable</source>
            <translation>Không áp dụng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/not_applicable.py" line="16" />
            <source>Why does %1 (%2) not apply to this unit this year? The reason is kept in the sheet's history.</source>
            <translation>Vì sao tiêu chí %1 (%2) không áp dụng cho đơn vị trong năm đánh giá? Lý do được lưu trong lịch sử thay đổi của bảng điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/not_applicable.py" line="22" />
            <source>e.g. Không được giao chỉ tiêu</source>
            <translation>Ví dụ: Không được giao chỉ tiêu</translation>
        </message>
    </context>
    <context>
        <name>RenameUnitDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="116" />
            <source>Rename the unit</source>
            <translation>Đổi tên đơn vị</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="122" />
            <source>New name:</source>
            <translation>Tên mới:</translation>
        </message>
    </context>
    <context>
        <name>ScoreDelegate</name>
        <message>
            <location filename="../cchc_desktop/ui/score_delegate.py" line="150" />
            <source>Not saved: %1</source>
            <translation>Chưa lưu: %1</translation>
        </message>
    </context>
    <context>
        <name>SheetExists</name>
        <message>
            <location filename="../cchc_desktop/ui/messages.py" line="356" />
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="136" />
            <source>There is already a sheet for %1 for the year %2. A unit is scored once a year: open that sheet to work on it.</source>
            <translation>Đã có bảng điểm của %1 năm %2. Mỗi đơn vị chỉ có một bảng điểm cho mỗi năm: hãy mở bảng điểm đó để làm việc.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="139" />
            <source>CCHC Desktop</source>
            <translation>CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_dialogs.py" line="142" />
            <source>&amp;Open that sheet</source>
            <translation>&amp;Mở bảng điểm đó</translation>
        </message>
    </context>
    <context>
        <name>SheetTreeModel</name>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="196" />
            <source>No.</source>
            <translation>STT</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="197" />
            <source>Area / criterion / sub-criterion</source>
            <translation>Lĩnh vực / Tiêu chí / Tiêu chí thành phần</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="198" />
            <source>Maximum</source>
            <translation>Điểm chuẩn</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="199" />
            <source>Self-assessment</source>
            <translation>Điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="200" />
            <source>Appraisal</source>
            <translation>Điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="200" />
            <source>Final appraisal</source>
            <translation>Thẩm định cuối cùng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="201" />
            <source>Difference</source>
            <translation>Chênh lệch</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="202" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="203" />
            <source>Round 1</source>
            <translation>Thẩm định vòng 1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="204" />
            <source>Explanation</source>
            <translation>Giải trình</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="209" />
            <source>The maximum score of the criterion</source>
            <translation>Điểm chuẩn (điểm tối đa) của tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="210" />
            <source>The unit's self-assessment score</source>
            <translation>Điểm tự đánh giá của đơn vị</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="211" />
            <source>The appraised score</source>
            <translation>Điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="212" />
            <source>Appraisal minus self-assessment</source>
            <translation>Điểm thẩm định trừ điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="213" />
            <source>The appraisal's first round</source>
            <translation>Điểm thẩm định vòng 1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="214" />
            <source>The unit's explanation of its score</source>
            <translation>Giải trình của đơn vị về điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="339" />
            <source>Not applicable</source>
            <translation>Không áp dụng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="346" />
            <source>%1: missing evidence — it has a self-assessment score but neither an evidence file nor an explanation. Attach a file (drop it on the row) or explain the score.</source>
            <translation>%1: thiếu minh chứng — đã có điểm tự đánh giá nhưng chưa có tài liệu kiểm chứng hay giải trình. Hãy đính kèm tệp (kéo thả vào dòng) hoặc giải trình điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="351" />
            <source>Not applicable: %1</source>
            <translation>Không áp dụng: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="354" />
            <source>%1. %2 — bonus points (điểm thưởng): added to the total, up to %3, outside the maximum the index is measured against</source>
            <translation>%1. %2 — điểm thưởng: cộng vào tổng điểm, tối đa %3 điểm, ngoài thang điểm dùng để tính chỉ số</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="357" />
            <source>%1. %2 — deduction (điểm trừ): its points are taken off the total, up to %3</source>
            <translation>%1. %2 — điểm trừ: số điểm này bị trừ vào tổng điểm, tối đa %3 điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="363" />
            <source>%1: not scored yet</source>
            <translation>%1: chưa chấm điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="365" />
            <source>%1: the subtotal is over the maximum of %2</source>
            <translation>%1: tổng điểm vượt quá điểm chuẩn %2</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="368" />
            <source>The appraisal is lower than the self-assessment</source>
            <translation>Điểm thẩm định thấp hơn điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="370" />
            <source>The appraisal is higher than the self-assessment</source>
            <translation>Điểm thẩm định cao hơn điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="378" />
            <source>Computed from the sub-criteria</source>
            <translation>Cộng từ các tiêu chí thành phần</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="400" />
            <source>%1: pick one of the rule's options</source>
            <translation>%1: chọn một phương án chấm điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="401" />
            <source>%1: type the figures (a percentage such as 96%, or a ratio such as 45/50); the rule computes the score</source>
            <translation>%1: nhập số liệu (tỷ lệ như 96%, hoặc tỷ số như 45/50); điểm được tính theo quy định chấm điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="405" />
            <source>Figures: %1 → %2</source>
            <translation>Số liệu: %1 → %2 điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/tree_model.py" line="459" />
            <source>%1 is scored by a rule: type its figures as a percentage (such as 96%) or a ratio (such as 45/50), not the score.</source>
            <translation>Tiêu chí %1 được chấm theo quy định: hãy nhập số liệu dưới dạng tỷ lệ phần trăm (như 96%) hoặc tỷ số (như 45/50), không nhập điểm.</translation>
        </message>
    </context>
    <context>
        <name>SheetTreeView</name>
        <message>
            <location filename="../cchc_desktop/ui/sheet_view.py" line="273" />
            <source>This column is not typed in: choose a self-assessment, appraisal or note cell.</source>
            <translation>Cột này không nhập được: hãy chọn ô điểm tự đánh giá, điểm thẩm định hoặc ghi chú.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_view.py" line="355" />
            <source>Select a self-assessment or appraisal cell of a sub-criterion to paste into.</source>
            <translation>Hãy chọn ô điểm tự đánh giá hoặc điểm thẩm định của một tiêu chí thành phần để dán vào.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_view.py" line="377" />
            <source>%1 is computed from its sub-criteria: select a sub-criterion to paste into.</source>
            <translation>Điểm của %1 được cộng từ các tiêu chí thành phần: hãy chọn một tiêu chí thành phần để dán vào.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_view.py" line="380" />
            <source>The clipboard holds no numbers to paste.</source>
            <translation>Bộ nhớ tạm không có số nào để dán.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_view.py" line="382" />
            <source>The clipboard has %1 lines but only %2 sub-criteria follow from %3.</source>
            <translation>Bộ nhớ tạm có %1 dòng nhưng từ %3 trở xuống chỉ còn %2 tiêu chí thành phần.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_view.py" line="385" />
            <source>Line %1 has %2 values but there are only %3 score columns from here.</source>
            <translation>Dòng %1 có %2 giá trị nhưng từ cột này chỉ còn %3 cột điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_view.py" line="387" />
            <source>Line %1 (%2): %3</source>
            <translation>Dòng %1 (%2): %3</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_view.py" line="394" />
            <source>Nothing was pasted: one value cannot be a score.</source>
            <translation>Chưa dán điểm nào: có một giá trị không dùng được làm điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_view.py" line="396" />
            <source>Nothing was pasted: %1 values cannot be scores.</source>
            <translation>Chưa dán điểm nào: có %1 giá trị không dùng được làm điểm.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/sheet_view.py" line="399" />
            <source>… and %1 more.</source>
            <translation>… và %1 giá trị khác.</translation>
        </message>
    </context>
    <context>
        <name>ShortfallDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="273" />
            <source>Largest shortfalls, %1</source>
            <translation>Tiêu chí mất điểm nhiều nhất, năm %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="277" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="277" />
            <source>Criterion</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="277" />
            <source>Maximum</source>
            <translation>Điểm tối đa</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="278" />
            <source>Points lost in all</source>
            <translation>Tổng số điểm bị mất</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="278" />
            <source>Units that lost most</source>
            <translation>Đơn vị mất điểm nhiều nhất</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="284" />
            <source>and %1 more</source>
            <translation>và %1 đơn vị khác</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/overview.py" line="297" />
            <source>No unit lost points on a scored criterion.</source>
            <translation>Không đơn vị nào bị mất điểm ở tiêu chí đã chấm.</translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <location filename="../cchc_desktop/ui/startup.py" line="87" />
            <location filename="../cchc_desktop/app.py" line="51" />
            <location filename="../cchc_desktop/app.py" line="65" />
            <location filename="../cchc_desktop/app.py" line="180" />
            <source>CCHC Desktop</source>
            <translation>CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/app.py" line="52" />
            <source>Password for %1:</source>
            <translation>Mật khẩu của %1:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/app.py" line="62" />
            <source>There is no database file at
%1

If the path was mistyped, choose the right file. Create a new, empty database there only if you mean to start afresh.</source>
            <translation>Không có tệp cơ sở dữ liệu tại
%1

Nếu gõ nhầm đường dẫn, hãy chọn đúng tệp. Chỉ tạo cơ sở dữ liệu mới, trống tại đó nếu bạn muốn bắt đầu lại từ đầu.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/app.py" line="68" />
            <source>&amp;Create a new database</source>
            <translation>&amp;Tạo cơ sở dữ liệu mới</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/app.py" line="71" />
            <source>C&amp;hoose another file…</source>
            <translation>&amp;Chọn tệp khác…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/app.py" line="74" />
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/app.py" line="84" />
            <source>Open a database</source>
            <translation>Mở cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/app.py" line="85" />
            <source>CCHC databases (*.db);;All files (*)</source>
            <translation>Cơ sở dữ liệu CCHC (*.db);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/startup.py" line="88" />
            <location filename="../cchc_desktop/app.py" line="181" />
            <source>The database %1 cannot be opened.

%2</source>
            <translation>Không mở được cơ sở dữ liệu %1.

%2</translation>
        </message>
    </context>
    <context>
        <name>SuccessionDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="57" />
            <source>Record a merger</source>
            <translation>Ghi nhận sáp nhập</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="59" />
            <source>Tick the units that merged:</source>
            <translation>Đánh dấu các đơn vị được sáp nhập:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="76" />
            <source>&amp;Into:</source>
            <translation>Sáp nhập &amp;vào:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="77" />
            <source>&amp;From:</source>
            <translation>&amp;Từ ngày:</translation>
        </message>
    </context>
    <context>
        <name>SummaryBar</name>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="120" />
            <source>Self-assessment total</source>
            <translation>Tổng điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="120" />
            <source>Self-assessment</source>
            <translation>Tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="121" />
            <source>Appraisal total</source>
            <translation>Tổng điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="121" />
            <source>Appraisal</source>
            <translation>Thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="129" />
            <source>bonus +%1</source>
            <translation>điểm thưởng +%1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="131" />
            <source>deduction −%1</source>
            <translation>điểm trừ −%1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="136" />
            <source>Rounding each sub-criterion first: %1</source>
            <translation>Nếu làm tròn từng tiêu chí thành phần: %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="149" />
            <source>Scored: self %1, appraisal %2 of %3 sub-criteria</source>
            <translation>Đã chấm: tự đánh giá %1, thẩm định %2 / %3 tiêu chí thành phần</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="152" />
            <source>Appraised %1/%2</source>
            <translation>Đã thẩm định %1/%2</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="160" />
            <location filename="../cchc_desktop/ui/summary_bar.py" line="161" />
            <source>%1 without evidence</source>
            <translation>%1 thiếu minh chứng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="169" />
            <source>including %1</source>
            <translation>trong đó %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="195" />
            <source>Sum of every entered score: self-assessment %1, appraisal %2</source>
            <translation>Cộng tất cả điểm đã nhập: tự đánh giá %1, thẩm định %2</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="221" />
            <source>Index: self-assessment %1, appraisal %2</source>
            <translation>Chỉ số: tự đánh giá %1, thẩm định %2</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="223" />
            <source>Index %1</source>
            <translation>Chỉ số %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="226" />
            <source>applicable maximum %1</source>
            <translation>tổng điểm tối đa áp dụng %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="235" />
            <source>Stage: self-assessment</source>
            <translation>Bước: tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="236" />
            <source>Stage: submitted, round 1 open</source>
            <translation>Bước: đã nộp, đang thẩm định vòng 1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="237" />
            <source>Stage: appraised, explanations open</source>
            <translation>Bước: đã thẩm định vòng 1, đang giải trình</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="238" />
            <source>Stage: explained, final appraisal open</source>
            <translation>Bước: đã giải trình, đang thẩm định cuối cùng</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="239" />
            <source>Stage: final, ready to lock</source>
            <translation>Bước: đã thẩm định xong, sẵn sàng chốt</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/summary_bar.py" line="240" />
            <source>Stage: locked</source>
            <translation>Bước: đã chốt</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../cchc_desktop/ui/overview_charts.py" line="185" />
            <source>%1: the index year by year</source>
            <translation>%1: chỉ số qua từng năm</translation>
        </message>
    </context>
    <context>
        <name>UnitComparisonDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="133" />
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2/%3)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="135" />
            <source>%1 across the years</source>
            <translation>%1 qua các năm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="149" />
            <source>appraisal</source>
            <translation>Điểm thẩm định</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="149" />
            <source>self-assessment</source>
            <translation>Điểm tự đánh giá</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="150" />
            <source>Scores (%1) of %2 sheets: %3.</source>
            <translation>%1 của %2 bảng điểm: %3.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="154" />
            <source>Shaded years are the sheets of units merged into this one (predecessors): %1.</source>
            <translation>Các năm tô nền là bảng điểm của đơn vị đã sáp nhập vào đơn vị này (đơn vị trước sáp nhập): %1.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="162" />
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="229" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="162" />
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="229" />
            <source>Criterion</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="162" />
            <source>Maximum</source>
            <translation>Điểm chuẩn</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="164" />
            <source>Change %1–%2</source>
            <translation>Tăng/giảm %1–%2</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="169" />
            <source>The sheet of %1, merged into this unit</source>
            <translation>Bảng điểm của %1, đã sáp nhập vào đơn vị này</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="191" />
            <source>Final total</source>
            <translation>Tổng điểm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="193" />
            <source>Index (out of 100)</source>
            <translation>Chỉ số (trên 100)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="195" />
            <source>Grade</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="220" />
            <source>Double-click to open the %1 sheet</source>
            <translation>Nhấn đúp để mở bảng điểm năm %1</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="229" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="229" />
            <source>Why</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="232" />
            <source>Another year's set has this code under another title</source>
            <translation>Bộ tiêu chí của năm khác có mã này nhưng tên tiêu chí khác</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="233" />
            <source>Another year's set has no criterion with this code</source>
            <translation>Bộ tiêu chí của năm khác không có tiêu chí mang mã này</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="249" />
            <source>◀ &amp;Previous unit</source>
            <translation>◀ Đơn vị &amp;trước</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="250" />
            <source>&amp;Next unit ▶</source>
            <translation>Đơn vị &amp;sau ▶</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="251" />
            <source>The unit above in the overview's list</source>
            <translation>Đơn vị ở dòng trên trong danh sách tổng hợp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="252" />
            <source>The unit below in the overview's list</source>
            <translation>Đơn vị ở dòng dưới trong danh sách tổng hợp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="257" />
            <source>By area</source>
            <translation>Theo lĩnh vực</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="258" />
            <source>By criterion (%1 matching)</source>
            <translation>Theo tiêu chí (%1 tiêu chí khớp)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/unit_comparison.py" line="260" />
            <source>Not compared (%1)</source>
            <translation>Không so sánh được (%1)</translation>
        </message>
    </context>
    <context>
        <name>UnitFieldsDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="34" />
            <source>e.g. UBND tỉnh Lai Châu (printed in document headers)</source>
            <translation>ví dụ: UBND tỉnh Lai Châu (in ở phần đầu văn bản)</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="36" />
            <source>&amp;Name:</source>
            <translation>&amp;Tên đơn vị:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="37" />
            <source>&amp;Level:</source>
            <translation>&amp;Cấp:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="38" />
            <source>&amp;Code:</source>
            <translation>&amp;Mã:</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="39" />
            <source>&amp;Body above it:</source>
            <translation>Cơ quan cấp &amp;trên:</translation>
        </message>
    </context>
    <context>
        <name>UnitsDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="134" />
            <source>Units</source>
            <translation>Danh sách đơn vị</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="138" />
            <source>Name</source>
            <translation>Tên đơn vị</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="138" />
            <source>Level</source>
            <translation>Cấp</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="138" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="139" />
            <source>Body above it</source>
            <translation>Cơ quan cấp trên</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="139" />
            <source>Merged into</source>
            <translation>Đã sáp nhập vào</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="140" />
            <source>Formed from</source>
            <translation>Hình thành từ</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="149" />
            <source>&amp;Add…</source>
            <translation>&amp;Thêm…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="151" />
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="153" />
            <source>Record a &amp;merger…</source>
            <translation>Ghi nhận sáp &amp;nhập…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="155" />
            <source>Create the year's &amp;sheets…</source>
            <translation>Tạo bảng điểm &amp;cả năm…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="157" />
            <source>An empty sheet for every unit of a level, for one year, against one criteria set</source>
            <translation>Tạo bảng điểm trống cho mọi đơn vị cùng cấp trong một năm, theo một bộ tiêu chí</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="159" />
            <source>Units merged into one (the 2025 reorganisation): the new unit's history then includes their sheets</source>
            <translation>Các đơn vị được sáp nhập thành một (sắp xếp đơn vị hành chính năm 2025): lịch sử của đơn vị mới sẽ gồm cả các bảng điểm của những đơn vị này</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="214" />
            <source>Add a unit</source>
            <translation>Thêm đơn vị</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="223" />
            <source>Edit a unit</source>
            <translation>Sửa thông tin đơn vị</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/units_dialog.py" line="272" />
            <source>%1 sheets of %2 created; %3 units already had one and were skipped.</source>
            <translation>Đã tạo %1 bảng điểm năm %2; %3 đơn vị đã có bảng điểm nên được giữ nguyên.</translation>
        </message>
    </context>
    <context>
        <name>UserNameDialog</name>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="168" />
            <source>Name recorded with your changes</source>
            <translation>Họ tên ghi kèm các thay đổi</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="169" />
            <source>This name is written in the history beside every change made from now on, together with the Windows user (%1). Leave it empty to record only the Windows user.</source>
            <translation>Họ tên này được ghi vào lịch sử kèm theo mỗi thay đổi từ nay về sau, cùng với tài khoản Windows (%1). Để trống nếu chỉ cần ghi tài khoản Windows.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/history_dialog.py" line="178" />
            <source>e.g. Nguyễn Văn An</source>
            <translation>ví dụ: Nguyễn Văn An</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <location filename="../cchc_desktop/ui/welcome.py" line="65" />
            <source>Welcome to CCHC Desktop</source>
            <translation>Chào mừng bạn đến với CCHC Desktop</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/welcome.py" line="67" />
            <source>Make the score sheet of your unit for the year just ended, or bring in a score table you already have. The sheet shown below, “Huyện Phong Thổ (mẫu)”, is an example (mẫu): a real appraised sheet to try the program on. Every change is saved as you type.</source>
            <translation>Hãy tạo bảng điểm của đơn vị mình cho năm vừa qua, hoặc nhập bảng điểm đã có từ tệp. Bảng điểm bên dưới, “Huyện Phong Thổ (mẫu)”, là bảng điểm mẫu: một bảng điểm thật đã được thẩm định, dùng để làm quen với phần mềm. Mọi thay đổi được lưu ngay khi nhập.</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/welcome.py" line="70" />
            <source>&amp;Create a sheet…</source>
            <translation>&amp;Tạo bảng điểm mới…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/welcome.py" line="71" />
            <source>I&amp;mport a score table…</source>
            <translation>&amp;Nhập bảng điểm từ tệp…</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/welcome.py" line="72" />
            <source>Look at the &amp;example sheet</source>
            <translation>&amp;Xem bảng điểm mẫu</translation>
        </message>
        <message>
            <location filename="../cchc_desktop/ui/welcome.py" line="73" />
            <source>Close this panel</source>
            <translation>Đóng khung này</translation>
        </message>
    </context>
</TS>
