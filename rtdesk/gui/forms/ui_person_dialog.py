# Generated from ui/person_dialog.ui by packaging/build_forms.py: do not edit.
# Edit the form with Qt Designer, then run `python packaging/build_forms.py`.
"""Compiled Qt Designer form ui/person_dialog.ui (generated, do not edit)."""

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 400)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.givenNameCaption = QLabel(PersonDialog)
        self.givenNameCaption.setObjectName(u"givenNameCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenNameCaption)

        self.givenNameEdit = QLineEdit(PersonDialog)
        self.givenNameEdit.setObjectName(u"givenNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenNameEdit)

        self.familyNameCaption = QLabel(PersonDialog)
        self.familyNameCaption.setObjectName(u"familyNameCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyNameCaption)

        self.familyNameEdit = QLineEdit(PersonDialog)
        self.familyNameEdit.setObjectName(u"familyNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.familyNameEdit)

        self.titleCaption = QLabel(PersonDialog)
        self.titleCaption.setObjectName(u"titleCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleCaption)

        self.titleCombo = QComboBox(PersonDialog)
        self.titleCombo.setObjectName(u"titleCombo")
        self.titleCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleCombo)

        self.municipalityCaption = QLabel(PersonDialog)
        self.municipalityCaption.setObjectName(u"municipalityCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.municipalityCaption)

        self.municipalityCombo = QComboBox(PersonDialog)
        self.municipalityCombo.setObjectName(u"municipalityCombo")
        self.municipalityCombo.setEditable(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)

        self.emailCaption = QLabel(PersonDialog)
        self.emailCaption.setObjectName(u"emailCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneCaption = QLabel(PersonDialog)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.notesCaption = QLabel(PersonDialog)
        self.notesCaption.setObjectName(u"notesCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesEdit = QPlainTextEdit(PersonDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.givenNameCaption.setBuddy(self.givenNameEdit)
        self.familyNameCaption.setBuddy(self.familyNameEdit)
        self.titleCaption.setBuddy(self.titleCombo)
        self.municipalityCaption.setBuddy(self.municipalityCombo)
        self.emailCaption.setBuddy(self.emailEdit)
        self.phoneCaption.setBuddy(self.phoneEdit)
        self.notesCaption.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.givenNameEdit, self.familyNameEdit)
        QWidget.setTabOrder(self.familyNameEdit, self.titleCombo)
        QWidget.setTabOrder(self.titleCombo, self.municipalityCombo)
        QWidget.setTabOrder(self.municipalityCombo, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.notesEdit)

        self.retranslateUi(PersonDialog)
        self.buttonBox.accepted.connect(PersonDialog.accept)
        self.buttonBox.rejected.connect(PersonDialog.reject)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.givenNameCaption.setText(QCoreApplication.translate("PersonDialog", u"&Given name:", None))
        self.familyNameCaption.setText(QCoreApplication.translate("PersonDialog", u"&Family name:", None))
        self.titleCaption.setText(QCoreApplication.translate("PersonDialog", u"&Title:", None))
        self.titleCombo.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. Sindaco, Consigliere comunale", None))
        self.municipalityCaption.setText(QCoreApplication.translate("PersonDialog", u"&Municipality:", None))
        self.municipalityCombo.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Type to search\u2026", None))
        self.emailCaption.setText(QCoreApplication.translate("PersonDialog", u"&E-mail:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"name@example.it", None))
        self.phoneCaption.setText(QCoreApplication.translate("PersonDialog", u"&Phone:", None))
        self.notesCaption.setText(QCoreApplication.translate("PersonDialog", u"N&otes:", None))
    # retranslateUi

