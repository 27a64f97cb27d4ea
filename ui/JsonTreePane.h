#pragma once

#include <QJsonValue>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;
QT_END_NAMESPACE

namespace wsi {

class JsonTreeModel;

// The selected message as a JSON tree: expand and collapse, expand all, search with the
// matches highlighted and next/previous, copy a value or its path ($.items[3].id, what
// replay's --ignore takes). Large documents are parsed off the window's thread.
class JsonTreePane final : public QWidget
{
    Q_OBJECT
public:
    explicit JsonTreePane(QWidget *parent = nullptr);

    void showJsonText(const QByteArray &text);
    void showValue(const QJsonValue &value);
    // No tree for this row; why, for the person (empty: no row selected).
    void showNothing(const QString &why);

    JsonTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

    // Expands every node up to this many; a document with more says so.
    static constexpr int ExpandAllLimit = 5000;

public slots:
    void expandAll();
    void findNext();
    void findPrevious();
    void copyValue();
    void copyPath();

private:
    void onSearchChanged();
    void openFirstLevels();
    void goToMatch(int i);
    void showStatus();

    JsonTreeModel *m_model;
    QLineEdit *m_search;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QTreeView *m_tree;
    QTimer m_fitKeys;
    int m_match = -1;
    QString m_note; // what the status line says besides matches
};

} // namespace wsi
