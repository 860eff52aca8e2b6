# Generated from ui/preferences_dialog.ui by packaging/build_forms.py: do not edit.
# Edit the form with Qt Designer, then run `python packaging/build_forms.py`.
"""Compiled Qt Designer form ui/preferences_dialog.ui (generated, do not edit)."""

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(600, 480)
        self.mainLayout = QVBoxLayout(PreferencesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(PreferencesDialog)
        self.tabs.setObjectName(u"tabs")
        self.interfaceTab = QWidget()
        self.interfaceTab.setObjectName(u"interfaceTab")
        self.interfaceLayout = QVBoxLayout(self.interfaceTab)
        self.interfaceLayout.setObjectName(u"interfaceLayout")
        self.interfaceForm = QFormLayout()
        self.interfaceForm.setObjectName(u"interfaceForm")
        self.interfaceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageCaption = QLabel(self.interfaceTab)
        self.languageCaption.setObjectName(u"languageCaption")

        self.interfaceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageCombo = QComboBox(self.interfaceTab)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)

        self.interfaceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = QLabel(self.interfaceTab)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(False)

        self.interfaceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageHint)

        self.operatorNameCaption = QLabel(self.interfaceTab)
        self.operatorNameCaption.setObjectName(u"operatorNameCaption")

        self.interfaceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.operatorNameCaption)

        self.operatorNameEdit = QLineEdit(self.interfaceTab)
        self.operatorNameEdit.setObjectName(u"operatorNameEdit")
        self.operatorNameEdit.setMaxLength(100)

        self.interfaceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.operatorNameEdit)

        self.operatorNameHint = QLabel(self.interfaceTab)
        self.operatorNameHint.setObjectName(u"operatorNameHint")
        self.operatorNameHint.setWordWrap(True)

        self.interfaceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.operatorNameHint)


        self.interfaceLayout.addLayout(self.interfaceForm)

        self.interfaceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.interfaceLayout.addItem(self.interfaceSpacer)

        self.tabs.addTab(self.interfaceTab, "")
        self.backupsTab = QWidget()
        self.backupsTab.setObjectName(u"backupsTab")
        self.backupsLayout = QVBoxLayout(self.backupsTab)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.backupsForm = QFormLayout()
        self.backupsForm.setObjectName(u"backupsForm")
        self.backupsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.keepCaption = QLabel(self.backupsTab)
        self.keepCaption.setObjectName(u"keepCaption")

        self.backupsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keepCaption)

        self.keepSpin = QSpinBox(self.backupsTab)
        self.keepSpin.setObjectName(u"keepSpin")
        sizePolicy.setHeightForWidth(self.keepSpin.sizePolicy().hasHeightForWidth())
        self.keepSpin.setSizePolicy(sizePolicy)
        self.keepSpin.setMinimum(1)
        self.keepSpin.setMaximum(100)

        self.backupsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.keepSpin)

        self.folderCaption = QLabel(self.backupsTab)
        self.folderCaption.setObjectName(u"folderCaption")

        self.backupsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderCaption)

        self.folderValue = QLabel(self.backupsTab)
        self.folderValue.setObjectName(u"folderValue")
        self.folderValue.setWordWrap(False)
        self.folderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.folderValue)

        self.folderButtonLayout = QHBoxLayout()
        self.folderButtonLayout.setObjectName(u"folderButtonLayout")
        self.openFolderButton = QPushButton(self.backupsTab)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setAutoDefault(False)

        self.folderButtonLayout.addWidget(self.openFolderButton)

        self.folderButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.folderButtonLayout.addItem(self.folderButtonSpacer)


        self.backupsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folderButtonLayout)


        self.backupsLayout.addLayout(self.backupsForm)

        self.keepHint = QLabel(self.backupsTab)
        self.keepHint.setObjectName(u"keepHint")
        self.keepHint.setWordWrap(True)

        self.backupsLayout.addWidget(self.keepHint)

        self.backupsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backupsLayout.addItem(self.backupsSpacer)

        self.tabs.addTab(self.backupsTab, "")
        self.roundTableTab = QWidget()
        self.roundTableTab.setObjectName(u"roundTableTab")
        self.roundTableLayout = QVBoxLayout(self.roundTableTab)
        self.roundTableLayout.setObjectName(u"roundTableLayout")
        self.sharedLabel = QLabel(self.roundTableTab)
        self.sharedLabel.setObjectName(u"sharedLabel")
        self.sharedLabel.setWordWrap(True)
        self.sharedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.roundTableLayout.addWidget(self.sharedLabel)

        self.roundTableForm = QFormLayout()
        self.roundTableForm.setObjectName(u"roundTableForm")
        self.roundTableForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.quorumCaption = QLabel(self.roundTableTab)
        self.quorumCaption.setObjectName(u"quorumCaption")

        self.roundTableForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quorumCaption)

        self.quorumLayout = QHBoxLayout()
        self.quorumLayout.setObjectName(u"quorumLayout")
        self.quorumKindCombo = QComboBox(self.roundTableTab)
        self.quorumKindCombo.setObjectName(u"quorumKindCombo")

        self.quorumLayout.addWidget(self.quorumKindCombo)

        self.quorumShareEdit = QLineEdit(self.roundTableTab)
        self.quorumShareEdit.setObjectName(u"quorumShareEdit")
        self.quorumShareEdit.setMaximumSize(QSize(80, 16777215))
        self.quorumShareEdit.setPlaceholderText(u"1/2")

        self.quorumLayout.addWidget(self.quorumShareEdit)

        self.quorumZonesLabel = QLabel(self.roundTableTab)
        self.quorumZonesLabel.setObjectName(u"quorumZonesLabel")

        self.quorumLayout.addWidget(self.quorumZonesLabel)

        self.quorumSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quorumLayout.addItem(self.quorumSpacer)


        self.roundTableForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.quorumLayout)

        self.quorumPreview = QLabel(self.roundTableTab)
        self.quorumPreview.setObjectName(u"quorumPreview")
        self.quorumPreview.setWordWrap(False)

        self.roundTableForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quorumPreview)

        self.letterheadCaption = QLabel(self.roundTableTab)
        self.letterheadCaption.setObjectName(u"letterheadCaption")

        self.roundTableForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterheadCaption)

        self.letterheadEdit = QPlainTextEdit(self.roundTableTab)
        self.letterheadEdit.setObjectName(u"letterheadEdit")
        self.letterheadEdit.setMaximumSize(QSize(16777215, 72))
        self.letterheadEdit.setTabChangesFocus(True)

        self.roundTableForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterheadEdit)

        self.venueCaption = QLabel(self.roundTableTab)
        self.venueCaption.setObjectName(u"venueCaption")

        self.roundTableForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venueCaption)

        self.venueEdit = QLineEdit(self.roundTableTab)
        self.venueEdit.setObjectName(u"venueEdit")

        self.roundTableForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.chairCaption = QLabel(self.roundTableTab)
        self.chairCaption.setObjectName(u"chairCaption")

        self.roundTableForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.chairCaption)

        self.chairEdit = QLineEdit(self.roundTableTab)
        self.chairEdit.setObjectName(u"chairEdit")

        self.roundTableForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.chairEdit)

        self.secretaryCaption = QLabel(self.roundTableTab)
        self.secretaryCaption.setObjectName(u"secretaryCaption")

        self.roundTableForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.secretaryCaption)

        self.secretaryEdit = QLineEdit(self.roundTableTab)
        self.secretaryEdit.setObjectName(u"secretaryEdit")

        self.roundTableForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.secretaryEdit)

        self.documentLanguageCaption = QLabel(self.roundTableTab)
        self.documentLanguageCaption.setObjectName(u"documentLanguageCaption")

        self.roundTableForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.documentLanguageCaption)

        self.documentLanguageCombo = QComboBox(self.roundTableTab)
        self.documentLanguageCombo.setObjectName(u"documentLanguageCombo")
        sizePolicy.setHeightForWidth(self.documentLanguageCombo.sizePolicy().hasHeightForWidth())
        self.documentLanguageCombo.setSizePolicy(sizePolicy)

        self.roundTableForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.documentLanguageCombo)

        self.documentLanguageHint = QLabel(self.roundTableTab)
        self.documentLanguageHint.setObjectName(u"documentLanguageHint")
        self.documentLanguageHint.setWordWrap(False)

        self.roundTableForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.documentLanguageHint)


        self.roundTableLayout.addLayout(self.roundTableForm)

        self.roundTableSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.roundTableLayout.addItem(self.roundTableSpacer)

        self.tabs.addTab(self.roundTableTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageCaption.setBuddy(self.languageCombo)
        self.operatorNameCaption.setBuddy(self.operatorNameEdit)
        self.keepCaption.setBuddy(self.keepSpin)
        self.quorumCaption.setBuddy(self.quorumKindCombo)
        self.letterheadCaption.setBuddy(self.letterheadEdit)
        self.venueCaption.setBuddy(self.venueEdit)
        self.chairCaption.setBuddy(self.chairEdit)
        self.secretaryCaption.setBuddy(self.secretaryEdit)
        self.documentLanguageCaption.setBuddy(self.documentLanguageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.keepSpin)
        QWidget.setTabOrder(self.keepSpin, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.quorumKindCombo)
        QWidget.setTabOrder(self.quorumKindCombo, self.quorumShareEdit)
        QWidget.setTabOrder(self.quorumShareEdit, self.letterheadEdit)
        QWidget.setTabOrder(self.letterheadEdit, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.chairEdit)
        QWidget.setTabOrder(self.chairEdit, self.secretaryEdit)
        QWidget.setTabOrder(self.secretaryEdit, self.documentLanguageCombo)

        self.retranslateUi(PreferencesDialog)
        self.buttonBox.accepted.connect(PreferencesDialog.accept)
        self.buttonBox.rejected.connect(PreferencesDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.languageCaption.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
        self.languageHint.setText(QCoreApplication.translate("PreferencesDialog", u"The new language applies when rtdesk is started again.", None))
        self.operatorNameCaption.setText(QCoreApplication.translate("PreferencesDialog", u"Your &name:", None))
        self.operatorNameHint.setText(QCoreApplication.translate("PreferencesDialog", u"Recorded with every change you make and printed with the errata you add to approved minutes. Left empty, the computer's login name is used. Applies the next time a database is opened.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.interfaceTab), QCoreApplication.translate("PreferencesDialog", u"&Interface", None))
        self.keepCaption.setText(QCoreApplication.translate("PreferencesDialog", u"Start-up backups to &keep:", None))
        self.folderCaption.setText(QCoreApplication.translate("PreferencesDialog", u"Backups folder:", None))
        self.openFolderButton.setText(QCoreApplication.translate("PreferencesDialog", u"&Open folder", None))
        self.keepHint.setText(QCoreApplication.translate("PreferencesDialog", u"Each time rtdesk opens a database it first copies it into the backups folder and keeps only the newest copies. Backups made with File \u25b8 Back up now, and copies made before an update or a restore, are never deleted automatically.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.backupsTab), QCoreApplication.translate("PreferencesDialog", u"&Backups", None))
        self.quorumCaption.setText(QCoreApplication.translate("PreferencesDialog", u"&Quorum:", None))
#if QT_CONFIG(accessibility)
        self.quorumKindCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Quorum rule", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quorumShareEdit.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Share of the zones", None))
#endif // QT_CONFIG(accessibility)
        self.letterheadCaption.setText(QCoreApplication.translate("PreferencesDialog", u"Letter&head:", None))
        self.letterheadEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"One line per row, as printed at the top of agendas and minutes", None))
        self.venueCaption.setText(QCoreApplication.translate("PreferencesDialog", u"Default &venue:", None))
        self.chairCaption.setText(QCoreApplication.translate("PreferencesDialog", u"Default &chair:", None))
        self.secretaryCaption.setText(QCoreApplication.translate("PreferencesDialog", u"Default &secretary:", None))
        self.documentLanguageCaption.setText(QCoreApplication.translate("PreferencesDialog", u"&Document language:", None))
        self.documentLanguageHint.setText(QCoreApplication.translate("PreferencesDialog", u"The language of agendas, minutes and workbooks.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.roundTableTab), QCoreApplication.translate("PreferencesDialog", u"&Round Table", None))
    # retranslateUi

