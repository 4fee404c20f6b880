"""Vietnamese texts of the refusals that had only the generic message before the catalogue (issue 10), by source."""

VI_CATALOGUE = {
    # A typed score, the criteria tree and the index's grades.
    ("Messages", "“%1” is not a score column: use self or appraisal."):
        "“%1” không phải là cột điểm: hãy dùng self (tự đánh giá) hoặc appraisal (thẩm định).",
    ("Messages", "“%1” is not a criterion code; codes look like 1, 1.2 or 1.2.3."):
        "“%1” không phải là mã tiêu chí; mã tiêu chí có dạng 1, 1.2 hoặc 1.2.3.",
    ("Messages", "Criterion %1 appears twice in the criteria set; each criterion may appear only once."):
        "Tiêu chí %1 xuất hiện hai lần trong bộ tiêu chí; mỗi tiêu chí chỉ được có một lần.",
    ("Messages", "The maximum score of %1 is negative."):
        "Điểm chuẩn của tiêu chí %1 là số âm.",
    ("Messages", "Criterion %1 has no parent: there is no criterion %2."):
        "Tiêu chí %1 không có tiêu chí cha: không có tiêu chí %2.",
    ("Messages", "The criteria set has no criteria."):
        "Bộ tiêu chí không có tiêu chí nào.",
    ("Messages", "“%1” is not a kind of criterion: use score, bonus or deduction."):
        "“%1” không phải là loại tiêu chí: hãy dùng score (chấm điểm), bonus (điểm thưởng) hoặc deduction "
        "(điểm trừ).",
    ("Messages", "The list of grades is empty: give at least one grade, starting from 0."):
        "Danh sách xếp loại đang trống: hãy khai báo ít nhất một mức xếp loại, bắt đầu từ 0.",
    ("Messages", "The grade starting at %1 has no name: give it one."):
        "Mức xếp loại bắt đầu từ %1 chưa có tên: hãy đặt tên cho mức này.",
    ("Messages", "A grade cannot start below 0 (%1)."):
        "Mức xếp loại không được bắt đầu dưới 0 (%1).",
    ("Messages", "Two grades start at %1: each grade needs its own lower bound."):
        "Có hai mức xếp loại cùng bắt đầu từ %1: mỗi mức phải bắt đầu từ một điểm khác nhau.",
    ("Messages", "No grade covers an index below %1: the lowest grade must start at 0."):
        "Không có mức xếp loại nào cho chỉ số dưới %1: mức thấp nhất phải bắt đầu từ 0.",
    ("Messages", "The list of grades cannot be read, so the criteria set may be damaged. Import the criteria set "
                 "again. Details: %1"):
        "Không đọc được danh sách xếp loại, có thể bộ tiêu chí đã bị hỏng. Hãy nhập lại bộ tiêu chí. Chi tiết: %1",
    # Scoring rules.
    ("Messages", "The figures are empty: type a percentage such as 94,9% or a ratio such as 45/50."):
        "Chưa nhập số liệu: hãy nhập tỷ lệ phần trăm, ví dụ 94,9%, hoặc một tỷ số, ví dụ 45/50.",
    ("Messages", "%1 has no scoring rule: type its score instead."):
        "Tiêu chí %1 không có cách tính điểm tự động: hãy nhập điểm trực tiếp.",
    ("Messages", "This criterion has no scoring rule: type its score instead."):
        "Tiêu chí này không có cách tính điểm tự động: hãy nhập điểm trực tiếp.",
    ("Messages", "“%1” is not one of the options: type a number from 1 to %2."):
        "“%1” không phải là một phương án: hãy nhập một số từ 1 đến %2.",
    ("Messages", "%1: choose one of the options, from 1 to %2."):
        "%1: hãy chọn một phương án, từ 1 đến %2.",
    ("Messages", "“%1” is a ratio, but this rule takes one figure, such as 94,9%."):
        "“%1” là một tỷ số, nhưng cách tính điểm này chỉ cần một số liệu, ví dụ 94,9%.",
    ("Messages", "%1: this rule takes one figure, not a ratio."):
        "%1: cách tính điểm này chỉ cần một số liệu, không phải một tỷ số.",
    ("Messages", "“%1” is one figure, but this rule takes two, such as 45/50."):
        "“%1” chỉ là một số liệu, nhưng cách tính điểm này cần hai số liệu, ví dụ 45/50.",
    ("Messages", "%1: this rule takes two figures, such as 45/50."):
        "%1: cách tính điểm này cần hai số liệu, ví dụ 45/50.",
    ("Messages", "%1: no band of the scoring rule covers %2, so the score cannot be worked out. Type the score by "
                 "hand."):
        "%1: không có mức nào của cách tính điểm ứng với %2 nên không tính được điểm. Hãy nhập điểm trực tiếp.",
    ("Messages", "%1: the benchmark for this year has not been entered, so the score cannot be worked out. Enter the "
                 "benchmark, or type the score by hand."):
        "%1: chưa nhập mức so sánh của năm này nên không tính được điểm. Hãy nhập mức so sánh, hoặc nhập điểm "
        "trực tiếp.",
    ("Messages", "%1: “%2” divides by 0; the second figure must be above 0."):
        "%1: “%2” có mẫu số bằng 0; số liệu thứ hai phải lớn hơn 0.",
    ("Messages", "The scoring rule cannot be read, so the criteria set may be damaged. Import the criteria set again. "
                 "Details: %1"):
        "Không đọc được cách tính điểm, có thể bộ tiêu chí đã bị hỏng. Hãy nhập lại bộ tiêu chí. Chi tiết: %1",
    # The database.
    ("Messages", "The database %1 does not exist. Choose the .db file again, or create a new database."):
        "Không có cơ sở dữ liệu %1. Hãy chọn lại tệp .db, hoặc tạo cơ sở dữ liệu mới.",
    ("Messages", "The database does not exist. Choose the .db file again, or create a new database."):
        "Không có cơ sở dữ liệu này. Hãy chọn lại tệp .db, hoặc tạo cơ sở dữ liệu mới.",
    # Workbooks too large to be a score table.
    ("Messages", "Cell %1 of the workbook holds a value, but a score table ends at row %2 and column %3. Delete what "
                 "is in that cell (and anything else beyond the table) in Excel, save, and import again."):
        "Ô %1 của tệp Excel có dữ liệu, nhưng bảng điểm chỉ đến dòng %2 và cột %3. Hãy xóa dữ liệu trong ô đó (và "
        "mọi dữ liệu khác nằm ngoài bảng) trong Excel, lưu lại rồi nhập lại.",
    ("Messages", "The workbook unpacks to far more data than a score table holds, so it was not opened: it is damaged "
                 "or not a score table. Check that you chose the right file."):
        "Tệp Excel này khi giải nén lớn hơn rất nhiều so với một bảng điểm nên không được mở: tệp bị hỏng hoặc "
        "không phải là bảng điểm. Hãy kiểm tra lại xem đã chọn đúng tệp chưa.",
    # A criteria set read from a table or from its own file.
    ("Messages", "Line %1: “%2” is not a criterion number the program can read; numbers look like I, 1, 1.2, a) or "
                 "đ). Correct it in the file and import again."):
        "Dòng %1: “%2” không phải là số thứ tự tiêu chí mà chương trình đọc được; số thứ tự có dạng I, 1, 1.2, a) "
        "hoặc đ). Hãy sửa trong tệp rồi nhập lại.",
    ("Messages", "Row %1 of the workbook holds a date where a criterion number should be: Excel turns numbers such as "
                 "1.1 into dates. Format the column as Text, type the numbers again, save, and import again."):
        "Dòng %1 của tệp Excel có một ngày tháng ở chỗ của số thứ tự tiêu chí: Excel tự đổi các số như 1.1 thành "
        "ngày tháng. Hãy định dạng cột đó là Text (Văn bản), gõ lại các số, lưu lại rồi nhập lại.",
    ("Messages", "The file is in the old Office format (.doc or .xls). Open it in Word or Excel, save it as a .docx or "
                 ".xlsx file, and import that file."):
        "Tệp ở định dạng Office cũ (.doc hoặc .xls). Hãy mở tệp bằng Word hoặc Excel, lưu thành tệp .docx hoặc "
        ".xlsx rồi nhập tệp đó.",
    ("Messages", "The file is not a readable Word (.docx) or Excel (.xlsx) file: it is damaged, or not really what its "
                 "name says. Open it in Word or Excel, save it again, and import again."):
        "Không đọc được tệp Word (.docx) hoặc Excel (.xlsx) này: tệp bị hỏng, hoặc không đúng loại như tên tệp. "
        "Hãy mở tệp bằng Word hoặc Excel, lưu lại rồi nhập lại.",
    ("Messages", "Row %1 of the criteria set file cannot be used: the file was changed by hand or damaged. Export the "
                 "set again from the program that holds it."):
        "Không dùng được dòng %1 của tệp bộ tiêu chí: tệp đã bị sửa tay hoặc bị hỏng. Hãy xuất lại bộ tiêu chí từ "
        "chương trình đang lưu bộ tiêu chí đó.",
    ("Messages", "The file is not a criteria set exported by CCHC Desktop, or it was changed by hand or damaged. "
                 "Export the set again from the program that holds it."):
        "Tệp này không phải là bộ tiêu chí do CCHC Desktop xuất ra, hoặc đã bị sửa tay hay bị hỏng. Hãy xuất lại "
        "bộ tiêu chí từ chương trình đang lưu bộ tiêu chí đó.",
    ("Messages", "The criteria set file was written by a newer version of CCHC Desktop. Install the newer version to "
                 "import it."):
        "Tệp bộ tiêu chí được tạo bởi phiên bản CCHC Desktop mới hơn. Hãy cài phiên bản mới hơn để nhập tệp này.",
    ("Messages", "The criteria set file was changed after it was exported (its check sum does not match its "
                 "content), so it was not imported. Export it again from the program that holds the set."):
        "Tệp bộ tiêu chí đã bị thay đổi sau khi xuất (mã kiểm tra không khớp với nội dung) nên không được nhập. "
        "Hãy xuất lại từ chương trình đang lưu bộ tiêu chí đó.",
    ("Messages", "Importing a table of criteria needs its name, year and level, and the file does not give them: %1."):
        "Nhập bảng tiêu chí cần có tên, năm và cấp áp dụng, nhưng tệp không ghi các thông tin này: %1.",
    ("Messages", "That is not a level a criteria set can be for: choose one of the levels offered."):
        "Đó không phải là cấp áp dụng của bộ tiêu chí: hãy chọn một trong các cấp có sẵn.",
    ("Messages", "A criteria set is exported to a .json or an .xlsx file: choose a file name ending in .json or "
                 ".xlsx."):
        "Bộ tiêu chí được xuất ra tệp .json hoặc .xlsx: hãy chọn tên tệp có đuôi .json hoặc .xlsx.",
    ("Messages", "The file cannot be written: it may be open in another program, or the folder is read-only. Close it "
                 "or choose another folder. Details: %1"):
        "Không ghi được tệp: có thể tệp đang mở trong một chương trình khác, hoặc thư mục chỉ cho đọc. Hãy đóng tệp "
        "hoặc chọn thư mục khác. Chi tiết: %1",
    ("Messages", "There is no such criteria set in this database."):
        "Không có bộ tiêu chí này trong cơ sở dữ liệu.",
    # Printed PDFs: checking and signing.
    ("Messages", "The file is not a readable PDF: it may be damaged, or not a PDF at all."):
        "Không đọc được tệp PDF: tệp có thể bị hỏng, hoặc không phải là tệp PDF.",
    ("Messages", "This PDF carries no score sheet data: it was not printed by CCHC Desktop, or the data was removed."):
        "Tệp PDF này không chứa dữ liệu bảng điểm: tệp không được in từ CCHC Desktop, hoặc dữ liệu đã bị xóa.",
    ("Messages", "The score sheet data inside the PDF is damaged, so the PDF cannot be checked."):
        "Dữ liệu bảng điểm trong tệp PDF bị hỏng nên không kiểm tra được tệp PDF.",
    ("Messages", "The score sheet data cannot be read, so it cannot be checked. Details: %1"):
        "Không đọc được dữ liệu bảng điểm nên không kiểm tra được. Chi tiết: %1",
    ("Messages", "Several sheets in this database match the PDF: choose the sheet to compare it with."):
        "Có nhiều bảng điểm trong cơ sở dữ liệu khớp với tệp PDF: hãy chọn bảng điểm cần đối chiếu.",
    ("Messages", "The certificate file cannot be opened: the password is wrong, or the file is not a PKCS#12 "
                 "(.p12/.pfx) certificate."):
        "Không mở được tệp chứng thư số: mật khẩu không đúng, hoặc tệp không phải là chứng thư số PKCS#12 "
        "(.p12/.pfx).",
    ("Messages", "There are no sheets for %1 to rank. Create or import the units' sheets of that year first."):
        "Chưa có bảng điểm nào của năm %1 để xếp hạng. Hãy tạo hoặc nhập bảng điểm của các đơn vị năm đó trước.",
    ("Messages", "%1: the file name must end in .xlsx or .pdf, which says what to write."):
        "%1: tên tệp phải có đuôi .xlsx hoặc .pdf để chương trình biết cần ghi loại tệp nào.",
    ("Messages", "The PDF could not be signed. Details: %1"):
        "Không ký số được tệp PDF. Chi tiết: %1",
}
