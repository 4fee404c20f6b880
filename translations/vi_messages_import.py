"""Vietnamese texts of importing a score table and of its refusals, keyed by (context, English source) like VI."""

VI_IMPORT = {
    # --- File menu and window ---------------------------------------------------------------
    ("MainWindow", "&Import a score table…"): "&Nhập bảng điểm từ tệp…",
    ("MainWindow", "Bring in a score table from a text file or an Excel workbook"):
        "Nhập bảng điểm từ tệp văn bản hoặc tệp Excel",
    ("MainWindow", "Import a score table"): "Nhập bảng điểm từ tệp",
    ("MainWindow", "Score tables (*.txt *.tsv *.xlsx);;Text tables (*.txt *.tsv);;Excel workbooks (*.xlsx);;"
                   "All files (*)"):
        "Bảng điểm (*.txt *.tsv *.xlsx);;Bảng điểm dạng văn bản (*.txt *.tsv);;Tệp Excel (*.xlsx);;"
        "Tất cả các tệp (*)",
    ("MainWindow", "Imported %1 into this sheet. The edit history was cleared: the import itself cannot be undone "
                   "with Ctrl+Z."):
        "Đã nhập %1 vào bảng điểm này. Lịch sử chỉnh sửa đã được xóa: không thể hoàn tác việc nhập bằng Ctrl+Z.",
    ("MainWindow", "Imported %1 as a new sheet."): "Đã nhập %1 thành bảng điểm mới.",
    ("MainWindow", "Imported %1 as a new sheet. Its criteria differ from every framework already in this "
                   "database, so they were saved as a new criteria framework."):
        "Đã nhập %1 thành bảng điểm mới. Các tiêu chí trong tệp khác với mọi bộ tiêu chí đã có trong cơ sở dữ liệu "
        "nên được lưu thành một bộ tiêu chí mới.",
    ("MainWindow", "This unit already has a sheet for that year and framework. To fill that sheet from the file, "
                   "open it, import again and choose “Into the current sheet”."):
        "Đơn vị này đã có bảng điểm của năm đó theo bộ tiêu chí này. Muốn điền bảng điểm đó từ tệp, hãy mở bảng "
        "điểm đó, nhập lại và chọn “Vào bảng điểm đang mở”.",
    ("MainWindow", "%1 was not imported; nothing was changed."): "Chưa nhập được tệp %1; dữ liệu không bị thay đổi.",
    # --- ImportDialog ----------------------------------------------------------------------
    ("ImportDialog", "Import a score table"): "Nhập bảng điểm từ tệp",
    ("ImportDialog", "File: %1"): "Tệp: %1",
    ("ImportDialog", "As a &new sheet"): "Thành bảng điểm &mới",
    ("ImportDialog", "Into the &current sheet"): "&Vào bảng điểm đang mở",
    ("ImportDialog", "No sheet is open."): "Chưa mở bảng điểm nào.",
    ("ImportDialog", "Into the &current sheet: %1, %2"): "&Vào bảng điểm đang mở: %1, năm %2",
    ("ImportDialog", "Only the score columns the file has are filled (for example the appraisal); the other "
                     "columns keep their scores. The criteria must be the same as the sheet's."):
        "Chỉ điền những cột điểm có trong tệp (ví dụ điểm thẩm định); các cột khác giữ nguyên điểm đã nhập. "
        "Các tiêu chí trong tệp phải giống các tiêu chí của bảng điểm.",
    ("ImportDialog", "&Import"): "&Nhập",
    # --- ImportWarningsDialog ----------------------------------------------------------------
    ("ImportWarningsDialog", "maximum score"): "điểm chuẩn",
    ("ImportWarningsDialog", "self-assessment"): "điểm tự đánh giá",
    ("ImportWarningsDialog", "appraisal"): "điểm thẩm định",
    ("ImportWarningsDialog", "(empty)"): "(để trống)",
    ("ImportWarningsDialog", "Line %1, total score (%3): the file says %4 but the criteria add up to %5; the sum of "
                             "the criteria is kept."):
        "Dòng %1, tổng điểm (%3): tệp ghi %4 nhưng cộng các tiêu chí được %5; phần mềm giữ kết quả cộng các tiêu chí.",
    ("ImportWarningsDialog", "Line %1, criterion %2: the file gives a maximum score of %4 but the maximum scores of "
                             "its sub-criteria add up to %5; the file's maximum is kept. Check the criteria "
                             "framework."):
        "Dòng %1, tiêu chí %2: tệp ghi điểm chuẩn %4 nhưng tổng điểm chuẩn các tiêu chí thành phần là %5; phần mềm "
        "giữ điểm chuẩn ghi trong tệp. Đề nghị kiểm tra lại bộ tiêu chí.",
    ("ImportWarningsDialog", "Line %1, criterion %2 (%3): the file says %4 but its sub-criteria add up to %5; the "
                             "sum of the sub-criteria is kept."):
        "Dòng %1, tiêu chí %2 (%3): tệp ghi %4 nhưng tổng các tiêu chí thành phần là %5; phần mềm giữ tổng các "
        "tiêu chí thành phần.",
    ("ImportWarningsDialog", "Check the imported sheet"): "Kiểm tra bảng điểm vừa nhập",
    ("ImportWarningsDialog", "The sheet was imported. In the rows below, a figure in the file differs from the sum "
                             "of its parts; each row says which figure was kept. Check them against the paper "
                             "copy. Rows to check: %1."):
        "Bảng điểm đã được nhập. Ở các dòng dưới đây, số ghi trong tệp khác với tổng các phần của nó; mỗi dòng "
        "cho biết phần mềm giữ số nào. Đề nghị đối chiếu với bản giấy. Số dòng cần kiểm tra: %1.",
    ("ImportWarningsDialog", "&Copy the list"): "&Sao chép danh sách",
    # --- Messages: store -----------------------------------------------------------------------
    ("Messages", "The database %1 is open in this program, so it cannot be replaced now. Close it first, then try "
                 "again; nothing was changed."):
        "Cơ sở dữ liệu %1 đang mở trong phần mềm này nên chưa thể thay thế. Hãy đóng nó trước rồi thử lại; dữ liệu "
        "không bị thay đổi.",
    ("Messages", "The database %1 cannot be opened for work: its folder cannot be written. Copy the database to a "
                 "folder of your own (such as Documents) and open that copy."):
        "Không thể mở cơ sở dữ liệu %1 để làm việc vì không ghi được vào thư mục chứa nó. Hãy sao chép cơ sở dữ "
        "liệu sang một thư mục của mình (ví dụ Documents) rồi mở bản sao đó.",
    ("Messages", "The database %1 is missing, but its log file is still there: the database was moved or deleted "
                 "without it. Put the .db file back next to its log file, or restore a backup; nothing was "
                 "changed."):
        "Không tìm thấy cơ sở dữ liệu %1 nhưng tệp nhật ký của nó vẫn còn: cơ sở dữ liệu đã bị di chuyển hoặc xóa "
        "mà không kèm tệp nhật ký. Hãy đặt lại tệp .db cạnh tệp nhật ký, hoặc khôi phục một bản sao lưu; dữ liệu "
        "không bị thay đổi.",
    ("Messages", "The database %1 cannot be read. Check that the disk is connected and that you may open the "
                 "file."):
        "Không đọc được cơ sở dữ liệu %1. Hãy kiểm tra ổ đĩa đã được kết nối và tài khoản của mình có quyền mở tệp.",
    ("Messages", "That backup does not exist. Open File → Backups to see the backups there are."):
        "Không có bản sao lưu đó. Vào Tệp → Sao lưu và khôi phục để xem các bản sao lưu hiện có.",
    # --- Messages: refused imports ---------------------------------------------------------------
    ("Messages", "TOTAL"): "Tổng điểm",
    ("Messages", "Line %1: the file has more than 20 000 criteria; a score table is never that large. Check that "
                 "you chose the right file."):
        "Dòng %1: tệp có hơn 20.000 tiêu chí, một bảng điểm không thể lớn như vậy. Hãy kiểm tra lại đã chọn đúng tệp "
        "chưa.",
    ("Messages", "The file is too large to be a score table. Check that you chose the right file."):
        "Tệp quá lớn, không phải là một bảng điểm. Hãy kiểm tra lại đã chọn đúng tệp chưa.",
    ("Messages", "Line %1, criterion %2: “%3” is not a number. Write a score such as 9,28 in the file and import "
                 "again."):
        "Dòng %1, tiêu chí %2: “%3” không phải là số. Hãy ghi điểm dạng 9,28 trong tệp rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: “%3” is negative; a score cannot be below 0. Correct it in the file and "
                 "import again."):
        "Dòng %1, tiêu chí %2: “%3” là số âm, điểm không được nhỏ hơn 0. Hãy sửa trong tệp rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: “%3” has a sign. Write the number alone, such as 9,28, and import again."):
        "Dòng %1, tiêu chí %2: “%3” có dấu cộng hoặc trừ. Hãy chỉ ghi số, ví dụ 9,28, rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: “%3” has more than 2 decimal places; scores are kept to the hundredth, such "
                 "as 9,28. Correct it in the file and import again."):
        "Dòng %1, tiêu chí %2: “%3” có hơn 2 chữ số thập phân; điểm chỉ lấy đến hai chữ số thập phân, ví dụ 9,28. "
        "Hãy sửa trong tệp rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: “%3” is too large to be a score. Correct it in the file and import again."):
        "Dòng %1, tiêu chí %2: “%3” quá lớn, không thể là điểm. Hãy sửa trong tệp rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: “%3” is written with an exponent. Write the number in full, such as 9,28, "
                 "and import again."):
        "Dòng %1, tiêu chí %2: “%3” được viết dạng lũy thừa. Hãy ghi đầy đủ chữ số, ví dụ 9,28, rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: “%3” has a thousands separator; a score has at most one comma, such as "
                 "9,28. Correct it in the file and import again."):
        "Dòng %1, tiêu chí %2: “%3” có dấu phân cách hàng nghìn; điểm chỉ có tối đa một dấu phẩy, ví dụ 9,28. Hãy "
        "sửa trong tệp rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: the score %3 is over its maximum score of %4. Correct the score in the file "
                 "and import again."):
        "Dòng %1, tiêu chí %2: điểm %3 vượt điểm chuẩn %4. Hãy sửa điểm trong tệp rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: the score %3 is below 0. Correct it in the file and import again."):
        "Dòng %1, tiêu chí %2: điểm %3 nhỏ hơn 0. Hãy sửa trong tệp rồi nhập lại.",
    ("Messages", "Line %1: the header row cannot be used. It needs the columns STT, the criterion, ĐIỂM CHUẨN and "
                 "at least one of ĐIỂM TỰ ĐÁNH GIÁ or ĐIỂM THẨM ĐỊNH, and every header row in the file must have "
                 "the same columns. Correct the header and import again."):
        "Dòng %1: dòng tiêu đề bảng không dùng được. Dòng tiêu đề cần có các cột STT, tiêu chí, ĐIỂM CHUẨN và ít "
        "nhất một trong hai cột ĐIỂM TỰ ĐÁNH GIÁ hoặc ĐIỂM THẨM ĐỊNH; mọi dòng tiêu đề trong tệp phải có cùng các "
        "cột. Hãy sửa dòng tiêu đề rồi nhập lại.",
    ("Messages", "Line %1: a score row comes before the header row. Put the header row (STT, criterion, ĐIỂM CHUẨN, "
                 "scores) above the table and import again."):
        "Dòng %1: có dòng điểm nằm trước dòng tiêu đề bảng. Hãy đặt dòng tiêu đề (STT, tiêu chí, ĐIỂM CHUẨN, các cột "
        "điểm) lên đầu bảng rồi nhập lại.",
    ("Messages", "Line %1: the row has no STT code. Write its code (such as 1.2.1), or delete the row, and import "
                 "again."):
        "Dòng %1: dòng này không có số thứ tự (STT). Hãy ghi số thứ tự (ví dụ 1.2.1) hoặc xóa dòng đó, rồi nhập lại.",
    ("Messages", "Line %1: “%2” is not a criterion code; codes look like 1, 1.2 or 1.2.3. Correct it and import "
                 "again."):
        "Dòng %1: “%2” không phải là số thứ tự của tiêu chí; số thứ tự có dạng 1, 1.2 hoặc 1.2.3. Hãy sửa lại rồi "
        "nhập lại.",
    ("Messages", "Line %1: criterion %2 appears a second time. Each criterion may appear only once: delete or "
                 "renumber the repeated row and import again."):
        "Dòng %1: tiêu chí %2 xuất hiện lần thứ hai. Mỗi tiêu chí chỉ được có một dòng: hãy xóa hoặc đánh số lại "
        "dòng bị trùng rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: the title contains invisible control characters. Type the title again and "
                 "import again."):
        "Dòng %1, tiêu chí %2: tên tiêu chí có ký tự điều khiển ẩn. Hãy gõ lại tên tiêu chí rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: the criterion has no title. Write its title and import again."):
        "Dòng %1, tiêu chí %2: tiêu chí chưa có tên. Hãy ghi tên tiêu chí rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: ĐIỂM CHUẨN (the maximum score) is empty. Write the maximum and import "
                 "again."):
        "Dòng %1, tiêu chí %2: cột ĐIỂM CHUẨN để trống. Hãy ghi điểm chuẩn rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: the row has only one column. Columns must be separated by tabs: copy the "
                 "table from Excel, or save it as tab-separated text, and import again."):
        "Dòng %1, tiêu chí %2: dòng này chỉ có một cột. Các cột phải cách nhau bằng phím Tab: hãy sao chép bảng từ "
        "Excel, hoặc lưu thành văn bản phân cách bằng Tab, rồi nhập lại.",
    ("Messages", "Line %1: criterion %2 has no parent: there is no row %3. Add that row or correct the code, and "
                 "import again."):
        "Dòng %1: tiêu chí %2 không có tiêu chí cha vì trong tệp không có dòng %3. Hãy thêm dòng đó hoặc sửa số thứ "
        "tự, rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: the maximum score is negative. Correct it and import again."):
        "Dòng %1, tiêu chí %2: điểm chuẩn là số âm. Hãy sửa lại rồi nhập lại.",
    ("Messages", "The file's criteria (codes or maximum scores) differ from the criteria of this sheet, so it cannot "
                 "be imported into it. Import it as a new sheet instead, or choose the file made for this sheet."):
        "Các tiêu chí trong tệp (số thứ tự hoặc điểm chuẩn) khác với các tiêu chí của bảng điểm này nên không nhập "
        "vào bảng điểm này được. Hãy nhập thành bảng điểm mới, hoặc chọn đúng tệp của bảng điểm này.",
    ("Messages", "The file holds no score table: no header row starting with STT was found. Choose the file with "
                 "the score table, or add its header row (STT, criterion, ĐIỂM CHUẨN, scores)."):
        "Tệp không có bảng điểm: không tìm thấy dòng tiêu đề bắt đầu bằng STT. Hãy chọn đúng tệp có bảng điểm, hoặc "
        "thêm dòng tiêu đề (STT, tiêu chí, ĐIỂM CHUẨN, các cột điểm).",
    ("Messages", "The file has a header row but no criterion rows under it. Check that you chose the right file."):
        "Tệp có dòng tiêu đề nhưng không có dòng tiêu chí nào bên dưới. Hãy kiểm tra lại đã chọn đúng tệp chưa.",
    ("Messages", "The file is empty. Choose the file that holds the score table."):
        "Tệp trống. Hãy chọn tệp có bảng điểm.",
    ("Messages", "Line %1: the file is not UTF-8 text. Save it as UTF-8 (Unicode) text, for example with Notepad's "
                 "“Save as”, and import again."):
        "Dòng %1: tệp không phải văn bản mã UTF-8. Hãy lưu tệp ở dạng UTF-8 (Unicode), ví dụ bằng “Save as” "
        "(Lưu thành) của Notepad, rồi nhập lại.",
    ("Messages", "The file's text encoding cannot be read. Save it as UTF-8 (Unicode) text, for example with "
                 "Notepad's “Save as”, and import again."):
        "Không đọc được bảng mã của tệp. Hãy lưu tệp ở dạng UTF-8 (Unicode), ví dụ bằng “Save as” (Lưu thành) "
        "của Notepad, rồi nhập lại.",
    ("Messages", "The file is not a text table: it holds binary data. Choose a .txt table or an .xlsx workbook."):
        "Tệp không phải bảng điểm dạng văn bản (tệp chứa dữ liệu nhị phân). Hãy chọn tệp .txt hoặc tệp Excel .xlsx.",
    ("Messages", "The file cannot be read. Check that it still exists, that its disk or USB drive is connected and "
                 "that it is not locked by another program, then try again."):
        "Không đọc được tệp. Hãy kiểm tra tệp vẫn còn, ổ đĩa hoặc USB chứa tệp đã được kết nối và tệp không bị chương "
        "trình khác khóa, rồi thử lại.",
    ("Messages", "Row %1 of the workbook holds a formula. In Excel copy the table and paste it back as values only "
                 "(Paste Special → Values), save, and import again."):
        "Dòng %1 của tệp Excel có công thức. Trong Excel, hãy sao chép bảng rồi dán lại chỉ lấy giá trị (Paste "
        "Special → Values), lưu tệp rồi nhập lại.",
    ("Messages", "The workbook holds a formula. In Excel copy the table and paste it back as values only (Paste "
                 "Special → Values), save, and import again."):
        "Tệp Excel có công thức. Trong Excel, hãy sao chép bảng rồi dán lại chỉ lấy giá trị (Paste Special → "
        "Values), lưu tệp rồi nhập lại.",
    ("Messages", "Row %1 of the workbook holds a value that is neither text nor a number (such as TRUE or FALSE). "
                 "Correct it in Excel and import again."):
        "Dòng %1 của tệp Excel có ô không phải chữ cũng không phải số (ví dụ TRUE hoặc FALSE). Hãy sửa trong Excel "
        "rồi nhập lại.",
    ("Messages", "The workbook holds a value that is neither text nor a number (such as TRUE or FALSE). Correct it "
                 "in Excel and import again."):
        "Tệp Excel có ô không phải chữ cũng không phải số (ví dụ TRUE hoặc FALSE). Hãy sửa trong Excel rồi nhập lại.",
    ("Messages", "Cells %1 are merged inside the table. Unmerge them in Excel and import again."):
        "Các ô %1 trong bảng đang bị gộp. Hãy bỏ gộp ô (Unmerge) trong Excel rồi nhập lại.",
    ("Messages", "The file is not a readable Excel workbook (.xlsx). Open it in Excel, save it again as an .xlsx "
                 "workbook, and import again."):
        "Tệp không phải tệp Excel (.xlsx) đọc được. Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại.",
    ("Messages", "The file cannot be imported: %1"): "Không nhập được tệp: %1",
}
