# Generated from ui/mandate_dialog.ui by packaging/build_forms.py: do not edit.
# Edit the form with Qt Designer, then run `python packaging/build_forms.py`.
"""Compiled Qt Designer form ui/mandate_dialog.ui (generated, do not edit)."""

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mandate_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_MandateDialog(object):
    def setupUi(self, MandateDialog):
        if not MandateDialog.objectName():
            MandateDialog.setObjectName(u"MandateDialog")
        MandateDialog.resize(560, 440)
        self.mainLayout = QVBoxLayout(MandateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personCaption = QLabel(MandateDialog)
        self.personCaption.setObjectName(u"personCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personCaption)

        self.personLayout = QHBoxLayout()
        self.personLayout.setObjectName(u"personLayout")
        self.personCombo = QComboBox(MandateDialog)
        self.personCombo.setObjectName(u"personCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.personCombo.sizePolicy().hasHeightForWidth())
        self.personCombo.setSizePolicy(sizePolicy)
        self.personCombo.setEditable(True)

        self.personLayout.addWidget(self.personCombo)

        self.newPersonButton = QPushButton(MandateDialog)
        self.newPersonButton.setObjectName(u"newPersonButton")

        self.personLayout.addWidget(self.newPersonButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.personLayout)

        self.zoneCaption = QLabel(MandateDialog)
        self.zoneCaption.setObjectName(u"zoneCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.zoneCaption)

        self.zoneCombo = QComboBox(MandateDialog)
        self.zoneCombo.setObjectName(u"zoneCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.roleCaption = QLabel(MandateDialog)
        self.roleCaption.setObjectName(u"roleCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleCaption)

        self.roleCombo = QComboBox(MandateDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.vicarCheck = QCheckBox(MandateDialog)
        self.vicarCheck.setObjectName(u"vicarCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vicarCheck)

        self.startCaption = QLabel(MandateDialog)
        self.startCaption.setObjectName(u"startCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startCaption)

        self.startDate = QDateEdit(MandateDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endCheck = QCheckBox(MandateDialog)
        self.endCheck.setObjectName(u"endCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.endCheck)

        self.endDate = QDateEdit(MandateDialog)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setEnabled(False)
        self.endDate.setCalendarPopup(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endDate)

        self.electedCheck = QCheckBox(MandateDialog)
        self.electedCheck.setObjectName(u"electedCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.electedCheck)

        self.electedDate = QDateEdit(MandateDialog)
        self.electedDate.setObjectName(u"electedDate")
        self.electedDate.setEnabled(False)
        self.electedDate.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.electedDate)

        self.notesCaption = QLabel(MandateDialog)
        self.notesCaption.setObjectName(u"notesCaption")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesEdit = QPlainTextEdit(MandateDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.hintLabel = QLabel(MandateDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hintLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(MandateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personCaption.setBuddy(self.personCombo)
        self.zoneCaption.setBuddy(self.zoneCombo)
        self.roleCaption.setBuddy(self.roleCombo)
        self.startCaption.setBuddy(self.startDate)
        self.notesCaption.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.newPersonButton)
        QWidget.setTabOrder(self.newPersonButton, self.zoneCombo)
        QWidget.setTabOrder(self.zoneCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.vicarCheck)
        QWidget.setTabOrder(self.vicarCheck, self.startDate)
        QWidget.setTabOrder(self.startDate, self.endCheck)
        QWidget.setTabOrder(self.endCheck, self.endDate)
        QWidget.setTabOrder(self.endDate, self.electedCheck)
        QWidget.setTabOrder(self.electedCheck, self.electedDate)
        QWidget.setTabOrder(self.electedDate, self.notesEdit)

        self.retranslateUi(MandateDialog)
        self.buttonBox.accepted.connect(MandateDialog.accept)
        self.buttonBox.rejected.connect(MandateDialog.reject)
        self.endCheck.toggled.connect(self.endDate.setEnabled)
        self.electedCheck.toggled.connect(self.electedDate.setEnabled)

        QMetaObject.connectSlotsByName(MandateDialog)
    # setupUi

    def retranslateUi(self, MandateDialog):
        MandateDialog.setWindowTitle(QCoreApplication.translate("MandateDialog", u"Mandate", None))
        self.personCaption.setText(QCoreApplication.translate("MandateDialog", u"&Person:", None))
        self.personCombo.setPlaceholderText(QCoreApplication.translate("MandateDialog", u"Type a name\u2026", None))
        self.newPersonButton.setText(QCoreApplication.translate("MandateDialog", u"&New person\u2026", None))
        self.zoneCaption.setText(QCoreApplication.translate("MandateDialog", u"&Zone:", None))
        self.zoneCombo.setPlaceholderText(QCoreApplication.translate("MandateDialog", u"Choose a zone\u2026", None))
        self.roleCaption.setText(QCoreApplication.translate("MandateDialog", u"&Role:", None))
        self.vicarCheck.setText(QCoreApplication.translate("MandateDialog", u"&Vicar (stands in for the spokesperson)", None))
        self.startCaption.setText(QCoreApplication.translate("MandateDialog", u"&Start:", None))
        self.endCheck.setText(QCoreApplication.translate("MandateDialog", u"&Ended on:", None))
        self.electedCheck.setText(QCoreApplication.translate("MandateDialog", u"Elected by the &assembly of:", None))
        self.notesCaption.setText(QCoreApplication.translate("MandateDialog", u"N&otes:", None))
    # retranslateUi

