# Generated from ui/proposal_dialog.ui by packaging/build_forms.py: do not edit.
# Edit the form with Qt Designer, then run `python packaging/build_forms.py`.
"""Compiled Qt Designer form ui/proposal_dialog.ui (generated, do not edit)."""

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proposal_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProposalDialog(object):
    def setupUi(self, ProposalDialog):
        if not ProposalDialog.objectName():
            ProposalDialog.setObjectName(u"ProposalDialog")
        ProposalDialog.resize(640, 620)
        self.mainLayout = QVBoxLayout(ProposalDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleCaption = QLabel(ProposalDialog)
        self.titleCaption.setObjectName(u"titleCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleCaption)

        self.titleEdit = QLineEdit(ProposalDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.summaryCaption = QLabel(ProposalDialog)
        self.summaryCaption.setObjectName(u"summaryCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryCaption)

        self.summaryEdit = QPlainTextEdit(ProposalDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.zonesCaption = QLabel(ProposalDialog)
        self.zonesCaption.setObjectName(u"zonesCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.zonesCaption)

        self.zonesList = QListWidget(ProposalDialog)
        self.zonesList.setObjectName(u"zonesList")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.zonesList)

        self.proposerCaption = QLabel(ProposalDialog)
        self.proposerCaption.setObjectName(u"proposerCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.proposerCaption)

        self.proposerEdit = QLineEdit(ProposalDialog)
        self.proposerEdit.setObjectName(u"proposerEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.proposerEdit)

        self.themesCaption = QLabel(ProposalDialog)
        self.themesCaption.setObjectName(u"themesCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.themesCaption)

        self.themesEdit = QLineEdit(ProposalDialog)
        self.themesEdit.setObjectName(u"themesEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.themesEdit)

        self.axisCaption = QLabel(ProposalDialog)
        self.axisCaption.setObjectName(u"axisCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.axisCaption)

        self.axisCombo = QComboBox(ProposalDialog)
        self.axisCombo.setObjectName(u"axisCombo")
        self.axisCombo.setEditable(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.axisCombo)

        self.submittedCaption = QLabel(ProposalDialog)
        self.submittedCaption.setObjectName(u"submittedCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.submittedCaption)

        self.submittedDate = QDateEdit(ProposalDialog)
        self.submittedDate.setObjectName(u"submittedDate")
        self.submittedDate.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.submittedDate)

        self.resolutionCaption = QLabel(ProposalDialog)
        self.resolutionCaption.setObjectName(u"resolutionCaption")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.resolutionCaption)

        self.resolutionEdit = QPlainTextEdit(ProposalDialog)
        self.resolutionEdit.setObjectName(u"resolutionEdit")
        self.resolutionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.resolutionEdit)

        self.resolvedCheck = QCheckBox(ProposalDialog)
        self.resolvedCheck.setObjectName(u"resolvedCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.resolvedCheck)

        self.resolvedDate = QDateEdit(ProposalDialog)
        self.resolvedDate.setObjectName(u"resolvedDate")
        self.resolvedDate.setCalendarPopup(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.resolvedDate)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(ProposalDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(ProposalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleCaption.setBuddy(self.titleEdit)
        self.summaryCaption.setBuddy(self.summaryEdit)
        self.zonesCaption.setBuddy(self.zonesList)
        self.proposerCaption.setBuddy(self.proposerEdit)
        self.themesCaption.setBuddy(self.themesEdit)
        self.axisCaption.setBuddy(self.axisCombo)
        self.submittedCaption.setBuddy(self.submittedDate)
        self.resolutionCaption.setBuddy(self.resolutionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.zonesList)
        QWidget.setTabOrder(self.zonesList, self.proposerEdit)
        QWidget.setTabOrder(self.proposerEdit, self.themesEdit)
        QWidget.setTabOrder(self.themesEdit, self.axisCombo)
        QWidget.setTabOrder(self.axisCombo, self.submittedDate)
        QWidget.setTabOrder(self.submittedDate, self.resolutionEdit)
        QWidget.setTabOrder(self.resolutionEdit, self.resolvedCheck)
        QWidget.setTabOrder(self.resolvedCheck, self.resolvedDate)

        self.retranslateUi(ProposalDialog)

        QMetaObject.connectSlotsByName(ProposalDialog)
    # setupUi

    def retranslateUi(self, ProposalDialog):
        ProposalDialog.setWindowTitle(QCoreApplication.translate("ProposalDialog", u"Proposal", None))
        self.titleCaption.setText(QCoreApplication.translate("ProposalDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"What the proposal is about", None))
        self.summaryCaption.setText(QCoreApplication.translate("ProposalDialog", u"&Summary:", None))
        self.zonesCaption.setText(QCoreApplication.translate("ProposalDialog", u"Proposing &zones:", None))
#if QT_CONFIG(tooltip)
        self.zonesList.setToolTip(QCoreApplication.translate("ProposalDialog", u"Tick the zones that put the proposal forward.", None))
#endif // QT_CONFIG(tooltip)
        self.proposerCaption.setText(QCoreApplication.translate("ProposalDialog", u"Proposed &by:", None))
        self.proposerEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"Person who presented it", None))
        self.themesCaption.setText(QCoreApplication.translate("ProposalDialog", u"T&hemes:", None))
        self.themesEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"Separated by commas, e.g. mobility, schools", None))
        self.axisCaption.setText(QCoreApplication.translate("ProposalDialog", u"Strategic plan &axis:", None))
        self.submittedCaption.setText(QCoreApplication.translate("ProposalDialog", u"Submitted &on:", None))
        self.resolutionCaption.setText(QCoreApplication.translate("ProposalDialog", u"&Resolution:", None))
        self.resolvedCheck.setText(QCoreApplication.translate("ProposalDialog", u"Resol&ved on:", None))
    # retranslateUi

