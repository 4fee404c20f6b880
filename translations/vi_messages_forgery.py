"""Vietnamese texts of the output-file, note-length and title-length refusals, keyed by (context, English source)."""

VI_FORGERY = {
    ("Messages", "%1 is the database, part of it or one of its backups: saving the PDF there would destroy it. "
                 "Choose another file name ending in .pdf; nothing was changed."):
        "%1 là cơ sở dữ liệu, một phần của nó hoặc một bản sao lưu của nó: lưu tệp PDF vào đó sẽ làm hỏng dữ liệu. "
        "Hãy chọn tên tệp khác có đuôi .pdf; chưa có gì bị thay đổi.",
    ("Messages", "%1 already exists and is not a PDF, so it was not overwritten. Choose another file name ending "
                 "in .pdf."):
        "%1 đã có và không phải tệp PDF nên không bị ghi đè. Hãy chọn tên tệp khác có đuôi .pdf.",
    ("Messages", "%1 is a folder: give a file name for the PDF."):
        "%1 là một thư mục: hãy đặt tên tệp cho bản PDF.",
    ("Messages", "The note for %1 is too long: a note may have at most %2 characters. Shorten it, or keep the "
                 "long text in a separate document."):
        "Ghi chú của tiêu chí %1 quá dài: mỗi ghi chú có tối đa %2 ký tự. Hãy rút gọn, hoặc để phần nội dung "
        "dài trong một văn bản riêng.",
    ("Messages", "Line %1, criterion %2: the note is too long (a note may have at most %3 characters). Shorten "
                 "it in the file and import again."):
        "Dòng %1, tiêu chí %2: ghi chú quá dài (tối đa %3 ký tự). Hãy rút gọn trong tệp rồi nhập lại.",
}
