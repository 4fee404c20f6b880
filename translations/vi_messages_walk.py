"""Vietnamese texts of the print preview's background rendering, keyed by (context, English source) like VI."""

VI_WALK = {
    ("PrintPreview", "Updating the preview…"): "Đang cập nhật bản xem trước…",
}
