"""Vietnamese texts of the layout, search, paste-feedback and access-key polish (merged into vi_messages.py)."""

VI_POLISH = {
    ("MainWindow", "Your name in the &history…"): "Họ tên ghi trong &lịch sử…",
}

# Qt's own texts added by this work (the file dialog, its file-system model).
QT_VI_POLISH: dict[tuple[str, str], str] = {
}
