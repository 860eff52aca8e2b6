# Generated from ui/main_window.ui by packaging/build_forms.py: do not edit.
# Edit the form with Qt Designer, then run `python packaging/build_forms.py`.
"""Compiled Qt Designer form ui/main_window.ui (generated, do not edit)."""

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QListView, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QToolBar,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionNewDatabase = QAction(MainWindow)
        self.actionNewDatabase.setObjectName(u"actionNewDatabase")
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
        self.actionImportRoster = QAction(MainWindow)
        self.actionImportRoster.setObjectName(u"actionImportRoster")
        self.actionImportZones = QAction(MainWindow)
        self.actionImportZones.setObjectName(u"actionImportZones")
        self.actionExportRoster = QAction(MainWindow)
        self.actionExportRoster.setObjectName(u"actionExportRoster")
        self.actionImportProposals = QAction(MainWindow)
        self.actionImportProposals.setObjectName(u"actionImportProposals")
        self.actionExportSummary = QAction(MainWindow)
        self.actionExportSummary.setObjectName(u"actionExportSummary")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigationView = QListView(self.centralWidget)
        self.navigationView.setObjectName(u"navigationView")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.navigationView.sizePolicy().hasHeightForWidth())
        self.navigationView.setSizePolicy(sizePolicy)
        self.navigationView.setMinimumSize(QSize(180, 0))
        self.navigationView.setFrameShape(QFrame.Shape.NoFrame)
        self.navigationView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigationView.setIconSize(QSize(24, 24))
        self.navigationView.setSpacing(2)
        self.navigationView.setUniformItemSizes(True)

        self.centralLayout.addWidget(self.navigationView)

        self.navigationSeparator = QFrame(self.centralWidget)
        self.navigationSeparator.setObjectName(u"navigationSeparator")
        self.navigationSeparator.setFrameShape(QFrame.Shape.VLine)
        self.navigationSeparator.setFrameShadow(QFrame.Shadow.Sunken)

        self.centralLayout.addWidget(self.navigationSeparator)

        self.pageStack = QStackedWidget(self.centralWidget)
        self.pageStack.setObjectName(u"pageStack")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.pageStack.sizePolicy().hasHeightForWidth())
        self.pageStack.setSizePolicy(sizePolicy1)

        self.centralLayout.addWidget(self.pageStack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewDatabase)
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImportRoster)
        self.menuFile.addAction(self.actionImportZones)
        self.menuFile.addAction(self.actionImportProposals)
        self.menuFile.addAction(self.actionExportRoster)
        self.menuFile.addAction(self.actionExportSummary)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionRefresh)
        self.menuHelp.addAction(self.actionAbout)
        self.mainToolBar.addAction(self.actionNewDatabase)
        self.mainToolBar.addAction(self.actionOpenDatabase)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionRefresh)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"rtdesk", None))
        self.actionNewDatabase.setText(QCoreApplication.translate("MainWindow", u"&New database\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionNewDatabase.setToolTip(QCoreApplication.translate("MainWindow", u"Create a new database file, with the zones and municipalities", None))
#endif // QT_CONFIG(tooltip)
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionOpenDatabase.setToolTip(QCoreApplication.translate("MainWindow", u"Work on another database file", None))
#endif // QT_CONFIG(tooltip)
        self.actionImportRoster.setText(QCoreApplication.translate("MainWindow", u"&Import roster\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionImportRoster.setToolTip(QCoreApplication.translate("MainWindow", u"Take the spokespeople and deputies from an Excel roster: all rows or none", None))
#endif // QT_CONFIG(tooltip)
        self.actionImportZones.setText(QCoreApplication.translate("MainWindow", u"Import &zone list\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionImportZones.setToolTip(QCoreApplication.translate("MainWindow", u"Assign municipalities to zones from an Excel sheet of two columns: all rows or none", None))
#endif // QT_CONFIG(tooltip)
        self.actionExportRoster.setText(QCoreApplication.translate("MainWindow", u"&Export roster\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExportRoster.setToolTip(QCoreApplication.translate("MainWindow", u"Save every mandate of every zone as an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.actionImportProposals.setText(QCoreApplication.translate("MainWindow", u"Import &proposals register\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionImportProposals.setToolTip(QCoreApplication.translate("MainWindow", u"Read an existing register of proposals from an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.actionExportSummary.setText(QCoreApplication.translate("MainWindow", u"Export &summary workbook\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExportSummary.setToolTip(QCoreApplication.translate("MainWindow", u"Save proposals, adoption, sessions, attendance, actions and roster as an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.actionRefresh.setToolTip(QCoreApplication.translate("MainWindow", u"Read the page again from the database", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About rtdesk", None))
#if QT_CONFIG(accessibility)
        self.navigationView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pages", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

