"""Vietnamese texts of sending and receiving .cchc packages in the window (branch exchangeui), keyed by (context, English source)."""

VI_EXCHANGEUI = {
    ('Messages', 'The package was refused and nothing was received: %1'):
        'Gói đã bị từ chối và không có gì được nhận: %1',
    ('Messages', 'This file is not a CCHC exchange package (.cchc), or it is damaged. Ask the sender to send the package again.'):
        'Tệp này không phải là gói trao đổi CCHC (.cchc), hoặc đã bị hỏng. Hãy đề nghị bên gửi gửi lại gói.',
    ('Messages', 'The package was made by a newer version of CCHC Desktop (format %1). Install the newer version to receive it; nothing was received.'):
        'Gói được tạo bởi phiên bản CCHC Desktop mới hơn (định dạng %1). Hãy cài phiên bản mới hơn để nhận; chưa có gì được nhận.',
    ('Messages', 'The package was made by a newer version of CCHC Desktop. Install the newer version to receive it; nothing was received.'):
        'Gói được tạo bởi phiên bản CCHC Desktop mới hơn. Hãy cài phiên bản mới hơn để nhận; chưa có gì được nhận.',
    ('Messages', "The package's contents list (manifest) is damaged or was changed by hand, so nothing was received. Ask the sender to send it again."):
        'Danh mục nội dung của gói (manifest) bị hỏng hoặc đã bị sửa tay, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.',
    ('Messages', 'The criteria set inside the package was changed after the package was made, so nothing was received. Ask the sender to send it again.'):
        'Bộ tiêu chí trong gói đã bị thay đổi sau khi gói được tạo, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.',
    ('Messages', 'The evidence file “%1” in the package was changed after the package was made, so nothing was received. Ask the sender to send it again.'):
        'Tệp minh chứng “%1” trong gói đã bị thay đổi sau khi gói được tạo, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.',
    ('Messages', 'A file in the package was changed after the package was made, so nothing was received. Ask the sender to send it again.'):
        'Một tệp trong gói đã bị thay đổi sau khi gói được tạo, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.',
    ('Messages', 'The package unpacks to far more data than a score sheet and its evidence can hold, so it was refused and nothing was received. Do not open it; ask the sender what they sent.'):
        'Khi giải nén, gói chứa nhiều dữ liệu hơn hẳn mức một bảng điểm và minh chứng có thể có, nên đã bị từ chối và không có gì được nhận. Đừng mở tệp này; hãy hỏi bên gửi đã gửi gì.',
    ('Messages', 'The package holds a file named “%1” that points outside the package, so it was refused and nothing was received. Ask the sender what they sent.'):
        'Gói chứa một tệp tên “%1” trỏ ra ngoài gói, nên đã bị từ chối và không có gì được nhận. Hãy hỏi bên gửi đã gửi gì.',
    ('Messages', 'The package holds the file “%1” twice, which a package made by CCHC Desktop never does; nothing was received. Ask the sender to send it again.'):
        'Gói chứa tệp “%1” hai lần, điều mà gói do CCHC Desktop tạo không bao giờ có; không có gì được nhận. Hãy đề nghị bên gửi gửi lại.',
    ('Messages', 'The package holds a file protected by a password, which a package made by CCHC Desktop never does; nothing was received. Ask the sender to send it again.'):
        'Gói chứa một tệp được bảo vệ bằng mật khẩu, điều mà gói do CCHC Desktop tạo không bao giờ có; không có gì được nhận. Hãy đề nghị bên gửi gửi lại.',
    ('Messages', "The package's signature does not match its contents: it was changed after it was signed, or the signature is damaged. Nothing was received; ask the sender to send it again."):
        'Chữ ký của gói không khớp với nội dung: gói đã bị thay đổi sau khi ký, hoặc chữ ký bị hỏng. Không có gì được nhận; hãy đề nghị bên gửi gửi lại.',
    ('Messages', 'The package holds a file (%1) that its contents list does not name, so nothing was received. Ask the sender to send it again.'):
        'Gói chứa một tệp (%1) không có tên trong danh mục nội dung, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.',
    ('Messages', 'An evidence file listed in the package is missing from it (%1), so nothing was received. Ask the sender to send it again.'):
        'Một tệp minh chứng có tên trong gói nhưng bị thiếu (%1), nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.',
    ('Messages', 'An evidence file of the package is damaged, so nothing was received. Ask the sender to send it again.'):
        'Một tệp minh chứng của gói bị hỏng, nên không có gì được nhận. Hãy đề nghị bên gửi gửi lại.',
    ('Messages', "The package differs from values entered here. Nothing was received: choose, criterion by criterion, whether to keep yours or take the package's."):
        'Gói khác với các giá trị đã nhập ở đây. Chưa có gì được nhận: hãy chọn, theo từng tiêu chí, giữ giá trị của mình hay lấy giá trị trong gói.',
    ('Messages', 'This unit already has a sheet for that year scored with another criteria set; scores of different criteria sets cannot be merged. Nothing was received.'):
        'Đơn vị này đã có bảng điểm của năm đó chấm theo một bộ tiêu chí khác; không thể gộp điểm của các bộ tiêu chí khác nhau. Không có gì được nhận.',
    ('Messages', 'The signing key (.p12) cannot be used: it cannot be read, its password is wrong, or it lacks the certificate. Check the file and its password.'):
        'Không dùng được khóa ký (.p12): không đọc được tệp, sai mật khẩu, hoặc tệp không có chứng thư. Hãy kiểm tra tệp và mật khẩu.',
    ('MainWindow', 'S&end…'):
        '&Gửi…',
    ('MainWindow', 'Write this sheet as a .cchc package to send to the other office (USB stick or e-mail)'):
        'Ghi bảng điểm này thành gói .cchc để gửi cho cơ quan kia (qua USB hoặc thư điện tử)',
    ('MainWindow', 'Re&ceive…'):
        'Nhận gói từ nơi &khác…',
    ('MainWindow', 'Take in a .cchc package sent by the other office'):
        'Nhận gói .cchc do cơ quan kia gửi đến',
    ('Exchange', 'Self-assessment'):
        'Điểm tự đánh giá',
    ('Exchange', 'Round 1 appraisal'):
        'Điểm thẩm định vòng 1',
    ('Exchange', 'Final appraisal'):
        'Điểm thẩm định cuối cùng',
    ('Exchange', 'Note'):
        'Ghi chú',
    ('Exchange', 'Explanation'):
        'Giải trình',
    ('Exchange', 'Receive %1: values differ'):
        'Nhận %1: có giá trị khác nhau',
    ('Exchange', "The package differs from this sheet in %1 place(s). Nothing has been received yet: choose for each whether to keep your value or take the package's."):
        'Gói khác với bảng điểm này ở %1 chỗ. Chưa có gì được nhận: với từng chỗ, hãy chọn giữ giá trị của mình hay lấy giá trị trong gói.',
    ('Exchange', 'Criterion'):
        'Tiêu chí',
    ('Exchange', 'What'):
        'Nội dung',
    ('Exchange', 'Yours'):
        'Của mình',
    ('Exchange', "The package's"):
        'Trong gói',
    ('Exchange', 'Keep'):
        'Giữ',
    ('Exchange', '(empty)'):
        '(trống)',
    ('Exchange', 'Keep all of &yours'):
        '&Giữ tất cả của mình',
    ('Exchange', "Take all of the &package's"):
        '&Lấy tất cả trong gói',
    ('Exchange', '&Receive'):
        '&Nhận',
    ('Exchange', 'Receive &nothing'):
        '&Không nhận gì',
    ('Exchange', 'Send the sheet as a package'):
        'Gửi bảng điểm thành gói',
    ('Exchange', 'CCHC packages (*.cchc)'):
        'Gói CCHC (*.cchc)',
    ('Exchange', 'Wrote %1 (SHA-256 %2…): send this file to the other office.'):
        'Đã ghi %1 (SHA-256 %2…): hãy gửi tệp này cho cơ quan kia.',
    ('Exchange', 'Receive a package'):
        'Nhận gói',
    ('Exchange', 'CCHC packages (*.cchc);;All files (*)'):
        'Gói CCHC (*.cchc);;Tất cả các tệp (*)',
    ('Exchange', '%1 was not received; nothing was changed.'):
        'Chưa nhận %1; không có gì bị thay đổi.',
    ('Exchange', 'Received %1: %2 value(s) taken, %3 of yours kept.'):
        'Đã nhận %1: lấy %2 giá trị, giữ %3 giá trị của mình.',
    ('Exchange', 'Signed by %1.'):
        'Người ký: %1.',
    ('MainWindow', '&Evidence files…'):
        '&Tài liệu kiểm chứng…',
    ('MainWindow', "List, attach, open or remove this sub-criterion's evidence files (tài liệu kiểm chứng)"):
        'Xem, đính kèm, mở hoặc gỡ tài liệu kiểm chứng của tiêu chí thành phần này',
    ('SheetTreeModel', '%1: missing evidence — it has a self-assessment score but neither an evidence file nor an explanation. Attach a file (drop it on the row) or explain the score.'):
        '%1: thiếu minh chứng — đã có điểm tự đánh giá nhưng chưa có tài liệu kiểm chứng hay giải trình. Hãy đính kèm tệp (kéo thả vào dòng) hoặc giải trình điểm.',
    ('SummaryBar', '%1 without evidence'):
        '%1 thiếu minh chứng',
    ('Evidence', 'Evidence files of %1'):
        'Tài liệu kiểm chứng của %1',
    ('Evidence', 'File'):
        'Tệp',
    ('Evidence', 'Size'):
        'Dung lượng',
    ('Evidence', 'Attached by'):
        'Người đính kèm',
    ('Evidence', 'When'):
        'Thời gian',
    ('Evidence', "No evidence file yet. Attach one, or drop files on the criterion's row in the sheet."):
        'Chưa có tài liệu kiểm chứng. Hãy đính kèm, hoặc kéo thả tệp vào dòng của tiêu chí trong bảng điểm.',
    ('Evidence', '&Attach a file…'):
        'Đính &kèm tệp…',
    ('Evidence', '&Open'):
        '&Mở',
    ('Evidence', '&Remove…'):
        '&Gỡ bỏ…',
    ('Evidence', 'Attach an evidence file to %1'):
        'Đính kèm tài liệu kiểm chứng cho %1',
    ('Evidence', 'Evidence files (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)'):
        'Tài liệu kiểm chứng (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif *.tiff);;Tất cả các tệp (*)',
    ('Evidence', 'A copy of the file could not be written to open it: %1'):
        'Không ghi được bản sao của tệp để mở: %1',
    ('Evidence', 'Remove an evidence file'):
        'Gỡ tài liệu kiểm chứng',
    ('Evidence', 'Remove “%1” from criterion %2? The removal is recorded in the history; attach the file again to put it back.'):
        'Gỡ “%1” khỏi tiêu chí %2? Việc gỡ được ghi vào lịch sử; muốn khôi phục, hãy đính kèm lại tệp.',
    ('Evidence', 'Attached %1 file(s) to %2 as evidence.'):
        'Đã đính kèm %1 tệp làm tài liệu kiểm chứng cho %2.',
    # Overrides vi_messages_stages: “&Bộ tiêu chí…” took the File menu's B first (tests/ui/test_i18n.py).
    ('MainWindow', 'Move to the ne&xt stage'):
        '&Chuyển sang bước tiếp theo',
    ('PrintPreview', 'Add the list of evidence files'):
        'Kèm danh mục tài liệu kiểm chứng',
    ('PrintPreview', 'An annex after the sheet: each evidence file with its criterion, size and SHA-256'):
        'Phụ lục sau bảng điểm: từng tài liệu kiểm chứng với tiêu chí, dung lượng và mã SHA-256',
}
