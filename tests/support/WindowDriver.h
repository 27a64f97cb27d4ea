#pragma once

#include "ConnectionTab.h"
#include "MainWindow.h"
#include "log/MessageLogModel.h"

#include <QComboBox>
#include <QLineEdit>
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
