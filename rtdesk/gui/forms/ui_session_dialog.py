# Generated from ui/session_dialog.ui by packaging/build_forms.py: do not edit.
# Edit the form with Qt Designer, then run `python packaging/build_forms.py`.
"""Compiled Qt Designer form ui/session_dialog.ui (generated, do not edit)."""

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(SessionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.refLabel = QLabel(SessionDialog)
        self.refLabel.setObjectName(u"refLabel")
        self.refLabel.setText(u"")
        self.refLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.refLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateCaption = QLabel(SessionDialog)
        self.dateCaption.setObjectName(u"dateCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateEdit = QDateEdit(SessionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeCaption = QLabel(SessionDialog)
        self.timeCaption.setObjectName(u"timeCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeCaption)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setObjectName(u"timeLayout")
        self.startCheck = QCheckBox(SessionDialog)
        self.startCheck.setObjectName(u"startCheck")

        self.timeLayout.addWidget(self.startCheck)

        self.startTime = QTimeEdit(SessionDialog)
        self.startTime.setObjectName(u"startTime")
        self.startTime.setDisplayFormat(u"HH:mm")

        self.timeLayout.addWidget(self.startTime)

        self.endCheck = QCheckBox(SessionDialog)
        self.endCheck.setObjectName(u"endCheck")

        self.timeLayout.addWidget(self.endCheck)

        self.endTime = QTimeEdit(SessionDialog)
        self.endTime.setObjectName(u"endTime")
        self.endTime.setDisplayFormat(u"HH:mm")

        self.timeLayout.addWidget(self.endTime)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.timeSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.timeLayout)

        self.venueCaption = QLabel(SessionDialog)
        self.venueCaption.setObjectName(u"venueCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueCaption)

        self.venueEdit = QLineEdit(SessionDialog)
        self.venueEdit.setObjectName(u"venueEdit")
        self.venueEdit.setMaxLength(250)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.modeCaption = QLabel(SessionDialog)
        self.modeCaption.setObjectName(u"modeCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.modeCaption)

        self.modeCombo = QComboBox(SessionDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.chairCaption = QLabel(SessionDialog)
        self.chairCaption.setObjectName(u"chairCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.chairCaption)

        self.chairEdit = QLineEdit(SessionDialog)
        self.chairEdit.setObjectName(u"chairEdit")
        self.chairEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.chairEdit)

        self.secretaryCaption = QLabel(SessionDialog)
        self.secretaryCaption.setObjectName(u"secretaryCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.secretaryCaption)

        self.secretaryEdit = QLineEdit(SessionDialog)
        self.secretaryEdit.setObjectName(u"secretaryEdit")
        self.secretaryEdit.setMaxLength(200)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.secretaryEdit)

        self.notesCaption = QLabel(SessionDialog)
        self.notesCaption.setObjectName(u"notesCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesEdit = QPlainTextEdit(SessionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(SessionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateCaption.setBuddy(self.dateEdit)
        self.timeCaption.setBuddy(self.startCheck)
        self.venueCaption.setBuddy(self.venueEdit)
        self.modeCaption.setBuddy(self.modeCombo)
        self.chairCaption.setBuddy(self.chairEdit)
        self.secretaryCaption.setBuddy(self.secretaryEdit)
        self.notesCaption.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.startCheck)
        QWidget.setTabOrder(self.startCheck, self.startTime)
        QWidget.setTabOrder(self.startTime, self.endCheck)
        QWidget.setTabOrder(self.endCheck, self.endTime)
        QWidget.setTabOrder(self.endTime, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.chairEdit)
        QWidget.setTabOrder(self.chairEdit, self.secretaryEdit)
        QWidget.setTabOrder(self.secretaryEdit, self.notesEdit)

        self.retranslateUi(SessionDialog)
        self.buttonBox.accepted.connect(SessionDialog.accept)
        self.buttonBox.rejected.connect(SessionDialog.reject)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.dateCaption.setText(QCoreApplication.translate("SessionDialog", u"&Date:", None))
        self.timeCaption.setText(QCoreApplication.translate("SessionDialog", u"&Time:", None))
        self.startCheck.setText(QCoreApplication.translate("SessionDialog", u"&Starts at", None))
        self.endCheck.setText(QCoreApplication.translate("SessionDialog", u"&Ends at", None))
        self.venueCaption.setText(QCoreApplication.translate("SessionDialog", u"&Venue:", None))
        self.modeCaption.setText(QCoreApplication.translate("SessionDialog", u"&Mode:", None))
        self.chairCaption.setText(QCoreApplication.translate("SessionDialog", u"&Chair:", None))
        self.secretaryCaption.setText(QCoreApplication.translate("SessionDialog", u"S&ecretary:", None))
        self.notesCaption.setText(QCoreApplication.translate("SessionDialog", u"&Notes:", None))
    # retranslateUi

