# Generated from ui/assign_zone_dialog.ui by packaging/build_forms.py: do not edit.
# Edit the form with Qt Designer, then run `python packaging/build_forms.py`.
"""Compiled Qt Designer form ui/assign_zone_dialog.ui (generated, do not edit)."""

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assign_zone_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_AssignZoneDialog(object):
    def setupUi(self, AssignZoneDialog):
        if not AssignZoneDialog.objectName():
            AssignZoneDialog.setObjectName(u"AssignZoneDialog")
        AssignZoneDialog.resize(560, 360)
        self.mainLayout = QVBoxLayout(AssignZoneDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.municipalityCaption = QLabel(AssignZoneDialog)
        self.municipalityCaption.setObjectName(u"municipalityCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.municipalityCaption)

        self.municipalityValue = QLabel(AssignZoneDialog)
        self.municipalityValue.setObjectName(u"municipalityValue")
        self.municipalityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.municipalityValue)

        self.currentZoneCaption = QLabel(AssignZoneDialog)
        self.currentZoneCaption.setObjectName(u"currentZoneCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currentZoneCaption)

        self.currentZoneValue = QLabel(AssignZoneDialog)
        self.currentZoneValue.setObjectName(u"currentZoneValue")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentZoneValue)

        self.zoneCaption = QLabel(AssignZoneDialog)
        self.zoneCaption.setObjectName(u"zoneCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.zoneCaption)

        self.zoneCombo = QComboBox(AssignZoneDialog)
        self.zoneCombo.setObjectName(u"zoneCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.sinceCheck = QCheckBox(AssignZoneDialog)
        self.sinceCheck.setObjectName(u"sinceCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sinceCheck)

        self.sinceDate = QDateEdit(AssignZoneDialog)
        self.sinceDate.setObjectName(u"sinceDate")
        self.sinceDate.setEnabled(False)
        self.sinceDate.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sinceDate)

        self.sinceHint = QLabel(AssignZoneDialog)
        self.sinceHint.setObjectName(u"sinceHint")
        self.sinceHint.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sinceHint)

        self.sourceCaption = QLabel(AssignZoneDialog)
        self.sourceCaption.setObjectName(u"sourceCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sourceCaption)

        self.sourceEdit = QLineEdit(AssignZoneDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.noteCaption = QLabel(AssignZoneDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteEdit = QPlainTextEdit(AssignZoneDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 100))
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(AssignZoneDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.zoneCaption.setBuddy(self.zoneCombo)
        self.sourceCaption.setBuddy(self.sourceEdit)
        self.noteCaption.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.zoneCombo, self.sinceCheck)
        QWidget.setTabOrder(self.sinceCheck, self.sinceDate)
        QWidget.setTabOrder(self.sinceDate, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.noteEdit)

        self.retranslateUi(AssignZoneDialog)
        self.buttonBox.accepted.connect(AssignZoneDialog.accept)
        self.buttonBox.rejected.connect(AssignZoneDialog.reject)
        self.sinceCheck.toggled.connect(self.sinceDate.setEnabled)

        QMetaObject.connectSlotsByName(AssignZoneDialog)
    # setupUi

    def retranslateUi(self, AssignZoneDialog):
        AssignZoneDialog.setWindowTitle(QCoreApplication.translate("AssignZoneDialog", u"Assign a zone", None))
        self.municipalityCaption.setText(QCoreApplication.translate("AssignZoneDialog", u"Municipality:", None))
        self.currentZoneCaption.setText(QCoreApplication.translate("AssignZoneDialog", u"Current zone:", None))
        self.zoneCaption.setText(QCoreApplication.translate("AssignZoneDialog", u"&New zone:", None))
        self.zoneCombo.setPlaceholderText(QCoreApplication.translate("AssignZoneDialog", u"Choose a zone\u2026", None))
        self.sinceCheck.setText(QCoreApplication.translate("AssignZoneDialog", u"In this zone &since:", None))
        self.sourceCaption.setText(QCoreApplication.translate("AssignZoneDialog", u"S&ource:", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("AssignZoneDialog", u"e.g. a deliberation, or the CMTO list by zone", None))
        self.noteCaption.setText(QCoreApplication.translate("AssignZoneDialog", u"N&ote:", None))
    # retranslateUi

