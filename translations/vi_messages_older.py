"""Vietnamese texts for a package older than the one already received."""

VI_OLDER = {
    ("Messages", "This package was made on %1, before the package from the same unit already received here (made on "
                 "%2): receiving it would bring back what the sender changed since. Nothing was received; ask the "
                 "sender for their latest package."):
        "Gói này được tạo lúc %1, trước gói của cùng đơn vị đã nhận tại đây (tạo lúc %2): nếu nhận sẽ đưa trở lại "
        "những gì bên gửi đã thay đổi sau đó. Không có gì được nhận; hãy đề nghị bên gửi gửi gói mới nhất.",
}
