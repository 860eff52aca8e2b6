# Generated from ui/import_problems_dialog.ui by packaging/build_forms.py: do not edit.
# Edit the form with Qt Designer, then run `python packaging/build_forms.py`.
"""Compiled Qt Designer form ui/import_problems_dialog.ui (generated, do not edit)."""

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_problems_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportProblemsDialog(object):
    def setupUi(self, ImportProblemsDialog):
        if not ImportProblemsDialog.objectName():
            ImportProblemsDialog.setObjectName(u"ImportProblemsDialog")
        ImportProblemsDialog.resize(760, 440)
        self.mainLayout = QVBoxLayout(ImportProblemsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ImportProblemsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.problemsView = QTableView(ImportProblemsDialog)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsView)

        self.adviceLabel = QLabel(ImportProblemsDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.adviceLabel)

        self.buttonBox = QDialogButtonBox(ImportProblemsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ImportProblemsDialog)
        self.buttonBox.rejected.connect(ImportProblemsDialog.reject)

        QMetaObject.connectSlotsByName(ImportProblemsDialog)
    # setupUi

    def retranslateUi(self, ImportProblemsDialog):
        ImportProblemsDialog.setWindowTitle(QCoreApplication.translate("ImportProblemsDialog", u"The file was not imported", None))
#if QT_CONFIG(accessibility)
        self.problemsView.setAccessibleName(QCoreApplication.translate("ImportProblemsDialog", u"Problems found", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

