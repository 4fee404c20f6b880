"""Floor for the window start: a bare PySide6 window with a 114-row QTreeView, shown, then quit."""

import sys

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

app = QApplication(sys.argv[:1])
model = QStandardItemModel(0, 4)
for row in range(114):
    model.appendRow([QStandardItem(f"{row}"), QStandardItem(f"Tiêu chí {row}"), QStandardItem("1,00"),
                     QStandardItem("0,75")])
window = QMainWindow()
view = QTreeView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()  # the app's screenshot mode renders the window too
app.quit()
