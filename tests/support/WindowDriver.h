#pragma once

#include "ConnectionTab.h"
#include "MainWindow.h"
#include "compose/MessageDraft.h"
#include "log/MessageLogModel.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <optional>

namespace wsi::test {

// What the window tests do to a tab, as a person would: find its controls,
// type a URL, and read its log back.
template<typename T>
T *inTab(const MainWindow &window, int tab, const char *name)
{
    T *widget = window.tab(tab)->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s in tab %d", name, tab);
    return widget;
}

inline void typeUrl(const MainWindow &window, int tab, const QString &url)
{
    QLineEdit *field = inTab<QComboBox>(window, tab, "urlCombo")->lineEdit();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, url);
}

// A test program's own settings (application name), emptied: its windows start as on a first run.
inline void useFreshSettings(const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wsinspector-tests"));
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
}

// Window shortcuts only reach the active window.
inline bool activate(QWidget *window)
{
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

// Types the URL into the tab's field and clicks Open (the caller waits for the state it expects).
inline void typeUrlAndOpen(const MainWindow &window, int tab, const QString &url)
{
    typeUrl(window, tab, url);
    QTest::mouseClick(inTab<QPushButton>(window, tab, "openButton"), Qt::LeftButton);
}

// Picks the composer's format with the keyboard, as a person would: Home, then Down to it.
inline bool chooseFormat(const MainWindow &window, int tab, MessageDraft::Format format)
{
    auto *combo = inTab<QComboBox>(window, tab, "composerFormatCombo");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->findData(int(format)); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentData().toInt() == int(format);
}

// Replaces the composer's text with text, typed, and clicks Send.
inline void sendTyped(const MainWindow &window, int tab, const QString &text)
{
    auto *editor = inTab<QPlainTextEdit>(window, tab, "messageEdit");
    editor->clear();
    QTest::keyClicks(editor, text);
    QTest::mouseClick(inTab<QPushButton>(window, tab, "sendButton"), Qt::LeftButton);
}

// Log rows of a tab going direction (and of kind, when given) whose Data column contains text.
inline int rowsWith(const MainWindow &window, int tab, Direction direction, const QString &text,
                    std::optional<EventKind> kind = std::nullopt)
{
    const MessageLogModel *model = window.tab(tab)->logModel();
    int found = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, MessageLogModel::DataColumn);
        found += (!kind || index.data(MessageLogModel::KindRole).toInt() == int(*kind))
                 && index.data(MessageLogModel::DirectionRole).toInt() == int(direction) && index.data().toString().contains(text);
    }
    return found;
}

} // namespace wsi::test
